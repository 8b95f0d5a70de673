#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

// The fields of one update, in the order the form shows them and problems are listed. Each has its wire
// name — the multipart part name, also the stable id that scripts, tests and ValidationIssue::field use.
enum class CaseField {
    Server, // not sent as a part: the address the request goes to
    Token, // not sent as a part: the Wolkvox-Token header
    Operation,
    WolkvoxId,
    CaseType,
    Responsible,
    Status,
    Priority,
    Solution,
    Form, // the custom fields
    File, // the attachments
};

namespace CaseFields {
QList<CaseField> all(); // in the form's order
QString wireName(CaseField field); // "wolkvox-id", "case-type", ...
std::optional<CaseField> fromWireName(QStringView name);
// Its position in all(); unknown names sort last.
int order(QStringView wireName);
// Translated, lower case, for sentences: "case type", "responsible", "custom fields".
QString displayName(CaseField field);
} // namespace CaseFields

// Stable ids of the validation rules, for scripts and tests (ValidationIssue::rule).
namespace Rules {
inline const QString Required = QStringLiteral("required");
inline const QString ServerInvalid = QStringLiteral("server-invalid");
inline const QString CaBundle = QStringLiteral("ca-bundle");
inline const QString IdFormat = QStringLiteral("id-format");
inline const QString ResponsibleFormat = QStringLiteral("responsible-format");
inline const QString SolutionRequired = QStringLiteral("solution-required");
inline const QString FieldNameEmpty = QStringLiteral("field-name-empty");
inline const QString FieldNameDuplicate = QStringLiteral("field-name-duplicate");
inline const QString AttachmentMissing = QStringLiteral("attachment-missing");
inline const QString AttachmentNotFile = QStringLiteral("attachment-not-file");
inline const QString AttachmentUnreadable = QStringLiteral("attachment-unreadable");
inline const QString AttachmentExtension = QStringLiteral("attachment-extension");
inline const QString AttachmentEmpty = QStringLiteral("attachment-empty");
inline const QString AttachmentTooLarge = QStringLiteral("attachment-too-large");
} // namespace Rules
