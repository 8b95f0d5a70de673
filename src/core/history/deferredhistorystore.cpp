#include "core/history/deferredhistorystore.h"

DeferredHistoryStore::DeferredHistoryStore(std::function<void()> opener, QObject *parent)
    : HistoryStore(parent)
    , m_opener(std::move(opener))
{
    Q_ASSERT(m_opener);
}

DeferredHistoryStore::~DeferredHistoryStore() = default;

void DeferredHistoryStore::open()
{
    if (const std::function<void()> opener = std::exchange(m_opener, nullptr))
        opener();
}

void DeferredHistoryStore::setTarget(HistoryStore *target)
{
    Q_ASSERT(target && !m_target);
    m_target = target;
    m_opener = nullptr;
    connect(target, &HistoryStore::added, this, &HistoryStore::added);
    connect(target, &HistoryStore::changed, this, &HistoryStore::changed);
    connect(target, &HistoryStore::reset, this, &HistoryStore::reset);
    connect(target, &HistoryStore::writeFailed, this, &HistoryStore::writeFailed);
    Q_EMIT reset();
}

HistoryStore *DeferredHistoryStore::opened() const
{
    const_cast<DeferredHistoryStore *>(this)->open();
    Q_ASSERT(m_target);
    return m_target;
}

int DeferredHistoryStore::count() const
{
    return m_target ? m_target->count() : 0;
}

HistoryEntry DeferredHistoryStore::entry(int row) const
{
    return m_target ? m_target->entry(row) : HistoryEntry();
}

int DeferredHistoryStore::rowOf(qint64 id) const
{
    return m_target ? m_target->rowOf(id) : -1;
}

QList<HistoryEntry> DeferredHistoryStore::deliveryGroup(qint64 groupId) const
{
    return opened()->deliveryGroup(groupId);
}

qint64 DeferredHistoryStore::add(const HistoryEntry &entry)
{
    return opened()->add(entry);
}

bool DeferredHistoryStore::update(const HistoryEntry &entry)
{
    return opened()->update(entry);
}

bool DeferredHistoryStore::supportsQuery() const
{
    return m_target && m_target->supportsQuery();
}

HistoryQuery DeferredHistoryStore::query() const
{
    return m_target ? m_target->query() : HistoryQuery();
}

void DeferredHistoryStore::setQuery(const HistoryQuery &query)
{
    opened()->setQuery(query);
}

int DeferredHistoryStore::totalCount() const
{
    return m_target ? m_target->totalCount() : 0;
}

int DeferredHistoryStore::interruptedOnOpen() const
{
    return m_target ? m_target->interruptedOnOpen() : 0;
}

bool DeferredHistoryStore::supportsExport() const
{
    return m_target && m_target->supportsExport();
}

QFuture<HistoryExporter::Result>
DeferredHistoryStore::exportRows(HistoryExporter::Format format, const QString &fileName,
                                 const HistoryExporter::Progress &progress) const
{
    return opened()->exportRows(format, fileName, progress);
}

HistoryDatabase *DeferredHistoryStore::database() const
{
    return opened()->database();
}
