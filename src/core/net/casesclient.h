#pragma once

#include "core/model/caseupdate.h"
#include "core/model/connectionsettings.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QSet>
#include <QSslConfiguration>
#include <QTimer>

#include <chrono>

class ApiJob;
class CaseQueryJob;
class ServerAddress;
class QNetworkAccessManager;
class QNetworkRequest;

// Performs CRM calls over an injected QNetworkAccessManager, never more than the vendor allows per token.
class CasesClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CasesClient)

public:
    explicit CasesClient(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~CasesClient() override;

    // The returned job is a child of this client; deleteLater() it once it has finished.
    // Nothing is validated here (see Validator): the client sends what it is given.
    ApiJob *updateCase(const CaseUpdate &update, const QString &token, const ConnectionSettings &settings);
    ApiJob *tokenInformation(const QString &server, const QString &operation, const QString &token,
                             const ConnectionSettings &settings);
    // Searches the operation's cases (queryCases.php); `field` as the vendor spells it
    // (CaseQuery::fieldName). Costs one call of the daily quota and shares the token's lane with updates.
    CaseQueryJob *queryCases(const QString &server, const QString &operation, const QString &field,
                             const QString &value, const QString &token, const ConnectionSettings &settings);
    // The case with this wolkvox-id, as the CRM has it now.
    CaseQueryJob *loadCase(const QString &server, const QString &operation, const QString &wolkvoxId,
                           const QString &token, const ConnectionSettings &settings);

    // Opens the connection an update to `server` with `settings` would use — TCP, and TLS over HTTPS, with
    // the same HTTP/1.1 settings, TLS configuration and access manager — so the first update does not wait
    // for it. No request is sent: no token, no quota, nothing to follow. A failure (refused, bad
    // certificate) is silent: the next update connects as it would have and reports what goes wrong then.
    // Cheap while the connection is open. False when nothing was tried (the address or CA bundle is
    // unusable).
    bool preconnect(const QString &server, const ConnectionSettings &settings);
    // Pre-connections still opening. Requests queued meanwhile made Qt 6.4 open one connection more than
    // those, which never carried a request (tst_connections, over HTTPS), so a caller that opens several
    // ahead waits for preconnectFinished() before sending.
    int preconnectsPending() const { return m_preconnecting; }

    // preconnect() now and every KeepWarmInterval, so the connection is still there when the agent
    // presses Update: Qt 6.4 closes a connection nobody used for 120 s (QNetworkAccessCache's ExpiryTime),
    // and a server may close an idle one sooner, which the next round re-opens. Calling it again with the
    // same target only extends it; it ends by itself KeepWarmLimit after the last call, or on
    // stopKeepingWarm().
    void keepWarm(const QString &server, const ConnectionSettings &settings);
    void stopKeepingWarm();
    bool isKeepingWarm() const { return m_warmTimer.isActive(); }
    // Off: keepWarm() opens nothing ahead, so the first update pays its own handshakes. For benchmarks,
    // which compare the first update of the day with and without the pre-connection; on by default.
    void setKeepWarmEnabled(bool enabled);
    static constexpr std::chrono::milliseconds KeepWarmInterval = std::chrono::seconds(60);
    static constexpr std::chrono::milliseconds KeepWarmLimit = std::chrono::minutes(15);

    // Starts the queued jobs their lanes allow now, instead of once control is back in the event loop: for
    // a caller that has connected to its jobs and still has work to do before it returns there (a batch
    // stores its rows' progress). A job never finishes inside this call (see ApiJob::start).
    void startQueued();

    int runningCount(const QString &token) const;
    int queuedCount(const QString &token) const;

    static QByteArray userAgent();

Q_SIGNALS:
    // A pre-connection is open, or failed (silently, see preconnect()).
    void preconnectFinished();

private:
    struct Lane
    {
        int running = 0;
        int limit = 2;
        QQueue<QPointer<ApiJob>> queue;
    };

    struct Connection
    {
        QNetworkAccessManager *network = nullptr;
        // Only with a CA bundle: building a default QSslConfiguration for every request was 6 % of the
        // client's thread in a batch (perf), for a value that was then thrown away.
        std::optional<QSslConfiguration> ssl;
        QString error; // translated; the CA bundle cannot be used
    };
    // The injected manager, or for a profile with a CA bundle a manager of its own: Qt reuses a cached
    // connection whatever a later request's TLS configuration says, so each set of authorities keeps its own.
    Connection connectionFor(const ConnectionSettings &settings);
    static QNetworkRequest makeRequest(const QUrl &url, const QString &token,
                                       const ConnectionSettings &settings, const Connection &connection);

    // Queues the job on its token's lane, or finishes it at once with `problem` (nothing is sent).
    ApiJob *submit(ApiJob *job, const QString &problem, const QString &token, int limit);
    void pump(const QByteArray &laneKey);
    // keepWarm()'s round: preconnect() to its target unless requests are under way. False when the target
    // cannot be tried (see preconnect()).
    bool warm();
    static QByteArray laneKey(const QString &token);

    QNetworkAccessManager *m_network;
    QHash<QByteArray, Connection> m_caConnections; // by CaBundle::Loaded::digest
    QHash<QByteArray, Lane> m_lanes;
    // Managers whose pre-connection replies we delete once Qt finished them (it would keep them otherwise).
    QSet<QNetworkAccessManager *> m_reaping;
    int m_preconnecting = 0;
    QTimer m_warmTimer;
    bool m_keepWarmEnabled = true;
    QDeadlineTimer m_warmUntil;
    QString m_warmServer;
    ConnectionSettings m_warmSettings;
};
