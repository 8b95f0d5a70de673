#include "gui/history/historyreport.h"

#include "core/global.h"
#include "core/model/casebaseline.h"
#include "core/model/casecomparison.h"
#include "gui/history/historymodel.h"
#include "gui/history/historypane.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>

// The strings stay in HistoryPane's translation context: they are the pane's details, as before.

namespace {
constexpr qsizetype MaxShownBody = 64 * 1024;

struct Row
{
    QString label;
    QString value;
};

struct Section
{
    QString title;
    QList<Row> rows;
    QString preformatted; // shown as-is in a fixed-width font
};

QList<Section> describe(const HistoryEntry &e)
{
    const ApiResult &r = e.result;
    const CaseUpdate &u = e.update;
    const QLocale locale;
    QList<Section> sections;

    Section answer{HistoryPane::tr("Answer"), {}, {}};
    if (e.isInterrupted()) {
        answer.rows.append({HistoryPane::tr("Outcome"), HistoryModel::interruptedText()});
        answer.rows.append(
            {HistoryPane::tr("Explanation"),
             HistoryPane::tr("Casedesk stopped before the CRM answered. The update may or may not "
                             "have been applied; check the case in the CRM.")});
    } else if (!e.isDone()) {
        answer.rows.append({HistoryPane::tr("Outcome"), HistoryPane::tr("Sending…")});
    } else {
        answer.rows.append({HistoryPane::tr("Outcome"), r.outcomeText()});
        answer.rows.append({HistoryPane::tr("Explanation"), r.explanation()});
        //: Value of the HTTP status or the code in an attempt's details when the answer had none
        const QString none = HistoryPane::tr("none");
        answer.rows.append(
            {HistoryPane::tr("HTTP status"), r.httpStatus > 0 ? QString::number(r.httpStatus) : none});
        answer.rows.append({HistoryPane::tr("code"), r.code ? QString::number(*r.code) : none});
        answer.rows.append({HistoryPane::tr("error"), r.error.isEmpty() ? u"null"_s : r.error});
        answer.rows.append({HistoryPane::tr("msg"), r.msg});
        if (!r.wolkvoxId.isEmpty())
            answer.rows.append({HistoryPane::tr("data.wolkvox_id"), r.wolkvoxId});
        if (!r.networkErrorString.isEmpty())
            answer.rows.append({HistoryPane::tr("Network"), r.networkErrorString});
        answer.rows.append({HistoryPane::tr("Duration"), HistoryModel::durationText(r.elapsedMs)});
        answer.rows.append({HistoryPane::tr("Bytes sent"), locale.formattedDataSize(r.bytesSent)});
    }
    answer.rows.append(
        {HistoryPane::tr("Started"), locale.toString(e.time.toLocalTime(), QLocale::LongFormat)});
    sections.append(answer);

    // A case loaded from the CRM first: what the update changed in it, before → after.
    if (const std::optional<CaseBaseline> baseline = CaseBaseline::fromJson(e.baseline)) {
        Section changes{HistoryPane::tr("Changes to the case as loaded"), {}, {}};
        //: In the history's details, for a field that had or got no value
        const QString empty = HistoryPane::tr("(empty)");
        for (const FieldChange &change : CaseComparison::changes(baseline->record, u)) {
            //: A change in the history's details: %1 the value the CRM had, %2 the value sent
            changes.rows.append(
                {CaseComparison::fieldLabel(change.field),
                 HistoryPane::tr("%1 → %2").arg(change.before.isEmpty() ? empty : change.before,
                                                change.after.isEmpty() ? empty : change.after)});
        }
        if (changes.rows.isEmpty()) {
            //: Row label in the history's details, beside "None: the case was sent as loaded."
            changes.rows.append(
                {HistoryPane::tr("Changes"), HistoryPane::tr("None: the case was sent as loaded.")});
        }
        if (baseline->readAt.isValid()) {
            changes.rows.append({HistoryPane::tr("Loaded from the CRM"),
                                 locale.toString(baseline->readAt.toLocalTime(), QLocale::LongFormat)});
        }
        sections.append(changes);
    }

    if (e.isDone()) {
        Section raw{HistoryPane::tr("Raw answer"), {}, {}};
        if (!r.contentType.isEmpty())
            raw.rows.append({HistoryPane::tr("Content-Type"), QString::fromLatin1(r.contentType)});
        raw.preformatted
            = r.rawBody.isEmpty() ? HistoryPane::tr("(no body)") : HistoryReport::prettyBody(r.rawBody);
        sections.append(raw);
    }

    Section sent{HistoryPane::tr("Sent (the token is never stored)"), {}, {}};
    if (e.batchId != 0) {
        sent.rows.append(
            {HistoryPane::tr("Batch"),
             HistoryPane::tr("Bulk correction %1, row %2 of its file").arg(e.batchId).arg(e.batchRow)});
    }
    sent.rows.append({HistoryPane::tr("server"), u.server});
    sent.rows.append({u"operation"_s, u.operation});
    sent.rows.append({u"wolkvox-id"_s, u.wolkvoxId});
    sent.rows.append({u"case-type"_s, u.caseType});
    sent.rows.append({u"responsible"_s, u.responsible});
    sent.rows.append({u"status"_s, u.status});
    sent.rows.append({u"priority"_s, u.priority});
    if (!u.solution.trimmed().isEmpty())
        sent.rows.append({u"solution"_s, u.solution});
    sent.rows.append({u"form"_s, QString::fromUtf8(u.formJson())});
    for (int i = 0; i < u.attachments.size(); ++i) {
        const qint64 size = e.attachmentSizes.value(i, -1);
        const QString path = u.attachments.at(i);
        sent.rows.append(
            {HistoryPane::tr("file %1").arg(i + 1),
             size >= 0 ? HistoryPane::tr("%1 (%2)").arg(path, locale.formattedDataSize(size)) : path});
    }
    sections.append(sent);
    return sections;
}
} // namespace

QString HistoryReport::prettyBody(const QByteArray &body)
{
    QJsonParseError error;
    QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        QString text = QString::fromUtf8(body.left(MaxShownBody));
        if (body.size() > MaxShownBody) {
            text += u'\n'
                + HistoryPane::tr("… %1 more not shown")
                      .arg(QLocale().formattedDataSize(body.size() - MaxShownBody));
        }
        return text;
    }
    // Valid JSON: re-indent by structure alone, keeping the server's key order and number spelling.
    const QString text = QString::fromUtf8(body).trimmed();
    QString out;
    out.reserve(text.size() * 2);
    int depth = 0;
    bool inString = false;
    const auto newline = [&out, &depth] {
        out += u'\n';
        out += QString(depth * 2, u' ');
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inString) {
            out += c;
            if (c == u'\\' && i + 1 < text.size())
                out += text.at(++i);
            else if (c == u'"')
                inString = false;
            continue;
        }
        switch (c.unicode()) {
        case u'"':
            inString = true;
            out += c;
            break;
        case u'{':
        case u'[': {
            out += c;
            // Keep empty containers on one line.
            qsizetype j = i + 1;
            while (j < text.size() && text.at(j).isSpace())
                ++j;
            if (j < text.size() && (text.at(j) == u'}' || text.at(j) == u']')) {
                out += text.at(j);
                i = j;
                break;
            }
            ++depth;
            newline();
            break;
        }
        case u'}':
        case u']':
            --depth;
            newline();
            out += c;
            break;
        case u',':
            out += c;
            newline();
            break;
        case u':':
            out += u": "_s;
            break;
        default:
            if (!c.isSpace())
                out += c;
            break;
        }
    }
    if (out.size() > MaxShownBody) {
        out.truncate(MaxShownBody);
        out += u'\n' + HistoryPane::tr("… the rest is not shown");
    }
    return out;
}

QString HistoryReport::plain(const HistoryEntry &entry)
{
    QString out;
    for (const Section &section : describe(entry)) {
        out += section.title + u'\n';
        for (const Row &row : section.rows)
            out += HistoryPane::tr("  %1: %2").arg(row.label, row.value) + u'\n';
        if (!section.preformatted.isEmpty())
            out += section.preformatted + u'\n';
        out += u'\n';
    }
    return out.trimmed() + u'\n';
}

QString HistoryReport::html(const HistoryEntry &entry)
{
    QString html;
    for (const Section &section : describe(entry)) {
        html += u"<h4>"_s + section.title.toHtmlEscaped() + u"</h4>"_s;
        if (!section.rows.isEmpty()) {
            html += u"<table cellspacing=\"0\" cellpadding=\"1\">"_s;
            for (const Row &row : section.rows) {
                QString value = row.value.toHtmlEscaped();
                value.replace(u'\n', u"<br>"_s);
                html += u"<tr><th>"_s + row.label.toHtmlEscaped() + u"</th><td>"_s + value + u"</td></tr>"_s;
            }
            html += u"</table>"_s;
        }
        if (!section.preformatted.isEmpty())
            html += u"<pre>"_s + section.preformatted.toHtmlEscaped() + u"</pre>"_s;
    }
    return html;
}
