#pragma once

#include "core/batch/batchimport.h"

#include <QFuture>
#include <QObject>
#include <functional>
#include <optional>

// Reads and checks a table in a pool thread, so a file of tens of megabytes leaves the window answering.
// One reading at a time: a new one supersedes the previous, whose result is dropped when it arrives, as is
// that of a cancelled one (reading and checking cannot stop half-way; they finish in their thread).
class BatchImportReader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchImportReader)

public:
    explicit BatchImportReader(QObject *parent = nullptr);
    ~BatchImportReader() override;

    // `work` runs in a pool thread: it must not touch anything of the caller's but its own copies.
    void read(const QString &name, qint64 size, bool keepMapping, std::function<BatchImport()> work);
    void cancel();
    bool isReading() const { return m_current.has_value(); }
    QString name() const { return m_current ? m_current->name : QString(); }
    qint64 size() const { return m_current ? m_current->size : 0; }

Q_SIGNALS:
    // Reading started, ended or was cancelled.
    void readingChanged();
    // The import the user waits for; `keepMapping` as given to read().
    void finished(const BatchImport &import, bool keepMapping);

private:
    struct Reading
    {
        quint64 generation = 0;
        QString name;
        qint64 size = 0;
        bool keepMapping = false;
    };

    std::optional<Reading> m_current;
    quint64 m_generation = 0;
    QFuture<BatchImport> m_future;
};
