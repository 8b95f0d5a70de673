#include "core/net/cabundle.h"

#include "core/audience.h"
#include "core/global.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>

namespace {
struct CacheEntry
{
    qint64 size = -1;
    QDateTime modified;
    CaBundle::Loaded loaded;
};

QMutex cacheMutex;
QHash<QString, CacheEntry> &cache()
{
    static QHash<QString, CacheEntry> entries;
    return entries;
}

CaBundle::Loaded read(const QString &path, const QFileInfo &info)
{
    CaBundle::Loaded loaded;
    const QString shown = QDir::toNativeSeparators(path);
    if (!info.exists()) {
        loaded.error
            = (Casedesk::forCommandLine()
                   ? CaBundle::tr("The CA bundle “%1” does not exist. Check the path given to --ca-bundle.")
                   : CaBundle::tr("The CA bundle “%1” does not exist. Choose the file again in Settings."))
                  .arg(shown);
        return loaded;
    }
    if (!info.isFile()) {
        loaded.error = CaBundle::tr("The CA bundle “%1” is not a file.").arg(shown);
        return loaded;
    }
    if (info.size() > CaBundle::MaxBytes) {
        loaded.error = CaBundle::tr("The CA bundle “%1” is too large to be a certificate file.").arg(shown);
        return loaded;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        loaded.error = CaBundle::tr("The CA bundle “%1” cannot be read: %2.").arg(shown, file.errorString());
        return loaded;
    }
    const QByteArray pem = file.read(CaBundle::MaxBytes);
    QCryptographicHash digest(QCryptographicHash::Sha256);
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(pem, QSsl::Pem);
    for (const QSslCertificate &certificate : certificates) {
        if (certificate.isNull())
            continue;
        loaded.certificates.append(certificate);
        digest.addData(certificate.toDer());
    }
    if (loaded.certificates.isEmpty()) {
        loaded.error = CaBundle::tr("The CA bundle “%1” holds no certificate. Choose a PEM file, whose "
                                    "certificates start with “-----BEGIN CERTIFICATE-----”.")
                           .arg(shown);
        return loaded;
    }
    loaded.digest = digest.result();
    return loaded;
}
} // namespace

CaBundle::Loaded CaBundle::load(const QString &path)
{
    const QFileInfo info(path);
    const qint64 size = info.exists() ? info.size() : -1;
    const QDateTime modified = info.exists() ? info.lastModified() : QDateTime();
    const QString key = info.absoluteFilePath();
    {
        const QMutexLocker lock(&cacheMutex);
        const auto it = cache().constFind(key);
        if (it != cache().cend() && it->size == size && it->modified == modified && size >= 0)
            return it->loaded;
    }
    Loaded loaded = read(path, info);
    // Only a usable file is remembered: a missing or unreadable one may be fixed at any moment.
    if (loaded.ok()) {
        const QMutexLocker lock(&cacheMutex);
        cache().insert(key, {size, modified, loaded});
    }
    return loaded;
}

QSslConfiguration CaBundle::configuration(const QString &path, const QList<QSslCertificate> &checked)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    const QList<QSslCertificate> before = configuration.caCertificates();
    // Added by path, so Qt goes on finding the system's authorities on demand in OpenSSL's hashed
    // directories. Listing them instead (systemCaCertificates()) parsed every one of them on this thread
    // first: 84-130 ms on the first connection of every process with a bundle. Adding a list, like setting
    // one, switches the on-demand lookup off (Qt 6.4's qsslconfiguration.cpp); adding a file does not.
    // tst_systemtrust proves the system's authorities are still trusted, in a store of its own.
    if (configuration.addCaCertificates(path, QSsl::Pem)) {
        const QList<QSslCertificate> added = configuration.caCertificates().mid(before.size());
        if (added == checked)
            return configuration;
    }
    // The file changed since it was checked: the certificates as checked, beside the system's listed.
    configuration = QSslConfiguration::defaultConfiguration();
    QList<QSslCertificate> authorities = QSslConfiguration::systemCaCertificates();
    for (const QSslCertificate &certificate : before + checked) {
        if (!authorities.contains(certificate))
            authorities.append(certificate);
    }
    configuration.setCaCertificates(authorities);
    return configuration;
}
