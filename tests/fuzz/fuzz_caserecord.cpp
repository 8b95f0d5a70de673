// libFuzzer harness: CaseQueryResult::fromHttpAnswer, the parser of every queryCases.php answer, with the
// case-record mapping (CaseRecord::fromJson) and the key-order scanner (JsonKeyOrder) under it. Input:
// "<HTTP status> <Content-Type>\n<body>"; without a newline in the first 256 bytes the whole input is the
// body of a 200 answer without a content type.

#include "core/global.h"
#include "core/model/casecomparison.h"
#include "core/model/caserecord.h"
#include "core/model/jsonkeyorder.h"
#include "core/net/casequeryresult.h"
#include "fuzzcheck.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSet>
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
    answer.status = head.left(space < 0 ? head.size() : space).toInt();
    answer.contentType = space < 0 ? QByteArray() : head.mid(space + 1);
    answer.body = input.mid(newline + 1);
    return answer;
}

// No key twice (Qt 6.4 keeps both copies of a repeated key) and no two keys that the key table cannot tell
// apart: then which one a read picks depends on the order it reads them in, and both readings are right.
bool unambiguous(const QJsonObject &object)
{
    QSet<QString> keys;
    QSet<QString> normalised;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (keys.contains(it.key()) || normalised.contains(CaseRecord::normaliseKey(it.key())))
            return false;
        keys.insert(it.key());
        normalised.insert(CaseRecord::normaliseKey(it.key()));
    }
    return true;
}

bool plainKey(const QString &key)
{
    for (const QChar c : key) {
        if (c.isSurrogate() || c == QChar(0xfffd) || c == QChar(0x1f))
            return false;
    }
    return true;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const Answer answer = split(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    const CaseQueryResult r = CaseQueryResult::fromHttpAnswer(answer.status, answer.body, answer.contentType);
    const QString context = QString::fromUtf8(answer.body.left(200));

    // An answer that arrived is found-or-not, refused, or unreadable, each with its own detail only.
    switch (r.api.outcome) {
    case ApiResult::Outcome::Success:
        FUZZ_CHECK(r.api.vendorError == ApiResult::VendorError::None);
        FUZZ_CHECK(r.api.unreadable == ApiResult::Unreadable::None);
        break;
    case ApiResult::Outcome::Rejected:
        FUZZ_CHECK(r.api.vendorError != ApiResult::VendorError::None);
        // "No such record" is "nothing matched" for a search, never a refusal.
        FUZZ_CHECK_CTX(r.api.vendorError != ApiResult::VendorError::RecordNotFound, context);
        FUZZ_CHECK(r.records.isEmpty());
        break;
    case ApiResult::Outcome::UnreadableAnswer:
        FUZZ_CHECK(r.api.unreadable != ApiResult::Unreadable::None);
        FUZZ_CHECK(!r.api.code.has_value());
        FUZZ_CHECK(r.records.isEmpty());
        break;
    default:
        FUZZ_CHECK_CTX(!"an HTTP answer classified as a network outcome", context);
    }
    FUZZ_CHECK(r.api.httpStatus == answer.status);

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(answer.body, &parseError);
    const bool isObject = parseError.error == QJsonParseError::NoError && document.isObject();
    if (!isObject)
        FUZZ_CHECK_CTX(r.api.outcome == ApiResult::Outcome::UnreadableAnswer, context);

    // Every case has its id, reads back the same from its own raw object, and changes nothing when sent
    // back as it is.
    for (const CaseRecord &record : r.records) {
        FUZZ_CHECK_CTX(!record.wolkvoxId.isEmpty(), context);
        FUZZ_CHECK(record.wolkvoxId == record.wolkvoxId.trimmed());
        const std::optional<CaseRecord> again = CaseRecord::fromJson(record.raw);
        FUZZ_CHECK_CTX(again.has_value() || !unambiguous(record.raw), context);
        if (again && unambiguous(record.raw))
            FUZZ_CHECK_CTX(again->wolkvoxId == record.wolkvoxId && again->caseType == record.caseType
                           && again->status == record.status && again->priority == record.priority
                           && again->responsible == record.responsible
                           && again->caseNumber == record.caseNumber && again->solution == record.solution
                           && again->customFields.size() == record.customFields.size(),
                           context);
        FUZZ_CHECK_CTX(CaseComparison::changes(record, record.toUpdate({}, {})).isEmpty(), context);
        FUZZ_CHECK(CaseComparison::drift(record, record).isEmpty());
        FUZZ_CHECK(record.toJson().value(u"wolkvox_id"_s).toString() == record.wolkvoxId);
    }
    if (r.found())
        FUZZ_CHECK(r.withId(r.records.constFirst().wolkvoxId).size() >= 1);

    // The scanner finds every key of the answer's top level that QJsonObject holds. Where the text is not
    // UTF-8 the two decode a broken key differently (Qt's parser lets some through); that costs only the
    // order of that key, which orderedKeys() then appends.
    const bool utf8 = QString::fromUtf8(answer.body).toUtf8() == answer.body;
    if (isObject && utf8) {
        const QStringList scanned = JsonKeyOrder::scan(answer.body).keys({});
        const QStringList keys = document.object().keys();
        for (const QString &key : keys) {
            if (plainKey(key))
                FUZZ_CHECK_CTX(scanned.contains(key), context);
        }
    }

    FUZZ_CHECK(!r.explanation().isEmpty());
    FUZZ_CHECK(ApiResult::outcomeFromId(r.toJson().value(u"outcome"_s).toString()) == r.api.outcome);
    (void)CaseComparison::summary(r.records.isEmpty()
                                      ? QList<FieldChange>{}
                                      : CaseComparison::drift(r.records.constFirst(), r.records.constLast()));

    // Pure: the same answer reads the same.
    const CaseQueryResult same
        = CaseQueryResult::fromHttpAnswer(answer.status, answer.body, answer.contentType);
    FUZZ_CHECK(same.api.outcome == r.api.outcome && same.records == r.records && same.skipped == r.skipped);
    return 0;
}
