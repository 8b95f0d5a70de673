#include "core/profiles/draftstore.h"

#include "core/global.h"
#include "core/storage/jsonfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSaveFile>
#include <QStandardPaths>

namespace {
constexpr QStringView DraftFormatName = u"casedesk-draft";
constexpr qint64 MaxDraftBytes = 16 << 20;
} // namespace

bool Draft::isEmpty() const
{
    const CaseUpdate &u = update;
    return u.wolkvoxId.isEmpty() && u.caseType.isEmpty() && u.responsible.isEmpty() && u.status.isEmpty()
        && u.priority.isEmpty() && u.solution.isEmpty() && u.customFields.isEmpty()
        && u.attachments.isEmpty();
}

QString DraftStore::defaultFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/draft.json"_s;
}

DraftStore::DraftStore(const QString &filePath)
    : m_filePath(filePath)
{ }

bool DraftStore::save(const Draft &draft)
{
    const QJsonObject root{
        {u"format"_s, DraftFormatName.toString()},
        {u"version"_s, FormatVersion},
        {u"saved_at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {u"profile_id"_s, draft.profileId},
        {u"form"_s, draft.update.toJson()},
    };
    QString problem;
    if (JsonFile::writeAtomically(m_filePath, root, &problem)) {
        m_error.clear();
        return true;
    }
    m_error = tr("The draft could not be saved to %1: %2").arg(QDir::toNativeSeparators(m_filePath), problem);
    return false;
}

std::optional<Draft> DraftStore::load() const
{
    m_error.clear();
    QFile file(m_filePath);
    if (!file.exists())
        return std::nullopt;
    if (!file.open(QIODevice::ReadOnly) || file.size() > MaxDraftBytes) {
        m_error = tr("The draft in %1 cannot be read: %2")
                      .arg(QDir::toNativeSeparators(m_filePath), file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    const QJsonObject root = document.object();
    if (parseError.error != QJsonParseError::NoError || root.value(u"format"_s).toString() != DraftFormatName
        || !root.value(u"form"_s).isObject()) {
        m_error = tr("The draft in %1 is damaged and cannot be restored.")
                      .arg(QDir::toNativeSeparators(m_filePath));
        return std::nullopt;
    }
    if (root.value(u"version"_s).toInt() > FormatVersion) {
        m_error = tr("The draft was saved by a newer version of Casedesk and cannot be restored.");
        return std::nullopt;
    }
    Draft draft;
    draft.update = CaseUpdate::fromJson(root.value(u"form"_s).toObject());
    draft.profileId = root.value(u"profile_id"_s).toString();
    draft.savedAt = QDateTime::fromString(root.value(u"saved_at"_s).toString(), Qt::ISODateWithMs);
    return draft;
}

bool DraftStore::hasDraft() const
{
    return load().has_value();
}

bool DraftStore::clear()
{
    QFile file(m_filePath);
    if (!file.exists() || file.remove()) {
        m_error.clear();
        return true;
    }
    m_error = tr("The draft %1 could not be removed: %2")
                  .arg(QDir::toNativeSeparators(m_filePath), file.errorString());
    return false;
}
