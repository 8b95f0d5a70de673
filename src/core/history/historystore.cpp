#include "core/history/historystore.h"

#include <algorithm>

HistoryStore::HistoryStore(QObject *parent)
    : QObject(parent)
{ }

HistoryStore::~HistoryStore() = default;

QFuture<HistoryExporter::Result> HistoryStore::exportRows(HistoryExporter::Format, const QString &,
                                                          const HistoryExporter::Progress &) const
{
    HistoryExporter::Result result;
    result.error = HistoryExporter::tr("This history is kept in memory only and cannot be exported.");
    return QtFuture::makeReadyFuture(result);
}

QList<HistoryEntry> HistoryStore::deliveryGroup(qint64) const
{
    return {};
}

CaseUpdate HistoryStore::wholeUpdate(const HistoryEntry &entry) const
{
    if (entry.deliveryParts < 2 || entry.deliveryGroup == 0)
        return entry.update;
    CaseUpdate update = entry.update;
    update.attachments.clear();
    const QList<HistoryEntry> group = deliveryGroup(entry.deliveryGroup);
    for (const HistoryEntry &part : group) {
        for (const QString &path : part.update.attachments) {
            if (!update.attachments.contains(path))
                update.attachments.append(path);
        }
    }
    return update;
}

MemoryHistoryStore::MemoryHistoryStore(QObject *parent)
    : HistoryStore(parent)
{ }

MemoryHistoryStore::~MemoryHistoryStore() = default;

int MemoryHistoryStore::count() const
{
    return int(m_entries.size());
}

HistoryEntry MemoryHistoryStore::entry(int row) const
{
    if (row < 0 || row >= count())
        return {};
    return m_entries.at(count() - 1 - row);
}

int MemoryHistoryStore::indexOf(qint64 id) const
{
    // Ids grow with every add, so the list is sorted by id.
    const auto it = std::lower_bound(m_entries.cbegin(), m_entries.cend(), id,
                                     [](const HistoryEntry &e, qint64 wanted) { return e.id < wanted; });
    if (it == m_entries.cend() || it->id != id)
        return -1;
    return int(it - m_entries.cbegin());
}

int MemoryHistoryStore::rowOf(qint64 id) const
{
    const int index = indexOf(id);
    return index < 0 ? -1 : count() - 1 - index;
}

qint64 MemoryHistoryStore::add(const HistoryEntry &entry)
{
    HistoryEntry stored = entry;
    stored.id = m_nextId++;
    m_entries.append(stored);
    Q_EMIT added(0);
    return stored.id;
}

QList<HistoryEntry> MemoryHistoryStore::deliveryGroup(qint64 groupId) const
{
    QList<HistoryEntry> group;
    for (const HistoryEntry &entry : m_entries) {
        if (entry.id == groupId || entry.deliveryGroup == groupId)
            group.append(entry);
    }
    return group;
}

bool MemoryHistoryStore::update(const HistoryEntry &entry)
{
    const int index = indexOf(entry.id);
    if (index < 0)
        return false;
    m_entries[index] = entry;
    Q_EMIT changed(count() - 1 - index);
    return true;
}
