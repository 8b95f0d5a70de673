#pragma once

#include <QString>

class QFile;

// What identifies a file's contents for an upload that must not send a changed copy: its size, its
// modification time to the nanosecond, and which file it is (device and inode). Platform seam: the only
// place the core asks the operating system about a file beyond QFileInfo.
struct FileIdentity
{
    qint64 size = -1;
    qint64 modifiedNs = 0;
    quint64 device = 0;
    quint64 inode = 0;
    QString error; // translated reason it could not be read; empty when valid

    bool isValid() const { return error.isEmpty(); }
    // The same contents as far as the file system can tell (size, time, identity).
    bool sameAs(const FileIdentity &other) const
    {
        return size == other.size && modifiedNs == other.modifiedNs && device == other.device
            && inode == other.inode;
    }

    // Of the open file (its handle): what is being read now.
    static FileIdentity ofOpenFile(const QFile &file);
    // Of whatever is at `encodedPath` now (QFile::encodeName): the file the name points to.
    static FileIdentity ofPath(const QByteArray &encodedPath);
};
