#include "gui/batch/batchimportreader.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

BatchImportReader::BatchImportReader(QObject *parent)
    : QObject(parent)
{ }

BatchImportReader::~BatchImportReader() = default;

void BatchImportReader::read(const QString &name, qint64 size, bool keepMapping,
                             std::function<BatchImport()> work)
{
    // The generation tells a stale result from the one the user waits for.
    m_current = Reading{++m_generation, name, size, keepMapping};
    auto *watcher = new QFutureWatcher<BatchImport>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation = m_generation] {
        watcher->deleteLater();
        if (!m_current || m_current->generation != generation || watcher->isCanceled())
            return;
        const bool keepMapping = m_current->keepMapping;
        m_current.reset();
        m_future = {};
        const BatchImport import = watcher->result();
        Q_EMIT readingChanged();
        Q_EMIT finished(import, keepMapping);
    });
    m_future = QtConcurrent::run(std::move(work));
    watcher->setFuture(m_future);
    Q_EMIT readingChanged();
}

void BatchImportReader::cancel()
{
    if (!m_current)
        return;
    m_current.reset();
    m_future.cancel(); // stops it only if it has not started yet
    m_future = {};
    Q_EMIT readingChanged();
}
