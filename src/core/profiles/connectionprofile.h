#pragma once

#include "core/model/connectionsettings.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

// A named connection: where to send, how, and what the form starts with. Its token lives in the keychain
// under the profile's id, never here.
struct ConnectionProfile
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionProfile)

public:
    QString id; // stable and unique; assigned by ProfileStore
    QString name;
    // The profile Casedesk made on first start: shown under its translated name until the user renames it.
    bool builtIn = false;
    QString server;
    QString operation;
    QStringList closedStatuses = ConnectionSettings::defaultClosedStatuses();
    QString attachmentPartName = ConnectionSettings::attachmentPartNames().constFirst();
    ConnectionSettings::AttachmentDelivery attachmentDelivery
        = ConnectionSettings::AttachmentDelivery::Automatic;
    QString defaultCaseType;
    QString defaultStatus;
    QString defaultPriority;
    int timeoutSeconds = ConnectionSettings::DefaultTimeoutSeconds;
    QStringList allowedExtensions = ConnectionSettings::defaultAllowedExtensions();
    qint64 maxAttachmentBytes = ConnectionSettings::DefaultMaxAttachmentBytes;
    QString caBundlePath; // the file's path, never its content
    bool checkCaseBeforeSending = true; // read a loaded case again just before updating it

    static constexpr int MaxTimeoutSeconds = 3600;

    // "Default" in the current language: the built-in profile's name.
    static QString builtInName();
    // The name to show: the built-in profile's follows the language.
    QString displayName() const;

    // Closed statuses, part name, delivery, timeout, allowed extensions, size limit, CA bundle and the check
    // before sending; other fields keep defaults.
    ConnectionSettings connectionSettings() const;
    void setConnectionSettings(const ConnectionSettings &settings);

    // Without the id when `withId` is false (exports: ids are local to one installation; the built-in
    // profile then goes under its shown name, as an ordinary one). Never a token.
    QJsonObject toJson(bool withId = true) const;
    // Checks types and ranges; what is wrong goes to `problems` (translated) and keeps the default. A
    // profile without a usable name or with an invalid server is returned with an empty name: skip it.
    static ConnectionProfile fromJson(const QJsonObject &object, QStringList *problems);

    friend bool operator==(const ConnectionProfile &, const ConnectionProfile &) = default;
};

Q_DECLARE_METATYPE(ConnectionProfile)
