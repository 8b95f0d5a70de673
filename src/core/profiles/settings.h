#pragma once

#include "core/model/connectionsettings.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <memory>

class QSettings;

// Typed access to the persisted preferences, with one table of keys and defaults. Never holds the token.
class Settings
{
public:
    // Fixed keys; their paths and defaults live in one table in settings.cpp.
    enum class Key {
        LastServer,
        LastOperation,
        TimeoutSeconds,
        AttachmentPartName,
        AttachmentDelivery, // how several attachments travel: ConnectionSettings::deliveryId
        ClosedStatuses,
        AllowedExtensions,
        MaxAttachmentBytes,
        CaBundle,
        SuggestedStatuses, // offered until the operation and case type have remembered ones
        SuggestedPriorities, // likewise
        Responsibles, // most recent first, for completion
        WindowGeometry,
        WindowState,
        Language, // empty: follow the system locale
        BatchConcurrency, // requests a batch keeps in flight per token: 1 or 2
        CheckCaseBeforeSending, // read a loaded case again before updating it
    };

    static constexpr int MaxRemembered = 50;
    static constexpr int MaxResponsibles = 200;

    // The application's settings (organisation and application name from QCoreApplication).
    Settings();
    // An INI file at `path`: tests point this at a temporary file.
    explicit Settings(const QString &path);
    // Backed by `settings`, which the caller owns and keeps alive.
    explicit Settings(QSettings *settings);
    ~Settings();
    Q_DISABLE_COPY_MOVE(Settings)

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant &value);
    void reset(Key key);
    static QVariant defaultValue(Key key);
    static QString path(Key key);

    QString lastServer() const;
    void setLastServer(const QString &server);
    QString lastOperation() const;
    void setLastOperation(const QString &operation);

    // Timeout, part name, delivery, closed statuses, allowed extensions, size limit, CA bundle and the check
    // before sending; other fields keep defaults.
    ConnectionSettings connectionSettings() const;
    void setConnectionSettings(const ConnectionSettings &settings);

    // The case types the vendor documents for every operation.
    static QStringList standardCaseTypes();
    // Custom case types used successfully in `operation`, most recent first.
    QStringList customCaseTypes(const QString &operation) const;
    void rememberCaseType(const QString &operation, const QString &caseType);

    // Remembered values first (most recent first), then the suggestions not already listed.
    QStringList statuses(const QString &operation, const QString &caseType) const;
    void rememberStatus(const QString &operation, const QString &caseType, const QString &status);
    QStringList priorities(const QString &operation, const QString &caseType) const;
    void rememberPriority(const QString &operation, const QString &caseType, const QString &priority);

    QStringList responsibles() const;
    void rememberResponsible(const QString &responsible);

    // The user's language choice ("es", "pt_BR", "en"), or empty to follow the system.
    QString language() const;
    void setLanguage(const QString &language);

    // Requests in flight while a batch runs, 1 or the vendor's 2 (clamped).
    int batchConcurrency() const;
    void setBatchConcurrency(int concurrency);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    QByteArray splitterState(const QString &name) const;
    void setSplitterState(const QString &name, const QByteArray &state);
    QByteArray headerState(const QString &name) const;
    void setHeaderState(const QString &name, const QByteArray &state);
    // Geometry of a secondary window (e.g. "batch"), and the folder a file dialog of `purpose` last used.
    QByteArray secondaryWindowGeometry(const QString &name) const;
    void setSecondaryWindowGeometry(const QString &name, const QByteArray &geometry);
    QString lastDirectory(const QString &purpose) const;
    void setLastDirectory(const QString &purpose, const QString &directory);

    void sync();
    QString fileName() const;

private:
    QStringList rememberedList(const QString &path) const;
    void remember(const QString &path, const QString &value, int limit);
    static QString listPath(QStringView group, const QString &operation, const QString &caseType = {});

    std::unique_ptr<QSettings> m_owned;
    QSettings *m_settings;
};
