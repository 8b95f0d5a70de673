#pragma once

#include <QByteArray>
#include <QString>

// AddressSanitizer keeps freed memory in quarantine (256 MiB by default) and pads every block, so resident
// memory says nothing about Casedesk's own use in that build: the normal build asserts the memory bounds.
#if defined(__SANITIZE_ADDRESS__)
#define CASEDESK_TEST_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define CASEDESK_TEST_ASAN 1
#endif
#endif

namespace TestFiles {
#ifdef CASEDESK_TEST_ASAN
constexpr bool RssBoundsApply = false;
#else
constexpr bool RssBoundsApply = true;
#endif

// Writes `content` to `path`, creating folders; returns the path.
QString write(const QString &path, const QByteArray &content);
// A sparse file of `size` bytes: large attachments without using disk or test time.
QString sparse(const QString &path, qint64 size);
// Hex SHA-256 of a file, streamed.
QByteArray sha256(const QString &path);
// Peak resident set size of this process (VmHWM), in bytes.
qint64 peakRss();
qint64 currentRss();
} // namespace TestFiles
