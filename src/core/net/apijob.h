#pragma once

#include "core/net/apiresult.h"

#include <QElapsedTimer>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <functional>
#include <optional>
#include <utility>

class QHttpMultiPart;
class QNetworkAccessManager;
class QNetworkReply;

// One call to the CRM: queued until the token has a free slot, then sent, then finished exactly once. The
// shared base of every endpoint's job: queueing, the token, timeouts, the size cap, TLS and redirect
// handling live here; an endpoint with its own body or answer is a small subclass (CaseQueryJob).
class ApiJob : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiJob)

public:
    enum class State { Queued, Running, Finished };

    ~ApiJob() override;

    State state() const { return m_state; }
    const ApiResult &result() const { return m_result; }
    QUrl url() const { return m_request.url(); }

    // Safe in any state; a queued job finishes as cancelled without touching the network.
    void cancel();

Q_SIGNALS:
    void started();
    void uploadProgress(qint64 bytesSent, qint64 bytesTotal);
    void finished(const ApiResult &result);

protected:
    using BodyBuilder = std::function<QHttpMultiPart *(QString *error)>;

    ApiJob(const QNetworkRequest &request, BodyBuilder body, QNetworkAccessManager *network, QObject *parent);

    // Sends the request; null with `*error` set when nothing could be sent (the job then finishes as invalid
    // input). The default posts the multipart body, or GETs when there is none.
    virtual QNetworkReply *send(QNetworkAccessManager *network, const QNetworkRequest &request,
                                QString *error);
    // Reads an HTTP answer that arrived, the token already cut out of `body`. The default is update.php's.
    virtual ApiResult readAnswer(int httpStatus, const QByteArray &body, const QByteArray &contentType);
    // Runs once, when result() is final and the token's slot is free, just before finished() is emitted.
    virtual void finishing() { }

private:
    friend class CasesClient;

    // Never finishes the job before it returns: a request that cannot be sent fails from the event loop.
    void start();
    void onAttachmentProblem(const QString &problem);
    // Finishes with `outcome` from the event loop, or at once on cancel() while running: nothing was sent.
    void failSoon(ApiResult::Outcome outcome, const QString &reason);
    void finishEarly(ApiResult::Outcome outcome, const QString &reason);
    void onReadyRead();
    void onFinished();
    void complete(ApiResult result);
    void redactToken(ApiResult *result) const;

    QNetworkRequest m_request;
    QPointer<QNetworkAccessManager> m_network;
    std::function<void()> m_release; // frees the token's slot; set by the client when it starts the job
    BodyBuilder m_body; // empty for GET
    State m_state = State::Queued;
    QPointer<QNetworkReply> m_reply;
    QByteArray m_buffer;
    // Kept from start() to completion only to cut it out of whatever the server sends back.
    QByteArray m_token;
    QElapsedTimer m_clock;
    qint64 m_bytesSent = 0;
    QStringList m_tlsErrors;
    bool m_cancelled = false;
    bool m_tooLarge = false;
    // Why nothing was sent (failSoon).
    std::optional<std::pair<ApiResult::Outcome, QString>> m_startFailure;
    QString m_attachmentProblem; // an attachment changed or vanished during the upload
    QStringList m_filesAtRisk; // sent, but the part name lets the CRM keep only the last of them
    ApiResult m_result;
};
