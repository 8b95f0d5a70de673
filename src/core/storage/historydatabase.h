#pragma once

#include "core/history/historyentry.h"
#include "core/history/historyquery.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <unordered_map>

class QSqlQuery;
class QThread;

// The history file: schema, table-driven migrations, WAL, and this thread's own connection to it.
// Create one per thread that needs the file; it must be used and destroyed in the thread that created it.
class HistoryDatabase
{
    Q_DECLARE_TR_FUNCTIONS(HistoryDatabase)

public:
    static constexpr int SchemaVersion = 7;
    // The CRM's answers are small JSON; an HTML error page is kept up to this size.
    static constexpr qsizetype MaxStoredBodyBytes = 64 * 1024;

    // history.sqlite under QStandardPaths::AppDataLocation.
    static QString defaultPath();

    explicit HistoryDatabase(const QString &path);
    ~HistoryDatabase();
    Q_DISABLE_COPY_MOVE(HistoryDatabase)

    // Creates the file (and its folder) if needed, sets WAL and synchronous=NORMAL, migrates to
    // SchemaVersion. False with error() when the file cannot be used; the file is then left as it was.
    bool open();
    bool isOpen() const;
    void close();
    QString path() const { return m_path; }
    QString connectionName() const { return m_connectionName; }
    QSqlDatabase connection() const;
    int schemaVersion() const; // PRAGMA user_version of the open file

    // The last failure, translated; empty after a success.
    QString error() const { return m_error; }
    // A translated sentence for a failed statement: disk full, read-only, damaged, busy, ...
    static QString describe(const QSqlError &error);

    // Stable ids stored in the file and used by exports.
    static QString stateId(HistoryEntry::State state);
    static std::optional<HistoryEntry::State> stateFromId(QStringView id);
    static QString vendorErrorId(ApiResult::VendorError error);
    static std::optional<ApiResult::VendorError> vendorErrorFromId(QStringView id);
    static QString unreadableId(ApiResult::Unreadable unreadable);

    // Runs `work` inside one write transaction; rolls back when it returns false or a statement fails.
    // Work begun inside another transaction on this connection joins it (and commits with it).
    bool transaction(const std::function<bool()> &work);
    bool inTransaction() const { return m_transactionDepth > 0; }
    // Called when a transaction's work succeeded but its COMMIT failed (disk full, I/O error): what the
    // work wrote, and what its writers told their readers, is not in the file. Stores that keep what they
    // wrote in memory use it to read the file again. Returns an id for removeCommitFailureListener().
    int addCommitFailureListener(std::function<void()> listener);
    void removeCommitFailureListener(int id);

    // A statement prepared once per connection and kept: SQLite parses the SQL again on every prepare,
    // which was a fifth of a batch row's cost. The handle finishes the query when it goes away, so no read
    // snapshot or pending write outlives its use; a second use of the same SQL while the first is still
    // held gets a fresh query. Check it before use: a statement that does not prepare is null, with
    // lastError() on the query that failed (see statementError()).
    class Statement
    {
    public:
        Statement(Statement &&other) noexcept;
        Statement &operator=(Statement &&) = delete;
        Q_DISABLE_COPY(Statement)
        ~Statement();
        explicit operator bool() const { return m_query != nullptr; }
        QSqlQuery *operator->() const { return m_query; }
        QSqlQuery &operator*() const { return *m_query; }

    private:
        friend class HistoryDatabase;
        Statement(QSqlQuery *query, bool *busy, std::unique_ptr<QSqlQuery> owned);
        QSqlQuery *m_query = nullptr;
        bool *m_busy = nullptr; // the cache entry's flag, or null for a fresh query
        std::unique_ptr<QSqlQuery> m_owned;
    };
    Statement statement(const QString &sql);
    // Why the last statement() came back null (translated).
    QString statementError() const { return m_statementError; }

    // Writes a new attempt (the entry's id is ignored) and returns its id, or 0 with error().
    qint64 insert(const HistoryEntry &entry, const QString &session = {});
    // Replaces everything but the id and the session; false when the write failed (error() says why) or
    // there is no such id (error() empty).
    bool update(const HistoryEntry &entry);
    // Marks attempts still "sending" as interrupted: those of `session`, or of every session for which
    // `isAbandoned(session)` says nobody is alive any more. Returns how many changed, or -1.
    int markInterrupted(const QString &session);
    int markAbandonedInterrupted(const std::function<bool(const QString &session)> &isAbandoned);

    std::optional<HistoryEntry> entryById(qint64 id);
    // The attempts of one update sent as several requests (HistoryEntry::deliveryGroup), in order.
    QList<HistoryEntry> deliveryGroup(qint64 groupId);

    // Reading through a query: how many rows match, one page of ids in order, whole entries by id.
    int count(const HistoryQuery &query);
    // `matching`, when known (count(query)), lets a search with few hits look them up directly.
    QList<qint64> ids(const HistoryQuery &query, int offset, int limit, int matching = -1);
    QList<HistoryEntry> entries(const QList<qint64> &ids);
    // The row `id` has under `query`, or -1 when it does not match (or on failure).
    int rowOf(const HistoryQuery &query, qint64 id);
    // Streams every matching entry in order without holding them; `visit` returns false to stop early.
    bool forEach(const HistoryQuery &query, const std::function<bool(const HistoryEntry &)> &visit);

private:
    bool configure();
    bool migrate();
    bool fail(const QSqlError &error);
    bool exec(QSqlQuery &query);
    static HistoryEntry entryFromQuery(const QSqlQuery &query);

    QString m_path;
    QString m_connectionName;
    QThread *m_thread;
    QString m_error;
    int m_transactionDepth = 0; // the batch store shares the history's connection
    std::map<int, std::function<void()>> m_commitFailureListeners;
    int m_nextListenerId = 1;
    struct CachedStatement
    {
        std::unique_ptr<QSqlQuery> query;
        bool busy = false;
    };
    std::unordered_map<QString, CachedStatement> m_statements;
    QString m_statementError;
};
