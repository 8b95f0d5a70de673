#include "core/model/validator.h"

#include "core/global.h"
#include "core/net/cabundle.h"
#include "core/net/serveraddress.h"

#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace {
ValidationIssue issue(CaseField field, const QString &rule, const QString &message, int index = -1)
{
    return ValidationIssue{CaseFields::wireName(field), index, rule, message};
}
} // namespace

bool Validator::isResponsibleWellFormed(const QString &responsible)
{
    static const QRegularExpression shape(u"^[^@\\s]+@[^@\\s]+$"_s);
    return shape.match(responsible.trimmed()).hasMatch();
}

QList<ValidationIssue> Validator::validate(const CaseUpdate &update, const ConnectionSettings &settings)
{
    QList<ValidationIssue> issues;

    const ServerAddress server = ServerAddress::parse(update.server);
    if (!server.isValid())
        issues.append(issue(CaseField::Server, Rules::ServerInvalid, server.error()));
    if (!settings.caBundlePath.trimmed().isEmpty()) {
        const CaBundle::Loaded bundle = CaBundle::load(settings.caBundlePath.trimmed());
        if (!bundle.ok())
            issues.append(issue(CaseField::Server, Rules::CaBundle, bundle.error));
    }

    struct Required
    {
        CaseField field;
        const QString *value;
        const char *message;
    };
    const Required required[] = {
        {CaseField::Operation, &update.operation, QT_TR_NOOP("Enter the operation (the CRM's tenant name).")},
        {CaseField::WolkvoxId, &update.wolkvoxId, QT_TR_NOOP("Enter the case's wolkvox-id.")},
        {CaseField::CaseType, &update.caseType, QT_TR_NOOP("Choose a case type.")},
        {CaseField::Responsible, &update.responsible,
         QT_TR_NOOP("Enter the responsible user (user@operation).")},
        {CaseField::Status, &update.status, QT_TR_NOOP("Choose a status.")},
        {CaseField::Priority, &update.priority, QT_TR_NOOP("Choose a priority.")},
    };
    for (const Required &r : required) {
        if (r.value->trimmed().isEmpty())
            issues.append(issue(r.field, Rules::Required, tr(r.message)));
    }

    if (const QString id = update.wolkvoxId.trimmed();
        std::any_of(id.cbegin(), id.cend(), [](QChar c) { return c.isSpace(); }))
        issues.append(issue(CaseField::WolkvoxId, Rules::IdFormat, tr("A wolkvox-id contains no spaces.")));

    if (!update.responsible.trimmed().isEmpty() && !isResponsibleWellFormed(update.responsible)) {
        issues.append(issue(CaseField::Responsible, Rules::ResponsibleFormat,
                            tr("The responsible must be a wolkvox e-mail shaped user@operation, not “%1”.")
                                .arg(update.responsible.trimmed())));
    }

    if (settings.isClosedStatus(update.status) && update.solution.trimmed().isEmpty()) {
        issues.append(issue(
            CaseField::Solution, Rules::SolutionRequired,
            tr("The status “%1” closes the case: describe the solution.").arg(update.status.trimmed())));
    }

    issues.append(validateCustomFields(update.customFields));
    for (int i = 0; i < update.attachments.size(); ++i)
        issues.append(validateAttachment(update.attachments.at(i), i, settings));
    return issues;
}

QList<ValidationIssue> Validator::validateCustomFields(const QList<CustomField> &fields)
{
    QList<ValidationIssue> issues;
    QSet<QString> seen;
    for (int i = 0; i < fields.size(); ++i) {
        const QString name = fields.at(i).name.trimmed();
        if (name.isEmpty()) {
            issues.append(issue(CaseField::Form, Rules::FieldNameEmpty,
                                tr("Custom field %1 has no name.").arg(i + 1), i));
        } else if (seen.contains(name)) {
            issues.append(issue(CaseField::Form, Rules::FieldNameDuplicate,
                                tr("The custom field “%1” appears more than once.").arg(name), i));
        }
        seen.insert(name);
    }
    return issues;
}

QList<ValidationIssue> Validator::validateAttachment(const QString &path, int index,
                                                     const ConnectionSettings &settings)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (!info.exists())
        return {
            issue(CaseField::File, Rules::AttachmentMissing, tr("“%1” does not exist.").arg(path), index)};
    if (!info.isFile())
        return {issue(CaseField::File, Rules::AttachmentNotFile, tr("“%1” is not a file.").arg(path), index)};

    QList<ValidationIssue> issues;
    if (!info.isReadable())
        issues.append(
            issue(CaseField::File, Rules::AttachmentUnreadable, tr("“%1” cannot be read.").arg(name), index));
    if (info.suffix().isEmpty()) {
        issues.append(issue(CaseField::File, Rules::AttachmentExtension,
                            tr("“%1” has no file extension; the CRM accepts only %2.")
                                .arg(name, settings.allowedExtensions.join(u", "_s)),
                            index));
    } else if (!settings.isAllowedExtension(name)) {
        issues.append(issue(CaseField::File, Rules::AttachmentExtension,
                            tr("The CRM does not accept .%1 files (“%2”); it accepts only %3.")
                                .arg(info.suffix(), name, settings.allowedExtensions.join(u", "_s)),
                            index));
    }
    // An empty file carries nothing for the case and is nearly always an export or download that did not
    // finish; PHP scripts commonly treat a zero-byte upload as no file at all.
    if (info.size() == 0) {
        issues.append(issue(CaseField::File, Rules::AttachmentEmpty,
                            tr("“%1” is empty (0 bytes). Attach the complete file.").arg(name), index));
    }
    if (info.size() > settings.maxAttachmentBytes) {
        const QLocale locale;
        issues.append(issue(CaseField::File, Rules::AttachmentTooLarge,
                            tr("“%1” is %2; the limit is %3.")
                                .arg(name, locale.formattedDataSize(info.size()),
                                     locale.formattedDataSize(settings.maxAttachmentBytes)),
                            index));
    }
    return issues;
}
