#include "core/profiles/connectionprofile.h"

#include "core/global.h"
#include "core/net/serveraddress.h"

#include <QJsonArray>

namespace {
QStringList stringList(const QJsonValue &value, bool *ok)
{
    *ok = value.isArray();
    QStringList out;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        if (!item.isString()) {
            *ok = false;
            continue;
        }
        const QString text = item.toString().trimmed();
        if (!text.isEmpty())
            out.append(text);
    }
    return out;
}
} // namespace

QString ConnectionProfile::builtInName()
{
    //: Name of the connection profile Casedesk creates on first start; shown until the user renames it
    return QCoreApplication::translate("ProfileStore", "Default");
}

QString ConnectionProfile::displayName() const
{
    return builtIn ? builtInName() : name;
}

ConnectionSettings ConnectionProfile::connectionSettings() const
{
    ConnectionSettings settings;
    settings.closedStatuses = closedStatuses;
    settings.attachmentPartName = attachmentPartName;
    settings.attachmentDelivery = attachmentDelivery;
    settings.timeoutSeconds = timeoutSeconds;
    settings.allowedExtensions = allowedExtensions;
    settings.maxAttachmentBytes = maxAttachmentBytes;
    settings.caBundlePath = caBundlePath;
    settings.checkCaseBeforeSending = checkCaseBeforeSending;
    return settings;
}

void ConnectionProfile::setConnectionSettings(const ConnectionSettings &settings)
{
    closedStatuses = settings.closedStatuses;
    attachmentPartName = settings.attachmentPartName;
    attachmentDelivery = settings.attachmentDelivery;
    timeoutSeconds = settings.timeoutSeconds;
    allowedExtensions = settings.allowedExtensions;
    maxAttachmentBytes = settings.maxAttachmentBytes;
    caBundlePath = settings.caBundlePath;
    checkCaseBeforeSending = settings.checkCaseBeforeSending;
}

QJsonObject ConnectionProfile::toJson(bool withId) const
{
    QJsonObject object{
        {u"name"_s, withId ? name : displayName()},
        {u"server"_s, server},
        {u"operation"_s, operation},
        {u"closed_statuses"_s, QJsonArray::fromStringList(closedStatuses)},
        {u"attachment_part_name"_s, attachmentPartName},
        {u"attachment_delivery"_s, ConnectionSettings::deliveryId(attachmentDelivery)},
        {u"default_case_type"_s, defaultCaseType},
        {u"default_status"_s, defaultStatus},
        {u"default_priority"_s, defaultPriority},
        {u"timeout_seconds"_s, timeoutSeconds},
        {u"allowed_extensions"_s, QJsonArray::fromStringList(allowedExtensions)},
        {u"max_attachment_bytes"_s, maxAttachmentBytes},
        {u"check_case_before_sending"_s, checkCaseBeforeSending},
    };
    if (!caBundlePath.isEmpty())
        object.insert(u"ca_bundle"_s, caBundlePath);
    if (withId) {
        object.insert(u"id"_s, id);
        if (builtIn)
            object.insert(u"built_in"_s, true);
    }
    return object;
}

ConnectionProfile ConnectionProfile::fromJson(const QJsonObject &object, QStringList *problems)
{
    ConnectionProfile profile;
    QStringList local;
    QStringList &out = problems ? *problems : local;

    const QJsonValue nameValue = object.value(u"name"_s);
    const QString name = nameValue.toString().trimmed();
    if (!nameValue.isString() || name.isEmpty()) {
        out.append(tr("A profile without a name was skipped."));
        return profile;
    }
    const auto text = [&](const QString &key, QString *field) {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull())
            return;
        if (!value.isString()) {
            out.append(tr("Profile “%1”: “%2” must be text; it was left empty.").arg(name, key));
            return;
        }
        *field = value.toString().trimmed();
    };
    const auto list = [&](const QString &key, QStringList *field) {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            return;
        bool ok = false;
        const QStringList items = stringList(value, &ok);
        if (!ok) {
            out.append(
                tr("Profile “%1”: “%2” must be a list of texts; the default was kept.").arg(name, key));
            return;
        }
        *field = items;
    };

    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key().contains(u"token"_s, Qt::CaseInsensitive)) {
            out.append(tr("Profile “%1”: the file holds a token; it was ignored. Tokens are kept only in the "
                          "system keychain: enter it in the connection bar.")
                           .arg(name));
        }
    }

    profile.id = object.value(u"id"_s).toString();
    profile.builtIn = object.value(u"built_in"_s).toBool(false);
    text(u"server"_s, &profile.server);
    if (!profile.server.isEmpty()) {
        const ServerAddress address = ServerAddress::parse(profile.server);
        if (!address.isValid()) {
            out.append(tr("Profile “%1” was skipped: its server “%2” is not usable (%3).")
                           .arg(name, profile.server, address.error()));
            return ConnectionProfile();
        }
        profile.server = address.displayString();
    }
    text(u"operation"_s, &profile.operation);
    list(u"closed_statuses"_s, &profile.closedStatuses);
    QString partName = profile.attachmentPartName;
    text(u"attachment_part_name"_s, &partName);
    if (!partName.isEmpty())
        profile.attachmentPartName = partName;
    QString delivery;
    text(u"attachment_delivery"_s, &delivery);
    if (const auto known = ConnectionSettings::deliveryFromId(delivery))
        profile.attachmentDelivery = *known;
    else if (!delivery.isEmpty())
        out.append(tr("Profile “%1”: “%2” is not a way of sending attachments Casedesk knows; the default "
                      "was kept.")
                       .arg(name, delivery));
    text(u"default_case_type"_s, &profile.defaultCaseType);
    text(u"default_status"_s, &profile.defaultStatus);
    text(u"default_priority"_s, &profile.defaultPriority);
    list(u"allowed_extensions"_s, &profile.allowedExtensions);
    // Only the path is kept; whether the file is usable is checked when sending, where it can be fixed.
    text(u"ca_bundle"_s, &profile.caBundlePath);
    const QJsonValue check = object.value(u"check_case_before_sending"_s);
    if (check.isBool())
        profile.checkCaseBeforeSending = check.toBool();
    else if (!check.isUndefined() && !check.isNull())
        out.append(tr("Profile “%1”: “%2” must be true or false; the default was kept.")
                       .arg(name, u"check_case_before_sending"_s));

    const QJsonValue timeout = object.value(u"timeout_seconds"_s);
    if (!timeout.isUndefined()) {
        const double seconds = timeout.toDouble(-1);
        if (!timeout.isDouble() || seconds < 1 || seconds > MaxTimeoutSeconds || seconds != int(seconds))
            out.append(
                tr("Profile “%1”: the timeout must be a whole number of seconds from 1 to %2; %3 s was "
                   "kept.")
                    .arg(name)
                    .arg(MaxTimeoutSeconds)
                    .arg(profile.timeoutSeconds));
        else
            profile.timeoutSeconds = int(seconds);
    }
    const QJsonValue maxBytes = object.value(u"max_attachment_bytes"_s);
    if (!maxBytes.isUndefined()) {
        const double bytes = maxBytes.toDouble(-1);
        if (!maxBytes.isDouble() || bytes < 1 || bytes > 1e15 || bytes != double(qint64(bytes)))
            out.append(tr("Profile “%1”: the attachment size limit must be a positive number of bytes; the "
                          "default was kept.")
                           .arg(name));
        else
            profile.maxAttachmentBytes = qint64(bytes);
    }
    profile.name = name;
    return profile;
}
