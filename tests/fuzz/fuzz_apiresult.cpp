// libFuzzer harness: ApiResult::fromHttpAnswer, the parser every answer from the CRM (or whatever stands in
// front of it) goes through. Input: "<HTTP status> <Content-Type>\n<body>"; without a newline in the first
// 256 bytes the whole input is the body of a 200 answer without a content type.

#include "core/net/apiresult.h"
#include "fuzzcheck.h"
#include "core/global.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <cmath>
#include <cstddef>
#include <cstdint>

namespace {
struct Answer
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;
};

Answer split(const QByteArray &input)
{
    Answer answer;
    answer.body = input;
    const qsizetype newline = input.indexOf('\n');
    if (newline < 0 || newline > 256)
        return answer;
    const QByteArray head = input.left(newline);
    const qsizetype space = head.indexOf(' ');
    answer.status = head.left(space < 0 ? head.size() : space).toInt(); // 0 when not a number
    answer.contentType = space < 0 ? QByteArray() : head.mid(space + 1);
    answer.body = input.mid(newline + 1);
    return answer;
}

bool is2xx(double code)
{
    return code >= 200 && code < 300 && code == std::floor(code);
}

// An independent reading of "the CRM said success": `code` absent (then the HTTP status decides), or a
// 2xx number, or a string holding one; `error` absent, null, or the vendor's string "null".
bool saysSuccess(const QJsonObject &object, int httpStatus)
{
    const QJsonValue code = object.value(u"code"_s);
    bool codeOk = false;
    if (code.isUndefined() || code.isNull()) {
        codeOk = httpStatus >= 200 && httpStatus < 300;
    } else if (code.isDouble()) {
        codeOk = is2xx(code.toDouble());
    } else if (code.isString()) {
        bool ok = false;
        const int n = code.toString().trimmed().toInt(&ok);
        codeOk = ok && is2xx(n);
    }
    const QJsonValue error = object.value(u"error"_s);
    const bool errorOk = error.isUndefined() || error.isNull()
        || (error.isString()
            && (error.toString().trimmed().isEmpty()
                || error.toString().trimmed().compare(u"null"_s, Qt::CaseInsensitive) == 0));
    return codeOk && errorOk;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const Answer answer = split(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    const ApiResult r = ApiResult::fromHttpAnswer(answer.status, answer.body, answer.contentType);
    const QString context = QString::fromUtf8(answer.body.left(200));

    // Total: an answer that arrived is one of three outcomes, each with its own detail and no other's.
    switch (r.outcome) {
    case ApiResult::Outcome::Success:
        FUZZ_CHECK(r.vendorError == ApiResult::VendorError::None);
        FUZZ_CHECK(r.unreadable == ApiResult::Unreadable::None);
        break;
    case ApiResult::Outcome::Rejected:
        FUZZ_CHECK(r.vendorError != ApiResult::VendorError::None);
        FUZZ_CHECK(r.unreadable == ApiResult::Unreadable::None);
        break;
    case ApiResult::Outcome::UnreadableAnswer:
        FUZZ_CHECK(r.vendorError == ApiResult::VendorError::None);
        FUZZ_CHECK(r.unreadable != ApiResult::Unreadable::None);
        FUZZ_CHECK(!r.code.has_value());
        break;
    default:
        FUZZ_CHECK_CTX(!"an HTTP answer classified as a network outcome", context);
    }
    FUZZ_CHECK(r.httpStatus == answer.status);
    FUZZ_CHECK(r.contentType == answer.contentType);
    FUZZ_CHECK(r.rawBody == answer.body.left(ApiResult::MaxBodyBytes));

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(answer.body, &parseError);
    const bool isObject = parseError.error == QJsonParseError::NoError && document.isObject();
    if (!isObject)
        FUZZ_CHECK_CTX(r.outcome == ApiResult::Outcome::UnreadableAnswer, context);

    // Never "updated" unless the body is the CRM's JSON object saying so, under a 2xx (or no) HTTP status;
    // and such an answer, when its fields have the right types, is never anything but "updated".
    const QJsonObject object = document.object();
    const bool crmShape = isObject && (object.contains(u"code"_s) || object.contains(u"error"_s));
    const bool httpOk = answer.status == 0 || (answer.status >= 200 && answer.status < 300);
    const bool expectSuccess = crmShape && httpOk && saysSuccess(object, answer.status);
    if (r.isSuccess()) {
        FUZZ_CHECK_CTX(expectSuccess, context);
        FUZZ_CHECK(r.error.isEmpty());
    } else if (expectSuccess) {
        FUZZ_CHECK_CTX(r.unreadable == ApiResult::Unreadable::WrongTypes, context);
    }
    if (r.code) {
        FUZZ_CHECK(isObject);
        const QJsonValue code = document.object().value(u"code"_s);
        FUZZ_CHECK_CTX(code.isDouble() || code.isString(), context);
    }

    // What the window, the history and the CLI build from it: never empty, never a crash.
    FUZZ_CHECK(!r.explanation().isEmpty());
    FUZZ_CHECK(!r.outcomeText().isEmpty());
    const QJsonObject json = r.toJson();
    FUZZ_CHECK(ApiResult::outcomeFromId(json.value(u"outcome"_s).toString()) == r.outcome);
    FUZZ_CHECK(json.value(u"http"_s).toInt() == answer.status);
    (void)r.isRetryable();

    // Pure: the same answer is classified the same way.
    const ApiResult again = ApiResult::fromHttpAnswer(answer.status, answer.body, answer.contentType);
    FUZZ_CHECK(again.outcome == r.outcome && again.vendorError == r.vendorError
               && again.unreadable == r.unreadable && again.code == r.code && again.error == r.error
               && again.msg == r.msg && again.wolkvoxId == r.wolkvoxId);
    return 0;
}
