#include "core/storage/historydatabase.h"

#include "core/enumids.h"

#include "core/global.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QThread>
#include <QVariant>
#include <atomic>
#include <utility>

namespace {
// SQLite's primary result codes that deserve their own sentence.
enum SqliteCode {
    SqlitePerm = 3,
    SqliteBusy = 5,
    SqliteLocked = 6,
    SqliteReadOnly = 8,
    SqliteIoErr = 10,
    SqliteCorrupt = 11,
    SqliteFull = 13,
    SqliteCantOpen = 14,
    SqliteNotADb = 26,
};

struct Migration
{
    int version; // user_version once applied
    QStringList statements;
};

// Each step takes the file from version - 1 to version inside one transaction; never edit a shipped step,
// add a new one.
const QList<Migration> &migrations()
{
    static const QList<Migration> steps{
        {1,
         {
             u"CREATE TABLE attempts ("
             "id INTEGER PRIMARY KEY AUTOINCREMENT,"
             "time_ms INTEGER NOT NULL,"
             "state TEXT NOT NULL,"
             "server TEXT NOT NULL DEFAULT '',"
             "operation TEXT NOT NULL DEFAULT '',"
             "wolkvox_id TEXT NOT NULL DEFAULT '',"
             "case_type TEXT NOT NULL DEFAULT '',"
             "responsible TEXT NOT NULL DEFAULT '',"
             "status TEXT NOT NULL DEFAULT '',"
             "priority TEXT NOT NULL DEFAULT '',"
             "solution TEXT NOT NULL DEFAULT '',"
             "custom_fields TEXT NOT NULL DEFAULT '[]',"
             "attachments TEXT NOT NULL DEFAULT '[]',"
             "attachment_sizes TEXT NOT NULL DEFAULT '[]',"
             "outcome TEXT,"
             "vendor_error TEXT NOT NULL DEFAULT 'none',"
             "unreadable TEXT NOT NULL DEFAULT 'none',"
             "http_status INTEGER NOT NULL DEFAULT 0,"
             "code INTEGER,"
             "error TEXT NOT NULL DEFAULT '',"
             "msg TEXT NOT NULL DEFAULT '',"
             "result_wolkvox_id TEXT NOT NULL DEFAULT '',"
             "data TEXT NOT NULL DEFAULT '{}',"
             "content_type TEXT NOT NULL DEFAULT '',"
             "raw_body BLOB,"
             "bytes_sent INTEGER NOT NULL DEFAULT 0,"
             "duration_ms INTEGER NOT NULL DEFAULT 0,"
             "network_error INTEGER NOT NULL DEFAULT 0,"
             "network_error_string TEXT NOT NULL DEFAULT '',"
             "tls_errors TEXT NOT NULL DEFAULT '[]',"
             "redirect_target TEXT NOT NULL DEFAULT '')"_s,
             u"CREATE INDEX attempts_time ON attempts(time_ms)"_s,
         }},
        {2,
         {
             // Attachment hashes, the session that wrote the attempt (to tell a crash from a live
             // process), the interrupted state, indexes for the pane, and a trigram index for search.
             u"ALTER TABLE attempts ADD COLUMN attachment_sha256 TEXT NOT NULL DEFAULT '[]'"_s,
             u"ALTER TABLE attempts ADD COLUMN session TEXT NOT NULL DEFAULT ''"_s,
             u"CREATE INDEX attempts_case ON attempts(wolkvox_id COLLATE NOCASE)"_s,
             u"CREATE INDEX attempts_state ON attempts(state, outcome)"_s,
             u"CREATE VIRTUAL TABLE attempts_search USING fts5(wolkvox_id, msg, responsible, operation,"
             " content='attempts', content_rowid='id', tokenize='trigram')"_s,
             u"CREATE TRIGGER attempts_search_insert AFTER INSERT ON attempts BEGIN"
             " INSERT INTO attempts_search(rowid, wolkvox_id, msg, responsible, operation)"
             " VALUES (new.id, new.wolkvox_id, new.msg, new.responsible, new.operation); END"_s,
             u"CREATE TRIGGER attempts_search_delete AFTER DELETE ON attempts BEGIN"
             " INSERT INTO attempts_search(attempts_search, rowid, wolkvox_id, msg, responsible, operation)"
             " VALUES ('delete', old.id, old.wolkvox_id, old.msg, old.responsible, old.operation); END"_s,
             u"CREATE TRIGGER attempts_search_update AFTER UPDATE OF wolkvox_id, msg, responsible, operation"
             " ON attempts BEGIN"
             " INSERT INTO attempts_search(attempts_search, rowid, wolkvox_id, msg, responsible, operation)"
             " VALUES ('delete', old.id, old.wolkvox_id, old.msg, old.responsible, old.operation);"
             " INSERT INTO attempts_search(rowid, wolkvox_id, msg, responsible, operation)"
             " VALUES (new.id, new.wolkvox_id, new.msg, new.responsible, new.operation); END"_s,
             u"INSERT INTO attempts_search(attempts_search) VALUES ('rebuild')"_s,
         }},
        {3,
         {
             // Bulk correction: a batch, its rows and their states (see BatchStore), and which batch and
             // row each attempt belongs to.
             u"CREATE TABLE batches ("
             "id INTEGER PRIMARY KEY AUTOINCREMENT,"
             "created_ms INTEGER NOT NULL,"
             "updated_ms INTEGER NOT NULL,"
             "source_path TEXT NOT NULL DEFAULT '',"
             "source_name TEXT NOT NULL DEFAULT '',"
             "source_sha256 TEXT NOT NULL DEFAULT '',"
             "server TEXT NOT NULL DEFAULT '',"
             "operation TEXT NOT NULL DEFAULT '',"
             "mapping TEXT NOT NULL DEFAULT '{}',"
             "session TEXT NOT NULL DEFAULT '',"
             "closed INTEGER NOT NULL DEFAULT 0)"_s,
             u"CREATE INDEX batches_source ON batches(source_path, source_sha256)"_s,
             u"CREATE TABLE batch_rows ("
             "id INTEGER PRIMARY KEY AUTOINCREMENT,"
             "batch_id INTEGER NOT NULL REFERENCES batches(id) ON DELETE CASCADE,"
             "number INTEGER NOT NULL,"
             "line INTEGER NOT NULL DEFAULT 0,"
             "state TEXT NOT NULL,"
             "update_json TEXT NOT NULL,"
             "issues TEXT NOT NULL DEFAULT '[]',"
             "attempts INTEGER NOT NULL DEFAULT 0,"
             "outcome TEXT,"
             "vendor_error TEXT NOT NULL DEFAULT 'none',"
             "http_status INTEGER NOT NULL DEFAULT 0,"
             "code INTEGER,"
             "message TEXT NOT NULL DEFAULT '',"
             "result_wolkvox_id TEXT NOT NULL DEFAULT '',"
             "last_attempt_id INTEGER NOT NULL DEFAULT 0,"
             "updated_ms INTEGER NOT NULL)"_s,
             u"CREATE INDEX batch_rows_batch ON batch_rows(batch_id, number)"_s,
             u"CREATE INDEX batch_rows_state ON batch_rows(state, batch_id)"_s,
             u"ALTER TABLE attempts ADD COLUMN batch_id INTEGER NOT NULL DEFAULT 0"_s,
             u"ALTER TABLE attempts ADD COLUMN batch_row INTEGER NOT NULL DEFAULT 0"_s,
             u"CREATE INDEX attempts_batch ON attempts(batch_id) WHERE batch_id <> 0"_s,
         }},
        {4,
         {
             // One update sent as several requests, one file each (DeliveryPlan), the files the CRM
             // cannot have kept, the case as loaded before the change; a batch row's requests answered.
             u"ALTER TABLE attempts ADD COLUMN delivery_group INTEGER NOT NULL DEFAULT 0"_s,
             u"ALTER TABLE attempts ADD COLUMN delivery_part INTEGER NOT NULL DEFAULT 0"_s,
             u"ALTER TABLE attempts ADD COLUMN delivery_parts INTEGER NOT NULL DEFAULT 0"_s,
             u"ALTER TABLE attempts ADD COLUMN files_not_kept TEXT NOT NULL DEFAULT '[]'"_s,
             u"ALTER TABLE attempts ADD COLUMN baseline TEXT NOT NULL DEFAULT '{}'"_s,
             u"ALTER TABLE batch_rows ADD COLUMN delivered INTEGER NOT NULL DEFAULT 0"_s,
             // The search covers the solution text too.
             u"DROP TRIGGER attempts_search_insert"_s,
             u"DROP TRIGGER attempts_search_delete"_s,
             u"DROP TRIGGER attempts_search_update"_s,
             u"DROP TABLE attempts_search"_s,
             u"CREATE VIRTUAL TABLE attempts_search USING fts5(wolkvox_id, msg, responsible, operation,"
             " solution, content='attempts', content_rowid='id', tokenize='trigram')"_s,
             u"CREATE TRIGGER attempts_search_insert AFTER INSERT ON attempts BEGIN"
             " INSERT INTO attempts_search(rowid, wolkvox_id, msg, responsible, operation, solution)"
             " VALUES (new.id, new.wolkvox_id, new.msg, new.responsible, new.operation, new.solution); END"_s,
             u"CREATE TRIGGER attempts_search_delete AFTER DELETE ON attempts BEGIN"
             " INSERT INTO attempts_search(attempts_search, rowid, wolkvox_id, msg, responsible, operation,"
             " solution) VALUES ('delete', old.id, old.wolkvox_id, old.msg, old.responsible, old.operation,"
             " old.solution); END"_s,
             u"CREATE TRIGGER attempts_search_update AFTER UPDATE OF wolkvox_id, msg, responsible, operation,"
             " solution ON attempts BEGIN"
             " INSERT INTO attempts_search(attempts_search, rowid, wolkvox_id, msg, responsible, operation,"
             " solution) VALUES ('delete', old.id, old.wolkvox_id, old.msg, old.responsible, old.operation,"
             " old.solution);"
             " INSERT INTO attempts_search(rowid, wolkvox_id, msg, responsible, operation, solution)"
             " VALUES (new.id, new.wolkvox_id, new.msg, new.responsible, new.operation, new.solution); END"_s,
             u"INSERT INTO attempts_search(attempts_search) VALUES ('rebuild')"_s,
         }},
        {5,
         {
             // The learned vocabulary of each operation (see VocabularyStore): one row per value, keyed by
             // the folded operation, kind, case type (statuses and priorities) and value.
             u"CREATE TABLE vocabulary ("
             "id INTEGER PRIMARY KEY AUTOINCREMENT,"
             "operation TEXT NOT NULL,"
             "operation_key TEXT NOT NULL,"
             "kind TEXT NOT NULL,"
             "case_type TEXT NOT NULL DEFAULT '',"
             "case_type_key TEXT NOT NULL DEFAULT '',"
             "value TEXT NOT NULL,"
             "value_key TEXT NOT NULL,"
             "uses INTEGER NOT NULL DEFAULT 0,"
             "last_used_ms INTEGER NOT NULL DEFAULT 0,"
             "refused INTEGER NOT NULL DEFAULT 0,"
             "closed INTEGER,"
             "closed_by_hand INTEGER NOT NULL DEFAULT 0,"
             "UNIQUE (operation_key, kind, case_type_key, value_key))"_s,
         }},
        {6,
         {
             // A batch row that reads its case first (--from-crm): where its read stands, the update as
             // decided from that read (stored before it is sent, so a resume sends exactly that), and the
             // case as read.
             u"ALTER TABLE batch_rows ADD COLUMN read_state TEXT NOT NULL DEFAULT ''"_s,
             u"ALTER TABLE batch_rows ADD COLUMN decided_json TEXT NOT NULL DEFAULT ''"_s,
             u"ALTER TABLE batch_rows ADD COLUMN baseline TEXT NOT NULL DEFAULT '{}'"_s,
         }},
        {7,
         {
             // The search index holds the attempts that have an answer or were interrupted; one still
             // sending is found by whereOf's scan of those few. Indexed when it was written and again
             // when it was answered, each attempt cost the index three passes (insert, delete, insert);
             // now one, on a batch's critical path between an answer and the next request.
             u"DROP TRIGGER attempts_search_insert"_s,
             u"DROP TRIGGER attempts_search_delete"_s,
             u"DROP TRIGGER attempts_search_update"_s,
             u"INSERT INTO attempts_search(attempts_search, rowid, wolkvox_id, msg, responsible, operation,"
             " solution) SELECT 'delete', id, wolkvox_id, msg, responsible, operation, solution FROM attempts"
             " WHERE state = 'sending'"_s,
             u"CREATE TRIGGER attempts_search_insert AFTER INSERT ON attempts WHEN new.state <> 'sending'"
             " BEGIN"
             " INSERT INTO attempts_search(rowid, wolkvox_id, msg, responsible, operation, solution)"
             " VALUES (new.id, new.wolkvox_id, new.msg, new.responsible, new.operation, new.solution); END"_s,
             u"CREATE TRIGGER attempts_search_delete AFTER DELETE ON attempts WHEN old.state <> 'sending'"
             " BEGIN"
             " INSERT INTO attempts_search(attempts_search, rowid, wolkvox_id, msg, responsible, operation,"
             " solution) VALUES ('delete', old.id, old.wolkvox_id, old.msg, old.responsible, old.operation,"
             " old.solution); END"_s,
             u"CREATE TRIGGER attempts_search_update AFTER UPDATE OF state, wolkvox_id, msg, responsible,"
             " operation, solution ON attempts BEGIN"
             " INSERT INTO attempts_search(attempts_search, rowid, wolkvox_id, msg, responsible, operation,"
             " solution) SELECT 'delete', old.id, old.wolkvox_id, old.msg, old.responsible, old.operation,"
             " old.solution WHERE old.state <> 'sending';"
             " INSERT INTO attempts_search(rowid, wolkvox_id, msg, responsible, operation, solution)"
             " SELECT new.id, new.wolkvox_id, new.msg, new.responsible, new.operation, new.solution"
             " WHERE new.state <> 'sending'; END"_s,
         }},
    };
    return steps;
}

// Selected in this order; entryFromQuery reads by these positions.
enum Col {
    ColId,
    ColTime,
    ColState,
    ColServer,
    ColOperation,
    ColWolkvoxId,
    ColCaseType,
    ColResponsible,
    ColStatus,
    ColPriority,
    ColSolution,
    ColCustomFields,
    ColAttachments,
    ColAttachmentSizes,
    ColAttachmentSha256,
    ColOutcome,
    ColVendorError,
    ColUnreadable,
    ColHttpStatus,
    ColCode,
    ColError,
    ColMsg,
    ColResultWolkvoxId,
    ColData,
    ColContentType,
    ColRawBody,
    ColBytesSent,
    ColDuration,
    ColNetworkError,
    ColNetworkErrorString,
    ColTlsErrors,
    ColRedirectTarget,
    ColBatchId,
    ColBatchRow,
    ColDeliveryGroup,
    ColDeliveryPart,
    ColDeliveryParts,
    ColFilesNotKept,
    ColBaseline,
};

// Written by insert and update, in this order (everything but id and session).
const QString &writtenColumns()
{
    static const QString columns
        = u"time_ms, state, server, operation, wolkvox_id, case_type, responsible, status, priority, "
          u"solution,"
          " custom_fields, attachments, attachment_sizes, attachment_sha256, outcome, vendor_error, "
          "unreadable,"
          " http_status, code, error, msg, result_wolkvox_id, data, content_type, raw_body, bytes_sent,"
          " duration_ms, network_error, network_error_string, tls_errors, redirect_target, batch_id,"
          " batch_row, delivery_group, delivery_part, delivery_parts, files_not_kept, baseline"_s;
    return columns;
}

const QString &selectedColumns()
{
    static const QString columns = u"id, "_s + writtenColumns();
    return columns;
}

constexpr EnumId<HistoryEntry::State> stateIds[] = {
    {HistoryEntry::State::Sending, u"sending"},
    {HistoryEntry::State::Done, u"done"},
    {HistoryEntry::State::Interrupted, u"interrupted"},
};

constexpr EnumId<ApiResult::VendorError> vendorErrorIds[] = {
    {ApiResult::VendorError::None, u"none"},
    {ApiResult::VendorError::MissingToken, u"missing_token"},
    {ApiResult::VendorError::InvalidToken, u"invalid_token"},
    {ApiResult::VendorError::DailyLimitExceeded, u"daily_limit_exceeded"},
    {ApiResult::VendorError::ConcurrencyLimit, u"concurrency_limit"},
    {ApiResult::VendorError::MissingParameters, u"missing_parameters"},
    {ApiResult::VendorError::ApiDoesNotExist, u"api_does_not_exist"},
    {ApiResult::VendorError::Maintenance, u"maintenance"},
    {ApiResult::VendorError::RecordNotFound, u"record_not_found"},
    {ApiResult::VendorError::Other, u"other"},
};

constexpr EnumId<ApiResult::Unreadable> unreadableIds[] = {
    {ApiResult::Unreadable::None, u"none"},
    {ApiResult::Unreadable::EmptyBody, u"empty_body"},
    {ApiResult::Unreadable::HtmlPage, u"html_page"},
    {ApiResult::Unreadable::InvalidJson, u"invalid_json"},
    {ApiResult::Unreadable::NotAnObject, u"not_an_object"},
    {ApiResult::Unreadable::WrongTypes, u"wrong_types"},
    {ApiResult::Unreadable::TooLarge, u"too_large"},
};

// A null QString binds as SQL NULL; the text columns are NOT NULL.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(u""_s) : QVariant(value);
}

QString compactJson(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QJsonArray parseArray(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).array();
}

QVariantList valuesOf(const HistoryEntry &e)
{
    const CaseUpdate &u = e.update;
    const ApiResult &r = e.result;
    QJsonArray fields;
    for (const CustomField &field : u.customFields)
        fields.append(QJsonArray{field.name, field.value});
    QJsonArray sizes;
    for (const qint64 size : e.attachmentSizes)
        sizes.append(size);
    const bool done = e.state == HistoryEntry::State::Done;
    const qint64 timeMs = e.time.isValid() ? e.time.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch();
    return {
        timeMs,
        HistoryDatabase::stateId(e.state),
        text(u.server),
        text(u.operation),
        text(u.wolkvoxId),
        text(u.caseType),
        text(u.responsible),
        text(u.status),
        text(u.priority),
        text(u.solution),
        compactJson(fields),
        compactJson(QJsonArray::fromStringList(u.attachments)),
        compactJson(sizes),
        compactJson(QJsonArray::fromStringList(e.attachmentSha256)),
        done ? QVariant(ApiResult::outcomeId(r.outcome)) : QVariant(),
        HistoryDatabase::vendorErrorId(r.vendorError),
        HistoryDatabase::unreadableId(r.unreadable),
        r.httpStatus,
        r.code ? QVariant(*r.code) : QVariant(),
        text(r.error),
        text(r.msg),
        text(r.wolkvoxId),
        QString::fromUtf8(QJsonDocument(r.data).toJson(QJsonDocument::Compact)),
        text(QString::fromLatin1(r.contentType)),
        r.rawBody.isEmpty() ? QVariant() : QVariant(r.rawBody.left(HistoryDatabase::MaxStoredBodyBytes)),
        r.bytesSent,
        r.elapsedMs,
        int(r.networkError),
        text(r.networkErrorString),
        compactJson(QJsonArray::fromStringList(r.tlsErrors)),
        text(QString::fromLatin1(r.redirectTarget.toEncoded())),
        e.batchId,
        e.batchRow,
        e.deliveryGroup,
        e.deliveryPart,
        e.deliveryParts,
        compactJson(QJsonArray::fromStringList(r.filesNotKept)),
        QString::fromUtf8(QJsonDocument(e.baseline).toJson(QJsonDocument::Compact)),
    };
}

struct Where
{
    QString sql; // starts with " WHERE" when not empty
    QVariantList values;
};

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u'%' + escaped + u'%';
}

// How the rows that a trigram search found are joined with the table. Probing visits only the ids the
// search found (best for few hits; SQLite then sorts them). Scanning walks an index of the table in its
// own order and keeps the rows that are among the hits, which stops after one page when the hits are many
// and the order is the time index's: 60,000 hits cost a 200-row walk instead of 60,000 lookups and a sort.
enum class SearchJoin { Probe, Scan };

bool usesTrigramSearch(const HistoryQuery &query)
{
    return query.search.trimmed().toUcs4().size() >= 3;
}

// A case-insensitive substring in any of the searched columns; five LIKE patterns to bind.
QString likeAny()
{
    return u"(wolkvox_id LIKE ? ESCAPE '\\' OR msg LIKE ? ESCAPE '\\' OR responsible LIKE ? ESCAPE '\\'"
           " OR operation LIKE ? ESCAPE '\\' OR solution LIKE ? ESCAPE '\\')"_s;
}

// What likeAny() binds for `search`: its pattern once per searched column.
QVariantList likeAnyValues(const QString &search)
{
    const QString pattern = likePattern(search);
    return {pattern, pattern, pattern, pattern, pattern};
}

QString matchPhrase(const QString &search)
{
    return u'"' + QString(search).replace(u'"', u"\"\""_s) + u'"';
}

Where whereOf(const HistoryQuery &query, SearchJoin join = SearchJoin::Probe)
{
    QStringList parts;
    QVariantList values;
    const QString search = query.search.trimmed();
    if (!search.isEmpty()) {
        if (usesTrigramSearch(query)) {
            // The trigram index finds substrings of three characters or more, case-insensitively. A unary
            // plus keeps SQLite from using the id to drive the query (see SearchJoin).
            // Attempts still sending are not in the index (migration 7): the state index finds those few.
            parts.append(u'(' + (join == SearchJoin::Scan ? u"+id"_s : u"id"_s)
                         + u" IN (SELECT rowid FROM attempts_search WHERE attempts_search MATCH ?)"
                           " OR (state = 'sending' AND "_s
                         + likeAny() + u"))"_s);
            values.append(matchPhrase(search));
        } else {
            parts.append(likeAny());
        }
        values.append(likeAnyValues(search));
    }
    if (query.filtersByOutcome()) {
        QStringList alternatives;
        if (!query.outcomes.isEmpty()) {
            QStringList marks;
            for (const ApiResult::Outcome outcome : query.outcomes) {
                marks.append(u"?"_s);
                values.append(ApiResult::outcomeId(outcome));
            }
            alternatives.append(u"(state = 'done' AND outcome IN ("_s + marks.join(u',') + u"))"_s);
        }
        if (query.includeSending)
            alternatives.append(u"state = 'sending'"_s);
        if (query.includeInterrupted)
            alternatives.append(u"state = 'interrupted'"_s);
        parts.append(u'(' + alternatives.join(u" OR "_s) + u')');
    }
    if (query.from.isValid()) {
        parts.append(u"time_ms >= ?"_s);
        values.append(query.from.toMSecsSinceEpoch());
    }
    if (query.to.isValid()) {
        parts.append(u"time_ms < ?"_s);
        values.append(query.to.toMSecsSinceEpoch());
    }
    if (query.batchId != 0) {
        parts.append(u"batch_id = ?"_s);
        values.append(query.batchId);
    }
    if (parts.isEmpty())
        return {};
    return {u" WHERE "_s + parts.join(u" AND "_s), values};
}

// Never NULL, so that the comparisons rowOf makes agree with ORDER BY.
QString sortKey(HistoryQuery::Column column)
{
    using C = HistoryQuery::Column;
    switch (column) {
    case C::Time:
        return u"time_ms"_s;
    case C::Server:
        return u"server COLLATE NOCASE"_s;
    case C::Operation:
        return u"operation COLLATE NOCASE"_s;
    case C::CaseId:
        return u"wolkvox_id COLLATE NOCASE"_s;
    case C::Responsible:
        return u"responsible COLLATE NOCASE"_s;
    case C::Status:
        return u"status COLLATE NOCASE"_s;
    case C::HttpStatus:
        return u"http_status"_s;
    case C::Code:
        return u"ifnull(code, -2147483649)"_s;
    case C::Message:
        return u"msg COLLATE NOCASE"_s;
    case C::Duration:
        return u"duration_ms"_s;
    case C::Outcome:
        return u"(state || '/' || ifnull(outcome, ''))"_s;
    }
    return u"time_ms"_s;
}

QString orderBy(const HistoryQuery &query)
{
    const QString direction = query.sortOrder == Qt::AscendingOrder ? u" ASC"_s : u" DESC"_s;
    // arg(), not operator+: GCC 12 at -O2 reports a false -Warray-bounds inside QStringBuilder here.
    return u" ORDER BY %1%2, id%2"_s.arg(sortKey(query.sortColumn), direction);
}

void bindAll(QSqlQuery &query, const QVariantList &values)
{
    for (const QVariant &value : values)
        query.addBindValue(value);
}

std::atomic<int> connectionSerial{0};
} // namespace

QString HistoryDatabase::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/history.sqlite"_s;
}

HistoryDatabase::HistoryDatabase(const QString &path)
    : m_path(path)
    , m_connectionName(u"casedesk-history-%1-%2"_s.arg(quintptr(QThread::currentThread()), 0, 16)
                           .arg(connectionSerial.fetch_add(1)))
    , m_thread(QThread::currentThread())
{ }

HistoryDatabase::~HistoryDatabase()
{
    close();
}

void HistoryDatabase::close()
{
    Q_ASSERT(QThread::currentThread() == m_thread);
    m_statements.clear();
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase HistoryDatabase::connection() const
{
    Q_ASSERT(QThread::currentThread() == m_thread);
    return QSqlDatabase::database(m_connectionName, false);
}

bool HistoryDatabase::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

bool HistoryDatabase::open()
{
    Q_ASSERT(QThread::currentThread() == m_thread);
    m_error.clear();
    if (isOpen())
        return true;
    if (!QSqlDatabase::isDriverAvailable(u"QSQLITE"_s)) {
        m_error = tr("Qt's SQLite driver is missing (Debian package libqt6sql6-sqlite); the history cannot "
                     "be kept.");
        return false;
    }
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        m_error = tr("The folder %1 cannot be created; the history cannot be kept.")
                      .arg(QDir::toNativeSeparators(info.absolutePath()));
        return false;
    }
    if (info.isDir()) {
        m_error = tr("The history file %1 is a folder.").arg(QDir::toNativeSeparators(m_path));
        return false;
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
        db.setDatabaseName(m_path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
        if (!db.open()) {
            fail(db.lastError());
            db = QSqlDatabase();
            close();
            return false;
        }
    }
    if (!configure() || !migrate()) {
        const QString error = m_error;
        close();
        m_error = error;
        return false;
    }
    return true;
}

bool HistoryDatabase::fail(const QSqlError &error)
{
    m_error = describe(error);
    qWarning("History database %s: %s", qUtf8Printable(m_path), qUtf8Printable(error.text()));
    return false;
}

bool HistoryDatabase::exec(QSqlQuery &query)
{
    if (query.exec())
        return true;
    return fail(query.lastError());
}

bool HistoryDatabase::configure()
{
    QSqlQuery query(connection());
    // Reading the schema first tells a non-database file apart before anything is written.
    if (!query.exec(u"SELECT count(*) FROM sqlite_master"_s))
        return fail(query.lastError());
    // WAL survives any application crash; NORMAL skips the fsync per commit (power loss may lose the
    // last commits, never the file).
    if (!query.exec(u"PRAGMA journal_mode=WAL"_s))
        return fail(query.lastError());
    if (query.next() && query.value(0).toString().compare(u"wal"_s, Qt::CaseInsensitive) != 0)
        qWarning("History database %s: WAL not available, journal mode %s", qUtf8Printable(m_path),
                 qUtf8Printable(query.value(0).toString()));
    if (!query.exec(u"PRAGMA synchronous=NORMAL"_s))
        return fail(query.lastError());
    return true;
}

int HistoryDatabase::schemaVersion() const
{
    QSqlQuery query(connection());
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
        return -1;
    return query.value(0).toInt();
}

bool HistoryDatabase::migrate()
{
    const int current = schemaVersion();
    if (current < 0)
        return fail(connection().lastError());
    if (current > SchemaVersion) {
        m_error
            = tr("The history file %1 was written by a newer version of Casedesk (schema %2; this version "
                 "reads up to %3). Update Casedesk to see it.")
                  .arg(QDir::toNativeSeparators(m_path))
                  .arg(current)
                  .arg(SchemaVersion);
        return false;
    }
    for (const Migration &step : migrations()) {
        if (step.version <= current)
            continue;
        const bool ok = transaction([this, &step] {
            QSqlQuery query(connection());
            for (const QString &statement : step.statements) {
                if (!query.exec(statement))
                    return fail(query.lastError());
            }
            // user_version is part of the transaction: a failed step leaves the previous version intact.
            if (!query.exec(u"PRAGMA user_version = %1"_s.arg(step.version)))
                return fail(query.lastError());
            return true;
        });
        if (!ok)
            return false;
    }
    return true;
}

bool HistoryDatabase::transaction(const std::function<bool()> &work)
{
    // Work begun inside another store's transaction on this connection belongs to that transaction.
    if (m_transactionDepth > 0)
        return work();
    ++m_transactionDepth;
    const auto leave = qScopeGuard([this] { --m_transactionDepth; });
    {
        // IMMEDIATE takes the write lock up front, so two processes never deadlock upgrading a read lock.
        Statement begin = statement(u"BEGIN IMMEDIATE"_s);
        if (!begin)
            return false;
        if (!begin->exec())
            return fail(begin->lastError());
    }
    bool commitFailed = false;
    if (work()) {
        Statement commit = statement(u"COMMIT"_s);
        if (commit && commit->exec())
            return true;
        if (commit)
            fail(commit->lastError());
        commitFailed = true;
    }
    // Why the work or its commit failed stays the error, whatever the rollback and the listeners leave.
    const QString error = m_error;
    if (Statement rollback = statement(u"ROLLBACK"_s))
        rollback->exec();
    if (commitFailed) {
        // A copy: a listener may remove itself.
        const auto listeners = m_commitFailureListeners;
        for (const auto &[id, listener] : listeners)
            listener();
    }
    m_error = error;
    return false;
}

int HistoryDatabase::addCommitFailureListener(std::function<void()> listener)
{
    const int id = m_nextListenerId++;
    m_commitFailureListeners.emplace(id, std::move(listener));
    return id;
}

void HistoryDatabase::removeCommitFailureListener(int id)
{
    m_commitFailureListeners.erase(id);
}

HistoryDatabase::Statement::Statement(QSqlQuery *query, bool *busy, std::unique_ptr<QSqlQuery> owned)
    : m_query(query)
    , m_busy(busy)
    , m_owned(std::move(owned))
{
    if (m_busy)
        *m_busy = true;
}

HistoryDatabase::Statement::Statement(Statement &&other) noexcept
    : m_query(std::exchange(other.m_query, nullptr))
    , m_busy(std::exchange(other.m_busy, nullptr))
    , m_owned(std::move(other.m_owned))
{ }

HistoryDatabase::Statement::~Statement()
{
    if (m_query)
        m_query->finish();
    if (m_busy)
        *m_busy = false;
}

HistoryDatabase::Statement HistoryDatabase::statement(const QString &sql)
{
    Q_ASSERT(QThread::currentThread() == m_thread);
    m_statementError.clear();
    CachedStatement &cached = m_statements[sql];
    if (cached.query && !cached.busy)
        return Statement(cached.query.get(), &cached.busy, nullptr);
    auto query = std::make_unique<QSqlQuery>(connection());
    query->setForwardOnly(true); // every use reads forward; Qt then keeps no copy of the rows
    if (!query->prepare(sql)) {
        fail(query->lastError());
        m_statementError = m_error;
        if (!cached.query)
            m_statements.erase(sql);
        return Statement(nullptr, nullptr, nullptr);
    }
    if (cached.query) { // in use further up the stack: this caller gets its own
        QSqlQuery *own = query.get();
        return Statement(own, nullptr, std::move(query));
    }
    cached.query = std::move(query);
    return Statement(cached.query.get(), &cached.busy, nullptr);
}

QString HistoryDatabase::describe(const QSqlError &error)
{
    switch (error.nativeErrorCode().toInt() & 0xff) {
    case SqliteFull:
        return tr("The disk is full, so the history could not be saved. Free some space; what was already "
                  "saved is intact.");
    case SqliteReadOnly:
    case SqlitePerm:
    case SqliteCantOpen:
    case SqliteIoErr:
        return tr("The history file cannot be written (%1). Check that its folder is writable and the disk "
                  "is working.")
            .arg(error.databaseText());
    case SqliteCorrupt:
    case SqliteNotADb:
        return tr("The history file is damaged or is not a Casedesk history (%1).").arg(error.databaseText());
    case SqliteBusy:
    case SqliteLocked:
        return tr("The history is in use by another program; try again in a moment.");
    default:
        break;
    }
    return tr("The history could not be read or saved: %1").arg(error.text());
}

QString HistoryDatabase::stateId(HistoryEntry::State state)
{
    return EnumIds::idOf(stateIds, state);
}

std::optional<HistoryEntry::State> HistoryDatabase::stateFromId(QStringView id)
{
    return EnumIds::valueOf(stateIds, id);
}

QString HistoryDatabase::vendorErrorId(ApiResult::VendorError error)
{
    return EnumIds::idOf(vendorErrorIds, error);
}

std::optional<ApiResult::VendorError> HistoryDatabase::vendorErrorFromId(QStringView id)
{
    return EnumIds::valueOf(vendorErrorIds, id);
}

QString HistoryDatabase::unreadableId(ApiResult::Unreadable unreadable)
{
    return EnumIds::idOf(unreadableIds, unreadable);
}

qint64 HistoryDatabase::insert(const HistoryEntry &entry, const QString &session)
{
    m_error.clear();
    static const QString sql = []() -> QString {
        QStringList marks;
        for (qsizetype i = 0, n = writtenColumns().count(u',') + 2; i < n; ++i)
            marks.append(u"?"_s);
        return u"INSERT INTO attempts (session, "_s + writtenColumns() + u") VALUES ("_s + marks.join(u',')
            + u')';
    }();
    Statement query = statement(sql);
    if (!query)
        return 0;
    query->addBindValue(text(session));
    bindAll(*query, valuesOf(entry));
    if (!exec(*query))
        return 0;
    return query->lastInsertId().toLongLong();
}

bool HistoryDatabase::update(const HistoryEntry &entry)
{
    m_error.clear();
    static const QString sql = []() -> QString {
        QStringList assignments;
        for (const QString &column : writtenColumns().split(u','))
            assignments.append(column.trimmed() + u" = ?"_s);
        return u"UPDATE attempts SET "_s + assignments.join(u", "_s) + u" WHERE id = ?"_s;
    }();
    Statement query = statement(sql);
    if (!query)
        return false;
    bindAll(*query, valuesOf(entry));
    query->addBindValue(entry.id);
    if (!exec(*query))
        return false;
    // No such id is not a failure of the file: error() stays empty.
    return query->numRowsAffected() == 1;
}

int HistoryDatabase::markInterrupted(const QString &session)
{
    QSqlQuery query(connection());
    query.prepare(u"UPDATE attempts SET state = 'interrupted' WHERE state = 'sending' AND session = ?"_s);
    query.addBindValue(text(session));
    if (!exec(query))
        return -1;
    return query.numRowsAffected();
}

int HistoryDatabase::markAbandonedInterrupted(const std::function<bool(const QString &)> &isAbandoned)
{
    QStringList sessions;
    {
        QSqlQuery query(connection());
        query.setForwardOnly(true);
        if (!query.exec(u"SELECT DISTINCT session FROM attempts WHERE state = 'sending'"_s)) {
            fail(query.lastError());
            return -1;
        }
        while (query.next())
            sessions.append(query.value(0).toString());
    }
    int changed = 0;
    for (const QString &session : std::as_const(sessions)) {
        if (!isAbandoned(session))
            continue;
        const int n = markInterrupted(session);
        if (n < 0)
            return -1;
        changed += n;
    }
    return changed;
}

HistoryEntry HistoryDatabase::entryFromQuery(const QSqlQuery &q)
{
    HistoryEntry e;
    e.id = q.value(ColId).toLongLong();
    e.time = QDateTime::fromMSecsSinceEpoch(q.value(ColTime).toLongLong(), Qt::UTC);
    e.state = stateFromId(q.value(ColState).toString()).value_or(HistoryEntry::State::Interrupted);

    CaseUpdate &u = e.update;
    u.server = q.value(ColServer).toString();
    u.operation = q.value(ColOperation).toString();
    u.wolkvoxId = q.value(ColWolkvoxId).toString();
    u.caseType = q.value(ColCaseType).toString();
    u.responsible = q.value(ColResponsible).toString();
    u.status = q.value(ColStatus).toString();
    u.priority = q.value(ColPriority).toString();
    u.solution = q.value(ColSolution).toString();
    const QJsonArray fields = parseArray(q.value(ColCustomFields).toString());
    for (const QJsonValue &pair : fields) {
        const QJsonArray nameValue = pair.toArray();
        u.customFields.append({nameValue.at(0).toString(), nameValue.at(1).toString()});
    }
    const QJsonArray attachments = parseArray(q.value(ColAttachments).toString());
    for (const QJsonValue &path : attachments)
        u.attachments.append(path.toString());
    const QJsonArray sizes = parseArray(q.value(ColAttachmentSizes).toString());
    for (const QJsonValue &size : sizes)
        e.attachmentSizes.append(qint64(size.toDouble(-1)));
    const QJsonArray hashes = parseArray(q.value(ColAttachmentSha256).toString());
    for (const QJsonValue &hash : hashes)
        e.attachmentSha256.append(hash.toString());

    ApiResult &r = e.result;
    const QString outcome = q.value(ColOutcome).toString();
    if (!outcome.isEmpty())
        r.outcome = ApiResult::outcomeFromId(outcome).value_or(ApiResult::Outcome::UnreadableAnswer);
    r.vendorError
        = vendorErrorFromId(q.value(ColVendorError).toString()).value_or(ApiResult::VendorError::Other);
    r.unreadable = EnumIds::valueOf(unreadableIds, q.value(ColUnreadable).toString())
                       .value_or(ApiResult::Unreadable::None);
    r.httpStatus = q.value(ColHttpStatus).toInt();
    if (!q.value(ColCode).isNull())
        r.code = q.value(ColCode).toInt();
    r.error = q.value(ColError).toString();
    r.msg = q.value(ColMsg).toString();
    r.wolkvoxId = q.value(ColResultWolkvoxId).toString();
    r.data = QJsonDocument::fromJson(q.value(ColData).toString().toUtf8()).object();
    r.contentType = q.value(ColContentType).toString().toLatin1();
    r.rawBody = q.value(ColRawBody).toByteArray();
    r.bytesSent = q.value(ColBytesSent).toLongLong();
    r.elapsedMs = q.value(ColDuration).toLongLong();
    r.networkError = QNetworkReply::NetworkError(q.value(ColNetworkError).toInt());
    r.networkErrorString = q.value(ColNetworkErrorString).toString();
    const QJsonArray tls = parseArray(q.value(ColTlsErrors).toString());
    for (const QJsonValue &error : tls)
        r.tlsErrors.append(error.toString());
    r.redirectTarget = QUrl::fromEncoded(q.value(ColRedirectTarget).toString().toLatin1());
    e.batchId = q.value(ColBatchId).toLongLong();
    e.batchRow = q.value(ColBatchRow).toInt();
    e.deliveryGroup = q.value(ColDeliveryGroup).toLongLong();
    e.deliveryPart = q.value(ColDeliveryPart).toInt();
    e.deliveryParts = q.value(ColDeliveryParts).toInt();
    const QJsonArray notKept = parseArray(q.value(ColFilesNotKept).toString());
    for (const QJsonValue &path : notKept)
        r.filesNotKept.append(path.toString());
    e.baseline = QJsonDocument::fromJson(q.value(ColBaseline).toString().toUtf8()).object();
    return e;
}

std::optional<HistoryEntry> HistoryDatabase::entryById(qint64 id)
{
    const QList<HistoryEntry> found = entries({id});
    if (found.isEmpty())
        return std::nullopt;
    return found.constFirst();
}

QList<HistoryEntry> HistoryDatabase::deliveryGroup(qint64 groupId)
{
    QList<HistoryEntry> out;
    Statement q = statement(u"SELECT "_s + selectedColumns()
                            + u" FROM attempts WHERE id = ? OR delivery_group = ? ORDER BY id"_s);
    if (!q)
        return out;
    q->addBindValue(groupId);
    q->addBindValue(groupId);
    if (!exec(*q))
        return out;
    while (q->next())
        out.append(entryFromQuery(*q));
    return out;
}

int HistoryDatabase::count(const HistoryQuery &query)
{
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    if (usesTrigramSearch(query) && !query.filtersByOutcome() && !query.from.isValid() && !query.to.isValid()
        && query.batchId == 0) {
        // A search alone: the index counts its own hits (it holds one row per answered attempt) without
        // reading the wide rows of the table; the state index finds the attempts still sending.
        if (!q.prepare(u"SELECT (SELECT count(*) FROM attempts_search WHERE attempts_search MATCH ?)"
                       " + (SELECT count(*) FROM attempts WHERE state = 'sending' AND "_s
                       + likeAny() + u')')) {
            fail(q.lastError());
            return 0;
        }
        q.addBindValue(matchPhrase(query.search.trimmed()));
        for (const QVariant &pattern : likeAnyValues(query.search.trimmed()))
            q.addBindValue(pattern);
        if (!exec(q) || !q.next())
            return 0;
        return q.value(0).toInt();
    }
    // With other filters their indexes drive the count and the search hits are looked up.
    const Where where = whereOf(query, SearchJoin::Scan);
    if (!q.prepare(u"SELECT count(*) FROM attempts"_s + where.sql)) {
        fail(q.lastError());
        return 0;
    }
    bindAll(q, where.values);
    if (!exec(q) || !q.next())
        return 0;
    return q.value(0).toInt();
}

QList<qint64> HistoryDatabase::ids(const HistoryQuery &query, int offset, int limit, int matching)
{
    // In time order the time index gives the page directly, unless the hits are so few that looking them
    // up and sorting them is cheaper than walking the index; other orders always sort the hits.
    // (`matching` counts the search's own hits only when the search is the only filter.)
    constexpr int FewHits = 2000;
    const bool searchOnly = !query.filtersByOutcome() && !query.from.isValid() && !query.to.isValid();
    const bool fewHits = searchOnly && matching >= 0 && matching <= FewHits;
    const bool scan = query.sortColumn == HistoryQuery::Column::Time && !fewHits;
    const Where where = whereOf(query, scan ? SearchJoin::Scan : SearchJoin::Probe);
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    if (!q.prepare(u"SELECT id FROM attempts"_s + where.sql + orderBy(query) + u" LIMIT ? OFFSET ?"_s)) {
        fail(q.lastError());
        return {};
    }
    bindAll(q, where.values);
    q.addBindValue(limit);
    q.addBindValue(offset);
    QList<qint64> out;
    if (!exec(q))
        return out;
    out.reserve(limit);
    while (q.next())
        out.append(q.value(0).toLongLong());
    return out;
}

QList<HistoryEntry> HistoryDatabase::entries(const QList<qint64> &ids)
{
    QList<HistoryEntry> out;
    if (ids.isEmpty())
        return out;
    QStringList marks;
    marks.reserve(ids.size());
    for (qsizetype i = 0; i < ids.size(); ++i)
        marks.append(u"?"_s);
    // One statement per number of ids (a page, a single attempt): prepared once, kept.
    Statement q = statement(u"SELECT "_s + selectedColumns() + u" FROM attempts WHERE id IN ("_s
                            + marks.join(u',') + u')');
    if (!q)
        return out;
    for (const qint64 id : ids)
        q->addBindValue(id);
    if (!exec(*q))
        return out;
    QHash<qint64, HistoryEntry> byId;
    byId.reserve(ids.size());
    while (q->next()) {
        HistoryEntry e = entryFromQuery(*q);
        byId.insert(e.id, std::move(e));
    }
    out.reserve(byId.size());
    for (const qint64 id : ids) {
        const auto it = byId.constFind(id);
        if (it != byId.cend())
            out.append(*it);
    }
    return out;
}

int HistoryDatabase::rowOf(const HistoryQuery &query, qint64 id)
{
    const Where where = whereOf(query);
    const QString key = sortKey(query.sortColumn);
    QVariant value;
    {
        // The SQL depends on the query's shape only (values are bound): prepared once per shape, kept.
        Statement q
            = statement(u"SELECT "_s + key + u" FROM attempts"_s
                        + (where.sql.isEmpty() ? u" WHERE id = ?"_s : QString(where.sql + u" AND id = ?"_s)));
        if (!q)
            return -1;
        bindAll(*q, where.values);
        q->addBindValue(id);
        if (!exec(*q) || !q->next())
            return -1;
        value = q->value(0);
    }
    // Rows before it: a greater key (descending) or the same key and a greater id. In time order the time
    // index bounds the rows to count, and search hits are looked up rather than driving the count.
    const Where counted
        = query.sortColumn == HistoryQuery::Column::Time ? whereOf(query, SearchJoin::Scan) : where;
    const QString op = query.sortOrder == Qt::AscendingOrder ? u"<"_s : u">"_s;
    const QString before = u'(' + key + u' ' + op + u" ? OR (" + key + u" = ? AND id " + op + u" ?))";
    Statement q = statement(u"SELECT count(*) FROM attempts"_s
                            + (counted.sql.isEmpty() ? QString(u" WHERE "_s + before)
                                                     : QString(counted.sql + u" AND "_s + before)));
    if (!q)
        return -1;
    bindAll(*q, counted.values);
    q->addBindValue(value);
    q->addBindValue(value);
    q->addBindValue(id);
    if (!exec(*q) || !q->next())
        return -1;
    return q->value(0).toInt();
}

bool HistoryDatabase::forEach(const HistoryQuery &query,
                              const std::function<bool(const HistoryEntry &)> &visit)
{
    const Where where = whereOf(query);
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    if (!q.prepare(u"SELECT "_s + selectedColumns() + u" FROM attempts"_s + where.sql + orderBy(query)))
        return fail(q.lastError());
    bindAll(q, where.values);
    if (!exec(q))
        return false;
    while (q.next()) {
        if (!visit(entryFromQuery(q)))
            break;
    }
    if (q.lastError().isValid())
        return fail(q.lastError());
    return true;
}
