#pragma once

#include "core/history/historyentry.h"
#include "core/history/historyexporter.h"
#include "core/history/historyquery.h"

#include <QFuture>
#include <QList>
#include <QObject>

class HistoryDatabase;

// Every attempt of the session, addressed by row: row 0 is the newest. Implementations may load rows
// lazily (a database-backed store keeps only a window in memory), so callers ask for one row at a time.
class HistoryStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryStore)

public:
    explicit HistoryStore(QObject *parent = nullptr);
    ~HistoryStore() override;

    virtual int count() const = 0;
    // A default-constructed entry (id 0) when `row` is out of range.
    virtual HistoryEntry entry(int row) const = 0;
    // The current row of the entry with `id`, or -1.
    virtual int rowOf(qint64 id) const = 0;

    // The attempts of one update sent as several requests (HistoryEntry::deliveryGroup), in order.
    virtual QList<HistoryEntry> deliveryGroup(qint64 groupId) const;
    // The update an attempt was part of, with every file of its group: what "Load into form" brings back.
    CaseUpdate wholeUpdate(const HistoryEntry &entry) const;

    // Stores a new attempt as row 0 and returns its id (the entry's own id is ignored).
    virtual qint64 add(const HistoryEntry &entry) = 0;
    // Replaces the entry with the same id; false when there is none.
    virtual bool update(const HistoryEntry &entry) = 0;

    // Stores that can search, filter and sort (a database) say so; the pane hides its filters otherwise.
    virtual bool supportsQuery() const { return false; }
    virtual HistoryQuery query() const { return {}; }
    // Re-windows the rows on `query` and emits reset(); ignored by stores that cannot query.
    virtual void setQuery(const HistoryQuery &query) { Q_UNUSED(query) }
    // Attempts stored, whatever the query.
    virtual int totalCount() const { return count(); }

    // Attempts that a session which died left "sending", found and marked interrupted when the store opened.
    virtual int interruptedOnOpen() const { return 0; }

    // Stores that can write their query's rows to a file say so; the pane hides its export buttons otherwise.
    virtual bool supportsExport() const { return false; }
    // On a worker thread; a store that cannot export answers a finished future with the reason.
    virtual QFuture<HistoryExporter::Result> exportRows(HistoryExporter::Format format,
                                                        const QString &fileName,
                                                        const HistoryExporter::Progress &progress = {}) const;

    // The database connection the store writes through, for work that must join its transactions (a
    // batch's rows and their attempts in one commit); null for a store without one.
    virtual HistoryDatabase *database() const { return nullptr; }

Q_SIGNALS:
    void added(int row); // after a new entry took `row`; rows from there on moved down by one
    void changed(int row); // after the entry at `row` was updated
    void reset(); // the rows are not what they were (reloaded, cleared)
    // A write failed (disk full, read-only, ...); translated, for the window to show.
    void writeFailed(const QString &message);
};

// The session's history, kept in memory.
class MemoryHistoryStore final : public HistoryStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemoryHistoryStore)

public:
    explicit MemoryHistoryStore(QObject *parent = nullptr);
    ~MemoryHistoryStore() override;

    int count() const override;
    HistoryEntry entry(int row) const override;
    int rowOf(qint64 id) const override;
    qint64 add(const HistoryEntry &entry) override;
    bool update(const HistoryEntry &entry) override;
    QList<HistoryEntry> deliveryGroup(qint64 groupId) const override;

private:
    int indexOf(qint64 id) const;

    QList<HistoryEntry> m_entries; // oldest first, so adding is an append
    qint64 m_nextId = 1;
};
