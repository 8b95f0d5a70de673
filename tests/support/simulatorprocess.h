#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QUrl>

// The project's CRM simulator as a child process on a free loopback port.
class SimulatorProcess
{
public:
    static constexpr char DemoToken[] = "A8K3J7F2";
    static constexpr char DemoOperation[] = "modulodeprueba";
    static constexpr char DemoCase[] = "6074aaa0801374bbbbb781025ccc7d3";

    SimulatorProcess() = default;
    ~SimulatorProcess();
    Q_DISABLE_COPY_MOVE(SimulatorProcess)

    static QString executable();

    bool start(const QStringList &arguments = {});
    void stop();
    QString errorText() const { return m_error; }

    QUrl baseUrl() const { return m_baseUrl; }
    QString server() const { return m_baseUrl.toString(); } // what a user would type
    int port() const { return m_baseUrl.port(); }

    // Admin endpoints, fetched with a blocking helper so tests read like statements.
    QJsonObject admin(const QString &pathAndQuery, const QByteArray &method = "GET") const;
    QJsonObject stats() const { return admin(QStringLiteral("/__sim/stats")); }
    QJsonObject lastRequest() const { return admin(QStringLiteral("/__sim/last-request")); }
    QJsonObject storedCase(const QString &operation, const QString &id) const;
    // Every stored case of `operation` (all operations when empty), from /__sim/cases.
    QJsonArray storedCases(const QString &operation = {}) const;
    // The parsed answer of any admin endpoint, arrays included.
    QJsonDocument adminDocument(const QString &pathAndQuery, const QByteArray &method = "GET") const;

    QByteArray log() const;

private:
    QProcess m_process;
    QUrl m_baseUrl;
    QString m_error;
};
