#include "core/history/attemptrecorder.h"

#include "core/history/filehasher.h"
#include "core/history/historystore.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <algorithm>
#include <utility>

AttemptRecorder::AttemptRecorder(HistoryStore *history, QObject *parent)
    : QObject(parent)
    , m_history(history)
{
    if (history) {
        connect(history, &HistoryStore::writeFailed, this,
                [this](const QString &message) { m_writeError = message; });
    }
}

AttemptRecorder::~AttemptRecorder() = default;

HistoryEntry AttemptRecorder::begin(HistoryEntry attempt)
{
    m_writeError.clear();
    attempt.id = 0;
    attempt.time = QDateTime::currentDateTimeUtc();
    attempt.state = HistoryEntry::State::Sending;
    attempt.attachmentSizes.clear();
    attempt.attachmentSha256.clear();
    for (const QString &path : std::as_const(attempt.update.attachments)) {
        const QFileInfo info(path);
        attempt.attachmentSizes.append(info.isFile() ? info.size() : -1);
    }
    if (!m_history)
        return attempt;
    attempt.id = m_history->add(attempt);
    if (attempt.id > 0 && !attempt.update.attachments.isEmpty()) {
        m_pending.insert(attempt.id, {attempt, false, false});
        hash(attempt.id, attempt.update.attachments);
    }
    return attempt;
}

HistoryEntry AttemptRecorder::finish(const HistoryEntry &attempt, const ApiResult &result,
                                     HistoryEntry::State state)
{
    HistoryEntry entry = attempt;
    const auto pending = m_pending.find(attempt.id);
    if (pending != m_pending.end())
        entry.attachmentSha256 = pending->entry.attachmentSha256;
    entry.result = result;
    entry.state = state;
    if (!m_history)
        return entry;
    if (entry.id > 0) {
        m_history->update(entry);
    } else {
        // Not recorded before sending (a full disk, say): once more, now that the answer is known.
        entry.id = m_history->add(entry);
    }
    if (pending != m_pending.end()) {
        if (pending->hashed) {
            m_pending.erase(pending);
        } else {
            pending->entry = entry;
            pending->finished = true;
        }
    }
    return entry;
}

QString AttemptRecorder::takeWriteError()
{
    return std::exchange(m_writeError, QString());
}

bool AttemptRecorder::isHashing() const
{
    return std::any_of(m_pending.cbegin(), m_pending.cend(), [](const Pending &p) { return !p.hashed; });
}

void AttemptRecorder::hash(qint64 id, const QStringList &paths)
{
    // Hashing a large file takes seconds: a worker does it while the upload runs.
    auto *watcher = new QFutureWatcher<QList<FileHasher::Result>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, id] {
        watcher->deleteLater();
        storeDigests(id, FileHasher::digests(watcher->result()));
    });
    watcher->setFuture(FileHasher::hashAll(paths));
}

void AttemptRecorder::storeDigests(qint64 id, const QStringList &digests)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    it->entry.attachmentSha256 = digests;
    it->hashed = true;
    if (m_history)
        m_history->update(it->entry);
    if (it->finished)
        m_pending.erase(it);
    Q_EMIT hashed(id);
}
