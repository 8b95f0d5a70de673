#include "core/profiles/settings.h"

#include "core/global.h"

#include <QHash>
#include <QSettings>
#include <QUrl>
#include <algorithm>

namespace {
struct Directive
{
    QString path;
    QVariant defaultValue;
};

// The single table of fixed keys and their defaults.
const QHash<Settings::Key, Directive> &directives()
{
    using Key = Settings::Key;
    static const QHash<Key, Directive> table{
        {Key::LastServer, {u"connection/lastServer"_s, QString()}},
        {Key::LastOperation, {u"connection/lastOperation"_s, QString()}},
        {Key::TimeoutSeconds, {u"connection/timeoutSeconds"_s, ConnectionSettings::DefaultTimeoutSeconds}},
        {Key::AttachmentPartName,
         {u"connection/attachmentPartName"_s, ConnectionSettings::attachmentPartNames().constFirst()}},
        {Key::AttachmentDelivery,
         {u"connection/attachmentDelivery"_s,
          ConnectionSettings::deliveryId(ConnectionSettings::AttachmentDelivery::Automatic)}},
        {Key::ClosedStatuses, {u"connection/closedStatuses"_s, ConnectionSettings::defaultClosedStatuses()}},
        {Key::AllowedExtensions,
         {u"connection/allowedExtensions"_s, ConnectionSettings::defaultAllowedExtensions()}},
        {Key::MaxAttachmentBytes,
         {u"connection/maxAttachmentBytes"_s, ConnectionSettings::DefaultMaxAttachmentBytes}},
        {Key::CaBundle, {u"connection/caBundle"_s, QString()}},
        {Key::SuggestedStatuses, {u"suggestions/statuses"_s, QStringList{u"open"_s, u"closed"_s}}},
        {Key::SuggestedPriorities,
         {u"suggestions/priorities"_s, QStringList{u"low"_s, u"medium"_s, u"high"_s}}},
        {Key::Responsibles, {u"remembered/responsibles"_s, QStringList()}},
        {Key::WindowGeometry, {u"window/geometry"_s, QByteArray()}},
        {Key::WindowState, {u"window/state"_s, QByteArray()}},
        {Key::Language, {u"general/language"_s, QString()}},
        {Key::BatchConcurrency, {u"batch/concurrency"_s, Casedesk::MaxRequestsInFlightPerToken}},
        {Key::CheckCaseBeforeSending, {u"connection/checkCaseBeforeSending"_s, true}},
    };
    return table;
}

// Operation and case-type names may hold '/', spaces or anything else; keep each one a single key segment.
QString keySegment(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text.trimmed()));
}

QStringList withoutDuplicates(const QStringList &items)
{
    QStringList out;
    for (const QString &item : items) {
        const QString trimmed = item.trimmed();
        if (!trimmed.isEmpty() && !out.contains(trimmed, Qt::CaseInsensitive))
            out.append(trimmed);
    }
    return out;
}
} // namespace

Settings::Settings()
    : m_owned(std::make_unique<QSettings>())
    , m_settings(m_owned.get())
{ }

Settings::Settings(const QString &path)
    : m_owned(std::make_unique<QSettings>(path, QSettings::IniFormat))
    , m_settings(m_owned.get())
{ }

Settings::Settings(QSettings *settings)
    : m_settings(settings)
{
    Q_ASSERT(settings);
}

Settings::~Settings() = default;

QString Settings::path(Key key)
{
    return directives().value(key).path;
}

QVariant Settings::defaultValue(Key key)
{
    return directives().value(key).defaultValue;
}

QVariant Settings::value(Key key) const
{
    const Directive directive = directives().value(key);
    return m_settings->value(directive.path, directive.defaultValue);
}

void Settings::setValue(Key key, const QVariant &value)
{
    m_settings->setValue(path(key), value);
}

void Settings::reset(Key key)
{
    m_settings->remove(path(key));
}

QString Settings::lastServer() const
{
    return value(Key::LastServer).toString();
}

void Settings::setLastServer(const QString &server)
{
    setValue(Key::LastServer, server.trimmed());
}

QString Settings::lastOperation() const
{
    return value(Key::LastOperation).toString();
}

void Settings::setLastOperation(const QString &operation)
{
    setValue(Key::LastOperation, operation.trimmed());
}

ConnectionSettings Settings::connectionSettings() const
{
    ConnectionSettings settings;
    bool ok = false;
    const int timeout = value(Key::TimeoutSeconds).toInt(&ok);
    if (ok && timeout > 0)
        settings.timeoutSeconds = std::min(timeout, 24 * 3600);
    const QString partName = value(Key::AttachmentPartName).toString().trimmed();
    if (!partName.isEmpty())
        settings.attachmentPartName = partName;
    if (const auto delivery = ConnectionSettings::deliveryFromId(value(Key::AttachmentDelivery).toString()))
        settings.attachmentDelivery = *delivery;
    settings.closedStatuses = withoutDuplicates(value(Key::ClosedStatuses).toStringList());
    settings.allowedExtensions = withoutDuplicates(value(Key::AllowedExtensions).toStringList());
    const qint64 maxBytes = value(Key::MaxAttachmentBytes).toLongLong(&ok);
    if (ok && maxBytes > 0)
        settings.maxAttachmentBytes = maxBytes;
    settings.caBundlePath = value(Key::CaBundle).toString().trimmed();
    settings.checkCaseBeforeSending = value(Key::CheckCaseBeforeSending).toBool();
    return settings;
}

void Settings::setConnectionSettings(const ConnectionSettings &settings)
{
    setValue(Key::TimeoutSeconds, settings.timeoutSeconds);
    setValue(Key::AttachmentPartName, settings.attachmentPartName);
    setValue(Key::AttachmentDelivery, ConnectionSettings::deliveryId(settings.attachmentDelivery));
    setValue(Key::ClosedStatuses, withoutDuplicates(settings.closedStatuses));
    setValue(Key::AllowedExtensions, withoutDuplicates(settings.allowedExtensions));
    setValue(Key::MaxAttachmentBytes, settings.maxAttachmentBytes);
    setValue(Key::CaBundle, settings.caBundlePath.trimmed());
    setValue(Key::CheckCaseBeforeSending, settings.checkCaseBeforeSending);
}

int Settings::batchConcurrency() const
{
    bool ok = false;
    const int concurrency = value(Key::BatchConcurrency).toInt(&ok);
    if (!ok)
        return Casedesk::MaxRequestsInFlightPerToken;
    return std::clamp(concurrency, 1, Casedesk::MaxRequestsInFlightPerToken);
}

void Settings::setBatchConcurrency(int concurrency)
{
    setValue(Key::BatchConcurrency, std::clamp(concurrency, 1, Casedesk::MaxRequestsInFlightPerToken));
}

QStringList Settings::standardCaseTypes()
{
    return {u"Request"_s, u"Complaints"_s, u"Claims"_s, u"Suggestions"_s};
}

QString Settings::listPath(QStringView group, const QString &operation, const QString &caseType)
{
    QString path = u"remembered/"_s + group + u'/' + keySegment(operation);
    if (!caseType.isNull())
        path += u'/' + keySegment(caseType);
    return path;
}

QStringList Settings::rememberedList(const QString &path) const
{
    return withoutDuplicates(m_settings->value(path).toStringList());
}

void Settings::remember(const QString &path, const QString &value, int limit)
{
    const QString item = value.trimmed();
    if (item.isEmpty())
        return;
    QStringList items = rememberedList(path);
    items.removeIf(
        [&item](const QString &existing) { return existing.compare(item, Qt::CaseInsensitive) == 0; });
    items.prepend(item);
    while (items.size() > limit)
        items.removeLast();
    m_settings->setValue(path, items);
}

QStringList Settings::customCaseTypes(const QString &operation) const
{
    if (operation.trimmed().isEmpty())
        return {};
    return rememberedList(listPath(u"caseTypes", operation));
}

void Settings::rememberCaseType(const QString &operation, const QString &caseType)
{
    if (operation.trimmed().isEmpty()
        || standardCaseTypes().contains(caseType.trimmed(), Qt::CaseInsensitive))
        return;
    remember(listPath(u"caseTypes", operation), caseType, MaxRemembered);
}

QStringList Settings::statuses(const QString &operation, const QString &caseType) const
{
    QStringList items;
    if (!operation.trimmed().isEmpty() && !caseType.trimmed().isEmpty())
        items = rememberedList(listPath(u"statuses", operation, caseType));
    return withoutDuplicates(items + value(Key::SuggestedStatuses).toStringList());
}

void Settings::rememberStatus(const QString &operation, const QString &caseType, const QString &status)
{
    if (operation.trimmed().isEmpty() || caseType.trimmed().isEmpty())
        return;
    remember(listPath(u"statuses", operation, caseType), status, MaxRemembered);
}

QStringList Settings::priorities(const QString &operation, const QString &caseType) const
{
    QStringList items;
    if (!operation.trimmed().isEmpty() && !caseType.trimmed().isEmpty())
        items = rememberedList(listPath(u"priorities", operation, caseType));
    return withoutDuplicates(items + value(Key::SuggestedPriorities).toStringList());
}

void Settings::rememberPriority(const QString &operation, const QString &caseType, const QString &priority)
{
    if (operation.trimmed().isEmpty() || caseType.trimmed().isEmpty())
        return;
    remember(listPath(u"priorities", operation, caseType), priority, MaxRemembered);
}

QStringList Settings::responsibles() const
{
    return withoutDuplicates(value(Key::Responsibles).toStringList());
}

void Settings::rememberResponsible(const QString &responsible)
{
    remember(path(Key::Responsibles), responsible, MaxResponsibles);
}

QByteArray Settings::windowGeometry() const
{
    return value(Key::WindowGeometry).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    setValue(Key::WindowGeometry, geometry);
}

QString Settings::language() const
{
    return value(Key::Language).toString();
}

void Settings::setLanguage(const QString &language)
{
    setValue(Key::Language, language);
}

QByteArray Settings::windowState() const
{
    return value(Key::WindowState).toByteArray();
}

void Settings::setWindowState(const QByteArray &state)
{
    setValue(Key::WindowState, state);
}

QByteArray Settings::splitterState(const QString &name) const
{
    return m_settings->value(u"window/splitters/"_s + keySegment(name)).toByteArray();
}

void Settings::setSplitterState(const QString &name, const QByteArray &state)
{
    m_settings->setValue(u"window/splitters/"_s + keySegment(name), state);
}

QByteArray Settings::headerState(const QString &name) const
{
    return m_settings->value(u"window/headers/"_s + keySegment(name)).toByteArray();
}

void Settings::setHeaderState(const QString &name, const QByteArray &state)
{
    m_settings->setValue(u"window/headers/"_s + keySegment(name), state);
}

QByteArray Settings::secondaryWindowGeometry(const QString &name) const
{
    return m_settings->value(u"window/geometries/"_s + keySegment(name)).toByteArray();
}

void Settings::setSecondaryWindowGeometry(const QString &name, const QByteArray &geometry)
{
    m_settings->setValue(u"window/geometries/"_s + keySegment(name), geometry);
}

QString Settings::lastDirectory(const QString &purpose) const
{
    return m_settings->value(u"paths/"_s + keySegment(purpose)).toString();
}

void Settings::setLastDirectory(const QString &purpose, const QString &directory)
{
    m_settings->setValue(u"paths/"_s + keySegment(purpose), directory);
}

void Settings::sync()
{
    m_settings->sync();
}

QString Settings::fileName() const
{
    return m_settings->fileName();
}
