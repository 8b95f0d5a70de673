#pragma once

// Invariant checks for the libFuzzer harnesses. A broken invariant aborts, which libFuzzer reports as a
// crash and saves the input as an artifact, exactly like a sanitizer report.

#include <QByteArray>
#include <QString>
#include <cstdio>
#include <cstdlib>

namespace Fuzz {
[[noreturn]] inline void fail(const char *condition, const char *file, int line, const QString &context)
{
    std::fprintf(stderr, "%s:%d: invariant broken: %s\n", file, line, condition);
    if (!context.isEmpty())
        std::fprintf(stderr, "  context: %s\n", context.toUtf8().toPercentEncoding(" {}\":,[]").constData());
    std::abort();
}
} // namespace Fuzz

#define FUZZ_CHECK(condition) ((condition) ? void(0) : Fuzz::fail(#condition, __FILE__, __LINE__, {}))
#define FUZZ_CHECK_CTX(condition, context)                                                                   \
    ((condition) ? void(0) : Fuzz::fail(#condition, __FILE__, __LINE__, (context)))
