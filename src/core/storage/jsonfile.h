#pragma once

#include <QJsonObject>
#include <QString>

namespace JsonFile {
// Writes `root` to `path` through QSaveFile, creating folders: after a crash or SIGKILL the file is either
// the old one or the new one, never half of each. On failure returns false and sets `errorString`.
bool writeAtomically(const QString &path, const QJsonObject &root, QString *errorString);
} // namespace JsonFile
