#pragma once

#include "core/profiles/connectionprofile.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

class SecretStore;
class Settings;

// The named connection profiles and which one is current, in profiles.json under AppDataLocation (written
// atomically). Never holds a token: SecretStore keeps each profile's token under its id.
class ProfileStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileStore)

public:
    struct ImportResult
    {
        QStringList importedIds;
        QStringList problems; // translated, one sentence each
        bool ok() const { return problems.isEmpty(); }
    };

    static constexpr int FormatVersion = 1;
    static QString defaultFilePath();
    // The profile the window used before profiles existed: last server and operation, connection settings.
    static ConnectionProfile fromSettings(const Settings &settings);

    // `secrets` may be null (no token is then removed with a profile); it is not owned.
    explicit ProfileStore(SecretStore *secrets, QObject *parent = nullptr);
    ProfileStore(const QString &filePath, SecretStore *secrets, QObject *parent = nullptr);
    ~ProfileStore() override;

    // Reads the file; a missing file is an empty list. False with error() when it cannot be read or
    // parsed (it is then left untouched until the next change is saved).
    bool load();
    QString filePath() const { return m_filePath; }
    QString error() const { return m_error; }

    QList<ConnectionProfile> profiles() const { return m_profiles; }
    int count() const { return int(m_profiles.size()); }
    bool contains(const QString &id) const { return indexOf(id) >= 0; }
    // A default-constructed profile (empty id) when there is none.
    ConnectionProfile profile(const QString &id) const;

    QString currentId() const { return m_currentId; }
    ConnectionProfile current() const { return profile(m_currentId); }
    bool setCurrent(const QString &id);

    // Stores a copy under a new id, its name made unique ("Name (2)"); returns the id. A failed save is
    // reported through saveFailed() and error(); the profile stays for this session.
    QString add(const ConnectionProfile &profile);
    // Replaces the profile with the same id; false when there is none or the save failed.
    bool update(const ConnectionProfile &profile);
    // Renaming the built-in profile to the name it shows leaves it built-in.
    bool rename(const QString &id, const QString &name);
    // Removes the profile and its token from the keychain; the first remaining one becomes current.
    bool remove(const QString &id);
    // When there are no profiles, adds `seed` and makes it current; unnamed, it is the built-in profile,
    // stored as "Default" and shown in the current language until renamed.
    QString ensureOne(const ConnectionProfile &seed);

    // `name` if no other profile has it (case-insensitively), else "name (2)", "name (3)", ...
    QString uniqueName(const QString &name, const QString &exceptId = {}) const;

    // {"format": "casedesk-profiles", "version": 1, "profiles": [...]}, without ids and without tokens.
    QByteArray exportJson(const QStringList &ids = {}) const; // every profile when `ids` is empty
    bool exportToFile(const QString &fileName, const QStringList &ids = {});
    // Adds every valid profile of an export under new ids; reports what was skipped or corrected.
    ImportResult importJson(const QByteArray &json);
    ImportResult importFromFile(const QString &fileName);

Q_SIGNALS:
    void profilesChanged();
    void currentChanged(const QString &id);
    void saveFailed(const QString &message);

private:
    int indexOf(const QString &id) const;
    bool save();

    QString m_filePath;
    SecretStore *m_secrets;
    QList<ConnectionProfile> m_profiles;
    QString m_currentId;
    QString m_error;
};
