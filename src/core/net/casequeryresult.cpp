#include "core/net/casequeryresult.h"

#include "core/audience.h"
#include "core/global.h"
#include "core/model/jsonkeyorder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QLocale>

namespace {
bool namesAWolkvoxId(const QJsonObject &object)
{
    const QStringList &spellings = CaseRecord::keyTable().constFirst().keys;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (spellings.contains(CaseRecord::normaliseKey(it.key())))
            return true;
    }
    return false;
}

void markUnreadable(ApiResult *api)
{
    // As ApiResult does for a success it cannot trust: no code, no message taken at face value.
    api->outcome = ApiResult::Outcome::UnreadableAnswer;
    api->unreadable = ApiResult::Unreadable::WrongTypes;
    api->vendorError = ApiResult::VendorError::None;
    api->code.reset();
    api->msg.clear();
    api->wolkvoxId.clear();
}
} // namespace

CaseQueryResult CaseQueryResult::fromHttpAnswer(int httpStatus, const QByteArray &body,
                                                const QByteArray &contentType)
{
    CaseQueryResult result;
    result.api = ApiResult::fromHttpAnswer(httpStatus, body, contentType, ApiResult::DataShape::Any);
    if (result.api.outcome == ApiResult::Outcome::Rejected
        && result.api.vendorError == ApiResult::VendorError::RecordNotFound) {
        // Sibling endpoints answer "no such record" as a 404; for a search that means nothing matched.
        result.api.outcome = ApiResult::Outcome::Success;
        result.api.vendorError = ApiResult::VendorError::None;
        result.api.wolkvoxId.clear();
        return result;
    }
    if (!result.api.isSuccess())
        return result;

    const QJsonValue data = JsonKeyOrder::member(QJsonDocument::fromJson(body).object(), u"data")
                                .value_or(QJsonValue::Undefined);
    const JsonKeyOrder order = JsonKeyOrder::scan(body);
    struct Candidate
    {
        QJsonObject object;
        QStringList path;
    };
    QList<Candidate> candidates;
    bool wrongShape = false;
    if (data.isArray()) {
        const QJsonArray array = data.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (array.at(i).isObject())
                candidates.append({array.at(i).toObject(), {u"data"_s, QString::number(i)}});
            else
                ++result.skipped;
        }
    } else if (data.isObject()) {
        const QJsonObject object = data.toObject();
        if (namesAWolkvoxId(object)) {
            candidates.append({object, {u"data"_s}});
        } else if (!object.isEmpty()) {
            // {"0": {...}, "1": {...}}: what PHP's json_encode makes of an array whose keys are not 0..n-1.
            const auto members = JsonKeyOrder::members(object, &order, {u"data"_s});
            for (const auto &[key, value] : members) {
                if (value.isObject())
                    candidates.append({value.toObject(), {u"data"_s, key}});
                else
                    ++result.skipped;
            }
        }
    } else if (!(data.isUndefined() || data.isNull()
                 || (data.isString() && data.toString().trimmed().isEmpty()))) {
        wrongShape = true; // a number, a boolean or a text where the cases belong
    }

    for (const Candidate &candidate : std::as_const(candidates)) {
        if (auto record = CaseRecord::fromJson(candidate.object, &order, candidate.path))
            result.records.append(std::move(*record));
        else
            ++result.skipped;
    }
    if (wrongShape || (result.records.isEmpty() && result.skipped > 0)) {
        // Something came where the cases belong, and none of it is a case: not an answer to trust as
        // "nothing matched".
        result.records.clear();
        markUnreadable(&result.api);
        return result;
    }
    result.api.wolkvoxId = result.records.size() == 1 ? result.records.constFirst().wolkvoxId : QString();
    return result;
}

QList<CaseRecord> CaseQueryResult::withId(const QString &id) const
{
    QList<CaseRecord> out;
    for (const CaseRecord &record : records) {
        if (record.wolkvoxId.compare(id.trimmed(), Qt::CaseInsensitive) == 0)
            out.append(record);
    }
    return out;
}

QJsonObject CaseQueryResult::toJson() const
{
    QJsonObject object = api.toJson();
    object.insert(u"count"_s, isSuccess() ? QJsonValue(int(records.size())) : QJsonValue());
    return object;
}

QString CaseQueryResult::explanation() const
{
    const QString what = query.field.isEmpty() ? tr("the search") : query.describe();
    switch (api.outcome) {
    case ApiResult::Outcome::Success:
        if (records.isEmpty())
            return tr("The CRM has no case with %1 in this operation.").arg(what);
        if (records.size() == 1)
            return tr("The CRM has the case %1.").arg(records.constFirst().wolkvoxId);
        return tr("%n cases match %1.", nullptr, int(records.size())).arg(what);
    case ApiResult::Outcome::Cancelled:
        return tr("You cancelled reading the case. Nothing was changed.");
    case ApiResult::Outcome::Incomplete: // an update's outcome; a query sends no files
        break;
    case ApiResult::Outcome::Timeout:
        return Casedesk::forCommandLine()
            ? tr("The CRM stopped answering, so reading the case was abandoned. Nothing was changed; try "
                 "again, or raise --timeout.")
            : tr("The CRM stopped answering, so reading the case was abandoned. Nothing was changed; try "
                 "again, or raise the timeout in Settings.");
    case ApiResult::Outcome::InvalidInput:
        return api.networkErrorString.isEmpty() ? tr("Nothing was sent: the search is not complete.")
                                                : tr("Nothing was sent: %1").arg(api.networkErrorString);
    case ApiResult::Outcome::UnreadableAnswer:
        switch (api.unreadable) {
        case ApiResult::Unreadable::EmptyBody:
            return tr("The server answered HTTP %1 with an empty page instead of the case. Nothing was "
                      "changed; try again.")
                .arg(api.httpStatus);
        case ApiResult::Unreadable::HtmlPage:
            return tr("The server answered HTTP %1 with a web page instead of the case; a proxy or the CRM "
                      "itself is having trouble. Nothing was changed; try again later.")
                .arg(api.httpStatus);
        case ApiResult::Unreadable::TooLarge:
            return tr("The server's answer was larger than %1 and was cut off; it is not the CRM's answer. "
                      "Nothing was changed.")
                .arg(QLocale().formattedDataSize(ApiResult::MaxBodyBytes));
        case ApiResult::Unreadable::InvalidJson:
        case ApiResult::Unreadable::NotAnObject:
        case ApiResult::Unreadable::WrongTypes:
        case ApiResult::Unreadable::None:
            break;
        }
        return tr("The server answered HTTP %1, but the answer is incomplete or holds no case Casedesk can "
                  "read. Nothing was changed; try again.")
            .arg(api.httpStatus);
    case ApiResult::Outcome::NetworkFailure:
        if (!api.tlsErrors.isEmpty())
            return api.explanation(); // the certificate's problems, and that nothing was sent
        if (api.redirectTarget.isValid()) {
            return tr("The server tried to send the request to another address (%1). Casedesk does not "
                      "follow "
                      "it, so your token stays private. Check the server address.")
                .arg(api.redirectTarget.toDisplayString());
        }
        switch (api.networkError) {
        case QNetworkReply::ConnectionRefusedError:
        case QNetworkReply::HostNotFoundError:
        case QNetworkReply::TemporaryNetworkFailureError:
        case QNetworkReply::NetworkSessionFailedError:
        case QNetworkReply::SslHandshakeFailedError:
            return api.explanation();
        case QNetworkReply::RemoteHostClosedError:
        case QNetworkReply::UnknownNetworkError:
            return tr("The connection to the server broke off before it answered. Nothing was changed; try "
                      "again.");
        default:
            break;
        }
        // Qt's own text is English and technical: it stays in the details.
        return tr("The case could not be read: the connection to the server failed. Nothing was changed; "
                  "check the server address and your network, then try again.");
    case ApiResult::Outcome::Rejected:
        break;
    }

    switch (api.vendorError) {
    case ApiResult::VendorError::MissingToken:
    case ApiResult::VendorError::InvalidToken:
    case ApiResult::VendorError::DailyLimitExceeded:
    case ApiResult::VendorError::ApiDoesNotExist:
    case ApiResult::VendorError::Maintenance:
        return api.explanation();
    case ApiResult::VendorError::ConcurrencyLimit:
        return tr("The CRM allows only two requests at a time per token. Wait for the other request to "
                  "finish and try again.");
    case ApiResult::VendorError::MissingParameters:
        return tr("The CRM says the search is incomplete: it needs the operation, the field to search by "
                  "and a value.");
    case ApiResult::VendorError::RecordNotFound: // turned into "nothing matched" above
    case ApiResult::VendorError::None:
    case ApiResult::VendorError::Other:
        break;
    }
    if (!api.msg.isEmpty())
        return tr("The CRM refused the search: %1").arg(api.msg);
    if (api.code)
        //: %1 is the HTTP status, %2 the CRM's own code
        return tr("The CRM refused the search (HTTP %1, code %2).").arg(api.httpStatus).arg(*api.code);
    //: %1 is the HTTP status; the CRM's answer had no code of its own
    return tr("The CRM refused the search (HTTP %1, without a code of its own).").arg(api.httpStatus);
}
