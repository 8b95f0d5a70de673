#include "filehasher.h"

#include "global.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

FileHasher::Result FileHasher::hash(const QString &path, const std::atomic_bool *cancel)
{
    Result result;
    result.path = path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return result;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray buffer(ChunkBytes, Qt::Uninitialized);
    qint64 total = 0;
    for (;;) {
        if (cancel && cancel->load()) {
            result.error = tr("Hashing %1 was cancelled.").arg(QDir::toNativeSeparators(path));
            return result;
        }
        const qint64 n = file.read(buffer.data(), buffer.size());
        if (n < 0) {
            result.error
                = tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString());
            return result;
        }
        if (n == 0)
            break;
        hash.addData(QByteArrayView(buffer.constData(), n));
        total += n;
    }
    result.size = total;
    result.sha256 = QString::fromLatin1(hash.result().toHex());
    return result;
}

namespace {
// Hashing runs beside an upload of the same files: a thread of its own at a lower priority (Linux: nice
// 10 for that thread only), so that on a busy two-core machine the window's event loop and the upload
// get the processor first and the digests arrive a little later.
QThreadPool &hashingPool()
{
    static QThreadPool pool;
    pool.setMaxThreadCount(1);
    return pool;
}

void lowerThisThreadsPriority()
{
#ifdef Q_OS_LINUX
    setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), 10);
#endif
}
} // namespace

QFuture<QList<FileHasher::Result>> FileHasher::hashAll(const QStringList &paths)
{
    return QtConcurrent::run(&hashingPool(), [paths] {
        lowerThisThreadsPriority();
        QList<Result> results;
        results.reserve(paths.size());
        for (const QString &path : paths)
            results.append(hash(path));
        return results;
    });
}

QStringList FileHasher::digests(const QList<Result> &results)
{
    QStringList out;
    out.reserve(results.size());
    for (const Result &result : results)
        out.append(result.sha256);
    return out;
}
