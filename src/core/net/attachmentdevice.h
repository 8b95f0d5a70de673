#pragma once

#include "core/platform/fileidentity.h"

#include <QFile>
#include <QIODevice>
#include <QString>

// An attachment as the upload reads it. Its size, modification time and identity are fixed when it is
// opened; if the file changes, shrinks, grows, is replaced or removed before its last byte is read, the read
// fails and problem() says what happened, so a changed file never reaches the CRM as if it were whole.
class AttachmentDevice final : public QIODevice
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttachmentDevice)

public:
    explicit AttachmentDevice(const QString &path, QObject *parent = nullptr);
    ~AttachmentDevice() override;

    // Read-only; false with errorString() when the file cannot be opened.
    bool openFile();
    QString path() const { return m_path; }
    // Translated, a clause that completes "Nothing was sent: …"; empty while the file is as it was.
    QString problem() const { return m_problem; }

    bool isSequential() const override { return false; }
    qint64 size() const override { return m_opened.size; }
    bool seek(qint64 pos) override;

Q_SIGNALS:
    // Emitted once, from the read that found the change.
    void problemFound(const QString &problem);

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    bool stillTheSame();
    qint64 fail(const QString &problem);

    QString m_path;
    QByteArray m_encodedPath; // for stat() on every chunk
    QFile m_file;
    FileIdentity m_opened{0}; // as it was when opened (size 0 until then)
    QString m_problem;
};
