#include "historygenerator.h"

#include "core/global.h"
#include "core/storage/historydatabase.h"

namespace {
const QStringList &operations()
{
    static const QStringList list{u"ventas"_s, u"soporte"_s, u"cobranza"_s};
    return list;
}

const QStringList &people()
{
    static const QStringList list{u"jose.nunez@ventas"_s,  u"ana@soporte"_s,     u"luis@soporte"_s,
                                  u"maria.perez@ventas"_s, u"carlos@cobranza"_s, u"sofia@ventas"_s,
                                  u"pedro@soporte"_s,      u"lucia@cobranza"_s,  u"diego@ventas"_s,
                                  u"elena@soporte"_s};
    return list;
}

constexpr ApiResult::Outcome outcomes[]
    = {ApiResult::Outcome::Success,  ApiResult::Outcome::Success,         ApiResult::Outcome::Success,
       ApiResult::Outcome::Rejected, ApiResult::Outcome::NetworkFailure,  ApiResult::Outcome::Timeout,
       ApiResult::Outcome::Success,  ApiResult::Outcome::UnreadableAnswer};

HistoryEntry make(int i, const QDateTime &start)
{
    HistoryEntry e;
    e.time = start.addSecs(180LL * i);
    e.update.server = i % 2 ? u"crm0001.wolkvox.com"_s : u"crm0002.wolkvox.com"_s;
    e.update.operation = operations().at(i % 3);
    // A hex id like the CRM's, different for every attempt.
    e.update.wolkvoxId = u"6074%1%2"_s.arg(quint64(i) * 2654435761ULL % 0xffffffffffULL, 10, 16, QChar(u'0'))
                             .arg(i, 8, 16, QChar(u'0'));
    e.update.caseType = i % 4 ? u"Request"_s : u"Complaints"_s;
    e.update.responsible = people().at(i % 10);
    e.update.status = i % 3 ? u"open"_s : u"closed"_s;
    e.update.priority = i % 5 ? u"low"_s : u"high"_s;
    if (e.update.status == u"closed"_s)
        e.update.solution = u"Router replaced and the line tested with the customer"_s;
    e.update.customFields
        = {{u"channel"_s, i % 2 ? u"WhatsApp"_s : u"Phone"_s}, {u"ticket"_s, QString::number(100000 + i)}};
    if (i % 20 == 0) {
        e.update.attachments = {u"/home/agent/Calls/call-%1.mp4"_s.arg(i)};
        e.attachmentSizes = {qint64(40) * 1024 * 1024 + i};
        e.attachmentSha256 = {QString(64, u'a')};
    }
    if (i % 97 == 5) {
        e.state = HistoryEntry::State::Interrupted;
        return e;
    }
    e.state = HistoryEntry::State::Done;
    ApiResult &r = e.result;
    r.outcome = outcomes[i % 8];
    r.elapsedMs = 120 + i % 900;
    r.bytesSent = 900 + i % 300;
    switch (r.outcome) {
    case ApiResult::Outcome::Success:
        r.httpStatus = 200;
        r.code = 200;
        r.error = u"null"_s;
        r.msg = u"Succesfully update record"_s;
        r.wolkvoxId = e.update.wolkvoxId;
        r.contentType = "application/json";
        r.rawBody = "{\"code\":200,\"error\":\"null\",\"msg\":\"Succesfully update "
                    "record\",\"data\":{\"wolkvox_id\":\""
            + e.update.wolkvoxId.toLatin1() + "\"}}";
        break;
    case ApiResult::Outcome::Rejected:
        r.httpStatus = 403;
        r.code = 403;
        r.error = u"FORBIDDEN"_s;
        r.msg = u"EXCEEDS THE LIMIT OF SIMULTANEOUS REQUESTS PER TOKEN (2)"_s;
        r.vendorError = ApiResult::VendorError::ConcurrencyLimit;
        r.contentType = "application/json";
        r.rawBody
            = "{\"code\":403,\"error\":\"FORBIDDEN\",\"msg\":\"EXCEEDS THE LIMIT OF SIMULTANEOUS REQUESTS "
              "PER TOKEN (2)\"}";
        break;
    case ApiResult::Outcome::UnreadableAnswer:
        r.httpStatus = 502;
        r.unreadable = ApiResult::Unreadable::HtmlPage;
        r.contentType = "text/html";
        r.rawBody = "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad "
                    "Gateway</h1></center><hr><center>nginx</center></body></html>";
        break;
    default:
        r.networkError = QNetworkReply::RemoteHostClosedError;
        r.networkErrorString = u"Connection closed"_s;
        break;
    }
    return e;
}
} // namespace

QString generateHistory(const QString &path, int rows)
{
    HistoryDatabase db(path);
    if (!db.open())
        return db.error();
    // Ends a few minutes ago, so "today" and "last 7 days" hold something.
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-180LL * rows);
    const bool written = db.transaction([&] {
        for (int i = 0; i < rows; ++i) {
            if (db.insert(make(i, start), u"generator"_s) == 0)
                return false;
        }
        return true;
    });
    return written ? QString() : db.error();
}
