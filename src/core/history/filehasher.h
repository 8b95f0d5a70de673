#pragma once

#include <QCoreApplication>
#include <QFuture>
#include <QList>
#include <QString>
#include <QStringList>
#include <atomic>

// SHA-256 of attachments, read in chunks so a 2 GB file never sits in memory. hash() blocks: call it from
// a worker thread; hashAll() does that on Qt's global thread pool.
class FileHasher
{
    Q_DECLARE_TR_FUNCTIONS(FileHasher)

public:
    struct Result
    {
        QString path;
        qint64 size = -1;
        QString sha256; // lower-case hex; empty when the file could not be read
        QString error; // translated
        bool ok() const { return !sha256.isEmpty(); }
    };

    static constexpr qint64 ChunkBytes = 1 << 20;

    // `cancel`, when given and set, stops between chunks with an error.
    static Result hash(const QString &path, const std::atomic_bool *cancel = nullptr);
    // One result per path, in order, computed off the calling thread (QtConcurrent).
    static QFuture<QList<Result>> hashAll(const QStringList &paths);
    // The sha256 strings of `results`, for HistoryEntry::attachmentSha256.
    static QStringList digests(const QList<Result> &results);
};
