#include "core/net/casesclient.h"

#include "core/global.h"
#include "core/model/deliveryplan.h"
#include "core/net/apijob.h"
#include "core/net/attachmentdevice.h"
#include "core/net/cabundle.h"
#include "core/net/casequeryjob.h"
#include "core/net/serveraddress.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHttpMultiPart>
#include <QMimeDatabase>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QTimer>
#include <algorithm>
#include <memory>

namespace {
// WHATWG form encoding: the name stays raw UTF-8; only quote and line breaks are escaped.
QByteArray dispositionValue(const QString &text)
{
    QByteArray value = text.toUtf8();
    value.replace('"', "%22");
    value.replace('\r', "%0D");
    value.replace('\n', "%0A");
    return value;
}

void appendText(QHttpMultiPart *multiPart, const char *name, const QString &value)
{
    QHttpPart part;
    part.setRawHeader("Content-Disposition", QByteArray("form-data; name=\"") + name + '"');
    part.setBody(value.toUtf8());
    multiPart->append(part);
}

} // namespace

QNetworkRequest CasesClient::makeRequest(const QUrl &url, const QString &token,
                                         const ConnectionSettings &settings, const Connection &connection)
{
    QNetworkRequest request(url);
    if (connection.ssl)
        request.setSslConfiguration(*connection.ssl);
    request.setRawHeader("Wolkvox-Token", token.toUtf8());
    request.setRawHeader("User-Agent", CasesClient::userAgent());
    request.setRawHeader("Accept", "application/json");
    // Redirects are never followed. Qt re-sends custom headers, the token included, to any target by
    // default; and even within the same origin, Qt 6.4 re-sending an upload after a 307 sometimes ends in
    // "Unknown error" although the server answered (tst_tokennetwork), leaving the agent unsure whether
    // the case was updated. A CRM that moved is reported with its new address instead.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    // HTTP/2 uploads have had bugs across Qt versions; HTTP/1.1 streams large bodies reliably.
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setTransferTimeout(std::max(1, settings.timeoutSeconds) * 1000);
    return request;
}

CasesClient::Connection CasesClient::connectionFor(const ConnectionSettings &settings)
{
    Connection connection;
    connection.network = m_network;
    const QString bundle = settings.caBundlePath.trimmed();
    if (bundle.isEmpty())
        return connection;
    const CaBundle::Loaded loaded = CaBundle::load(bundle);
    if (!loaded.ok()) {
        connection.error = loaded.error;
        return connection;
    }
    auto it = m_caConnections.find(loaded.digest);
    if (it == m_caConnections.end()) {
        Connection own;
        own.network = new QNetworkAccessManager(this);
        own.network->setProxy(m_network->proxy());
        own.ssl = CaBundle::configuration(bundle, loaded.certificates);
        it = m_caConnections.insert(loaded.digest, own);
    }
    return *it;
}

CasesClient::CasesClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
    Q_ASSERT(network);
    m_warmTimer.setInterval(KeepWarmInterval);
    connect(&m_warmTimer, &QTimer::timeout, this, [this] {
        if (m_warmUntil.hasExpired() || !warm())
            stopKeepingWarm();
    });
}

bool CasesClient::preconnect(const QString &serverText, const ConnectionSettings &settings)
{
    const ServerAddress server = ServerAddress::parse(serverText);
    if (!server.isValid())
        return false;
    const Connection connection = connectionFor(settings);
    if (!connection.error.isEmpty())
        return false;
    QNetworkAccessManager *network = connection.network;
    if (!m_reaping.contains(network)) {
        m_reaping.insert(network);
        // connectToHost*() keep no handle on their reply; Qt emits it here when the connection is up or
        // failed.
        connect(network, &QNetworkAccessManager::finished, this, [this](QNetworkReply *reply) {
            if (!reply->request().url().scheme().startsWith(u"preconnect-"_s))
                return;
            reply->deleteLater();
            if (m_preconnecting > 0)
                --m_preconnecting;
            Q_EMIT preconnectFinished();
        });
        connect(network, &QObject::destroyed, this, [this, network] { m_reaping.remove(network); });
    }
    const bool tls = server.scheme() == u"https"_s;
    const quint16 port = quint16(server.port() > 0 ? server.port() : (tls ? 443 : 80));
    if (tls) {
        // The same configuration updates use (see makeRequest), so the update finds this connection in
        // Qt's cache: the system's authorities, or the profile's bundle on the bundle's own manager. Its
        // ALPN list has no "h2", so Qt makes it an HTTP/1.1 connection, as updates are.
        network->connectToHostEncrypted(server.host(), port,
                                        connection.ssl ? *connection.ssl
                                                       : QSslConfiguration::defaultConfiguration());
    } else {
        // What connectToHost() does, plus the one attribute it cannot take: without HTTP/2 switched off,
        // as updates have it, Qt 6.4 files the connection apart and the update opens another one
        // (tst_connections). Plain HTTP is for loopback only (ServerAddress).
        QUrl url;
        url.setScheme(u"preconnect-http"_s);
        url.setHost(server.host());
        url.setPort(port);
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        network->get(request);
    }
    ++m_preconnecting;
    return true;
}

void CasesClient::setKeepWarmEnabled(bool enabled)
{
    m_keepWarmEnabled = enabled;
    if (!enabled)
        stopKeepingWarm();
}

void CasesClient::keepWarm(const QString &server, const ConnectionSettings &settings)
{
    if (!m_keepWarmEnabled)
        return;
    const bool sameTarget = m_warmTimer.isActive() && server == m_warmServer
        && settings.caBundlePath == m_warmSettings.caBundlePath;
    m_warmUntil.setRemainingTime(KeepWarmLimit);
    if (sameTarget)
        return;
    m_warmServer = server;
    m_warmSettings = settings;
    if (warm())
        m_warmTimer.start();
    else
        m_warmTimer.stop();
}

bool CasesClient::warm()
{
    // A request under way keeps its connection open. A pre-connection queued behind it would make Qt open
    // one more connection (tst_connections), which nothing then uses: this round is skipped.
    for (const Lane &lane : std::as_const(m_lanes)) {
        if (lane.running > 0)
            return true;
    }
    return preconnect(m_warmServer, m_warmSettings);
}

void CasesClient::stopKeepingWarm()
{
    m_warmTimer.stop();
    m_warmServer.clear();
}

CasesClient::~CasesClient()
{
    // Jobs are our children and die after this body; their slots must not call back into a dead client.
    const auto jobs = findChildren<ApiJob *>(Qt::FindDirectChildrenOnly);
    for (ApiJob *job : jobs)
        job->m_release = nullptr;
    // Before the CA bundles' managers, whose destruction would finish the jobs' replies under them.
    qDeleteAll(jobs);
}

QByteArray CasesClient::userAgent()
{
    return QByteArray("Casedesk/") + Casedesk::Version;
}

QByteArray CasesClient::laneKey(const QString &token)
{
    return QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256);
}

ApiJob *CasesClient::updateCase(const CaseUpdate &update, const QString &token,
                                const ConnectionSettings &settings)
{
    const ServerAddress server = ServerAddress::parse(update.server);
    auto buildBody = [update, settings](QString *error) -> QHttpMultiPart * {
        auto multiPart = std::make_unique<QHttpMultiPart>(QHttpMultiPart::FormDataType);
        appendText(multiPart.get(), "operation", update.operation.trimmed());
        appendText(multiPart.get(), "wolkvox-id", update.wolkvoxId.trimmed());
        appendText(multiPart.get(), "case-type", update.caseType.trimmed());
        appendText(multiPart.get(), "responsible", update.responsible.trimmed());
        appendText(multiPart.get(), "status", update.status.trimmed());
        appendText(multiPart.get(), "priority", update.priority.trimmed());
        if (!update.solution.trimmed().isEmpty())
            appendText(multiPart.get(), "solution", update.solution);
        QHttpPart form;
        form.setRawHeader("Content-Disposition", "form-data; name=\"form\"");
        form.setBody(update.formJson());
        multiPart->append(form);

        const QMimeDatabase mimeTypes;
        const QByteArray partName = dispositionValue(settings.attachmentPartName);
        for (const QString &path : update.attachments) {
            auto *file = new AttachmentDevice(path, multiPart.get());
            // Opened now, not when queued; Qt needs it open before post() and streams it from disk.
            if (!file->openFile()) {
                *error = tr("the attachment “%1” cannot be read (%2).").arg(path, file->errorString());
                return nullptr;
            }
            const QFileInfo info(path);
            QHttpPart part;
            part.setRawHeader("Content-Disposition",
                              "form-data; name=\"" + partName + "\"; filename=\""
                                  + dispositionValue(info.fileName()) + '"');
            part.setRawHeader("Content-Type", mimeTypes.mimeTypeForFile(info).name().toLatin1());
            part.setBodyDevice(file);
            multiPart->append(part);
        }
        return multiPart.release();
    };

    const Connection connection = connectionFor(settings);
    auto *job = new ApiJob(makeRequest(server.updateEndpoint(), token, settings, connection),
                           std::move(buildBody), connection.network, this);
    // What splitting into one update per file would have avoided (DeliveryPlan): the caller chose one
    // request for several files under a plain name, so a success is not a plain one.
    job->m_filesAtRisk = DeliveryPlan::make(update, settings).atRisk;
    return submit(job, server.isValid() ? connection.error : server.error(), token,
                  settings.maxInFlightPerToken);
}

ApiJob *CasesClient::tokenInformation(const QString &serverText, const QString &operation,
                                      const QString &token, const ConnectionSettings &settings)
{
    const ServerAddress server = ServerAddress::parse(serverText);
    const Connection connection = connectionFor(settings);
    auto *job = new ApiJob(
        makeRequest(server.tokenInformationEndpoint(operation.trimmed()), token, settings, connection), {},
        connection.network, this);
    return submit(job, server.isValid() ? connection.error : server.error(), token,
                  settings.maxInFlightPerToken);
}

CaseQueryJob *CasesClient::queryCases(const QString &serverText, const QString &operation,
                                      const QString &field, const QString &value, const QString &token,
                                      const ConnectionSettings &settings)
{
    const ServerAddress server = ServerAddress::parse(serverText);
    const Connection connection = connectionFor(settings);
    auto *job = new CaseQueryJob(makeRequest(server.queryCasesEndpoint(), token, settings, connection),
                                 CaseQuery{operation, field, value}, connection.network, this);
    submit(job, server.isValid() ? connection.error : server.error(), token, settings.maxInFlightPerToken);
    return job;
}

CaseQueryJob *CasesClient::loadCase(const QString &server, const QString &operation, const QString &wolkvoxId,
                                    const QString &token, const ConnectionSettings &settings)
{
    return queryCases(server, operation, CaseQuery::fieldName(CaseQuery::By::WolkvoxId), wolkvoxId, token,
                      settings);
}

ApiJob *CasesClient::submit(ApiJob *job, const QString &problem, const QString &token, int limit)
{
    if (!problem.isEmpty()) {
        job->failSoon(ApiResult::Outcome::InvalidInput, problem); // the caller connects first
        return job;
    }
    const QByteArray key = laneKey(token);
    Lane &lane = m_lanes[key];
    lane.limit = std::clamp(limit, 1, Casedesk::MaxRequestsInFlightPerToken);
    lane.queue.enqueue(job);
    // Started from the event loop so the caller can connect to the job's signals first.
    QMetaObject::invokeMethod(
        this, [this, key] { pump(key); }, Qt::QueuedConnection);
    return job;
}

void CasesClient::pump(const QByteArray &key)
{
    auto it = m_lanes.find(key);
    if (it == m_lanes.end())
        return;
    while (it->running < it->limit && !it->queue.isEmpty()) {
        ApiJob *job = it->queue.dequeue();
        if (!job || job->state() != ApiJob::State::Queued)
            continue; // deleted or cancelled while waiting
        ++it->running;
        job->m_release = [this, key] {
            auto lane = m_lanes.find(key);
            if (lane == m_lanes.end())
                return;
            --lane->running;
            QMetaObject::invokeMethod(
                this, [this, key] { pump(key); }, Qt::QueuedConnection);
        };
        job->start();
        it = m_lanes.find(key); // start() may have re-entered and changed the hash
    }
    if (it->running == 0 && it->queue.isEmpty())
        m_lanes.erase(it);
}

void CasesClient::startQueued()
{
    const QList<QByteArray> keys = m_lanes.keys();
    for (const QByteArray &key : keys)
        pump(key);
}

int CasesClient::runningCount(const QString &token) const
{
    return m_lanes.value(laneKey(token)).running;
}

int CasesClient::queuedCount(const QString &token) const
{
    return int(m_lanes.value(laneKey(token)).queue.size());
}
