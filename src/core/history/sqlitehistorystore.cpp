#include "core/history/sqlitehistorystore.h"

#include "core/global.h"

#include <QMetaMethod>
#include <QtConcurrent/QtConcurrentRun>

SqliteHistoryStore::SqliteHistoryStore(const QString &path, QObject *parent)
    : HistoryStore(parent)
    , m_db(std::make_unique<HistoryDatabase>(path))
    , m_session(m_db->path())
{
    // A batch writes an attempt inside the transaction that also stores the previous row's answer; if
    // that commit fails, what this store cached and announced meanwhile is not in the file.
    m_db->addCommitFailureListener([this] {
        m_countStale = true;
        dropCache();
        Q_EMIT reset();
    });
}

SqliteHistoryStore::~SqliteHistoryStore()
{
    if (m_db->isOpen())
        m_db->markInterrupted(m_session.id());
    m_db->close();
    m_session.release();
}

QString SqliteHistoryStore::path() const
{
    return m_db->path();
}

bool SqliteHistoryStore::isOpen() const
{
    return m_db->isOpen();
}

bool SqliteHistoryStore::open()
{
    m_error.clear();
    if (!m_db->open()) {
        m_error = m_db->error();
        return false;
    }
    // The session lock tells other processes this one is alive, so they leave its attempts alone.
    m_session.acquire();

    m_interruptedOnOpen
        = m_db->markAbandonedInterrupted([this](const QString &s) { return m_session.isAbandoned(s); });
    if (m_interruptedOnOpen < 0) {
        m_error = m_db->error();
        m_interruptedOnOpen = 0;
    }
    m_count = m_db->count(m_query);
    m_countStale = false;
    dropCache();
    Q_EMIT reset();
    return true;
}

int SqliteHistoryStore::count() const
{
    if (m_countStale) {
        m_count = m_db->isOpen() ? m_db->count(m_query) : 0;
        m_countStale = false;
    }
    return m_count;
}

bool SqliteHistoryStore::isWatched() const
{
    return isSignalConnected(QMetaMethod::fromSignal(&HistoryStore::added))
        || isSignalConnected(QMetaMethod::fromSignal(&HistoryStore::changed))
        || isSignalConnected(QMetaMethod::fromSignal(&HistoryStore::reset));
}

void SqliteHistoryStore::dropCache() const
{
    m_pages.clear();
    m_pageUse.clear();
    m_rowById.clear();
}

int SqliteHistoryStore::cachedRowCount() const
{
    int rows = 0;
    for (const QList<HistoryEntry> &rowsOfPage : std::as_const(m_pages))
        rows += int(rowsOfPage.size());
    return rows;
}

const QList<HistoryEntry> *SqliteHistoryStore::page(int index) const
{
    auto it = m_pages.find(index);
    if (it != m_pages.end()) {
        m_pageUse.removeOne(index);
        m_pageUse.append(index);
        return &it.value();
    }
    if (!m_db->isOpen())
        return nullptr;
    while (m_pages.size() >= MaxCachedPages && !m_pageUse.isEmpty()) {
        const int evicted = m_pageUse.takeFirst();
        for (const HistoryEntry &e : m_pages.value(evicted))
            m_rowById.remove(e.id);
        m_pages.remove(evicted);
    }
    const QList<qint64> ids = m_db->ids(m_query, index * PageSize, PageSize, count());
    QList<HistoryEntry> rows = m_db->entries(ids);
    if (rows.isEmpty())
        return nullptr; // a failed read is not cached: the next call tries again
    for (int i = 0; i < rows.size(); ++i)
        m_rowById.insert(rows.at(i).id, index * PageSize + i);
    m_pageUse.append(index);
    return &m_pages.insert(index, std::move(rows)).value();
}

HistoryEntry SqliteHistoryStore::entry(int row) const
{
    if (row < 0 || row >= count())
        return {};
    const QList<HistoryEntry> *rows = page(row / PageSize);
    const int index = row % PageSize;
    if (!rows || index >= rows->size())
        return {};
    return rows->at(index);
}

int SqliteHistoryStore::rowOf(qint64 id) const
{
    const auto cached = m_rowById.constFind(id);
    if (cached != m_rowById.cend())
        return *cached;
    if (!m_db->isOpen())
        return -1;
    return m_db->rowOf(m_query, id);
}

void SqliteHistoryStore::failWrite(const QString &message)
{
    m_error = message;
    Q_EMIT writeFailed(message);
}

qint64 SqliteHistoryStore::add(const HistoryEntry &entry)
{
    if (!m_db->isOpen()) {
        failWrite(tr("The history is not open."));
        return 0;
    }
    const qint64 id = m_db->insert(entry, m_session.id());
    if (id == 0) {
        failWrite(m_db->error());
        return 0;
    }
    if (!isWatched()) {
        // The CLI's batches: two counting queries per attempt that nobody would read (found with perf).
        m_countStale = true;
        dropCache();
        return id;
    }
    const int row = m_db->rowOf(m_query, id);
    if (row >= 0) {
        ++m_count;
        insertIntoCache(row, id);
        Q_EMIT added(row);
    }
    return id;
}

void SqliteHistoryStore::insertIntoCache(int row, qint64 id)
{
    // A batch adds an attempt every few milliseconds at row 0, where the agent looks: reloading the whole
    // page each time (200 attempts) kept the window's thread busy (found with perf on a 2,000-row batch).
    const int pageIndex = row / PageSize;
    for (auto it = m_pages.begin(); it != m_pages.end();) {
        if (it.key() <= pageIndex) {
            ++it;
            continue;
        }
        for (const HistoryEntry &e : std::as_const(it.value()))
            m_rowById.remove(e.id);
        m_pageUse.removeOne(it.key());
        it = m_pages.erase(it);
    }
    const auto page = m_pages.find(pageIndex);
    if (page == m_pages.end())
        return;
    const std::optional<HistoryEntry> stored = m_db->entryById(id);
    const int index = row % PageSize;
    if (!stored || index > page->size()) {
        dropCache();
        return;
    }
    page->insert(index, *stored);
    if (page->size() > PageSize) {
        m_rowById.remove(page->constLast().id);
        page->removeLast();
    }
    for (int i = index; i < page->size(); ++i)
        m_rowById.insert(page->at(i).id, pageIndex * PageSize + i);
}

QList<HistoryEntry> SqliteHistoryStore::deliveryGroup(qint64 groupId) const
{
    return m_db->isOpen() ? m_db->deliveryGroup(groupId) : QList<HistoryEntry>();
}

bool SqliteHistoryStore::update(const HistoryEntry &entry)
{
    if (!m_db->isOpen()) {
        failWrite(tr("The history is not open."));
        return false;
    }
    const bool watched = isWatched();
    const int before = watched ? rowOf(entry.id) : -1;
    if (!m_db->update(entry)) {
        if (!m_db->error().isEmpty())
            failWrite(m_db->error());
        return false;
    }
    if (!watched) {
        m_countStale = true; // it may have entered or left the query
        dropCache();
        return true;
    }
    const int after = m_db->rowOf(m_query, entry.id);
    if (before == after) {
        if (after < 0)
            return true;
        // Same row: refresh it in place from the file (the body may have been capped on the way in).
        auto it = m_pages.find(after / PageSize);
        if (it != m_pages.end()) {
            const std::optional<HistoryEntry> stored = m_db->entryById(entry.id);
            const int index = after % PageSize;
            if (stored && index < it->size())
                (*it)[index] = *stored;
            else
                dropCache();
        }
        Q_EMIT changed(after);
        return true;
    }
    // It moved, or entered or left the query: the rows in between are not where they were.
    m_count = m_db->count(m_query);
    m_countStale = false;
    dropCache();
    Q_EMIT reset();
    return true;
}

void SqliteHistoryStore::setQuery(const HistoryQuery &query)
{
    m_query = query;
    refresh();
}

void SqliteHistoryStore::refresh()
{
    m_count = m_db->isOpen() ? m_db->count(m_query) : 0;
    m_countStale = false;
    dropCache();
    Q_EMIT reset();
}

int SqliteHistoryStore::totalCount() const
{
    return m_db->isOpen() ? m_db->count(HistoryQuery()) : 0;
}

QFuture<HistoryExporter::Result>
SqliteHistoryStore::exportRows(HistoryExporter::Format format, const QString &fileName,
                               const HistoryExporter::Progress &progress) const
{
    return QtConcurrent::run([path = path(), query = m_query, format, fileName, progress] {
        return HistoryExporter::exportToFile(path, query, format, fileName, progress);
    });
}
