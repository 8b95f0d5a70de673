#pragma once

#include "core/model/casefield.h"
#include "core/model/caseupdate.h"
#include "core/model/connectionsettings.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// One problem with an update: which field, a stable rule id for scripts and tests, and a translated message.
struct ValidationIssue
{
    QString field; // CaseFields::wireName(): "wolkvox-id", "responsible", "form", "file", "server", ...
    int index = -1; // row of a custom field or attachment; -1 for plain fields
    QString rule; // one of Rules:: "required", "responsible-format", "field-name-duplicate", ...
    QString message;
};

// Checks an update against the contract and the connection's settings, reporting every problem at once.
class Validator
{
    Q_DECLARE_TR_FUNCTIONS(Validator)

public:
    static QList<ValidationIssue> validate(const CaseUpdate &update, const ConnectionSettings &settings);

    // The pieces, for forms that check one field as it is edited.
    static QList<ValidationIssue> validateCustomFields(const QList<CustomField> &fields);
    static QList<ValidationIssue> validateAttachment(const QString &path, int index,
                                                     const ConnectionSettings &settings);
    static bool isResponsibleWellFormed(const QString &responsible);
};
