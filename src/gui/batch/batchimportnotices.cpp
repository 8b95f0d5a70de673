#include "gui/batch/batchimportnotices.h"

#include "core/global.h"

#include <QLocale>

namespace {
constexpr int MaxListedProblems = 12;

// The problem list of a banner: the first few lines, then how many more there are.
QString problemList(const QStringList &problems)
{
    QStringList shown = problems.mid(0, MaxListedProblems);
    if (problems.size() > MaxListedProblems)
        shown.append(
            BatchImportNotices::tr("… and %n more.", nullptr, int(problems.size() - MaxListedProblems)));
    return shown.join(u'\n');
}

BatchNotice notice(BatchNotice::Kind kind, std::function<BatchNotice::Content()> render)
{
    BatchNotice n;
    n.kind = kind;
    n.render = std::move(render);
    return n;
}
} // namespace

std::optional<BatchNotice> BatchImportNotices::loaded(const BatchImport &import)
{
    const QStringList fileProblems = import.fileProblems();
    if (!fileProblems.isEmpty()) {
        return notice(BatchNotice::Kind::Error, [fileProblems, name = import.sourceName()] {
            return BatchNotice::Content{
                tr("%1 cannot be used").arg(name),
                problemList(fileProblems) + u'\n'
                    + tr("Fix it in the spreadsheet, save it as CSV (UTF-8), and open it again.")};
        });
    }
    const QList<CsvProblem> notices = import.table().notices;
    if (notices.isEmpty())
        return std::nullopt;
    QStringList messages;
    for (const CsvProblem &problem : notices)
        messages.append(problem.message);
    return notice(BatchNotice::Kind::Information, [messages] {
        return BatchNotice::Content{tr("Some column names were adjusted"), problemList(messages)};
    });
}

std::optional<BatchNotice> BatchImportNotices::checked(const BatchImport &import,
                                                       const std::function<QList<BatchInfo>()> &earlier)
{
    const QStringList mapping = import.mappingProblems();
    if (!mapping.isEmpty()) {
        return notice(BatchNotice::Kind::Error, [mapping] {
            return BatchNotice::Content{tr("No row can be sent with these columns"), problemList(mapping)};
        });
    }
    QStringList lines;
    for (const CsvProblem &problem : import.table().rowProblems)
        lines.append(problem.message);
    if (!lines.isEmpty()) {
        return notice(BatchNotice::Kind::Warning, [lines] {
            return BatchNotice::Content{tr("Some lines of the file are malformed"), problemList(lines)};
        });
    }
    // The same content sent before: sending it again updates those cases a second time.
    const QList<BatchInfo> batches = earlier ? earlier() : QList<BatchInfo>();
    for (const BatchInfo &info : batches) {
        const int done = info.count(BatchRow::State::Done);
        if (info.sourceSha256 != import.sourceSha256() || done == 0)
            continue;
        return notice(BatchNotice::Kind::Warning, [when = info.created.toLocalTime(), done, id = info.id] {
            return BatchNotice::Content{
                tr("This content was sent before"),
                tr("Batch %1 on %2 already updated %n case(s) from it. Sending it again updates them again.",
                   nullptr, done)
                    .arg(id)
                    .arg(QLocale().toString(when, QLocale::ShortFormat))};
        });
    }
    return std::nullopt;
}
