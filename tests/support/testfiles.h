#pragma once

#include <QByteArray>
#include <QString>

namespace TestFiles {
// Writes `content` to `path`, creating folders; returns the path.
QString write(const QString &path, const QByteArray &content);
// A sparse file of `size` bytes: large attachments without using disk or test time.
QString sparse(const QString &path, qint64 size);
// Hex SHA-256 of a file, streamed.
QByteArray sha256(const QString &path);
// Peak resident set size of this process (VmHWM), in bytes.
qint64 peakRss();
qint64 currentRss();
} // namespace TestFiles
