#include "support/simulatorprocess.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

SimulatorProcess::~SimulatorProcess()
{
    stop();
}

QString SimulatorProcess::executable()
{
    return QString::fromUtf8(CASEDESK_SIM_PATH);
}

bool SimulatorProcess::start(const QStringList &arguments)
{
    m_process.setProgram(executable());
    m_process.setArguments(QStringList{u"--port"_s, u"0"_s} + arguments);
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start();
    if (!m_process.waitForStarted(10000)) {
        m_error = m_process.errorString();
        return false;
    }
    static const QRegularExpression listening(u"listening on (https?://[^\\s]+)"_s);
    QByteArray out;
    const QDeadlineTimer deadline(15000);
    while (!deadline.hasExpired()) {
        if (!m_process.waitForReadyRead(int(deadline.remainingTime())))
            break;
        out += m_process.readAllStandardOutput();
        const auto match = listening.match(QString::fromUtf8(out));
        if (match.hasMatch()) {
            m_baseUrl = QUrl(match.captured(1));
            return true;
        }
    }
    m_error = u"simulator did not report its port: "_s
        + QString::fromUtf8(out + m_process.readAllStandardError());
    return false;
}

void SimulatorProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QByteArray SimulatorProcess::log() const
{
    return const_cast<QProcess &>(m_process).readAllStandardError();
}

QJsonObject SimulatorProcess::admin(const QString &pathAndQuery, const QByteArray &method) const
{
    return adminDocument(pathAndQuery, method).object();
}

QJsonDocument SimulatorProcess::adminDocument(const QString &pathAndQuery, const QByteArray &method) const
{
    QNetworkAccessManager network;
    QUrl url = m_baseUrl;
    const qsizetype q = pathAndQuery.indexOf(u'?');
    url.setPath(pathAndQuery.left(q));
    if (q >= 0)
        url.setQuery(pathAndQuery.mid(q + 1));
    QNetworkRequest request(url);
    request.setTransferTimeout(10000);
    QNetworkReply *reply = method == "POST" ? network.post(request, QByteArray()) : network.get(request);
    // Test support only: the admin calls reach our own simulator, whose test certificate is self-signed.
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [reply] { reply->ignoreSslErrors(); });
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QJsonDocument document = QJsonDocument::fromJson(reply->readAll());
    reply->deleteLater();
    return document;
}

QJsonObject SimulatorProcess::storedCase(const QString &operation, const QString &id) const
{
    QUrlQuery query;
    query.addQueryItem(u"operation"_s, operation);
    query.addQueryItem(u"id"_s, id);
    return admin(u"/__sim/case?"_s + query.toString(QUrl::FullyEncoded));
}

QJsonArray SimulatorProcess::storedCases(const QString &operation) const
{
    if (operation.isEmpty())
        return admin(u"/__sim/cases"_s).value(u"cases"_s).toArray();
    QUrlQuery query;
    query.addQueryItem(u"operation"_s, operation);
    return admin(u"/__sim/cases?"_s + query.toString(QUrl::FullyEncoded)).value(u"cases"_s).toArray();
}
