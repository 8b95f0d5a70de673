#include "core/net/apiresult.h"

#include "core/audience.h"
#include "core/enumids.h"
#include "core/global.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>
#include <QLocale>
#include <QSslCertificate>
#include <QSslError>
#include <cmath>
#include <limits>

namespace {
constexpr EnumId<ApiResult::Outcome> outcomeIds[] = {
    {ApiResult::Outcome::Success, u"success"},
    {ApiResult::Outcome::Rejected, u"rejected"},
    {ApiResult::Outcome::NetworkFailure, u"network_failure"},
    {ApiResult::Outcome::Timeout, u"timeout"},
    {ApiResult::Outcome::Cancelled, u"cancelled"},
    {ApiResult::Outcome::UnreadableAnswer, u"unreadable_answer"},
    {ApiResult::Outcome::InvalidInput, u"invalid_input"},
    {ApiResult::Outcome::Incomplete, u"incomplete"},
};

// The vendor writes `code` as 200 in one page and "200" in another; accept both, nothing else.
std::optional<int> numericCode(const QJsonValue &value, bool *wrongType)
{
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (value.isDouble()) {
        const double d = value.toDouble();
        // Range first: casting a double outside int's range (1e300, found by fuzzing) is undefined.
        if (d >= std::numeric_limits<int>::min() && d <= std::numeric_limits<int>::max()
            && d == std::trunc(d))
            return static_cast<int>(d);
    } else if (value.isString()) {
        bool ok = false;
        const int n = value.toString().trimmed().toInt(&ok);
        if (ok)
            return n;
    }
    *wrongType = true;
    return std::nullopt;
}

QString scalarText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    return {};
}

bool looksLikeHtml(const QByteArray &body, const QByteArray &contentType)
{
    if (contentType.toLower().contains("html"))
        return true;
    const QByteArray start = body.left(256).trimmed().toLower();
    return start.startsWith("<!doctype") || start.startsWith("<html") || start.startsWith("<?xml")
        || start.startsWith("<");
}

ApiResult::VendorError classifyVendorError(int httpStatus, int code, const QString &msg)
{
    const QString m = msg.toUpper();
    if (m.contains(u"SIMULTANEOUS"_s))
        return ApiResult::VendorError::ConcurrencyLimit;
    if (m.contains(u"TOKEN LIMIT"_s))
        return ApiResult::VendorError::DailyLimitExceeded;
    if (m.contains(u"VALIDATE TOKEN"_s))
        return ApiResult::VendorError::InvalidToken;
    if (m.contains(u"ENTER THE WOLKVOX-TOKEN"_s) || code == 401 || httpStatus == 401)
        return ApiResult::VendorError::MissingToken;
    if (m.contains(u"PARAMETERS ARE REQUIRED"_s))
        return ApiResult::VendorError::MissingParameters;
    if (m.contains(u"API YOU WANT TO CONSULT"_s))
        return ApiResult::VendorError::ApiDoesNotExist;
    if (m.contains(u"MAINTENANCE"_s) || m.contains(u"BACKUP"_s))
        return ApiResult::VendorError::Maintenance;
    if (code == 404 || httpStatus == 404)
        return ApiResult::VendorError::RecordNotFound;
    // The contract: a bare 403 outside the known messages is the API switched off for backups.
    if ((code == 403 || httpStatus == 403) && m.isEmpty())
        return ApiResult::VendorError::Maintenance;
    return ApiResult::VendorError::Other;
}
} // namespace

QString ApiResult::outcomeId(Outcome o)
{
    return EnumIds::idOf(outcomeIds, o);
}

std::optional<ApiResult::Outcome> ApiResult::outcomeFromId(QStringView id)
{
    return EnumIds::valueOf(outcomeIds, id);
}

bool ApiResult::isRetryable() const
{
    return vendorError == VendorError::ConcurrencyLimit || vendorError == VendorError::Maintenance;
}

ApiResult ApiResult::fromHttpAnswer(int httpStatus, const QByteArray &body, const QByteArray &contentType,
                                    DataShape shape)
{
    ApiResult result;
    result.httpStatus = httpStatus;
    result.rawBody = body.left(MaxBodyBytes);
    result.contentType = contentType;
    result.outcome = Outcome::UnreadableAnswer;

    if (body.trimmed().isEmpty()) {
        result.unreadable = Unreadable::EmptyBody;
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.unreadable = looksLikeHtml(body, contentType) ? Unreadable::HtmlPage : Unreadable::InvalidJson;
        return result;
    }
    if (!document.isObject()) {
        result.unreadable = Unreadable::NotAnObject;
        return result;
    }

    const QJsonObject object = document.object();
    // Neither `code` nor `error`: some JSON, but not the CRM's answer (an "{}" from a proxy is no update).
    bool wrongType = !object.contains(u"code"_s) && !object.contains(u"error"_s);
    result.code = numericCode(object.value(u"code"_s), &wrongType);
    const QJsonValue error = object.value(u"error"_s);
    const QJsonValue msg = object.value(u"msg"_s);
    if (!(error.isUndefined() || error.isNull() || error.isString() || error.isDouble() || error.isBool())
        || !(msg.isUndefined() || msg.isNull() || msg.isString() || msg.isDouble())) {
        wrongType = true;
    }
    if (wrongType) {
        result.code.reset();
        result.unreadable = Unreadable::WrongTypes;
        return result;
    }
    const QString errorText = scalarText(error).trimmed();
    result.error = errorText.compare(u"null"_s, Qt::CaseInsensitive) == 0 ? QString() : errorText;
    result.msg = scalarText(msg);
    const QJsonValue data = object.value(u"data"_s);
    if (data.isObject()) {
        result.data = data.toObject();
        result.wolkvoxId = scalarText(result.data.value(u"wolkvox_id"_s));
    }
    // PHP's json_encode writes an empty array as [], so "data":[] is PHP's empty data; any other array or a
    // scalar where the record belongs is not the CRM's answer.
    const bool dataWrong = shape == DataShape::Record
        && !(data.isUndefined() || data.isNull() || data.isObject()
             || (data.isArray() && data.toArray().isEmpty()));

    const int code = result.code.value_or(httpStatus);
    const bool httpOk = httpStatus == 0 || (httpStatus >= 200 && httpStatus < 300);
    if (httpOk && code >= 200 && code < 300 && result.error.isEmpty()) {
        if (dataWrong) {
            // A success that cannot say which record it updated is not trusted as one.
            result.code.reset();
            result.msg.clear();
            result.unreadable = Unreadable::WrongTypes;
            return result;
        }
        result.outcome = Outcome::Success;
    } else {
        result.outcome = Outcome::Rejected;
        result.vendorError = classifyVendorError(httpStatus, code, result.msg);
    }
    return result;
}

QString ApiResult::describeTlsError(const QSslError &error, const QString &host)
{
    const QSslCertificate certificate = error.certificate();
    const QLocale locale;
    switch (error.error()) {
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
        return Casedesk::forCommandLine()
            ? tr("The server's certificate is self-signed, so nothing shows that this server is the CRM. "
                 "If your company runs it with its own certificate, pass that certificate with --ca-bundle.")
            : tr("The server's certificate is self-signed, so nothing shows that this server is the CRM. "
                 "If your company runs it with its own certificate, choose that certificate as the CA "
                 "bundle in Settings.");
    case QSslError::CertificateExpired:
        return tr("The server's certificate expired on %1; its administrators must renew it.")
            .arg(locale.toString(certificate.expiryDate().toLocalTime().date(), QLocale::LongFormat));
    case QSslError::CertificateNotYetValid:
        return tr("The server's certificate is not valid before %1; check this computer's date and time.")
            .arg(locale.toString(certificate.effectiveDate().toLocalTime().date(), QLocale::LongFormat));
    case QSslError::HostNameMismatch: {
        QStringList names;
        const auto alternatives = certificate.subjectAlternativeNames();
        for (auto it = alternatives.cbegin(); it != alternatives.cend(); ++it) {
            if (!names.contains(it.value()))
                names.append(it.value());
        }
        if (names.isEmpty())
            names = certificate.subjectInfo(QSslCertificate::CommonName);
        if (names.isEmpty())
            return tr("The server's certificate does not name %1. Check the server address.").arg(host);
        return tr("The server's certificate is for %1, not for %2. Check the server address.")
            .arg(locale.createSeparatedList(names), host);
    }
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted: {
        QString issuer = certificate.issuerInfo(QSslCertificate::CommonName).join(u", "_s);
        if (issuer.isEmpty())
            issuer = certificate.issuerInfo(QSslCertificate::Organization).join(u", "_s);
        if (issuer.isEmpty()) {
            return Casedesk::forCommandLine()
                ? tr("The server's certificate comes from an authority this computer does not trust. If it "
                     "is your company's own authority, pass its CA bundle with --ca-bundle.")
                : tr("The server's certificate comes from an authority this computer does not trust. If "
                     "it is your company's own authority, choose its CA bundle in Settings.");
        }
        return (Casedesk::forCommandLine()
                    ? tr("The server's certificate was issued by “%1”, an authority this computer does not "
                         "trust. If it is your company's own authority, pass its CA bundle with --ca-bundle.")
                    : tr("The server's certificate was issued by “%1”, an authority this computer does not "
                         "trust. If it is your company's own authority, choose its CA bundle in Settings."))
            .arg(issuer);
    }
    case QSslError::CertificateRevoked:
        return tr("The server's certificate has been revoked by its authority.");
    case QSslError::NoPeerCertificate:
        return tr("The server sent no certificate.");
    default:
        break;
    }
    return tr("The server's certificate was refused: %1.").arg(error.errorString());
}

QJsonObject ApiResult::toJson() const
{
    QJsonObject object{
        {u"http"_s, httpStatus},
        {u"code"_s, code ? QJsonValue(*code) : QJsonValue()},
        {u"error"_s, error.isEmpty() ? QJsonValue() : QJsonValue(error)},
        {u"msg"_s, msg},
        {u"wolkvox_id"_s, wolkvoxId.isEmpty() ? QJsonValue() : QJsonValue(wolkvoxId)},
        {u"outcome"_s, outcomeId(outcome)},
    };
    return object;
}

QString ApiResult::outcomeText() const
{
    switch (outcome) {
    case Outcome::Success:
        return tr("Updated");
    case Outcome::Rejected:
        return tr("Rejected by the CRM");
    case Outcome::NetworkFailure:
        return tr("Network failure");
    case Outcome::Timeout:
        return tr("Timed out");
    case Outcome::Cancelled:
        return tr("Cancelled");
    case Outcome::UnreadableAnswer:
        return tr("Unreadable answer");
    case Outcome::InvalidInput:
        return tr("Not sent");
    case Outcome::Incomplete:
        //: An outcome: the case was updated, but some of its attachments cannot have reached the CRM
        return tr("Updated, files missing");
    }
    return {};
}

QString ApiResult::explanation() const
{
    switch (outcome) {
    case Outcome::Success:
        return wolkvoxId.isEmpty() ? tr("The CRM updated the case.")
                                   : tr("The CRM updated the case %1.").arg(wolkvoxId);
    case Outcome::Cancelled:
        return tr("You cancelled the update. The CRM may or may not have applied it; check the case before "
                  "sending again.");
    case Outcome::Timeout:
        return Casedesk::forCommandLine()
            ? tr("The CRM stopped answering, so the transfer was abandoned. The update may or may not have "
                 "been applied; check the case, then try again or raise --timeout.")
            : tr("The CRM stopped answering, so the transfer was abandoned. The update may or may not have "
                 "been applied; check the case, then try again or raise the timeout in Settings.");
    case Outcome::InvalidInput:
        return networkErrorString.isEmpty() ? tr("Nothing was sent: the update is not complete.")
                                            : tr("Nothing was sent: %1").arg(networkErrorString);
    case Outcome::UnreadableAnswer:
        switch (unreadable) {
        case Unreadable::EmptyBody:
            return tr("The server answered HTTP %1 with an empty page instead of the CRM's answer. The "
                      "update "
                      "may or may not have been applied; check the case.")
                .arg(httpStatus);
        case Unreadable::HtmlPage:
            return tr("The server answered HTTP %1 with a web page instead of the CRM's answer; a proxy or "
                      "the "
                      "CRM itself is having trouble. Check the case, and try again later.")
                .arg(httpStatus);
        case Unreadable::TooLarge:
            return tr("The server's answer was larger than %1 and was cut off; it is not the CRM's answer. "
                      "The "
                      "update may or may not have been applied; check the case.")
                .arg(QLocale().formattedDataSize(MaxBodyBytes));
        case Unreadable::InvalidJson:
        case Unreadable::NotAnObject:
        case Unreadable::WrongTypes:
        case Unreadable::None:
            break;
        }
        return tr("The server answered HTTP %1, but the answer is incomplete or not in the CRM's format. The "
                  "update may or may not have been applied; check the case.")
            .arg(httpStatus);
    case Outcome::NetworkFailure:
        if (!tlsErrors.isEmpty()) {
            QStringList sentences{tr("Casedesk refused the server's certificate, so nothing was sent.")};
            sentences += tlsErrors;
            sentences.removeDuplicates();
            return sentences.join(u' ');
        }
        if (redirectTarget.isValid()) {
            return tr("The server tried to send the update to another address (%1). Casedesk does not follow "
                      "it, so your token stays private. Check the server address.")
                .arg(redirectTarget.toDisplayString());
        }
        switch (networkError) {
        case QNetworkReply::ConnectionRefusedError:
            return tr(
                "The server refused the connection. Check the server address, or try again in a moment.");
        case QNetworkReply::HostNotFoundError:
            return tr("The server name could not be found. Check the server address and your network.");
        case QNetworkReply::RemoteHostClosedError:
            return tr(
                "The server closed the connection before answering. The update may or may not have been "
                "applied; check the case.");
        case QNetworkReply::UnknownNetworkError:
            // What Qt 6.4 reports when the server resets the connection during the upload: no answer
            // came, and "Unknown error" would tell the agent nothing.
            if (httpStatus == 0)
                return tr("The connection to the server broke off before it answered. The update may or may "
                          "not have been applied; check the case.");
            break;
        case QNetworkReply::SslHandshakeFailedError:
            return Casedesk::forCommandLine()
                ? tr("A secure connection to the server could not be established, so nothing was sent. "
                     "Check the server address; a company certificate authority is passed with --ca-bundle.")
                : tr("A secure connection to the server could not be established, so nothing was sent. "
                     "Check the server address; a company certificate authority goes in Settings.");
        case QNetworkReply::TemporaryNetworkFailureError:
        case QNetworkReply::NetworkSessionFailedError:
            return tr("The network is unavailable. Check your connection and try again.");
        case QNetworkReply::ProxyConnectionRefusedError:
        case QNetworkReply::ProxyConnectionClosedError:
        case QNetworkReply::ProxyNotFoundError:
        case QNetworkReply::ProxyTimeoutError:
        case QNetworkReply::ProxyAuthenticationRequiredError:
        case QNetworkReply::UnknownProxyError:
            return tr("The network's proxy did not pass the update on. Check the proxy settings of this "
                      "computer, or ask your IT team.");
        default:
            break;
        }
        // Qt's own text ("Error transferring …") is English and technical: it stays in the attempt's details.
        if (httpStatus > 0) {
            return tr("The server answered HTTP %1 and the transfer failed. The update may or may not have "
                      "been applied; check the case.")
                .arg(httpStatus);
        }
        return tr("The update could not be delivered: the connection to the server failed. Check the server "
                  "address and your network, then try again.");
    case Outcome::Incomplete: {
        QStringList names;
        for (const QString &path : filesNotKept)
            names.append(u"“%1”"_s.arg(QFileInfo(path).fileName()));
        return (Casedesk::forCommandLine()
                    ? tr("The CRM updated the case, but it cannot have kept %n of the files: %1. "
                         "They went in one request under a part name that carries only one file. "
                         "Send them again with --attachments one-per-file.",
                         nullptr, int(filesNotKept.size()))
                    : tr("The CRM updated the case, but it cannot have kept %n of the files: %1. "
                         "They went in one request under a part name that carries only one file. "
                         "Send them again with “One update per file” in Settings.",
                         nullptr, int(filesNotKept.size())))
            .arg(QLocale().createSeparatedList(names));
    }
    case Outcome::Rejected:
        break;
    }

    switch (vendorError) {
    case VendorError::MissingToken:
        return tr("The CRM received no token. Enter this operation's Wolkvox-Token and send again.");
    case VendorError::InvalidToken:
        return tr("The CRM does not accept this token for the operation. Check that the token and the "
                  "operation belong together, or ask your administrator for a new token.");
    case VendorError::DailyLimitExceeded:
        return tr("This token has used all of today's calls. Wait until the count restarts, or ask your "
                  "administrator to raise the limit.");
    case VendorError::ConcurrencyLimit:
        return tr("The CRM allows only two requests at a time per token. Wait for the other update to "
                  "finish and send again.");
    case VendorError::MissingParameters:
        return tr("The CRM says required fields are missing. Check the operation, wolkvox-id, case type, "
                  "responsible, status and priority.");
    case VendorError::ApiDoesNotExist:
        return tr("The server does not offer the cases API. Check the server address.");
    case VendorError::Maintenance:
        return tr("The CRM's API is switched off for a while (usually during backups). Try again later.");
    case VendorError::RecordNotFound:
        return tr("The CRM has no case with this wolkvox-id in the operation. Check the id.");
    case VendorError::None:
    case VendorError::Other:
        break;
    }
    if (!msg.isEmpty())
        return tr("The CRM rejected the update: %1").arg(msg);
    if (code)
        return tr("The CRM rejected the update with HTTP status %1 and code %2.").arg(httpStatus).arg(*code);
    return tr("The CRM rejected the update with HTTP status %1, without a code.").arg(httpStatus);
}
