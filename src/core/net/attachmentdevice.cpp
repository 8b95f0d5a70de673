#include "core/net/attachmentdevice.h"

#include "core/global.h"
#include "core/platform/fileidentity.h"

#include <QDir>
#include <QLocale>

AttachmentDevice::AttachmentDevice(const QString &path, QObject *parent)
    : QIODevice(parent)
    , m_path(path)
    , m_encodedPath(QFile::encodeName(path))
    , m_file(path)
{ }

AttachmentDevice::~AttachmentDevice() = default;

bool AttachmentDevice::openFile()
{
    // Unbuffered: QHttpMultiPart reads in chunks already, and every chunk is checked against the file.
    if (!m_file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        setErrorString(m_file.errorString());
        return false;
    }
    m_opened = FileIdentity::ofOpenFile(m_file);
    if (!m_opened.isValid()) {
        setErrorString(m_opened.error);
        m_file.close();
        return false;
    }
    return QIODevice::open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

bool AttachmentDevice::seek(qint64 pos)
{
    // Qt seeks back to 0 when it re-sends a request on a fresh connection.
    return QIODevice::seek(pos) && m_file.seek(pos);
}

qint64 AttachmentDevice::writeData(const char *, qint64)
{
    return -1;
}

qint64 AttachmentDevice::fail(const QString &problem)
{
    if (m_problem.isEmpty()) {
        m_problem = problem;
        setErrorString(problem);
        Q_EMIT problemFound(problem);
    }
    return -1;
}

bool AttachmentDevice::stillTheSame()
{
    // Runs for every chunk of the upload: the texts below are built only when something is wrong.
    const auto name = [this] { return QDir::toNativeSeparators(m_path); };
    const FileIdentity now = FileIdentity::ofOpenFile(m_file);
    if (!now.isValid()) {
        fail(tr("the attachment “%1” could not be read while it was being sent (%2), so the upload was "
                "stopped.")
                 .arg(name(), now.error));
        return false;
    }
    if (now.size != m_opened.size) {
        fail(tr("the attachment “%1” changed size while it was being sent (from %2 to %3), so the upload was "
                "stopped before the CRM received an incomplete copy. Wait until the file is complete, then "
                "send again.")
                 .arg(name(), QLocale().formattedDataSize(m_opened.size),
                      QLocale().formattedDataSize(now.size)));
        return false;
    }
    if (now.modifiedNs != m_opened.modifiedNs) {
        fail(tr("the attachment “%1” was modified while it was being sent, so the upload was stopped before "
                "the CRM received a mixed copy. Send again once nobody is changing the file.")
                 .arg(name()));
        return false;
    }
    const FileIdentity named = FileIdentity::ofPath(m_encodedPath);
    if (!named.isValid()) {
        fail(tr("the attachment “%1” was removed while it was being sent, so the upload was stopped. Attach "
                "the file again.")
                 .arg(name()));
        return false;
    }
    if (named.device != m_opened.device || named.inode != m_opened.inode) {
        fail(tr("the attachment “%1” was replaced by another file while it was being sent, so the upload was "
                "stopped. Check the file, then send again.")
                 .arg(name()));
        return false;
    }
    return true;
}

qint64 AttachmentDevice::readData(char *data, qint64 maxSize)
{
    if (!m_problem.isEmpty())
        return -1;
    const qint64 left = m_opened.size - pos();
    if (left <= 0)
        return 0;
    const qint64 n = m_file.read(data, std::min(maxSize, left));
    if (n < 0) {
        return fail(
            tr("the attachment “%1” could not be read while it was being sent (%2), so the upload was "
               "stopped.")
                .arg(QDir::toNativeSeparators(m_path), m_file.errorString()));
    }
    // Checked after the read, so every chunk handed to the upload was read from the unchanged file.
    if (!stillTheSame())
        return -1;
    if (n == 0) {
        return fail(tr("the attachment “%1” ended early while it was being sent, so the upload was stopped.")
                        .arg(QDir::toNativeSeparators(m_path)));
    }
    return n;
}
