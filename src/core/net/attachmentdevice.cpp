#include "core/net/attachmentdevice.h"

#include "core/global.h"

#include <QDir>
#include <QLocale>
#include <cerrno>
#include <cstring>
#include <sys/stat.h>

namespace {
qint64 modifiedNs(const struct stat &st)
{
    return qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
}
} // namespace

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
    struct stat st;
    if (::fstat(m_file.handle(), &st) != 0) {
        setErrorString(QString::fromLocal8Bit(std::strerror(errno)));
        m_file.close();
        return false;
    }
    m_size = st.st_size;
    m_modifiedNs = modifiedNs(st);
    m_device = st.st_dev;
    m_inode = st.st_ino;
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
    struct stat now;
    if (::fstat(m_file.handle(), &now) != 0) {
        const int error = errno;
        fail(tr("the attachment “%1” could not be read while it was being sent (%2), so the upload was "
                "stopped.")
                 .arg(name(), QString::fromLocal8Bit(std::strerror(error))));
        return false;
    }
    if (now.st_size != m_size) {
        fail(tr("the attachment “%1” changed size while it was being sent (from %2 to %3), so the upload was "
                "stopped before the CRM received an incomplete copy. Wait until the file is complete, then "
                "send again.")
                 .arg(name(), QLocale().formattedDataSize(m_size), QLocale().formattedDataSize(now.st_size)));
        return false;
    }
    if (modifiedNs(now) != m_modifiedNs) {
        fail(tr("the attachment “%1” was modified while it was being sent, so the upload was stopped before "
                "the CRM received a mixed copy. Send again once nobody is changing the file.")
                 .arg(name()));
        return false;
    }
    struct stat named;
    if (::stat(m_encodedPath.constData(), &named) != 0) {
        fail(tr("the attachment “%1” was removed while it was being sent, so the upload was stopped. Attach "
                "the file again.")
                 .arg(name()));
        return false;
    }
    if (quint64(named.st_dev) != m_device || quint64(named.st_ino) != m_inode) {
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
    const qint64 left = m_size - pos();
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
