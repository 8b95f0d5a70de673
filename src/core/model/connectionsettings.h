#pragma once

#include <QString>
#include <QStringList>

// The per-connection settings that validation and the request depend on.
struct ConnectionSettings
{
    static QStringList defaultClosedStatuses();
    static QStringList defaultAllowedExtensions(); // from the vendor's page
    static QStringList attachmentPartNames(); // the names the vendor's pages use
    static constexpr qint64 DefaultMaxAttachmentBytes = qint64(2) << 30;
    static constexpr int DefaultTimeoutSeconds = 60;

    QStringList closedStatuses = defaultClosedStatuses();
    QStringList allowedExtensions = defaultAllowedExtensions();
    qint64 maxAttachmentBytes = DefaultMaxAttachmentBytes;
    QString attachmentPartName = attachmentPartNames().constFirst();
    int timeoutSeconds = DefaultTimeoutSeconds; // no progress for this long ends the transfer
    int maxInFlightPerToken = 2; // the vendor's limit; lower is allowed
    // A PEM file of extra certificate authorities to trust (a company's private CA); empty: the system's
    // only.
    QString caBundlePath;

    bool isClosedStatus(const QString &status) const;
    bool isAllowedExtension(const QString &fileName) const;

    // Comma-separated lists as people type them in a settings field.
    static QStringList splitList(const QString &text);

    friend bool operator==(const ConnectionSettings &, const ConnectionSettings &) = default;
};
