#pragma once

#include "core/history/historyexporter.h"
#include "core/history/historyquery.h"
#include "core/history/historystore.h"
#include "core/storage/historydatabase.h"
#include "core/storage/sessionlock.h"

#include <QFuture>
#include <QHash>
#include <QList>
#include <QMap>
#include <memory>

// Every attempt ever made, in history.sqlite, seen through a query (search, filters, order). Keeps only a
// few pages of rows in memory, so 100,000 attempts open and scroll instantly. Each attempt is written
// before it is sent; attempts a crashed or killed session left "sending" become "interrupted" on open.
class SqliteHistoryStore final : public HistoryStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SqliteHistoryStore)

public:
    static constexpr int PageSize = 200;
    static constexpr int MaxCachedPages = 4;

    explicit SqliteHistoryStore(const QString &path = HistoryDatabase::defaultPath(),
                                QObject *parent = nullptr);
    // Marks this session's unanswered attempts interrupted and releases the session.
    ~SqliteHistoryStore() override;

    // Opens or creates the file and migrates it; false with error() when it cannot be used (the window
    // can then fall back to a MemoryHistoryStore and say so).
    bool open();
    bool isOpen() const;
    QString path() const;
    QString error() const { return m_error; } // the last failure, translated
    // How many attempts of dead sessions open() found still "sending" and marked interrupted.
    int interruptedOnOpen() const override { return m_interruptedOnOpen; }

    // HistoryStore: rows are those of query(), row 0 first in its order (newest first by default).
    int count() const override;
    HistoryEntry entry(int row) const override;
    int rowOf(qint64 id) const override;
    // Written at once (in a transaction); emits added(row) when the new attempt matches the query.
    // Returns 0 and emits writeFailed() when the file cannot be written.
    qint64 add(const HistoryEntry &entry) override;
    // Emits changed(row) when the attempt keeps its row, reset() when it moved in or out of the query.
    bool update(const HistoryEntry &entry) override;
    QList<HistoryEntry> deliveryGroup(qint64 groupId) const override;

    bool supportsQuery() const override { return true; }
    HistoryQuery query() const override { return m_query; }
    // Re-windows the rows on `query`; emits reset().
    void setQuery(const HistoryQuery &query) override;
    // Re-reads the count and drops the cached rows (another process may have written); emits reset().
    void refresh();
    // Attempts in the file, whatever the query.
    int totalCount() const override;

    // Exports the rows of query() to `fileName` on a worker thread with its own connection.
    bool supportsExport() const override { return true; }
    QFuture<HistoryExporter::Result> exportRows(HistoryExporter::Format format, const QString &fileName,
                                                const HistoryExporter::Progress &progress
                                                = {}) const override;

    // The connection of the thread that owns the store (tests, tools).
    HistoryDatabase *database() const override { return m_db.get(); }
    SessionLock *session() { return &m_session; }
    // Rows held in memory right now: never more than PageSize * MaxCachedPages.
    int cachedRowCount() const;

private:
    const QList<HistoryEntry> *page(int index) const;
    void dropCache() const;
    // Whether anyone follows the rows (a view); without one, writes skip working out where rows went.
    bool isWatched() const;
    // A new attempt at `row`: its page takes it in place, later pages are dropped, earlier ones stay.
    void insertIntoCache(int row, qint64 id);
    void failWrite(const QString &message);

    std::unique_ptr<HistoryDatabase> m_db;
    SessionLock m_session;
    QString m_error;
    HistoryQuery m_query;
    mutable int m_count = 0;
    mutable bool m_countStale = false; // recounted when asked: nobody watched the rows change
    int m_interruptedOnOpen = 0;

    // The window of rows: a few pages, the least recently used dropped first.
    mutable QMap<int, QList<HistoryEntry>> m_pages;
    mutable QList<int> m_pageUse; // most recent last
    mutable QHash<qint64, int> m_rowById;
};
