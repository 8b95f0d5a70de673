#include "core/net/apijob.h"

#include "core/global.h"
#include "core/net/attachmentdevice.h"

#include <QHttpMultiPart>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslError>
#include <QTimer>
#include <utility>

namespace {
constexpr int AttachmentAbortGraceMs = 2000;
constexpr qint64 ReadBufferBytes = 256 * 1024;

// Qt maps HTTP statuses to errors too (400 becomes ProtocolInvalidOperationError); once a status line
// arrived the body decides, unless the connection itself failed. A close after the answer still counts.
// `text` with every copy of the token, raw or percent-encoded, replaced. A token too short to be told
// from ordinary text is left alone (real tokens are long; the CRM's demo token has 8 characters).
QByteArray redacted(QByteArray text, const QByteArray &token)
{
    if (token.size() < 6)
        return text;
    text.replace(token, "[Wolkvox-Token]");
    const QByteArray encoded = token.toPercentEncoding();
    if (encoded != token)
        text.replace(encoded, "[Wolkvox-Token]");
    return text;
}

QUrl redirectTarget(const QNetworkReply *reply)
{
    const QUrl target = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
    return target.isValid() ? target : reply->header(QNetworkRequest::LocationHeader).toUrl();
}

bool answerArrived(int httpStatus, QNetworkReply::NetworkError error)
{
    if (httpStatus <= 0)
        return false;
    const int e = static_cast<int>(error);
    const bool connectionError = e >= 1 && e < 100;
    return !connectionError || error == QNetworkReply::RemoteHostClosedError;
}
} // namespace

ApiJob::ApiJob(const QNetworkRequest &request, BodyBuilder body, QNetworkAccessManager *network,
               QObject *parent)
    : QObject(parent)
    , m_request(request)
    , m_network(network)
    , m_body(std::move(body))
{ }

ApiJob::~ApiJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    if (m_release)
        std::exchange(m_release, nullptr)();
}

void ApiJob::cancel()
{
    switch (m_state) {
    case State::Queued:
        finishEarly(ApiResult::Outcome::Cancelled, {});
        break;
    case State::Running:
        m_cancelled = true;
        if (m_reply)
            m_reply->abort(); // finishes synchronously through onFinished()
        else if (m_startFailure)
            finishEarly(m_startFailure->first, m_startFailure->second); // nothing was sent
        break;
    case State::Finished:
        break;
    }
}

void ApiJob::start()
{
    m_state = State::Running;
    m_clock.start();
    if (!m_network) {
        failSoon(ApiResult::Outcome::NetworkFailure, tr("the network connection was closed before sending"));
        return;
    }
    QString error;
    m_reply = send(m_network, m_request, &error);
    if (!m_reply) {
        failSoon(ApiResult::Outcome::InvalidInput, error);
        return;
    }
    // Qt's HTTP thread otherwise keeps reading into memory while the answer waits for this thread; with
    // a bounded buffer it stops reading from the socket, so an enormous answer costs what the cap allows.
    m_reply->setReadBufferSize(ReadBufferBytes);
    // The request stays around for url(); the token only until the answer has been checked for it.
    m_token = m_request.rawHeader("Wolkvox-Token");
    m_request.setRawHeader("Wolkvox-Token", QByteArray());

    connect(m_reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64 total) {
        if (sent == 0 && total == 0)
            return; // Qt resets the counters once the answer starts; the upload is not undone
        m_bytesSent = sent;
        Q_EMIT uploadProgress(sent, total);
    });
    connect(m_reply, &QNetworkReply::readyRead, this, &ApiJob::onReadyRead);
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        // Never ignored: the list only explains the failure that follows.
        for (const QSslError &error : errors)
            m_tlsErrors.append(ApiResult::describeTlsError(error, m_request.url().host()));
    });
    connect(m_reply, &QNetworkReply::finished, this, &ApiJob::onFinished);
    Q_EMIT started();
}

QNetworkReply *ApiJob::send(QNetworkAccessManager *network, const QNetworkRequest &request, QString *error)
{
    if (!m_body)
        return network->get(request);
    QHttpMultiPart *body = m_body(error);
    if (!body)
        return nullptr;
    QNetworkReply *reply = network->post(request, body);
    body->setParent(reply);
    const auto attachments = body->findChildren<AttachmentDevice *>();
    for (AttachmentDevice *attachment : attachments)
        connect(attachment, &AttachmentDevice::problemFound, this, &ApiJob::onAttachmentProblem);
    return reply;
}

ApiResult ApiJob::readAnswer(int httpStatus, const QByteArray &body, const QByteArray &contentType)
{
    return ApiResult::fromHttpAnswer(httpStatus, body, contentType);
}

void ApiJob::onAttachmentProblem(const QString &problem)
{
    if (m_state != State::Running || !m_attachmentProblem.isEmpty())
        return;
    m_attachmentProblem = problem;
    // Qt fails the reply itself a moment after the refused read (aborting it first makes Qt warn about a
    // second error); this only ends a reply that Qt kept waiting.
    QTimer::singleShot(AttachmentAbortGraceMs, this, [this] {
        if (m_reply)
            m_reply->abort();
    });
}

void ApiJob::onReadyRead()
{
    if (!m_reply || m_tooLarge || !m_reply->isOpen())
        return;
    const qint64 room = ApiResult::MaxBodyBytes - m_buffer.size();
    m_buffer.append(m_reply->read(room));
    if (m_buffer.size() >= ApiResult::MaxBodyBytes && m_reply->bytesAvailable() > 0) {
        m_tooLarge = true;
        m_reply->abort();
    }
}

void ApiJob::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_state == State::Finished)
        return;
    onReadyRead();

    const int http = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray contentType = reply->rawHeader("Content-Type");
    const QNetworkReply::NetworkError error = reply->error();

    ApiResult result;
    if (m_cancelled) {
        result.outcome = ApiResult::Outcome::Cancelled;
    } else if (!m_attachmentProblem.isEmpty()) {
        // The request never completed, so the CRM cannot have applied it.
        result.outcome = ApiResult::Outcome::InvalidInput;
    } else if (m_tooLarge) {
        result.outcome = ApiResult::Outcome::UnreadableAnswer;
        result.unreadable = ApiResult::Unreadable::TooLarge;
    } else if (error == QNetworkReply::OperationCanceledError) {
        // Qt reports its transfer timeout exactly like abort(); only our flag tells a user's cancel apart.
        result.outcome = ApiResult::Outcome::Timeout;
    } else if (error == QNetworkReply::InsecureRedirectError || error == QNetworkReply::TooManyRedirectsError
               || (http >= 300 && http < 400 && redirectTarget(reply).isValid())) {
        // Not followed (see CasesClient): the target is only reported.
        result.outcome = ApiResult::Outcome::NetworkFailure;
        const QUrl target = redirectTarget(reply);
        result.redirectTarget = target.isValid() ? reply->url().resolved(target) : reply->url();
    } else if (!m_tlsErrors.isEmpty() || error == QNetworkReply::SslHandshakeFailedError) {
        result.outcome = ApiResult::Outcome::NetworkFailure;
        result.tlsErrors = m_tlsErrors;
        // No certificate problem was named: the handshake itself failed (Qt's English text stays in
        // networkErrorString, for the details).
        if (result.tlsErrors.isEmpty())
            result.tlsErrors.append(ApiResult::tr("The server and Casedesk could not agree on a secure "
                                                  "connection."));
    } else if (!answerArrived(http, error)) {
        result.outcome = ApiResult::Outcome::NetworkFailure;
    } else {
        // Parsed after redaction, so msg, error and data cannot hold an echoed token either.
        result = readAnswer(http, redacted(m_buffer, m_token), contentType);
    }
    result.httpStatus = http;
    result.rawBody = m_buffer;
    result.contentType = contentType;
    result.networkError = error;
    if (!m_attachmentProblem.isEmpty())
        result.networkErrorString = m_attachmentProblem;
    else if (error != QNetworkReply::NoError && !m_tooLarge) // our own abort is no network error
        result.networkErrorString = reply->errorString();
    redactToken(&result);

    m_reply = nullptr;
    reply->disconnect(this);
    reply->deleteLater();
    complete(std::move(result));
}

void ApiJob::redactToken(ApiResult *result) const
{
    // A misconfigured proxy or CRM may echo the request's headers in its answer, its status line or a
    // redirect; what it echoes goes to the history, the CLI's output and the clipboard.
    result->rawBody = redacted(result->rawBody, m_token);
    result->contentType = redacted(result->contentType, m_token);
    result->networkErrorString = QString::fromUtf8(redacted(result->networkErrorString.toUtf8(), m_token));
    for (QString &tlsError : result->tlsErrors)
        tlsError = QString::fromUtf8(redacted(tlsError.toUtf8(), m_token));
    const QByteArray target = result->redirectTarget.toEncoded();
    if (const QByteArray clean = redacted(target, m_token); clean != target)
        result->redirectTarget = QUrl::fromEncoded(clean);
}

void ApiJob::failSoon(ApiResult::Outcome outcome, const QString &reason)
{
    // From the event loop, as an answer would: whoever queued or started the job can connect first and
    // is not re-entered.
    m_startFailure = {outcome, reason};
    QTimer::singleShot(0, this, [this] { finishEarly(m_startFailure->first, m_startFailure->second); });
}

void ApiJob::finishEarly(ApiResult::Outcome outcome, const QString &reason)
{
    ApiResult result;
    result.outcome = outcome;
    result.networkErrorString = reason;
    complete(std::move(result));
}

void ApiJob::complete(ApiResult result)
{
    if (m_state == State::Finished)
        return;
    m_state = State::Finished;
    m_token.clear();
    if (result.outcome == ApiResult::Outcome::Success && !m_filesAtRisk.isEmpty()) {
        // The CRM answered success, but this request could not have carried every file.
        result.outcome = ApiResult::Outcome::Incomplete;
        result.filesNotKept = m_filesAtRisk;
    }
    result.bytesSent = m_bytesSent;
    result.elapsedMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    m_result = std::move(result);
    m_buffer.clear();
    if (m_release)
        std::exchange(m_release, nullptr)();
    finishing();
    Q_EMIT finished(m_result);
}
