#include "core/history/filehasher.h"

#include "core/global.h"
#include "core/platform/threadpriority.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

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
// Hashing runs beside an upload of the same files. On two busy cores even a thread at nice 10 took the
// processor from the window's event loop for 40-60 ms at a time, so the hashing thread runs under
// SCHED_IDLE (Linux): it gets the processor when nothing else wants it, and the digests arrive a little
// later. When the application quits, hashing stops between chunks instead of holding up the exit.
std::atomic_bool &quitting()
{
    static std::atomic_bool flag{false};
    return flag;
}

QThreadPool &hashingPool()
{
    static QThreadPool pool;
    static const bool once = [] {
        pool.setMaxThreadCount(1);
        if (QCoreApplication *app = QCoreApplication::instance())
            QObject::connect(app, &QCoreApplication::aboutToQuit, app, [] { quitting() = true; });
        return true;
    }();
    Q_UNUSED(once)
    return pool;
}

} // namespace

QFuture<QList<FileHasher::Result>> FileHasher::hashAll(const QStringList &paths)
{
    return QtConcurrent::run(&hashingPool(), [paths] {
        ThreadPriority::yieldToEverythingElse();
        QList<Result> results;
        results.reserve(paths.size());
        for (const QString &path : paths)
            results.append(hash(path, &quitting()));
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
