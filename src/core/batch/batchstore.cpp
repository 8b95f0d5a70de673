#include "core/batch/batchstore.h"

#include "core/csv/csvwriter.h"
#include "core/global.h"
#include "core/history/historyexporter.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>
#include <QtConcurrent/QtConcurrentRun>

namespace {
using State = BatchRow::State;

QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(u""_s) : QVariant(value);
}

QString compact(const QJsonDocument &document)
{
    return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
}

QString issuesJson(const QList<ValidationIssue> &issues)
{
    QJsonArray array;
    for (const ValidationIssue &issue : issues) {
        array.append(QJsonObject{{u"field"_s, issue.field},
                                 {u"index"_s, issue.index},
                                 {u"rule"_s, issue.rule},
                                 {u"message"_s, issue.message}});
    }
    return compact(QJsonDocument(array));
}

QList<ValidationIssue> issuesFromJson(const QString &json)
{
    QList<ValidationIssue> out;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &value : array) {
        const QJsonObject o = value.toObject();
        out.append(ValidationIssue{o.value(u"field"_s).toString(), o.value(u"index"_s).toInt(-1),
                                   o.value(u"rule"_s).toString(), o.value(u"message"_s).toString()});
    }
    return out;
}

QString statesList(const QList<State> &states)
{
    QStringList ids;
    for (const State state : states)
        ids.append(u'\'' + BatchRow::stateId(state) + u'\'');
    return ids.join(u',');
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// What the results table and the CSV show as the row's message.
QString messageOf(const ApiResult &result)
{
    if (result.outcome == ApiResult::Outcome::Success)
        return result.msg.isEmpty() ? result.explanation() : result.msg;
    if (result.outcome == ApiResult::Outcome::Rejected && !result.msg.isEmpty()
        && result.vendorError == ApiResult::VendorError::Other)
        return result.msg;
    return result.explanation();
}

// A row the user sends again reads its case again first: the CRM's values may have moved since.
const QString readAgain = u"read_state = CASE WHEN read_state = '' THEN '' ELSE 'pending' END, "
                          "decided_json = '', baseline = '{}'"_s;

const QString rowColumns = u"id, batch_id, number, line, state, update_json, issues, attempts, outcome, "
                           "vendor_error, http_status, code, message, result_wolkvox_id, last_attempt_id, "
                           "updated_ms, delivered, read_state, decided_json, baseline"_s;

BatchRow rowFromQuery(const QSqlQuery &q)
{
    BatchRow row;
    row.id = q.value(0).toLongLong();
    row.batchId = q.value(1).toLongLong();
    row.number = q.value(2).toInt();
    row.line = q.value(3).toInt();
    row.state = BatchRow::stateFromId(q.value(4).toString()).value_or(State::Interrupted);
    row.update = CaseUpdate::fromJson(QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object());
    row.issues = issuesFromJson(q.value(6).toString());
    row.attempts = q.value(7).toInt();
    const QString outcome = q.value(8).toString();
    if (!outcome.isEmpty())
        row.outcome = ApiResult::outcomeFromId(outcome);
    if (const auto error = HistoryDatabase::vendorErrorFromId(q.value(9).toString()))
        row.vendorError = *error;
    row.httpStatus = q.value(10).toInt();
    if (!q.value(11).isNull())
        row.code = q.value(11).toInt();
    row.message = q.value(12).toString();
    row.resultWolkvoxId = q.value(13).toString();
    row.lastAttemptId = q.value(14).toLongLong();
    row.updated = QDateTime::fromMSecsSinceEpoch(q.value(15).toLongLong(), Qt::UTC);
    row.delivered = q.value(16).toInt();
    row.read = BatchRow::readFromId(q.value(17).toString());
    if (row.read == BatchRow::Read::Done) {
        row.decided = CaseUpdate::fromJson(QJsonDocument::fromJson(q.value(18).toString().toUtf8()).object());
        row.baseline = QJsonDocument::fromJson(q.value(19).toString().toUtf8()).object();
    }
    return row;
}
} // namespace

BatchStore::BatchStore(const QString &path, QObject *parent)
    : QObject(parent)
    , m_ownDb(std::make_unique<HistoryDatabase>(path))
    , m_ownSession(std::make_unique<SessionLock>(m_ownDb->path()))
    , m_db(m_ownDb.get())
    , m_session(m_ownSession.get())
{
    listenForCommitFailures();
}

BatchStore::BatchStore(HistoryDatabase *database, SessionLock *session, QObject *parent)
    : QObject(parent)
    , m_db(database)
    , m_session(session)
{
    Q_ASSERT(database && session);
    listenForCommitFailures();
}

void BatchStore::listenForCommitFailures()
{
    // The rows this store said had changed may not have: whoever shows them reads them again.
    m_commitFailureListener = m_db->addCommitFailureListener([this] {
        const QList<qint64> batches = m_batchesWritten.values();
        for (const qint64 batchId : batches)
            Q_EMIT rowsChanged(batchId);
    });
}

BatchStore::~BatchStore()
{
    m_db->removeCommitFailureListener(m_commitFailureListener);
    if (m_db->isOpen()) {
        // Whatever this session still had in flight never got its answer written.
        QSqlQuery q(m_db->connection());
        q.prepare(u"UPDATE batch_rows SET state = 'interrupted', updated_ms = ? WHERE state = 'sending'"
                  " AND batch_id IN (SELECT id FROM batches WHERE session = ?)"_s);
        q.addBindValue(nowMs());
        q.addBindValue(m_session->id());
        exec(q);
        QSqlQuery release(m_db->connection());
        release.prepare(u"UPDATE batches SET session = '' WHERE session = ?"_s);
        release.addBindValue(m_session->id());
        exec(release);
    }
    if (m_ownDb) {
        m_db->close();
        m_session->release();
    }
}

QString BatchStore::path() const
{
    return m_db->path();
}

bool BatchStore::isOpen() const
{
    return m_db->isOpen();
}

bool BatchStore::exec(QSqlQuery &query)
{
    if (query.exec())
        return true;
    m_error = HistoryDatabase::describe(query.lastError());
    qWarning("Batch database %s: %s", qUtf8Printable(path()), qUtf8Printable(query.lastError().text()));
    return false;
}

HistoryDatabase::Statement BatchStore::statement(const QString &sql)
{
    HistoryDatabase::Statement query = m_db->statement(sql);
    if (!query)
        m_error = m_db->statementError();
    return query;
}

bool BatchStore::write(const std::function<bool()> &work)
{
    if (!m_db->isOpen()) {
        m_error = tr("The batch database is not open.");
        Q_EMIT writeFailed(m_error);
        return false;
    }
    m_error.clear();
    if (m_db->transaction(work))
        return true;
    if (m_error.isEmpty())
        m_error = m_db->error();
    if (!m_error.isEmpty())
        Q_EMIT writeFailed(m_error);
    return false;
}

bool BatchStore::open()
{
    m_error.clear();
    if (!m_db->open()) {
        m_error = m_db->error();
        return false;
    }
    m_session->acquire();

    // Rows left "sending" by a session that is gone: their answer never came back.
    QList<QPair<qint64, QString>> candidates;
    {
        QSqlQuery q(m_db->connection());
        q.setForwardOnly(true);
        if (!q.exec(u"SELECT DISTINCT b.id, b.session FROM batches b JOIN batch_rows r ON r.batch_id = b.id"
                    " WHERE r.state = 'sending'"_s)) {
            m_error = HistoryDatabase::describe(q.lastError());
            return true; // readable enough to go on; the rows stay as they are
        }
        while (q.next())
            candidates.append({q.value(0).toLongLong(), q.value(1).toString()});
    }
    int changed = 0;
    for (const auto &[batchId, session] : std::as_const(candidates)) {
        if (!m_session->isAbandoned(session))
            continue;
        const qint64 id = batchId;
        write([&] {
            QSqlQuery q(m_db->connection());
            q.prepare(u"UPDATE batch_rows SET state = 'interrupted', updated_ms = ?"
                      " WHERE batch_id = ? AND state = 'sending'"_s);
            q.addBindValue(nowMs());
            q.addBindValue(id);
            if (!exec(q))
                return false;
            changed += q.numRowsAffected();
            QSqlQuery release(m_db->connection());
            release.prepare(u"UPDATE batches SET session = '', updated_ms = ? WHERE id = ?"_s);
            release.addBindValue(nowMs());
            release.addBindValue(id);
            return exec(release);
        });
    }
    m_interruptedOnOpen = changed;
    return true;
}

namespace {
// The batch and its rows, inside the caller's transaction on `db`; the stored rows go to `rows` as
// rows() would read them back. Returns the batch id, or 0 with `error`.
qint64 insertBatch(HistoryDatabase &db, const BatchImport &import, bool withInvalid, QList<BatchRow> *rows,
                   QString *error)
{
    const auto failed = [error](const QSqlQuery &query) {
        *error = HistoryDatabase::describe(query.lastError());
        qWarning("Batch database: %s", qUtf8Printable(query.lastError().text()));
        return qint64(0);
    };
    QSqlQuery q(db.connection());
    q.prepare(u"INSERT INTO batches (created_ms, updated_ms, source_path, source_name, source_sha256,"
              " server, operation, mapping) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    const qint64 now = nowMs();
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(text(import.sourcePath()));
    q.addBindValue(text(import.sourceName()));
    q.addBindValue(text(import.sourceSha256()));
    q.addBindValue(text(import.defaults().server));
    q.addBindValue(text(import.defaults().operation));
    q.addBindValue(compact(QJsonDocument(import.mapping().toJson())));
    if (!q.exec())
        return failed(q);
    const qint64 batchId = q.lastInsertId().toLongLong();

    HistoryDatabase::Statement insert
        = db.statement(u"INSERT INTO batch_rows (batch_id, number, line, state, update_json, issues,"
                       " message, updated_ms, read_state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    if (!insert) {
        *error = db.statementError();
        return 0;
    }
    const QDateTime updated = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
    const QString noIssues = u"[]"_s;
    rows->clear();
    rows->reserve(import.rows().size());
    for (const PlannedRow &planned : import.rows()) {
        if (!planned.isValid() && !withInvalid)
            continue;
        BatchRow row;
        row.batchId = batchId;
        row.number = planned.number;
        row.line = planned.line;
        row.state = planned.isValid() ? State::Queued : State::Skipped;
        row.update = planned.update;
        row.issues = planned.issues;
        QStringList messages;
        for (const ValidationIssue &issue : planned.issues)
            messages.append(issue.message);
        row.message = messages.join(u' ');
        row.updated = updated;
        // Every row of a --from-crm import reads its case first; only a valid one ever gets to.
        row.read = import.defaults().fromCrm ? BatchRow::Read::Pending : BatchRow::Read::None;
        insert->addBindValue(batchId);
        insert->addBindValue(row.number);
        insert->addBindValue(row.line);
        insert->addBindValue(BatchRow::stateId(row.state));
        insert->addBindValue(compact(QJsonDocument(row.update.toJson())));
        insert->addBindValue(row.issues.isEmpty() ? noIssues : issuesJson(row.issues));
        insert->addBindValue(text(row.message));
        insert->addBindValue(now);
        insert->addBindValue(text(BatchRow::readId(row.read)));
        if (!insert->exec())
            return failed(*insert);
        row.id = insert->lastInsertId().toLongLong();
        rows->append(std::move(row));
    }
    return batchId;
}
} // namespace

qint64 BatchStore::create(const BatchImport &import, bool withInvalid, QList<BatchRow> *created)
{
    qint64 batchId = 0;
    QList<BatchRow> rows;
    const bool ok = write([&] {
        batchId = insertBatch(*m_db, import, withInvalid, &rows, &m_error);
        return batchId != 0;
    });
    if (!ok)
        return 0;
    if (created)
        *created = std::move(rows);
    return batchId;
}

QFuture<BatchStore::Created> BatchStore::createInBackground(const BatchImport &import, bool withInvalid) const
{
    return QtConcurrent::run([path = m_db->path(), import, withInvalid] {
        Created result;
        HistoryDatabase db(path); // this pool thread's own connection, closed when done
        if (!db.open()) {
            result.error = db.error();
            return result;
        }
        qint64 batchId = 0;
        if (db.transaction([&] {
                batchId = insertBatch(db, import, withInvalid, &result.rows, &result.error);
                return batchId != 0;
            })) {
            result.id = batchId;
        } else {
            result.rows.clear();
            if (result.error.isEmpty())
                result.error = db.error();
        }
        return result;
    });
}

QHash<BatchRow::State, int> BatchStore::counts(qint64 batchId)
{
    QHash<State, int> out;
    if (!m_db->isOpen())
        return out;
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT state, count(*) FROM batch_rows WHERE batch_id = ? GROUP BY state"_s);
    q.addBindValue(batchId);
    if (!exec(q)) {
        m_error = HistoryDatabase::describe(q.lastError());
        return out;
    }
    while (q.next()) {
        if (const auto state = BatchRow::stateFromId(q.value(0).toString()))
            out.insert(*state, q.value(1).toInt());
    }
    return out;
}

namespace {
const QString batchColumns = u"id, created_ms, updated_ms, source_path, source_name, source_sha256, server,"
                             " operation, mapping, closed"_s;

BatchInfo batchFromQuery(const QSqlQuery &q)
{
    BatchInfo info;
    info.id = q.value(0).toLongLong();
    info.created = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
    info.updated = QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC);
    info.sourcePath = q.value(3).toString();
    info.sourceName = q.value(4).toString();
    info.sourceSha256 = q.value(5).toString();
    info.server = q.value(6).toString();
    info.operation = q.value(7).toString();
    info.mapping = ColumnMapping::fromJson(QJsonDocument::fromJson(q.value(8).toString().toUtf8()).object());
    info.closed = q.value(9).toInt() != 0;
    return info;
}
} // namespace

std::optional<BatchInfo> BatchStore::batch(qint64 id)
{
    if (!m_db->isOpen())
        return std::nullopt;
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + batchColumns + u" FROM batches WHERE id = ?"_s);
    q.addBindValue(id);
    if (!exec(q) || !q.next())
        return std::nullopt;
    BatchInfo info = batchFromQuery(q);
    info.counts = counts(id);
    return info;
}

QList<BatchInfo> BatchStore::batches(int limit)
{
    QList<BatchInfo> out;
    if (!m_db->isOpen())
        return out;
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + batchColumns + u" FROM batches ORDER BY id DESC LIMIT ?"_s);
    q.addBindValue(limit);
    if (!exec(q))
        return out;
    while (q.next())
        out.append(batchFromQuery(q));
    for (BatchInfo &info : out)
        info.counts = counts(info.id);
    return out;
}

QList<BatchInfo> BatchStore::unfinishedBatches()
{
    QList<BatchInfo> out;
    if (!m_db->isOpen())
        return out;
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT "_s + batchColumns
                + u" FROM batches WHERE closed = 0 AND id IN (SELECT batch_id FROM batch_rows"
                  " WHERE state IN ('queued', 'sending', 'interrupted')) ORDER BY id DESC"_s))
        return out;
    while (q.next())
        out.append(batchFromQuery(q));
    for (BatchInfo &info : out)
        info.counts = counts(info.id);
    return out;
}

std::optional<BatchInfo> BatchStore::findUnfinished(const QString &sourcePath, const QString &sourceSha256)
{
    const QList<BatchInfo> unfinished = unfinishedBatches();
    for (const BatchInfo &info : unfinished) {
        if (info.sourcePath == sourcePath && info.sourceSha256 == sourceSha256)
            return info;
    }
    return std::nullopt;
}

std::optional<BatchInfo> BatchStore::findLatest(const QString &sourcePath, const QString &sourceSha256)
{
    if (!m_db->isOpen())
        return std::nullopt;
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + batchColumns
              + u" FROM batches WHERE closed = 0 AND source_path = ? AND source_sha256 = ? ORDER BY id DESC"
                " LIMIT 1"_s);
    q.addBindValue(text(sourcePath));
    q.addBindValue(text(sourceSha256));
    if (!exec(q) || !q.next())
        return std::nullopt;
    BatchInfo info = batchFromQuery(q);
    q.finish();
    info.counts = counts(info.id);
    return info;
}

bool BatchStore::selectRows(QSqlQuery &q, const QString &columns, qint64 batchId,
                            const QList<BatchRow::State> &states)
{
    if (!m_db->isOpen())
        return false;
    q.setForwardOnly(true);
    QString sql = u"SELECT "_s + columns + u" FROM batch_rows WHERE batch_id = ?"_s;
    if (!states.isEmpty())
        sql += u" AND state IN ("_s + statesList(states) + u')';
    sql += u" ORDER BY number, id"_s;
    q.prepare(sql);
    q.addBindValue(batchId);
    if (!exec(q)) {
        m_error = HistoryDatabase::describe(q.lastError());
        return false;
    }
    return true;
}

QList<BatchRow> BatchStore::rows(qint64 batchId, const QList<BatchRow::State> &states)
{
    QList<BatchRow> out;
    QSqlQuery q(m_db->connection());
    if (!selectRows(q, rowColumns, batchId, states))
        return out;
    while (q.next())
        out.append(rowFromQuery(q));
    return out;
}

QList<qint64> BatchStore::rowIds(qint64 batchId, const QList<BatchRow::State> &states)
{
    QList<qint64> out;
    QSqlQuery q(m_db->connection());
    if (!selectRows(q, u"id"_s, batchId, states))
        return out;
    while (q.next())
        out.append(q.value(0).toLongLong());
    return out;
}

std::optional<BatchRow> BatchStore::row(qint64 rowId)
{
    if (!m_db->isOpen())
        return std::nullopt;
    static const QString sql = u"SELECT "_s + rowColumns + u" FROM batch_rows WHERE id = ?"_s;
    HistoryDatabase::Statement q = statement(sql);
    if (!q)
        return std::nullopt;
    q->addBindValue(rowId);
    if (!exec(*q) || !q->next())
        return std::nullopt;
    return rowFromQuery(*q);
}

bool BatchStore::claim(qint64 batchId)
{
    QString holder;
    {
        QSqlQuery q(m_db->connection());
        q.prepare(u"SELECT session FROM batches WHERE id = ?"_s);
        q.addBindValue(batchId);
        if (!exec(q) || !q.next()) {
            m_error = tr("The batch %1 does not exist.").arg(batchId);
            return false;
        }
        holder = q.value(0).toString();
    }
    if (!holder.isEmpty() && holder != m_session->id() && !m_session->isAbandoned(holder)) {
        m_error = tr("Another Casedesk window or command is sending this batch right now.");
        return false;
    }
    return write([&] {
        QSqlQuery q(m_db->connection());
        // A previous runner that died mid-request left rows "sending": their outcome is unknown.
        if (!holder.isEmpty() && holder != m_session->id()) {
            q.prepare(u"UPDATE batch_rows SET state = 'interrupted', updated_ms = ?"
                      " WHERE batch_id = ? AND state = 'sending'"_s);
            q.addBindValue(nowMs());
            q.addBindValue(batchId);
            if (!exec(q))
                return false;
        }
        // A read whose answer no runner is waiting for any more is made again (a read changes nothing).
        q.prepare(
            u"UPDATE batch_rows SET read_state = 'pending' WHERE batch_id = ? AND read_state = 'reading'"_s);
        q.addBindValue(batchId);
        if (!exec(q))
            return false;
        q.prepare(u"UPDATE batches SET session = ? WHERE id = ? AND session = ?"_s);
        q.addBindValue(m_session->id());
        q.addBindValue(batchId);
        q.addBindValue(holder);
        return exec(q) && q.numRowsAffected() == 1;
    });
}

void BatchStore::release(qint64 batchId)
{
    if (!m_db->isOpen())
        return;
    QSqlQuery q(m_db->connection());
    q.prepare(u"UPDATE batches SET session = '' WHERE id = ? AND session = ?"_s);
    q.addBindValue(batchId);
    q.addBindValue(m_session->id());
    exec(q);
}

bool BatchStore::isClaimedElsewhere(qint64 batchId)
{
    QSqlQuery q(m_db->connection());
    q.prepare(u"SELECT session FROM batches WHERE id = ?"_s);
    q.addBindValue(batchId);
    if (!exec(q) || !q.next())
        return false;
    const QString holder = q.value(0).toString();
    return !holder.isEmpty() && holder != m_session->id() && !m_session->isAbandoned(holder);
}

bool BatchStore::setRow(qint64 rowId, const QString &sql, const QVariantList &values)
{
    qint64 batchId = 0;
    bool changed = false;
    const bool ok = write([&] {
        {
            HistoryDatabase::Statement q = statement(sql);
            if (!q)
                return false;
            for (const QVariant &value : values)
                q->addBindValue(value);
            if (!exec(*q))
                return false;
            changed = q->numRowsAffected() == 1;
        }
        if (!changed)
            return true;
        HistoryDatabase::Statement touch
            = statement(u"UPDATE batches SET updated_ms = ? WHERE id = (SELECT batch_id FROM batch_rows"
                        " WHERE id = ?) RETURNING id"_s);
        if (!touch)
            return false;
        touch->addBindValue(nowMs());
        touch->addBindValue(rowId);
        if (!exec(*touch))
            return false;
        if (touch->next())
            batchId = touch->value(0).toLongLong();
        return true;
    });
    if (ok && changed) {
        m_batchesWritten.insert(batchId);
        Q_EMIT rowChanged(batchId, rowId);
    }
    return ok && changed;
}

bool BatchStore::markReading(qint64 rowId)
{
    return setRow(
        rowId,
        u"UPDATE batch_rows SET read_state = 'reading', updated_ms = ? WHERE id = ? AND state = 'queued'"
        " AND read_state IN ('pending', 'reading')"_s,
        {nowMs(), rowId});
}

bool BatchStore::markRead(qint64 rowId, const CaseUpdate &decided, const QJsonObject &baseline)
{
    return setRow(
        rowId,
        u"UPDATE batch_rows SET read_state = 'read', decided_json = ?, baseline = ?, updated_ms = ?"
        " WHERE id = ? AND state = 'queued' AND read_state = 'reading'"_s,
        {compact(QJsonDocument(decided.toJson())), compact(QJsonDocument(baseline)), nowMs(), rowId});
}

bool BatchStore::markReadAgain(qint64 rowId, const ApiResult &result)
{
    return setRow(
        rowId,
        u"UPDATE batch_rows SET read_state = 'pending', outcome = ?, vendor_error = ?, http_status = ?,"
        " code = ?, message = ?, updated_ms = ? WHERE id = ? AND state = 'queued'"
        " AND read_state = 'reading'"_s,
        {ApiResult::outcomeId(result.outcome), HistoryDatabase::vendorErrorId(result.vendorError),
         result.httpStatus, result.code ? QVariant(*result.code) : QVariant(), text(messageOf(result)),
         nowMs(), rowId});
}

bool BatchStore::markReadFailed(qint64 rowId, const ApiResult &result, const QString &message,
                                const QList<ValidationIssue> &issues)
{
    return setRow(
        rowId,
        u"UPDATE batch_rows SET state = 'failed', read_state = 'pending', decided_json = '',"
        " baseline = '{}', outcome = ?, vendor_error = ?, http_status = ?, code = ?, message = ?,"
        " issues = ?, updated_ms = ? WHERE id = ? AND state = 'queued' AND read_state = 'reading'"_s,
        {ApiResult::outcomeId(result.outcome), HistoryDatabase::vendorErrorId(result.vendorError),
         result.httpStatus, result.code ? QVariant(*result.code) : QVariant(), text(message),
         issues.isEmpty() ? u"[]"_s : issuesJson(issues), nowMs(), rowId});
}

bool BatchStore::markSending(qint64 rowId, qint64 attemptId)
{
    // Only a queued row may go out: a second runner, or a stale id, never sends a row twice; one that reads
    // its case first, only once it was read.
    return setRow(rowId,
                  u"UPDATE batch_rows SET state = 'sending', attempts = attempts + 1, last_attempt_id = ?,"
                  " updated_ms = ? WHERE id = ? AND state = 'queued' AND read_state IN ('', 'read')"_s,
                  {attemptId, nowMs(), rowId});
}

bool BatchStore::markNextRequest(qint64 rowId, int delivered, qint64 attemptId)
{
    return setRow(rowId,
                  u"UPDATE batch_rows SET delivered = ?, attempts = attempts + 1, last_attempt_id = ?,"
                  " updated_ms = ? WHERE id = ? AND state = 'sending'"_s,
                  {delivered, attemptId, nowMs(), rowId});
}

bool BatchStore::markAnswered(qint64 rowId, const ApiResult &result, qint64 attemptId)
{
    const State state = result.isSuccess() ? State::Done : State::Failed;
    return setRow(
        rowId,
        u"UPDATE batch_rows SET state = ?, outcome = ?, vendor_error = ?, http_status = ?, code = ?,"
        " message = ?, result_wolkvox_id = ?, last_attempt_id = ?, updated_ms = ?"
        " WHERE id = ? AND state = 'sending'"_s,
        {BatchRow::stateId(state), ApiResult::outcomeId(result.outcome),
         HistoryDatabase::vendorErrorId(result.vendorError), result.httpStatus,
         result.code ? QVariant(*result.code) : QVariant(), text(messageOf(result)), text(result.wolkvoxId),
         attemptId, nowMs(), rowId});
}

bool BatchStore::markQueued(qint64 rowId, const ApiResult &result)
{
    return setRow(rowId,
                  u"UPDATE batch_rows SET state = 'queued', outcome = ?, vendor_error = ?, http_status = ?,"
                  " code = ?, message = ?, updated_ms = ? WHERE id = ? AND state = 'sending'"_s,
                  {ApiResult::outcomeId(result.outcome), HistoryDatabase::vendorErrorId(result.vendorError),
                   result.httpStatus, result.code ? QVariant(*result.code) : QVariant(),
                   text(messageOf(result)), nowMs(), rowId});
}

bool BatchStore::markInterrupted(qint64 rowId)
{
    return setRow(
        rowId,
        u"UPDATE batch_rows SET state = 'interrupted', message = ?, updated_ms = ?"
        " WHERE id = ? AND state = 'sending'"_s,
        {tr("The request was stopped before its answer arrived; the CRM may or may not have applied "
            "it. Check the case before resending."),
         nowMs(), rowId});
}

int BatchStore::requeue(qint64 batchId, const QList<BatchRow::State> &from)
{
    if (from.isEmpty())
        return 0;
    int changed = 0;
    const bool ok = write([&] {
        QSqlQuery q(m_db->connection());
        q.prepare(u"UPDATE batch_rows SET state = 'queued', "_s + readAgain
                  + u", updated_ms = ? WHERE batch_id = ? AND state IN ("_s + statesList(from) + u')');
        q.addBindValue(nowMs());
        q.addBindValue(batchId);
        if (!exec(q))
            return false;
        changed = q.numRowsAffected();
        QSqlQuery reopen(m_db->connection());
        reopen.prepare(u"UPDATE batches SET closed = 0, updated_ms = ? WHERE id = ?"_s);
        reopen.addBindValue(nowMs());
        reopen.addBindValue(batchId);
        return changed == 0 || exec(reopen);
    });
    if (!ok)
        return -1;
    if (changed > 0)
        Q_EMIT rowsChanged(batchId);
    return changed;
}

int BatchStore::requeueRows(const QList<qint64> &rowIds)
{
    int changed = 0;
    QSet<qint64> batchIds;
    const bool ok = write([&] {
        QSqlQuery q(m_db->connection());
        // Never a row in flight or already done: requeueing them would send a case twice.
        q.prepare(u"UPDATE batch_rows SET state = 'queued', "_s + readAgain
                  + u", updated_ms = ? WHERE id = ? AND state IN ('failed', 'interrupted', 'cancelled')"
                    " RETURNING batch_id"_s);
        for (const qint64 id : rowIds) {
            q.addBindValue(nowMs());
            q.addBindValue(id);
            if (!exec(q))
                return false;
            while (q.next()) {
                batchIds.insert(q.value(0).toLongLong());
                ++changed;
            }
        }
        for (const qint64 batchId : std::as_const(batchIds)) {
            QSqlQuery reopen(m_db->connection());
            reopen.prepare(u"UPDATE batches SET closed = 0, updated_ms = ? WHERE id = ?"_s);
            reopen.addBindValue(nowMs());
            reopen.addBindValue(batchId);
            if (!exec(reopen))
                return false;
        }
        return true;
    });
    if (!ok)
        return -1;
    for (const qint64 batchId : std::as_const(batchIds))
        Q_EMIT rowsChanged(batchId);
    return changed;
}

int BatchStore::cancelQueued(qint64 batchId)
{
    int changed = 0;
    const bool ok = write([&] {
        QSqlQuery q(m_db->connection());
        q.prepare(u"UPDATE batch_rows SET state = 'cancelled', updated_ms = ? WHERE batch_id = ?"
                  " AND state = 'queued'"_s);
        q.addBindValue(nowMs());
        q.addBindValue(batchId);
        if (!exec(q))
            return false;
        changed = q.numRowsAffected();
        return true;
    });
    if (!ok)
        return -1;
    if (changed > 0)
        Q_EMIT rowsChanged(batchId);
    return changed;
}

bool BatchStore::close(qint64 batchId)
{
    const bool ok = write([&] {
        QSqlQuery q(m_db->connection());
        q.prepare(u"UPDATE batch_rows SET state = 'cancelled', updated_ms = ? WHERE batch_id = ?"
                  " AND state = 'queued'"_s);
        q.addBindValue(nowMs());
        q.addBindValue(batchId);
        if (!exec(q))
            return false;
        QSqlQuery closeQuery(m_db->connection());
        closeQuery.prepare(u"UPDATE batches SET closed = 1, updated_ms = ? WHERE id = ?"_s);
        closeQuery.addBindValue(nowMs());
        closeQuery.addBindValue(batchId);
        return exec(closeQuery) && closeQuery.numRowsAffected() == 1;
    });
    if (ok)
        Q_EMIT rowsChanged(batchId);
    return ok;
}

QStringList BatchStore::resultColumns()
{
    return {u"row"_s,         u"line"_s, u"case_id"_s, u"state"_s,      u"outcome"_s,
            u"http_status"_s, u"code"_s, u"message"_s, u"wolkvox_id"_s, u"attempts"_s};
}

QStringList BatchStore::resultFields(const BatchRow &row)
{
    return {
        QString::number(row.number),
        QString::number(row.line),
        row.update.wolkvoxId,
        BatchRow::stateId(row.state),
        row.outcome ? ApiResult::outcomeId(*row.outcome) : QString(),
        row.httpStatus > 0 ? QString::number(row.httpStatus) : QString(),
        row.code ? QString::number(*row.code) : QString(),
        row.message,
        row.resultWolkvoxId,
        QString::number(row.attempts),
    };
}

bool BatchStore::exportResults(qint64 batchId, const QString &fileName, QString *error)
{
    return writeResults(rows(batchId), fileName, error);
}

bool BatchStore::writeResults(const QList<BatchRow> &rows, const QString &fileName, QString *error)
{
    QString local;
    QString &problem = error ? *error : local;
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        problem = tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(fileName), file.errorString());
        return false;
    }
    // The BOM makes spreadsheets read the accents as UTF-8.
    file.write("\xef\xbb\xbf");
    file.write(CsvWriter::record(resultColumns()));
    for (const BatchRow &row : rows)
        file.write(CsvWriter::record(resultFields(row)));
    if (!file.commit()) {
        problem = tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(fileName), file.errorString());
        return false;
    }
    return true;
}
