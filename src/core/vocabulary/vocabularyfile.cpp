#include "core/vocabulary/vocabularyfile.h"

#include "core/csv/csvreader.h"
#include "core/global.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLocale>
#include <QSaveFile>
#include <QSet>
#include <cmath>

namespace {
using EntryKind = VocabularyEntry::Kind;

const QString VocabularyFormatName = u"casedesk-vocabulary"_s;
constexpr int VocabularyFormatVersion = 1;
constexpr int MaxVocabularyUses = 1000000000;

const QStringList VocabularyCsvColumns{u"operation"_s, u"kind"_s,   u"case_type"_s,
                                       u"value"_s,     u"uses"_s,   u"last_used_ms"_s,
                                       u"refused"_s,   u"closed"_s, u"closed_by_hand"_s};

// Characters that have no business in a value and can hide or reorder text: controls, lone surrogates,
// the bidirectional embedding, override and isolate marks, and U+FFFD, left where text was broken.
bool isCleanText(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            ++i;
            continue;
        }
        const char16_t u = c.unicode();
        if (c.isSurrogate() || c.category() == QChar::Other_Control || (u >= 0x202a && u <= 0x202e)
            || (u >= 0x2066 && u <= 0x2069) || u == 0x200e || u == 0x200f || u == 0xfeff || u == 0xfffd)
            return false;
    }
    return true;
}

enum class Field { Operation, Value, CaseType };
enum class Problem { Empty, TooLong, Unclean };

// One whole sentence per field and problem, in the order of Field and then Problem: a field's name put
// into a shared sentence cannot agree with it in Spanish or Portuguese.
constexpr const char *ProblemTexts[3][3] = {
    {QT_TRANSLATE_NOOP("VocabularyFile", "%1: the operation is empty."),
     QT_TRANSLATE_NOOP("VocabularyFile", "%1: the operation is longer than %2 characters."),
     QT_TRANSLATE_NOOP("VocabularyFile", "%1: the operation holds control or direction characters.")},
    {QT_TRANSLATE_NOOP("VocabularyFile", "%1: the value is empty."),
     QT_TRANSLATE_NOOP("VocabularyFile", "%1: the value is longer than %2 characters."),
     QT_TRANSLATE_NOOP("VocabularyFile", "%1: the value holds control or direction characters.")},
    {QT_TRANSLATE_NOOP("VocabularyFile", "%1: the case type is empty."),
     QT_TRANSLATE_NOOP("VocabularyFile", "%1: the case type is longer than %2 characters."),
     QT_TRANSLATE_NOOP("VocabularyFile", "%1: the case type holds control or direction characters.")},
};

// `where` names the line or entry, already translated.
QString problemText(Field field, Problem problem, const QString &where)
{
    const QString text = VocabularyFile::tr(ProblemTexts[int(field)][int(problem)]).arg(where);
    return problem == Problem::TooLong ? text.arg(QLocale().toString(VocabularyFile::MaxValueLength)) : text;
}

struct EntryChecker
{
    QStringList *errors;
    QSet<QString> keys;

    void add(const QString &error)
    {
        if (errors->size() < VocabularyFile::MaxErrors)
            errors->append(error);
    }

    // `where` names the line or entry ("line 4", "entry 3"), already translated.
    void check(const VocabularyEntry &e, const QString &where)
    {
        const auto text = [&](const QString &value, Field field) {
            if (value.trimmed().isEmpty())
                add(problemText(field, Problem::Empty, where));
            else if (value.size() > VocabularyFile::MaxValueLength)
                add(problemText(field, Problem::TooLong, where));
            else if (!isCleanText(value))
                add(problemText(field, Problem::Unclean, where));
        };
        text(e.operation, Field::Operation);
        text(e.value, Field::Value);
        if (VocabularyEntry::isPerCaseType(e.kind))
            text(e.caseType, Field::CaseType);
        else if (!e.caseType.trimmed().isEmpty())
            add(e.kind == EntryKind::CaseType
                    ? VocabularyFile::tr(
                          "%1: a case type belongs to no other case type; leave case_type empty.")
                          .arg(where)
                    : VocabularyFile::tr("%1: a responsible person belongs to no case type; leave case_type "
                                         "empty.")
                          .arg(where));
        if (e.closed && e.kind != EntryKind::Status)
            add(VocabularyFile::tr("%1: only a status can be open or closed.").arg(where));
        const bool folded = e.kind == EntryKind::CaseType || e.kind == EntryKind::Responsible;
        const QString key = e.operation.trimmed().toCaseFolded() + u'\x1f' + VocabularyEntry::kindId(e.kind)
            + u'\x1f'
            + (VocabularyEntry::isPerCaseType(e.kind) ? e.caseType.trimmed().toCaseFolded() : QString())
            + u'\x1f' + (folded ? e.value.trimmed().toCaseFolded() : e.value.trimmed());
        if (keys.contains(key))
            add(VocabularyFile::tr("%1: the same value is listed twice.").arg(where));
        keys.insert(key);
    }
};

std::optional<bool> yesNo(const QString &cell)
{
    const QString c = cell.trimmed().toLower();
    if (c.isEmpty() || c == u"no"_s || c == u"0"_s || c == u"false"_s)
        return false;
    if (c == u"yes"_s || c == u"1"_s || c == u"true"_s)
        return true;
    return std::nullopt;
}

// A spreadsheet runs a cell that starts with = + - @ as a formula; the export guards such values with a
// leading apostrophe, which the import takes off again.
QString guardFormula(const QString &text)
{
    if (!text.isEmpty()
        && (text.front() == u'=' || text.front() == u'+' || text.front() == u'-' || text.front() == u'@'
            || text.front() == u'\''))
        return u'\'' + text;
    return text;
}

QString unguardFormula(const QString &text)
{
    return text.startsWith(u'\'') ? text.mid(1) : text;
}

QString vocabularyCsvCell(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r')
        && text.trimmed() == text)
        return text;
    return u'"' + QString(text).replace(u"\""_s, u"\"\""_s) + u'"';
}

VocabularyFile::Read readCsv(const QByteArray &bytes)
{
    VocabularyFile::Read read;
    EntryChecker checker{&read.errors, {}};
    const CsvTable table = CsvReader::read(bytes);
    for (const CsvProblem &problem : table.fileProblems) {
        if (problem.kind != CsvProblem::Kind::HeaderOnly) // an empty vocabulary is a vocabulary
            checker.add(problem.message);
    }
    for (const CsvProblem &problem : table.rowProblems)
        checker.add(problem.message);
    if (!read.errors.isEmpty())
        return read;
    QHash<QString, int> column;
    for (int i = 0; i < table.header.size(); ++i) {
        const QString name = table.header.at(i).trimmed().toLower();
        if (!VocabularyCsvColumns.contains(name))
            checker.add(
                VocabularyFile::tr("Line %1: “%2” is not a column of a vocabulary file (the columns are %3).")
                    .arg(table.headerLine)
                    .arg(table.header.at(i), VocabularyCsvColumns.join(u", "_s)));
        else if (column.contains(name))
            checker.add(VocabularyFile::tr("Line %1: the column “%2” appears twice.")
                            .arg(table.headerLine)
                            .arg(name));
        else
            column.insert(name, i);
    }
    for (const QString &required : {u"operation"_s, u"kind"_s, u"value"_s}) {
        if (!column.contains(required))
            checker.add(VocabularyFile::tr("The file has no “%1” column.").arg(required));
    }
    if (table.rows.size() > VocabularyFile::MaxEntries)
        checker.add(
            VocabularyFile::tr("The file has %1 rows; a vocabulary file holds at most %2.")
                .arg(QLocale().toString(table.rows.size()), QLocale().toString(VocabularyFile::MaxEntries)));
    if (!read.errors.isEmpty())
        return read;

    QList<VocabularyEntry> entries;
    for (const CsvTable::Row &row : table.rows) {
        const QString where = VocabularyFile::tr("Line %1").arg(row.line);
        const auto cell = [&](const QString &name) {
            return column.contains(name) ? row.cells.value(column.value(name)) : QString();
        };
        VocabularyEntry e;
        e.operation = unguardFormula(cell(u"operation"_s).trimmed());
        e.caseType = unguardFormula(cell(u"case_type"_s).trimmed());
        e.value = unguardFormula(cell(u"value"_s).trimmed());
        const std::optional<EntryKind> kind
            = VocabularyEntry::kindFromId(cell(u"kind"_s).trimmed().toLower());
        if (!kind) {
            checker.add(VocabularyFile::tr(
                            "%1: the kind “%2” is not one of case_type, status, priority, responsible.")
                            .arg(where, cell(u"kind"_s)));
            continue;
        }
        e.kind = *kind;
        bool ok = true;
        const QString uses = cell(u"uses"_s).trimmed();
        e.uses = uses.isEmpty() ? 0 : uses.toInt(&ok);
        if (!ok || e.uses < 0 || e.uses > MaxVocabularyUses)
            checker.add(VocabularyFile::tr("%1: the use count “%2” is not a whole number from 0 to %3.")
                            .arg(where, uses, QLocale().toString(MaxVocabularyUses)));
        const QString last = cell(u"last_used_ms"_s).trimmed();
        e.lastUsedMs = last.isEmpty() ? 0 : last.toLongLong(&ok);
        if (!ok || e.lastUsedMs < 0)
            checker.add(
                VocabularyFile::tr("%1: the time “%2” is not a number of milliseconds.").arg(where, last));
        const std::optional<bool> refused = yesNo(cell(u"refused"_s));
        const std::optional<bool> byHand = yesNo(cell(u"closed_by_hand"_s));
        if (!refused || !byHand)
            checker.add(VocabularyFile::tr("%1: refused and closed_by_hand take yes or no.").arg(where));
        e.refused = refused.value_or(false);
        e.closedByHand = byHand.value_or(false);
        const QString closed = cell(u"closed"_s).trimmed().toLower();
        if (closed == u"closed"_s)
            e.closed = true;
        else if (closed == u"open"_s)
            e.closed = false;
        else if (!closed.isEmpty())
            checker.add(VocabularyFile::tr("%1: closed takes “open”, “closed” or nothing, not “%2”.")
                            .arg(where, cell(u"closed"_s)));
        if (!e.closed)
            e.closedByHand = false;
        checker.check(e, where);
        entries.append(e);
    }
    if (read.errors.isEmpty())
        read.entries = entries;
    return read;
}

VocabularyFile::Read readJson(const QByteArray &bytes)
{
    VocabularyFile::Read read;
    EntryChecker checker{&read.errors, {}};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        checker.add(VocabularyFile::tr("The file is not valid JSON (%1, at byte %2).")
                        .arg(parseError.errorString())
                        .arg(parseError.offset));
        return read;
    }
    const QJsonObject root = document.object();
    if (!document.isObject() || root.value(u"format"_s).toString() != VocabularyFormatName) {
        checker.add(VocabularyFile::tr("The file is not a Casedesk vocabulary (its “format” is not “%1”).")
                        .arg(VocabularyFormatName));
        return read;
    }
    const QJsonValue version = root.value(u"version"_s);
    if (!version.isDouble() || version.toDouble() != std::trunc(version.toDouble())
        || version.toDouble() < 1) {
        checker.add(VocabularyFile::tr("The file's “version” is not a version number."));
        return read;
    }
    if (version.toDouble() > VocabularyFormatVersion) {
        checker.add(
            VocabularyFile::tr("The file was written by a newer Casedesk (vocabulary version %1; this one "
                               "reads version %2). Update Casedesk to import it.")
                .arg(version.toDouble())
                .arg(VocabularyFormatVersion));
        return read;
    }
    if (!root.value(u"entries"_s).isArray()) {
        checker.add(VocabularyFile::tr("The file has no “entries” list."));
        return read;
    }
    const QJsonArray array = root.value(u"entries"_s).toArray();
    if (array.size() > VocabularyFile::MaxEntries) {
        checker.add(
            VocabularyFile::tr("The file has %1 entries; a vocabulary file holds at most %2.")
                .arg(QLocale().toString(array.size()), QLocale().toString(VocabularyFile::MaxEntries)));
        return read;
    }
    static const QStringList keys{u"operation"_s, u"kind"_s,   u"case_type"_s,
                                  u"value"_s,     u"uses"_s,   u"last_used_ms"_s,
                                  u"refused"_s,   u"closed"_s, u"closed_by_hand"_s};
    QList<VocabularyEntry> entries;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = VocabularyFile::tr("Entry %1").arg(i + 1);
        if (!array.at(i).isObject()) {
            checker.add(VocabularyFile::tr("%1 is not an object.").arg(where));
            continue;
        }
        const QJsonObject o = array.at(i).toObject();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            if (!keys.contains(it.key()))
                checker.add(VocabularyFile::tr("%1: “%2” is not a field of a vocabulary entry.")
                                .arg(where, it.key()));
        }
        const auto string = [&](const QString &key, bool required) {
            const QJsonValue v = o.value(key);
            if (v.isString())
                return v.toString();
            if (required || !(v.isUndefined() || v.isNull()))
                checker.add(VocabularyFile::tr("%1: “%2” must be a text.").arg(where, key));
            return QString();
        };
        const auto count = [&](const QString &key, double maximum) -> qint64 {
            const QJsonValue v = o.value(key);
            if (v.isUndefined())
                return 0;
            const double d = v.toDouble(-1);
            if (!v.isDouble() || d < 0 || d > maximum || d != std::trunc(d)) {
                checker.add(VocabularyFile::tr("%1: “%2” must be a whole number from 0 to %3.")
                                .arg(where, key, QLocale().toString(maximum, 'f', 0)));
                return 0;
            }
            return qint64(d);
        };
        const auto flag = [&](const QString &key) {
            const QJsonValue v = o.value(key);
            if (v.isUndefined())
                return false;
            if (!v.isBool())
                checker.add(VocabularyFile::tr("%1: “%2” must be true or false.").arg(where, key));
            return v.toBool();
        };
        VocabularyEntry e;
        e.operation = string(u"operation"_s, true);
        e.caseType = string(u"case_type"_s, false);
        e.value = string(u"value"_s, true);
        const std::optional<EntryKind> kind = VocabularyEntry::kindFromId(string(u"kind"_s, true));
        if (!kind) {
            checker.add(
                VocabularyFile::tr("%1: the kind is not one of case_type, status, priority, responsible.")
                    .arg(where));
            continue;
        }
        e.kind = *kind;
        e.uses = int(count(u"uses"_s, MaxVocabularyUses));
        e.lastUsedMs = count(u"last_used_ms"_s, 9007199254740991.0);
        e.refused = flag(u"refused"_s);
        const QJsonValue closed = o.value(u"closed"_s);
        if (closed.isBool())
            e.closed = closed.toBool();
        else if (!(closed.isUndefined() || closed.isNull()))
            checker.add(VocabularyFile::tr("%1: “closed” must be true, false or null.").arg(where));
        e.closedByHand = flag(u"closed_by_hand"_s) && e.closed.has_value();
        checker.check(e, where);
        entries.append(e);
    }
    if (read.errors.isEmpty())
        read.entries = entries;
    return read;
}
} // namespace

VocabularyFile::Read VocabularyFile::read(const QByteArray &bytes, Format format)
{
    if (bytes.size() > MaxBytes) {
        Read read;
        read.errors.append(tr("The file is larger than %1; a vocabulary file is far smaller.")
                               .arg(QLocale().formattedDataSize(MaxBytes)));
        return read;
    }
    return format == Format::Json ? readJson(bytes) : readCsv(bytes);
}

QByteArray VocabularyFile::write(const QList<VocabularyEntry> &entries, Format format)
{
    if (format == Format::Json) {
        QJsonArray array;
        for (const VocabularyEntry &e : entries) {
            array.append(QJsonObject{
                {u"operation"_s, e.operation},
                {u"kind"_s, VocabularyEntry::kindId(e.kind)},
                {u"case_type"_s, e.caseType},
                {u"value"_s, e.value},
                {u"uses"_s, e.uses},
                {u"last_used_ms"_s, double(e.lastUsedMs)},
                {u"refused"_s, e.refused},
                {u"closed"_s, e.closed ? QJsonValue(*e.closed) : QJsonValue()},
                {u"closed_by_hand"_s, e.closedByHand},
            });
        }
        return QJsonDocument(QJsonObject{{u"format"_s, VocabularyFormatName},
                                         {u"version"_s, VocabularyFormatVersion},
                                         {u"entries"_s, array}})
            .toJson(QJsonDocument::Indented);
    }
    // With a BOM and CRLF, as spreadsheets open UTF-8 CSV without asking.
    QString text = VocabularyCsvColumns.join(u',') + u"\r\n"_s;
    for (const VocabularyEntry &e : entries) {
        const QStringList cells{
            vocabularyCsvCell(guardFormula(e.operation)),
            VocabularyEntry::kindId(e.kind),
            vocabularyCsvCell(guardFormula(e.caseType)),
            vocabularyCsvCell(guardFormula(e.value)),
            QString::number(e.uses),
            QString::number(e.lastUsedMs),
            e.refused ? u"yes"_s : u"no"_s,
            e.closed ? (*e.closed ? u"closed"_s : u"open"_s) : QString(),
            e.closedByHand ? u"yes"_s : u"no"_s,
        };
        text += cells.join(u',') + u"\r\n"_s;
    }
    return QByteArray("\xef\xbb\xbf") + text.toUtf8();
}

std::optional<VocabularyFile::Format> VocabularyFile::formatOf(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == u"json"_s)
        return Format::Json;
    if (suffix == u"csv"_s || suffix == u"tsv"_s || suffix == u"txt"_s)
        return Format::Csv;
    return std::nullopt;
}

VocabularyFile::Read VocabularyFile::readFile(const QString &path)
{
    Read read;
    QFile file(path);
    const QFileInfo info(path);
    if (info.isDir() || !file.open(QIODevice::ReadOnly)) {
        read.errors.append(
            tr("Cannot read %1: %2").arg(path, info.isDir() ? tr("it is a folder") : file.errorString()));
        return read;
    }
    if (file.size() > MaxBytes) {
        read.errors.append(tr("The file is larger than %1; a vocabulary file is far smaller.")
                               .arg(QLocale().formattedDataSize(MaxBytes)));
        return read;
    }
    const QByteArray bytes = file.read(MaxBytes + 1);
    std::optional<Format> format = formatOf(path);
    if (!format) // by content: a JSON object starts with a brace
        format = bytes.trimmed().startsWith('{') ? Format::Json : Format::Csv;
    return VocabularyFile::read(bytes, *format);
}

bool VocabularyFile::writeFile(const QString &path, const QList<VocabularyEntry> &entries, QString *error)
{
    const Format format = formatOf(path).value_or(Format::Csv);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(write(entries, format)) < 0 || !file.commit()) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}
