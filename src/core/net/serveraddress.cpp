#include "core/net/serveraddress.h"

#include "core/global.h"

#include <QDate>
#include <QHostAddress>
#include <QLocale>
#include <algorithm>

namespace {
struct LegacyHost
{
    QStringView from;
    QStringView to;
};
// The vendor switched these off on 2024-11-30 (see the contract).
constexpr LegacyHost legacyHosts[] = {
    {u"sv0001.crmvox.com", u"crm0001.wolkvox.com"},
    {u"sv0000.crmvox.com", u"crm0000.wolkvox.com"},
};

// Removes any number of leading "scheme://" (a vendor article warns about "https://https://").
QString stripSchemes(QString text, QString *firstScheme)
{
    static const QStringView schemes[] = {u"https://", u"http://"};
    bool stripped = true;
    while (stripped) {
        stripped = false;
        for (QStringView scheme : schemes) {
            if (text.startsWith(scheme, Qt::CaseInsensitive)) {
                if (firstScheme->isEmpty())
                    *firstScheme = scheme.chopped(3).toString().toLower();
                text = text.mid(scheme.size()).trimmed();
                stripped = true;
            }
        }
        // "https:/host" and "https:host" are typing slips of the same thing.
        for (QStringView scheme : {QStringView(u"https:"), QStringView(u"http:")}) {
            if (!stripped && text.startsWith(scheme, Qt::CaseInsensitive)) {
                if (firstScheme->isEmpty())
                    *firstScheme = scheme.chopped(1).toString().toLower();
                text = text.mid(scheme.size());
                while (text.startsWith(u'/'))
                    text = text.mid(1);
                stripped = true;
            }
        }
    }
    return text;
}

// The host as QUrl writes it back, or empty when it has no stable form. QUrl lower-cases and applies IDNA
// mapping itself; QString::toLower() would disagree with it on scripts such as Cherokee, whose IDNA form
// is the upper case (found by fuzzing: "xn--cbe0.").
QString canonicalHost(const QString &host)
{
    const auto written = [](const QString &name) -> QString {
        QUrl url;
        url.setScheme(u"https"_s);
        url.setHost(name, QUrl::StrictMode);
        return url.isValid() ? url.host(QUrl::FullyDecoded) : QString();
    };
    const QString once = written(host);
    return written(once) == once ? once : QString();
}
} // namespace

QStringList ServerAddress::knownHosts()
{
    return {u"crm.wolkvox.com"_s, u"crm0001.wolkvox.com"_s, u"crm0000.wolkvox.com"_s, u"crm01.wolkvox.com"_s};
}

QString ServerAddress::replacementFor(const QString &host)
{
    for (const LegacyHost &legacy : legacyHosts) {
        if (host.compare(legacy.from, Qt::CaseInsensitive) == 0)
            return legacy.to.toString();
    }
    return {};
}

bool ServerAddress::isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

ServerAddress ServerAddress::parse(const QString &input)
{
    ServerAddress result;
    QString text = input.trimmed();
    if (text.isEmpty()) {
        result.m_error = tr("Enter the CRM server, for example crm0001.wolkvox.com.");
        return result;
    }

    QString givenScheme;
    text = stripSchemes(text, &givenScheme);
    // A path, query, fragment or backslash ends the host part.
    const auto cut = std::find_if(text.cbegin(), text.cend(),
                                  [](QChar c) { return c == u'/' || c == u'?' || c == u'#' || c == u'\\'; });
    text.truncate(cut - text.cbegin());
    if (text.contains(u'@')) {
        result.m_error = tr("The server address must not contain a user name or password.");
        return result;
    }

    // Let QUrl split host and port (it understands [::1]:8080) and reject what no host can contain.
    QUrl url;
    url.setScheme(u"https"_s);
    url.setAuthority(text, QUrl::StrictMode);
    const QString host = canonicalHost(url.host(QUrl::FullyDecoded));
    // Port 0 cannot be connected to; QUrl accepts it, and origin() would silently drop it.
    if (!url.isValid() || host.isEmpty() || host.contains(u' ') || url.port(-1) == 0) {
        result.m_error = tr("“%1” is not a server address. Copy the host name from the CRM's address bar, "
                            "for example crm0001.wolkvox.com.")
                             .arg(input.trimmed());
        return result;
    }
    result.m_host = host;
    result.m_port = url.port(-1);
    // QUrl accepts some hosts it cannot write back: punycode labels that decode to a name too long to
    // encode again (found by fuzzing). What cannot become an origin is not a server address.
    if (!result.origin().isValid()) {
        result.m_host.clear();
        result.m_error = tr("“%1” is not a server address. Copy the host name from the CRM's address bar, "
                            "for example crm0001.wolkvox.com.")
                             .arg(input.trimmed());
        return result;
    }

    if (const QString replacement = replacementFor(host); !replacement.isEmpty()) {
        result.m_legacyHost = host;
        result.m_host = replacement;
        //: %3 is a date, written in the user's language
        result.m_notices.append(
            tr("%1 was switched off by the vendor on %3; using its replacement %2.")
                .arg(host, replacement, QLocale().toString(QDate(2024, 11, 30), QLocale::LongFormat)));
    }

    if (givenScheme == u"http"_s && isLoopbackHost(result.m_host)) {
        result.m_scheme = u"http"_s; // the local simulator and tests
    } else if (givenScheme == u"http"_s) {
        result.m_notices.append(
            tr("Plain HTTP would expose the token; Casedesk always uses HTTPS for %1.").arg(result.m_host));
    }
    return result;
}

QUrl ServerAddress::origin() const
{
    QUrl url;
    url.setScheme(m_scheme);
    url.setHost(m_host);
    if (m_port > 0)
        url.setPort(m_port);
    return url;
}

QString ServerAddress::displayString() const
{
    // An IPv6 address keeps its brackets, or "::2" would not read back as a host (found by fuzzing).
    if (m_scheme == u"https"_s && m_port < 0)
        return m_host.contains(u':') ? u"[%1]"_s.arg(m_host) : m_host;
    return origin().toString();
}

QUrl ServerAddress::endpoint(const QString &path) const
{
    QUrl url = origin();
    url.setPath(path);
    return url;
}

QUrl ServerAddress::updateEndpoint() const
{
    return endpoint(u"/server/API/v2/cases/update.php"_s);
}

QUrl ServerAddress::queryCasesEndpoint() const
{
    return endpoint(u"/server/API/v2/cases/queryCases.php"_s);
}

QUrl ServerAddress::tokenInformationEndpoint(const QString &operation) const
{
    QUrl url = endpoint(u"/server/API/v2/token/tokenInformation.php"_s);
    // Encoded by hand: QUrlQuery leaves "+" as it is, and PHP reads it as a space (found by fuzzing).
    url.setQuery(u"operation="_s + QString::fromLatin1(QUrl::toPercentEncoding(operation)), QUrl::StrictMode);
    return url;
}
