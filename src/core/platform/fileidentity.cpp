#include "core/platform/fileidentity.h"

#include <QFile>
#include <QFileInfo>

#if defined(Q_OS_UNIX)
#include <cerrno>
#include <cstring>
#include <sys/stat.h>

namespace {
FileIdentity fromStat(const struct stat &st)
{
    FileIdentity identity;
    identity.size = st.st_size;
#if defined(Q_OS_DARWIN)
    identity.modifiedNs = qint64(st.st_mtimespec.tv_sec) * 1000000000 + st.st_mtimespec.tv_nsec;
#else
    identity.modifiedNs = qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
#endif
    identity.device = quint64(st.st_dev);
    identity.inode = quint64(st.st_ino);
    return identity;
}

FileIdentity failed()
{
    FileIdentity identity;
    identity.error = QString::fromLocal8Bit(std::strerror(errno));
    return identity;
}
} // namespace

FileIdentity FileIdentity::ofOpenFile(const QFile &file)
{
    struct stat st;
    if (::fstat(file.handle(), &st) != 0)
        return failed();
    return fromStat(st);
}

FileIdentity FileIdentity::ofPath(const QByteArray &encodedPath)
{
    struct stat st;
    if (::stat(encodedPath.constData(), &st) != 0)
        return failed();
    return fromStat(st);
}
#else
// Portable: size and modification time from QFileInfo (milliseconds); the file's identity is its canonical
// path, hashed, which tells a replaced file apart only when it came from elsewhere under the same name.
namespace {
FileIdentity fromInfo(const QFileInfo &info)
{
    FileIdentity identity;
    if (!info.exists()) {
        identity.error = QFile::tr("The file does not exist.");
        return identity;
    }
    identity.size = info.size();
    identity.modifiedNs = info.lastModified().toMSecsSinceEpoch() * 1000000;
    identity.inode = qHash(info.canonicalFilePath());
    return identity;
}
} // namespace

FileIdentity FileIdentity::ofOpenFile(const QFile &file)
{
    return fromInfo(QFileInfo(file.fileName()));
}

FileIdentity FileIdentity::ofPath(const QByteArray &encodedPath)
{
    return fromInfo(QFileInfo(QFile::decodeName(encodedPath)));
}
#endif
