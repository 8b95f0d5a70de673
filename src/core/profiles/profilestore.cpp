#include "core/profiles/profilestore.h"

#include "core/global.h"
#include "core/profiles/secretstore.h"
#include "core/profiles/settings.h"
#include "core/storage/jsonfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>
#include <algorithm>

namespace {
constexpr QStringView FormatName = u"casedesk-profiles";
constexpr qint64 MaxFileBytes = 4 << 20; // far more than any real list of profiles
// What the built-in profile is stored as, whatever the language it was made in: scripts name it so.
const QString BuiltInStoredName = u"Default"_s;

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
} // namespace

QString ProfileStore::defaultFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/profiles.json"_s;
}

ConnectionProfile ProfileStore::fromSettings(const Settings &settings)
{
    ConnectionProfile profile;
    profile.server = settings.lastServer();
    profile.operation = settings.lastOperation();
    profile.setConnectionSettings(settings.connectionSettings());
    return profile;
}

ProfileStore::ProfileStore(SecretStore *secrets, QObject *parent)
    : ProfileStore(defaultFilePath(), secrets, parent)
{ }

ProfileStore::ProfileStore(const QString &filePath, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_filePath(filePath)
    , m_secrets(secrets)
{ }

ProfileStore::~ProfileStore() = default;

int ProfileStore::indexOf(const QString &id) const
{
    if (id.isEmpty())
        return -1;
    for (int i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles.at(i).id == id)
            return i;
    }
    return -1;
}

ConnectionProfile ProfileStore::profile(const QString &id) const
{
    const int index = indexOf(id);
    return index < 0 ? ConnectionProfile() : m_profiles.at(index);
}

bool ProfileStore::load()
{
    m_error.clear();
    QFile file(m_filePath);
    if (!file.exists()) {
        m_profiles.clear();
        m_currentId.clear();
        Q_EMIT profilesChanged();
        return true;
    }
    if (!file.open(QIODevice::ReadOnly) || file.size() > MaxFileBytes) {
        m_error = tr("The connection profiles in %1 cannot be read: %2")
                      .arg(QDir::toNativeSeparators(m_filePath), file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    const QJsonObject root = document.object();
    if (parseError.error != QJsonParseError::NoError || !document.isObject()
        || root.value(u"format"_s).toString() != FormatName) {
        m_error = tr("The connection profiles in %1 are damaged; they were not loaded.")
                      .arg(QDir::toNativeSeparators(m_filePath));
        return false;
    }
    QList<ConnectionProfile> profiles;
    const QJsonArray array = root.value(u"profiles"_s).toArray();
    for (const QJsonValue &value : array) {
        QStringList problems;
        const QJsonObject object = value.toObject();
        ConnectionProfile profile = ConnectionProfile::fromJson(object, &problems);
        if (profile.name.isEmpty())
            continue;
        // Files from before the flag: the profile made on first start is the one still called "Default".
        if (!object.contains(u"built_in"_s)
            && (profile.name == BuiltInStoredName || profile.name == ConnectionProfile::builtInName()))
            profile.builtIn = true;
        if (profile.builtIn
            && std::any_of(profiles.cbegin(), profiles.cend(),
                           [](const ConnectionProfile &p) { return p.builtIn; }))
            profile.builtIn = false; // only one
        if (profile.id.isEmpty()
            || std::any_of(profiles.cbegin(), profiles.cend(),
                           [&](const ConnectionProfile &p) { return p.id == profile.id; }))
            profile.id = newId();
        profiles.append(profile);
    }
    m_profiles = profiles;
    const QString current = root.value(u"current"_s).toString();
    m_currentId
        = indexOf(current) >= 0 ? current : (m_profiles.isEmpty() ? QString() : m_profiles.constFirst().id);
    Q_EMIT profilesChanged();
    Q_EMIT currentChanged(m_currentId);
    return true;
}

bool ProfileStore::save()
{
    QJsonArray array;
    for (const ConnectionProfile &profile : std::as_const(m_profiles))
        array.append(profile.toJson(true));
    const QJsonObject root{
        {u"format"_s, FormatName.toString()},
        {u"version"_s, FormatVersion},
        {u"current"_s, m_currentId},
        {u"profiles"_s, array},
    };
    QString problem;
    if (JsonFile::writeAtomically(m_filePath, root, &problem)) {
        m_error.clear();
        return true;
    }
    m_error = tr("The connection profiles could not be saved to %1: %2")
                  .arg(QDir::toNativeSeparators(m_filePath), problem);
    Q_EMIT saveFailed(m_error);
    return false;
}

bool ProfileStore::setCurrent(const QString &id)
{
    if (indexOf(id) < 0)
        return false;
    if (id == m_currentId)
        return true;
    m_currentId = id;
    Q_EMIT currentChanged(id);
    return save();
}

QString ProfileStore::uniqueName(const QString &name, const QString &exceptId) const
{
    const QString base = name.trimmed().isEmpty() ? ConnectionProfile::builtInName() : name.trimmed();
    // The built-in profile is taken under its stored name and the one it shows.
    const auto taken = [&](const QString &candidate) {
        return std::any_of(m_profiles.cbegin(), m_profiles.cend(), [&](const ConnectionProfile &p) {
            return p.id != exceptId
                && (p.name.compare(candidate, Qt::CaseInsensitive) == 0
                    || p.displayName().compare(candidate, Qt::CaseInsensitive) == 0);
        });
    };
    QString candidate = base;
    for (int n = 2; taken(candidate); ++n)
        candidate = tr("%1 (%2)").arg(base).arg(n);
    return candidate;
}

QString ProfileStore::add(const ConnectionProfile &profile)
{
    ConnectionProfile stored = profile;
    stored.id = newId();
    stored.name = uniqueName(profile.name);
    // A copy of the built-in profile (a new profile starts from the current one) is an ordinary one.
    stored.builtIn = profile.builtIn
        && std::none_of(m_profiles.cbegin(), m_profiles.cend(),
                        [](const ConnectionProfile &p) { return p.builtIn; });
    m_profiles.append(stored);
    const bool becameCurrent = m_currentId.isEmpty();
    if (becameCurrent)
        m_currentId = stored.id;
    save();
    Q_EMIT profilesChanged();
    if (becameCurrent)
        Q_EMIT currentChanged(m_currentId);
    return stored.id;
}

bool ProfileStore::update(const ConnectionProfile &profile)
{
    const int index = indexOf(profile.id);
    if (index < 0)
        return false;
    ConnectionProfile stored = profile;
    stored.name = uniqueName(profile.name, profile.id);
    // Given another name, the built-in profile is the user's: the name no longer follows the language.
    stored.builtIn = m_profiles.at(index).builtIn && stored.name == m_profiles.at(index).name;
    m_profiles[index] = stored;
    const bool saved = save();
    Q_EMIT profilesChanged();
    return saved;
}

bool ProfileStore::rename(const QString &id, const QString &name)
{
    const int index = indexOf(id);
    if (index < 0)
        return false;
    ConnectionProfile profile = m_profiles.at(index);
    if (profile.builtIn && name.trimmed() == profile.displayName())
        return true; // the name it shows, confirmed: not renamed
    profile.name = name;
    return update(profile);
}

bool ProfileStore::remove(const QString &id)
{
    const int index = indexOf(id);
    if (index < 0)
        return false;
    m_profiles.removeAt(index);
    if (m_secrets)
        m_secrets->removeToken(id);
    const bool currentChangedNow = id == m_currentId;
    if (currentChangedNow)
        m_currentId = m_profiles.isEmpty() ? QString() : m_profiles.constFirst().id;
    const bool saved = save();
    Q_EMIT profilesChanged();
    if (currentChangedNow)
        Q_EMIT currentChanged(m_currentId);
    return saved;
}

QString ProfileStore::ensureOne(const ConnectionProfile &seed)
{
    if (!m_profiles.isEmpty())
        return m_currentId;
    ConnectionProfile profile = seed;
    if (profile.name.trimmed().isEmpty()) {
        profile.name = BuiltInStoredName;
        profile.builtIn = true;
    }
    return add(profile);
}

QByteArray ProfileStore::exportJson(const QStringList &ids) const
{
    QJsonArray array;
    for (const ConnectionProfile &profile : m_profiles) {
        if (ids.isEmpty() || ids.contains(profile.id))
            array.append(profile.toJson(false));
    }
    const QJsonObject root{
        {u"format"_s, FormatName.toString()},
        {u"version"_s, FormatVersion},
        {u"profiles"_s, array},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool ProfileStore::exportToFile(const QString &fileName, const QStringList &ids)
{
    QSaveFile file(fileName);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(exportJson(ids));
        if (file.commit()) {
            m_error.clear();
            return true;
        }
    }
    m_error = tr("The profiles could not be exported to %1: %2")
                  .arg(QDir::toNativeSeparators(fileName), file.errorString());
    return false;
}

ProfileStore::ImportResult ProfileStore::importJson(const QByteArray &json)
{
    ImportResult result;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.problems.append(tr("This is not a profiles file: %1 (at byte %2).")
                                   .arg(parseError.errorString())
                                   .arg(parseError.offset));
        return result;
    }
    QJsonArray array;
    if (document.isArray()) {
        array = document.array();
    } else {
        const QJsonObject root = document.object();
        const QJsonValue format = root.value(u"format"_s);
        if (!format.isUndefined() && format.toString() != FormatName) {
            result.problems.append(tr("This is not a Casedesk profiles file."));
            return result;
        }
        if (root.value(u"version"_s).toInt(FormatVersion) > FormatVersion) {
            result.problems.append(tr("These profiles were exported by a newer version of Casedesk."));
            return result;
        }
        if (root.contains(u"profiles"_s)) {
            if (!root.value(u"profiles"_s).isArray()) {
                result.problems.append(tr("“profiles” must be a list."));
                return result;
            }
            array = root.value(u"profiles"_s).toArray();
        } else if (root.contains(u"name"_s)) {
            array.append(root); // a single profile
        }
    }
    if (array.isEmpty()) {
        result.problems.append(tr("The file holds no profiles."));
        return result;
    }
    for (const QJsonValue &value : std::as_const(array)) {
        if (!value.isObject()) {
            result.problems.append(tr("An entry that is not a profile was skipped."));
            continue;
        }
        ConnectionProfile profile = ConnectionProfile::fromJson(value.toObject(), &result.problems);
        if (profile.name.isEmpty())
            continue;
        profile.builtIn = false; // an imported profile is named by whoever exported it
        const QString wanted = profile.name;
        profile.name = uniqueName(wanted);
        if (profile.name != wanted)
            result.problems.append(tr("A profile named “%1” exists already; the imported one is called “%2”.")
                                       .arg(wanted, profile.name));
        // add() assigns a fresh id: an imported id must never point at another profile's token.
        result.importedIds.append(add(profile));
    }
    return result;
}

ProfileStore::ImportResult ProfileStore::importFromFile(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly) || file.size() > MaxFileBytes) {
        ImportResult result;
        result.problems.append(
            tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(fileName), file.errorString()));
        return result;
    }
    return importJson(file.readAll());
}
