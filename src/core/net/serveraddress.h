#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

// A CRM host as the agent typed or pasted it, reduced to the origin Casedesk talks to.
class ServerAddress
{
    Q_DECLARE_TR_FUNCTIONS(ServerAddress)

public:
    static ServerAddress parse(const QString &input);

    // Hosts the vendor documents; offered in the GUI's server list.
    static QStringList knownHosts();
    // The replacement for a host the vendor switched off, or an empty string.
    static QString replacementFor(const QString &host);
    static bool isLoopbackHost(const QString &host);

    bool isValid() const { return m_error.isEmpty() && !m_host.isEmpty(); }
    QString error() const { return m_error; } // translated, when invalid
    QStringList notices() const { return m_notices; } // translated; what was changed and why
    QString host() const { return m_host; }
    int port() const { return m_port; } // -1 for the scheme's default
    QString scheme() const { return m_scheme; }
    QString replacedLegacyHost() const { return m_legacyHost; }

    QUrl origin() const; // scheme://host[:port]
    QString displayString() const; // what the GUI shows: the bare host, or scheme://host:port
    QUrl endpoint(const QString &path) const;
    QUrl updateEndpoint() const;
    QUrl queryCasesEndpoint() const;
    QUrl tokenInformationEndpoint(const QString &operation) const;

private:
    QString m_host;
    int m_port = -1;
    QString m_scheme = QStringLiteral("https");
    QString m_error;
    QStringList m_notices;
    QString m_legacyHost;
};
