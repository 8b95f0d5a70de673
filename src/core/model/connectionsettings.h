#pragma once

#include <QString>
#include <QStringList>
#include <optional>

// The per-connection settings that validation and the request depend on.
struct ConnectionSettings
{
    // How several attachments of one update travel. The CRM runs PHP, whose parser keeps only the last of
    // several files under a plain part name ("file", "files"); only a name ending in "[]" carries them all.
    enum class AttachmentDelivery {
        Automatic, // one request under a "[]" name; otherwise one update per file
        OneUpdatePerFile, // the same fields sent once per file: every file arrives, one call of quota each
        OneRequest, // every file in one request: under a plain name only the last can arrive
    };
    static QString deliveryId(AttachmentDelivery delivery); // "automatic", "one-per-file", "one-request"
    static std::optional<AttachmentDelivery> deliveryFromId(QStringView id);

    static QStringList defaultClosedStatuses();
    static QStringList defaultAllowedExtensions(); // from the vendor's page
    static QStringList attachmentPartNames(); // the names the vendor's pages use
    static constexpr qint64 DefaultMaxAttachmentBytes = qint64(2) << 30;
    static constexpr int DefaultTimeoutSeconds = 60;

    QStringList closedStatuses = defaultClosedStatuses();
    QStringList allowedExtensions = defaultAllowedExtensions();
    qint64 maxAttachmentBytes = DefaultMaxAttachmentBytes;
    QString attachmentPartName = attachmentPartNames().constFirst();
    AttachmentDelivery attachmentDelivery = AttachmentDelivery::Automatic;
    int timeoutSeconds = DefaultTimeoutSeconds; // no progress for this long ends the transfer
    int maxInFlightPerToken = 2; // the vendor's limit; lower is allowed
    // A PEM file of extra certificate authorities to trust (a company's private CA); empty: the system's
    // only.
    QString caBundlePath;
    // Before an update of a case loaded from the CRM, read it again to catch a change someone else made
    // since (one call of the daily quota).
    bool checkCaseBeforeSending = true;

    bool isClosedStatus(const QString &status) const;
    // The part name carries several files in one request ("file[]").
    bool partNameKeepsEveryFile() const;
    bool isAllowedExtension(const QString &fileName) const;

    // Comma-separated lists as people type them in a settings field.
    static QStringList splitList(const QString &text);

    friend bool operator==(const ConnectionSettings &, const ConnectionSettings &) = default;
};
