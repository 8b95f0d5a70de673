#include "core/vocabulary/vocabularystore.h"

#include "core/global.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {
using EntryKind = VocabularyEntry::Kind;

// Qt binds a null QString as SQL NULL: the key columns need '' for "none".
QString nonNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QString foldKey(const QString &text)
{
    return nonNull(text.trimmed().toCaseFolded());
}

QVariant nullableFlag(std::optional<bool> value)
{
    return value ? QVariant(int(*value)) : QVariant(QMetaType::fromType<int>());
}

const QString VocabularyColumns
    = u"operation, operation_key, kind, case_type, case_type_key, value, value_key"_s;
const QString VocabularyConflict
    = u" ON CONFLICT (operation_key, kind, case_type_key, value_key) DO UPDATE SET "_s;
const QString VocabularyOrder = u" ORDER BY uses DESC, last_used_ms DESC, value"_s;
} // namespace

VocabularyStore::VocabularyStore(const QString &path, QObject *parent)
    : QObject(parent)
    , m_ownDb(std::make_unique<HistoryDatabase>(path))
    , m_db(m_ownDb.get())
{ }

VocabularyStore::VocabularyStore(HistoryDatabase *database, QObject *parent)
    : QObject(parent)
    , m_db(database)
{ }

VocabularyStore::~VocabularyStore() = default;

bool VocabularyStore::open()
{
    if (m_db->isOpen())
        return true;
    if (!m_db->open()) {
        m_error = m_db->error();
        return false;
    }
    return true;
}

bool VocabularyStore::isOpen() const
{
    return m_db->isOpen();
}

qint64 VocabularyStore::now() const
{
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
}

VocabularyStore::Key VocabularyStore::keyOf(const QString &operation, EntryKind kind, const QString &caseType,
                                            const QString &value)
{
    Key key;
    key.operation = operation.trimmed();
    key.operationKey = foldKey(operation);
    key.kind = kind;
    if (VocabularyEntry::isPerCaseType(kind)) {
        key.caseType = caseType.trimmed();
        key.caseTypeKey = foldKey(caseType);
    }
    key.value = value.trimmed();
    // The CRM matches case types and users ignoring case, statuses and priorities exactly.
    key.valueKey
        = (kind == EntryKind::CaseType || kind == EntryKind::Responsible) ? foldKey(value) : value.trimmed();
    return key;
}

bool VocabularyStore::exec(HistoryDatabase::Statement &statement)
{
    if (statement->exec())
        return true;

    m_error = HistoryDatabase::describe(statement->lastError());
    return false;
}

bool VocabularyStore::write(const QString &operation, const std::function<bool()> &work)
{
    m_error.clear();
    if (!m_db->isOpen()) {
        m_error = tr("The history file is not open, so what Casedesk learns cannot be kept.");
        return false;
    }
    const bool ok = m_db->transaction(work);
    if (!ok && m_error.isEmpty())
        m_error = m_db->error();

    if (ok)
        Q_EMIT changed(operation.trimmed());
    return ok;
}

namespace {
void bindVocabularyKey(QSqlQuery &query, const QString &operation, const QString &operationKey,
                       EntryKind kind, const QString &caseType, const QString &caseTypeKey,
                       const QString &value, const QString &valueKey)
{
    query.addBindValue(nonNull(operation));
    query.addBindValue(nonNull(operationKey));
    query.addBindValue(VocabularyEntry::kindId(kind));
    query.addBindValue(nonNull(caseType));
    query.addBindValue(nonNull(caseTypeKey));
    query.addBindValue(nonNull(value));
    query.addBindValue(nonNull(valueKey));
}
} // namespace

bool VocabularyStore::use(const Key &key, bool canonical)
{
    if (key.operationKey.isEmpty() || key.valueKey.isEmpty()
        || (VocabularyEntry::isPerCaseType(key.kind) && key.caseTypeKey.isEmpty()))
        return true; // nothing to learn from a blank
    HistoryDatabase::Statement q
        = m_db->statement(u"INSERT INTO vocabulary ("_s + VocabularyColumns
                          + u", uses, last_used_ms) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?)"_s + VocabularyConflict
                          + u"uses = uses + 1, last_used_ms = excluded.last_used_ms, refused = 0,"
                            " value = CASE WHEN ? THEN excluded.value ELSE value END,"
                            " case_type = CASE WHEN ? THEN excluded.case_type ELSE case_type END"_s);
    if (!q) {
        m_error = m_db->statementError();
        return false;
    }
    bindVocabularyKey(*q, key.operation, key.operationKey, key.kind, key.caseType, key.caseTypeKey, key.value,
                      key.valueKey);
    q->addBindValue(now());
    q->addBindValue(int(canonical));
    q->addBindValue(int(canonical));
    return exec(q);
}

bool VocabularyStore::markRefused(const Key &key, bool refused)
{
    if (key.operationKey.isEmpty() || key.valueKey.isEmpty()
        || (VocabularyEntry::isPerCaseType(key.kind) && key.caseTypeKey.isEmpty()))
        return true;
    HistoryDatabase::Statement q = m_db->statement(u"INSERT INTO vocabulary ("_s + VocabularyColumns
                                                   + u", refused) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s
                                                   + VocabularyConflict + u"refused = excluded.refused"_s);
    if (!q) {
        m_error = m_db->statementError();
        return false;
    }
    bindVocabularyKey(*q, key.operation, key.operationKey, key.kind, key.caseType, key.caseTypeKey, key.value,
                      key.valueKey);
    q->addBindValue(int(refused));
    return exec(q);
}

bool VocabularyStore::learnClosed(const Key &key, bool closed)
{
    if (key.operationKey.isEmpty() || key.valueKey.isEmpty() || key.caseTypeKey.isEmpty())
        return true;
    HistoryDatabase::Statement q = m_db->statement(
        u"INSERT INTO vocabulary ("_s + VocabularyColumns + u", closed) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s
        + VocabularyConflict + u"closed = CASE WHEN closed_by_hand THEN closed ELSE excluded.closed END"_s);
    if (!q) {
        m_error = m_db->statementError();
        return false;
    }
    bindVocabularyKey(*q, key.operation, key.operationKey, key.kind, key.caseType, key.caseTypeKey, key.value,
                      key.valueKey);
    q->addBindValue(int(closed));
    return exec(q);
}

bool VocabularyStore::recordCase(const QString &operation, const CaseRecord &record)
{
    return write(operation, [&] {
        return use(keyOf(operation, EntryKind::CaseType, {}, record.caseType), true)
            && use(keyOf(operation, EntryKind::Status, record.caseType, record.status), true)
            && use(keyOf(operation, EntryKind::Priority, record.caseType, record.priority), true)
            && use(keyOf(operation, EntryKind::Responsible, {}, record.responsible), true);
    });
}

bool VocabularyStore::recordSuccess(const CaseUpdate &update)
{
    const QString &op = update.operation;
    return write(op, [&] {
        const Key status = keyOf(op, EntryKind::Status, update.caseType, update.status);
        return use(keyOf(op, EntryKind::CaseType, {}, update.caseType), false) && use(status, false)
            && use(keyOf(op, EntryKind::Priority, update.caseType, update.priority), false)
            && use(keyOf(op, EntryKind::Responsible, {}, update.responsible), false)
            // Accepted without a solution: this status does not close the case.
            && (!update.solution.trimmed().isEmpty() || learnClosed(status, false));
    });
}

VocabularyStore::Refusal VocabularyStore::refusalOf(const ApiResult &result)
{
    if (result.outcome != ApiResult::Outcome::Rejected)
        return Refusal::None;
    const QString m = result.msg.toUpper();
    const bool missing = m.contains(u"DOES NOT EXIST"_s) || m.contains(u"NOT EXIST"_s);
    if (m.contains(u"SOLUTION"_s) && m.contains(u"REQUIRED"_s))
        return Refusal::SolutionRequired;
    if (!missing)
        return Refusal::None;
    if (m.contains(u"STATUS"_s))
        return Refusal::Status;
    if (m.contains(u"PRIORITY"_s))
        return Refusal::Priority;
    if (m.contains(u"CASE TYPE"_s))
        return Refusal::CaseType;
    if (m.contains(u"RESPONSIBLE"_s) || m.contains(u"USER"_s))
        return Refusal::Responsible;
    return Refusal::None;
}

bool VocabularyStore::recordRejection(const CaseUpdate &update, const ApiResult &result)
{
    const QString &op = update.operation;
    switch (refusalOf(result)) {
    case Refusal::None:
        return true;
    case Refusal::CaseType:
        return write(op,
                     [&] { return markRefused(keyOf(op, EntryKind::CaseType, {}, update.caseType), true); });
    case Refusal::Status:
        return write(op, [&] {
            return markRefused(keyOf(op, EntryKind::Status, update.caseType, update.status), true);
        });
    case Refusal::Priority:
        return write(op, [&] {
            return markRefused(keyOf(op, EntryKind::Priority, update.caseType, update.priority), true);
        });
    case Refusal::Responsible:
        return write(
            op, [&] { return markRefused(keyOf(op, EntryKind::Responsible, {}, update.responsible), true); });
    case Refusal::SolutionRequired:
        // Only an update without a solution shows that the status needs one.
        if (!update.solution.trimmed().isEmpty())
            return true;
        return write(op, [&] {
            return learnClosed(keyOf(op, EntryKind::Status, update.caseType, update.status), true);
        });
    }
    return true;
}

bool VocabularyStore::setClosed(const QString &operation, const QString &caseType, const QString &status,
                                std::optional<bool> closed)
{
    const Key key = keyOf(operation, EntryKind::Status, caseType, status);
    if (key.operationKey.isEmpty() || key.caseTypeKey.isEmpty() || key.valueKey.isEmpty()) {
        m_error = tr("Name the operation, the case type and the status.");
        return false;
    }
    return write(operation, [&] {
        HistoryDatabase::Statement q = m_db->statement(
            u"INSERT INTO vocabulary ("_s + VocabularyColumns
            + u", closed, closed_by_hand) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s + VocabularyConflict
            + u"closed = excluded.closed, closed_by_hand = excluded.closed_by_hand"_s);
        if (!q) {
            m_error = m_db->statementError();
            return false;
        }
        bindVocabularyKey(*q, key.operation, key.operationKey, key.kind, key.caseType, key.caseTypeKey,
                          key.value, key.valueKey);
        q->addBindValue(nullableFlag(closed));
        q->addBindValue(int(closed.has_value()));
        return exec(q);
    });
}

bool VocabularyStore::setRefused(const VocabularyEntry &entry, bool refused)
{
    const Key key = keyOf(entry.operation, entry.kind, entry.caseType, entry.value);
    return write(entry.operation, [&] { return markRefused(key, refused); });
}

QStringList VocabularyStore::values(const QString &sql, const QStringList &bindings)
{
    QStringList out;
    if (!m_db->isOpen())
        return out;
    HistoryDatabase::Statement q = m_db->statement(sql);
    if (!q) {
        m_error = m_db->statementError();
        return out;
    }
    for (const QString &binding : bindings)
        q->addBindValue(nonNull(binding));
    if (!exec(q))
        return out;
    while (q->next()) {
        const QString value = q->value(0).toString();
        if (!out.contains(value))
            out.append(value);
    }
    return out;
}

QStringList VocabularyStore::caseTypes(const QString &operation)
{
    return values(
        u"SELECT value FROM vocabulary WHERE operation_key = ? AND kind = 'case_type' AND refused = 0"_s
            + VocabularyOrder,
        {foldKey(operation)});
}

QStringList VocabularyStore::statuses(const QString &operation, const QString &caseType)
{
    return values(u"SELECT value FROM vocabulary WHERE operation_key = ? AND kind = 'status'"
                  " AND case_type_key = ? AND refused = 0"_s
                      + VocabularyOrder,
                  {foldKey(operation), foldKey(caseType)});
}

QStringList VocabularyStore::priorities(const QString &operation, const QString &caseType)
{
    const QString others
        = u"SELECT value FROM vocabulary v WHERE operation_key = ? AND kind = 'priority'"
          " AND refused = 0 AND case_type_key <> ? AND NOT EXISTS (SELECT 1 FROM vocabulary r"
          " WHERE r.operation_key = v.operation_key AND r.kind = 'priority'"
          " AND r.case_type_key = ? AND r.value_key = v.value_key)"
          " GROUP BY value_key ORDER BY SUM(uses) DESC, MAX(last_used_ms) DESC, value"_s;
    if (caseType.trimmed().isEmpty())
        return values(others, {foldKey(operation), QString(), QString()});
    QStringList out = values(u"SELECT value FROM vocabulary WHERE operation_key = ? AND kind = 'priority'"
                             " AND case_type_key = ? AND refused = 0"_s
                                 + VocabularyOrder,
                             {foldKey(operation), foldKey(caseType)});
    const QStringList more = values(others, {foldKey(operation), foldKey(caseType), foldKey(caseType)});
    for (const QString &value : more) {
        if (!out.contains(value))
            out.append(value);
    }
    return out;
}

QStringList VocabularyStore::responsibles(const QString &operation)
{
    return values(
        u"SELECT value FROM vocabulary WHERE operation_key = ? AND kind = 'responsible' AND refused = 0"_s
            + VocabularyOrder,
        {foldKey(operation)});
}

std::optional<bool> VocabularyStore::isClosed(const QString &operation, const QString &caseType,
                                              const QString &status)
{
    if (!m_db->isOpen())
        return std::nullopt;
    const Key key = keyOf(operation, EntryKind::Status, caseType, status);
    HistoryDatabase::Statement q
        = m_db->statement(u"SELECT closed FROM vocabulary WHERE operation_key = ? AND kind = 'status'"
                          " AND case_type_key = ? AND value_key = ?"_s);
    if (!q) {
        m_error = m_db->statementError();
        return std::nullopt;
    }
    q->addBindValue(nonNull(key.operationKey));
    q->addBindValue(nonNull(key.caseTypeKey));
    q->addBindValue(nonNull(key.valueKey));
    if (!exec(q) || !q->next() || q->value(0).isNull())
        return std::nullopt;
    return q->value(0).toInt() != 0;
}

QStringList VocabularyStore::closedStatuses(const QString &operation, const QString &caseType)
{
    if (caseType.trimmed().isEmpty())
        return values(
            u"SELECT value FROM vocabulary WHERE operation_key = ? AND kind = 'status' AND closed = 1"
            " ORDER BY value"_s,
            {foldKey(operation)});
    return values(u"SELECT value FROM vocabulary WHERE operation_key = ? AND kind = 'status' AND closed = 1"
                  " AND case_type_key = ? ORDER BY value"_s,
                  {foldKey(operation), foldKey(caseType)});
}

QList<VocabularyEntry> VocabularyStore::entries(const QString &operation)
{
    QList<VocabularyEntry> out;
    if (!m_db->isOpen())
        return out;
    HistoryDatabase::Statement q = m_db->statement(
        u"SELECT operation, kind, case_type, value, uses, last_used_ms, refused, closed, closed_by_hand"
        " FROM vocabulary WHERE ? = '' OR operation_key = ?"
        " ORDER BY operation_key, kind, case_type_key, uses DESC, value"_s);
    if (!q) {
        m_error = m_db->statementError();
        return out;
    }
    q->addBindValue(foldKey(operation));
    q->addBindValue(foldKey(operation));
    if (!exec(q))
        return out;
    while (q->next()) {
        const std::optional<EntryKind> kind = VocabularyEntry::kindFromId(q->value(1).toString());
        if (!kind)
            continue; // written by a newer Casedesk
        VocabularyEntry entry;
        entry.operation = q->value(0).toString();
        entry.kind = *kind;
        entry.caseType = q->value(2).toString();
        entry.value = q->value(3).toString();
        entry.uses = q->value(4).toInt();
        entry.lastUsedMs = q->value(5).toLongLong();
        entry.refused = q->value(6).toInt() != 0;
        if (!q->value(7).isNull())
            entry.closed = q->value(7).toInt() != 0;
        entry.closedByHand = q->value(8).toInt() != 0;
        out.append(entry);
    }
    return out;
}

std::optional<VocabularyStore::MergeReport> VocabularyStore::merge(const QList<VocabularyEntry> &entries)
{
    MergeReport report;
    QStringList operations;
    const bool ok = write({}, [&] {
        HistoryDatabase::Statement exists = m_db->statement(
            u"SELECT 1 FROM vocabulary WHERE operation_key = ? AND kind = ? AND case_type_key = ?"
            " AND value_key = ?"_s);
        HistoryDatabase::Statement upsert = m_db->statement(
            u"INSERT INTO vocabulary ("_s + VocabularyColumns
            + u", uses, last_used_ms, refused, closed, closed_by_hand)"
              " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s
            + VocabularyConflict
            + u"uses = MAX(uses, excluded.uses), last_used_ms = MAX(last_used_ms, excluded.last_used_ms),"
              " refused = MAX(refused, excluded.refused),"
              " closed = CASE WHEN closed_by_hand THEN closed WHEN excluded.closed IS NULL THEN closed"
              " ELSE excluded.closed END,"
              " closed_by_hand = CASE WHEN closed_by_hand THEN 1 WHEN excluded.closed IS NULL THEN 0"
              " ELSE excluded.closed_by_hand END"_s);
        if (!exists || !upsert) {
            m_error = m_db->statementError();
            return false;
        }
        for (const VocabularyEntry &entry : entries) {
            const Key key = keyOf(entry.operation, entry.kind, entry.caseType, entry.value);
            if (key.operationKey.isEmpty() || key.valueKey.isEmpty()
                || (VocabularyEntry::isPerCaseType(key.kind) && key.caseTypeKey.isEmpty())) {
                m_error = tr("An entry has no operation, value or case type.");
                return false;
            }
            exists->addBindValue(nonNull(key.operationKey));
            exists->addBindValue(VocabularyEntry::kindId(key.kind));
            exists->addBindValue(nonNull(key.caseTypeKey));
            exists->addBindValue(nonNull(key.valueKey));
            if (!exec(exists))
                return false;
            const bool known = exists->next();
            exists->finish();
            bindVocabularyKey(*upsert, key.operation, key.operationKey, key.kind, key.caseType,
                              key.caseTypeKey, key.value, key.valueKey);
            upsert->addBindValue(std::max(0, entry.uses));
            upsert->addBindValue(std::max<qint64>(0, entry.lastUsedMs));
            upsert->addBindValue(int(entry.refused));
            upsert->addBindValue(nullableFlag(entry.kind == EntryKind::Status ? entry.closed : std::nullopt));
            upsert->addBindValue(int(entry.kind == EntryKind::Status && entry.closed && entry.closedByHand));
            if (!exec(upsert))
                return false;
            ++(known ? report.updated : report.added);
            if (!operations.contains(key.operation))
                operations.append(key.operation);
        }
        return true;
    });
    if (!ok)
        return std::nullopt;
    // write() announced "" for the whole file; the operations named let a window refresh only its own.
    for (const QString &operation : std::as_const(operations))
        Q_EMIT changed(operation);
    return report;
}
