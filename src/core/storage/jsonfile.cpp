#include "core/storage/jsonfile.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace JsonFile {
bool writeAtomically(const QString &path, const QJsonObject &root, QString *errorString)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
        if (file.commit())
            return true;
    }
    *errorString = file.errorString();
    return false;
}
} // namespace JsonFile
