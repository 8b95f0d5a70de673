#pragma once

#include "core/history/historyentry.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class HistoryStore;

// Records attempts in the history the one way the window, the CLI and the batch runner share: written
// before anything is sent (a crash from there on leaves it "interrupted"), with each file's size at send
// time and its SHA-256 worked out off the thread while the upload runs, then the answer once it comes.
class AttemptRecorder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttemptRecorder)

public:
    // `history` may be null (nothing is recorded); it must outlive the recorder otherwise.
    explicit AttemptRecorder(HistoryStore *history, QObject *parent = nullptr);
    ~AttemptRecorder() override;

    // Writes `attempt` (its update, batch and delivery fields as the caller set them) as sending, stamped
    // now, with its attachments' sizes. The returned copy carries its id: 0 when it could not be written.
    HistoryEntry begin(HistoryEntry attempt);
    // Writes the attempt's end with `result`. An attempt that could not be written before sending is
    // tried once more now that its answer is known; the returned copy carries the id it ended with.
    HistoryEntry finish(const HistoryEntry &attempt, const ApiResult &result,
                        HistoryEntry::State state = HistoryEntry::State::Done);

    // The last write failure reported by the history since begin() (translated), and clears it.
    QString takeWriteError();
    // Attachments of some attempt are still being hashed.
    bool isHashing() const;

Q_SIGNALS:
    // The attempt's digests are in the history now.
    void hashed(qint64 attemptId);

private:
    struct Pending
    {
        HistoryEntry entry; // the latest state written, so digests and the answer never overwrite each other
        bool finished = false; // answered
        bool hashed = false;
    };

    void hash(qint64 id, const QStringList &paths);
    void storeDigests(qint64 id, const QStringList &digests);

    QPointer<HistoryStore> m_history;
    QHash<qint64, Pending> m_pending; // attempts whose attachments are being hashed
    QString m_writeError;
};
