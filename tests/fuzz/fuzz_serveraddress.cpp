// libFuzzer harness: ServerAddress::parse, which turns whatever the agent pasted into the one origin the
// token is sent to. Input: "<server as typed>\n<operation>"; the operation part is optional.

#include "fuzzcheck.h"
#include "core/global.h"
#include "core/net/serveraddress.h"

#include <QByteArrayList>
#include <QUrl>
#include <algorithm>
#include <cstddef>
#include <cstdint>

namespace {
// The query value as the CRM's PHP reads it ($_GET): "+" is a space, then percent-decoding.
QString phpQueryValue(const QUrl &url, const QByteArray &key)
{
    const QByteArrayList pairs = url.query(QUrl::FullyEncoded).toLatin1().split('&');
    for (const QByteArray &pair : pairs) {
        const qsizetype eq = pair.indexOf('=');
        if (pair.left(eq) != key)
            continue;
        QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        value.replace('+', ' ');
        return QString::fromUtf8(QByteArray::fromPercentEncoding(value));
    }
    return {};
}

bool hasNoSeparators(const QString &host)
{
    for (const QChar c : host) {
        if (c.isSpace() || c == u'/' || c == u'\\' || c == u'@' || c == u'?' || c == u'#')
            return false;
    }
    return true;
}

void checkSameOrigin(const ServerAddress &a, const ServerAddress &b, const QString &context)
{
    FUZZ_CHECK_CTX(b.isValid(), context);
    FUZZ_CHECK_CTX(b.host() == a.host(), context);
    FUZZ_CHECK_CTX(b.port() == a.port(), context);
    FUZZ_CHECK_CTX(b.scheme() == a.scheme(), context);
    FUZZ_CHECK_CTX(b.displayString() == a.displayString(), context);
    FUZZ_CHECK_CTX(b.origin() == a.origin(), context);
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype newline = input.indexOf(u'\n');
    const QString typed = newline < 0 ? input : input.left(newline);
    const QString operation = newline < 0 ? QString() : input.mid(newline + 1);

    const ServerAddress a = ServerAddress::parse(typed);
    if (!a.isValid()) {
        FUZZ_CHECK_CTX(!a.error().isEmpty(), typed);
        return 0;
    }
    FUZZ_CHECK(a.error().isEmpty());

    // One bare host: lower case, nothing that could smuggle a path, a user or a second host.
    const QString host = a.host();
    FUZZ_CHECK_CTX(!host.isEmpty() && hasNoSeparators(host), typed);
    // ASCII letters in lower case; other scripts as IDNA maps them (Cherokee's mapped form is upper case).
    FUZZ_CHECK_CTX(std::none_of(host.cbegin(), host.cend(), [](QChar c) { return c >= u'A' && c <= u'Z'; }),
                   typed);
    FUZZ_CHECK_CTX(a.port() == -1 || (a.port() > 0 && a.port() <= 65535), typed);
    // A switched-off vendor host is never used, only its replacement.
    FUZZ_CHECK_CTX(ServerAddress::replacementFor(host).isEmpty(), typed);
    // HTTPS, except for loopback (the local simulator): the token never travels in clear over a network.
    FUZZ_CHECK_CTX(
        a.scheme() == u"https"_s || (a.scheme() == u"http"_s && ServerAddress::isLoopbackHost(host)), typed);

    const QUrl origin = a.origin();
    FUZZ_CHECK_CTX(origin.isValid() && origin.userInfo().isEmpty() && origin.path().isEmpty(), typed);
    FUZZ_CHECK_CTX(origin.host() == host && origin.scheme() == a.scheme(), typed);
    const QUrl update = a.updateEndpoint();
    FUZZ_CHECK_CTX(update.isValid() && update.host() == host && update.scheme() == a.scheme(), typed);
    FUZZ_CHECK_CTX(update.port(-1) == a.port(), typed);
    FUZZ_CHECK(update.path() == u"/server/API/v2/cases/update.php"_s);
    FUZZ_CHECK(!update.hasQuery() && !update.hasFragment());

    // Idempotent: what the window shows, and the origin itself, normalise to the same origin again.
    checkSameOrigin(a, ServerAddress::parse(a.displayString()), typed);
    checkSameOrigin(a, ServerAddress::parse(origin.toString()), typed);
    const ServerAddress again = ServerAddress::parse(typed);
    FUZZ_CHECK(again.notices() == a.notices());

    // The operation reaches the CRM exactly as given, whatever it contains.
    const QUrl info = a.tokenInformationEndpoint(operation);
    FUZZ_CHECK_CTX(info.isValid() && info.host() == host && info.scheme() == a.scheme(), operation);
    FUZZ_CHECK(info.path() == u"/server/API/v2/token/tokenInformation.php"_s);
    FUZZ_CHECK_CTX(phpQueryValue(info, "operation") == operation, operation);
    return 0;
}
