#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QMetaType>
#include <QNetworkReply>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <optional>

class QSslError;

// What became of one call to the CRM, parsed and classified; never holds the token.
struct ApiResult
{
    Q_DECLARE_TR_FUNCTIONS(ApiResult)

public:
    enum class Outcome {
        Success, // the CRM applied the update
        Rejected, // the CRM answered and refused (bad token, limits, invalid field, ...)
        NetworkFailure, // no usable answer: refused connection, TLS failure, redirect not followed, ...
        Timeout, // no progress for the configured time
        Cancelled, // the user cancelled
        UnreadableAnswer, // an answer came but is not the CRM's JSON (HTML, empty, truncated)
        InvalidInput, // nothing was sent: the update or its files are not usable
        // The CRM applied the update, but the request could not carry every file under the chosen part
        // name (filesNotKept): not a plain success.
        Incomplete,
    };

    // The vendor's documented errors, recognised so the agent gets advice rather than a code.
    enum class VendorError {
        None,
        MissingToken,
        InvalidToken,
        DailyLimitExceeded,
        ConcurrencyLimit,
        MissingParameters,
        ApiDoesNotExist,
        Maintenance,
        RecordNotFound,
        Other,
    };

    enum class Unreadable { None, EmptyBody, HtmlPage, InvalidJson, NotAnObject, WrongTypes, TooLarge };

    Outcome outcome = Outcome::NetworkFailure;
    VendorError vendorError = VendorError::None;
    Unreadable unreadable = Unreadable::None;
    int httpStatus = 0; // 0 when no HTTP answer arrived
    std::optional<int> code;
    QString error; // empty when the CRM said "null"
    QString msg;
    QString wolkvoxId;
    QJsonObject data;
    QByteArray rawBody; // capped at MaxBodyBytes
    QByteArray contentType;
    qint64 bytesSent = 0;
    qint64 elapsedMs = 0;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString networkErrorString;
    QStringList tlsErrors; // each certificate problem, one translated sentence (describeTlsError)
    QUrl redirectTarget; // where a refused redirect pointed
    QStringList filesNotKept; // attachments sent that the CRM cannot have kept (Incomplete)

    static constexpr qint64 MaxBodyBytes = qint64(1) << 20;

    bool isSuccess() const { return outcome == Outcome::Success; }
    // The vendor's pace rules say wait and retry for these; nothing else is worth retrying blindly.
    bool isRetryable() const;

    // One translated sentence or two telling the agent what happened and what to do.
    QString explanation() const;
    QString outcomeText() const; // translated short name: "Updated", "Rejected", ...
    static QString outcomeId(Outcome o); // stable: "success", "rejected", ... (CLI JSON, history)
    static std::optional<Outcome> outcomeFromId(QStringView id);

    // One translated sentence that names a certificate problem met on `host` and says what to do about it.
    static QString describeTlsError(const QSslError &error, const QString &host);

    // Compact JSON for scripts: http, code, error, msg, wolkvox_id, outcome.
    QJsonObject toJson() const;

    // What `data` must be for a success to be trusted: update.php's record object (or PHP's empty []), or
    // anything, when the caller reads data itself (queryCases.php answers a list of cases).
    enum class DataShape { Record, Any };

    // Fills code/error/msg/data and the classification from an HTTP answer. Pure: fuzzed and unit-tested.
    static ApiResult fromHttpAnswer(int httpStatus, const QByteArray &body,
                                    const QByteArray &contentType = {}, DataShape shape = DataShape::Record);
};

Q_DECLARE_METATYPE(ApiResult)
