#include "core/batch/batchimport.h"

#include "core/batch/readfirst.h"
#include "core/global.h"
#include "core/model/deliveryplan.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>

namespace {
using Target = ColumnMapping::Target;

ValidationIssue rowIssue(const QString &field, const QString &rule, const QString &message)
{
    return ValidationIssue{field, -1, rule, message};
}

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}
} // namespace

BatchDefaults BatchDefaults::fromProfile(const ConnectionProfile &profile)
{
    BatchDefaults defaults;
    defaults.server = profile.server;
    defaults.operation = profile.operation;
    defaults.caseType = profile.defaultCaseType;
    defaults.status = profile.defaultStatus;
    defaults.priority = profile.defaultPriority;
    defaults.settings = profile.connectionSettings();
    return defaults;
}

BatchImport BatchImport::fromFile(const QString &path, const BatchDefaults &defaults,
                                  ColumnMapping::UnknownColumns unknown)
{
    QFile file(path);
    const QFileInfo info(path);
    QString problem;
    if (info.exists() && info.size() > CsvReader::MaxBytes) {
        problem = tr("%1 is larger than %2; split it into smaller batches.")
                      .arg(QDir::toNativeSeparators(path), QLocale().formattedDataSize(CsvReader::MaxBytes));
    } else if (info.isDir()) {
        problem = tr("%1 is a folder, not a file.").arg(QDir::toNativeSeparators(path));
    } else if (!file.open(QIODevice::ReadOnly)) {
        problem = tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    }
    if (!problem.isEmpty()) {
        BatchImport import;
        import.m_sourcePath = info.absoluteFilePath();
        import.m_sourceName = info.fileName();
        import.m_baseDir = info.absolutePath();
        import.m_defaults = defaults;
        import.m_readError = problem;
        return import;
    }
    return fromBytes(file.readAll(), path, defaults, unknown);
}

BatchImport BatchImport::fromBytes(const QByteArray &bytes, const QString &path,
                                   const BatchDefaults &defaults, ColumnMapping::UnknownColumns unknown)
{
    BatchImport import;
    const QFileInfo info(path);
    import.m_sourcePath = path.isEmpty() ? QString() : info.absoluteFilePath();
    import.m_sourceName = path.isEmpty() ? tr("Pasted text") : info.fileName();
    import.m_baseDir = path.isEmpty() ? QDir::currentPath() : info.absolutePath();
    import.m_sourceSha256 = sha256Hex(bytes);
    import.m_defaults = defaults;
    import.m_table = CsvReader::read(bytes);
    import.m_mapping = ColumnMapping::automatic(import.m_table.header, unknown);
    import.plan();
    return import;
}

BatchImport BatchImport::fromText(const QString &text, const BatchDefaults &defaults,
                                  ColumnMapping::UnknownColumns unknown, const QString &baseDir)
{
    BatchImport import;
    import.m_sourceName = tr("Pasted text");
    import.m_baseDir = baseDir.isEmpty() ? QDir::currentPath() : baseDir;
    import.m_sourceSha256 = sha256Hex(text.toUtf8());
    import.m_defaults = defaults;
    import.m_table = CsvReader::readText(text);
    import.m_mapping = ColumnMapping::automatic(import.m_table.header, unknown);
    import.plan();
    return import;
}

QStringList BatchImport::fileProblems() const
{
    QStringList out;
    if (!m_readError.isEmpty())
        out.append(m_readError);
    for (const CsvProblem &problem : m_table.fileProblems)
        out.append(problem.message);
    return out;
}

QStringList BatchImport::mappingProblems() const
{
    if (!fileProblems().isEmpty())
        return {};
    QStringList out = m_mapping.problems();
    if (m_mapping.columnOf(Target::WolkvoxId) < 0) {
        out.append(tr("No column holds the case id. Name a column “wolkvox-id” or “id”, or choose which "
                      "column it is."));
    }
    const struct
    {
        Target target;
        const QString *fallback;
        const char *message;
    } required[] = {
        {Target::CaseType, &m_defaults.caseType,
         QT_TR_NOOP("No column and no default give the case type. Add a “case-type” column or choose a "
                    "default.")},
        {Target::Responsible, &m_defaults.responsible,
         QT_TR_NOOP("No column and no default give the responsible. Add a “responsible” column or choose a "
                    "default.")},
        {Target::Status, &m_defaults.status,
         QT_TR_NOOP("No column and no default give the status. Add a “status” column or choose a default.")},
        {Target::Priority, &m_defaults.priority,
         QT_TR_NOOP("No column and no default give the priority. Add a “priority” column or choose a "
                    "default.")},
    };
    for (const auto &r : required) {
        // Read before write: the CRM's case gives what neither a column nor a default does.
        if (m_mapping.columnOf(r.target) < 0 && r.fallback->trimmed().isEmpty() && !m_defaults.fromCrm)
            out.append(tr(r.message));
    }
    return out;
}

void BatchImport::setMapping(const ColumnMapping &mapping)
{
    m_mapping = mapping;
    plan();
}

void BatchImport::setDefaults(const BatchDefaults &defaults)
{
    m_defaults = defaults;
    plan();
}

int BatchImport::validCount() const
{
    int n = 0;
    for (const PlannedRow &row : m_rows)
        n += row.isValid();
    return n;
}

int BatchImport::callsNeeded() const
{
    int calls = 0;
    for (const PlannedRow &row : m_rows) {
        if (row.isValid())
            calls
                += (m_defaults.fromCrm ? 1 : 0) + DeliveryPlan::make(row.update, m_defaults.settings).calls();
    }
    return calls;
}

QStringList BatchImport::splitAttachments(const QString &cell, const QString &baseDir)
{
    QStringList out;
    const QStringList parts = cell.split(u'|');
    for (const QString &part : parts) {
        const QString path = part.trimmed();
        if (path.isEmpty())
            continue;
        const QString expanded = path.startsWith(u"~/"_s) ? QDir::homePath() + path.mid(1) : path;
        out.append(QDir::isAbsolutePath(expanded) ? QDir::cleanPath(expanded)
                                                  : QDir::cleanPath(QDir(baseDir).filePath(expanded)));
    }
    return out;
}

void BatchImport::plan()
{
    m_rows.clear();
    if (!fileProblems().isEmpty())
        return;
    const QStringList blocking = m_mapping.problems();

    // The cell of `target` in `cells`, or the default when no column fills it.
    const auto value = [this](const QStringList &cells, Target target, const QString &fallback) {
        const int column = m_mapping.columnOf(target);
        return column < 0 ? fallback : cells.value(column).trimmed();
    };

    QHash<QString, int> firstRowOfCase;
    m_rows.reserve(m_table.rows.size());
    for (const CsvTable::Row &source : m_table.rows) {
        PlannedRow row;
        row.number = source.number;
        row.line = source.line;
        row.cells = source.cells;

        CaseUpdate &u = row.update;
        u.server = m_defaults.server;
        u.operation = value(source.cells, Target::Operation, m_defaults.operation);
        u.wolkvoxId = value(source.cells, Target::WolkvoxId, QString());
        u.caseType = value(source.cells, Target::CaseType, m_defaults.caseType);
        u.responsible = value(source.cells, Target::Responsible, m_defaults.responsible);
        u.status = value(source.cells, Target::Status, m_defaults.status);
        u.priority = value(source.cells, Target::Priority, m_defaults.priority);
        // The solution is free text: keep its inner line breaks and spacing, drop only the outer blanks.
        const int solutionColumn = m_mapping.columnOf(Target::Solution);
        u.solution = solutionColumn < 0 ? m_defaults.solution : source.cells.value(solutionColumn).trimmed();
        const int attachmentColumn = m_mapping.columnOf(Target::Attachments);
        if (attachmentColumn >= 0)
            u.attachments = splitAttachments(source.cells.value(attachmentColumn), m_baseDir);
        for (int i = 0; i < m_mapping.columnCount(); ++i) {
            const ColumnMapping::Column &column = m_mapping.columns().at(i);
            if (column.target != Target::CustomField)
                continue;
            // An empty cell leaves the CRM's field as it is (a form update keeps fields not sent).
            const QString cell = source.cells.value(i);
            if (cell.trimmed().isEmpty())
                continue;
            u.customFields.append({column.customName.trimmed(), cell});
        }

        for (const CsvProblem &problem : m_table.problemsOfRow(source.number)) {
            row.issues.append(
                rowIssue(u"row"_s, problem.kind == CsvProblem::Kind::RaggedRow ? u"ragged-row"_s : u"quote"_s,
                         problem.message));
        }
        for (const QString &problem : blocking)
            row.issues.append(rowIssue(u"form"_s, u"mapping"_s, problem));
        const QList<ValidationIssue> checked = Validator::validate(u, m_defaults.settings);
        for (const ValidationIssue &issue : checked) {
            // What the case as read may still supply is checked again once it is read.
            if (!m_defaults.fromCrm || !ReadFirst::waitsForRead(issue, u))
                row.issues.append(issue);
        }

        const QString id = u.wolkvoxId.trimmed().toLower();
        if (!id.isEmpty()) {
            const QString key = u.operation.trimmed().toLower() + u'\n' + id;
            const auto first = firstRowOfCase.constFind(key);
            if (first != firstRowOfCase.cend()) {
                row.issues.append(
                    rowIssue(u"wolkvox-id"_s, u"duplicate-case"_s,
                             tr("The case %1 is also on row %2; a batch updates each case once. Remove one "
                                "of the rows.")
                                 .arg(u.wolkvoxId.trimmed())
                                 .arg(*first)));
            } else {
                firstRowOfCase.insert(key, row.number);
            }
        }
        m_rows.append(std::move(row));
    }
}
