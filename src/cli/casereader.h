#pragma once

#include "core/model/caserecord.h"
#include "core/model/connectionsettings.h"
#include "core/net/casequeryresult.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <optional>

class CasesClient;

// Reads cases for casedesk-cli show and update --from-crm: one query, its outcome printed the same way.
class CaseReader
{
    Q_DECLARE_TR_FUNCTIONS(CaseReader)

public:
    // What a read came to: the case, or the exit code once the outcome has been printed.
    struct Read
    {
        std::optional<CaseRecord> record;
        int exitCode = 0;
        CaseQueryResult result;
    };

    // The case with this wolkvox-id as the CRM has it now. On anything but exactly that case, prints the
    // outcome (one JSON object on standard output, the explanation on standard error) and sets exitCode:
    // 1 when the CRM has no such case, else as for update.
    static Read byId(CasesClient &client, const QString &server, const QString &operation, const QString &id,
                     const QString &token, const ConnectionSettings &settings);

    // Prints a failed query's outcome; returns its exit code.
    static int printFailure(const CaseQueryResult &result);
    // Prints "nothing matched"; returns 1.
    static int printNotFound(const CaseQueryResult &result);
    // Prints an answer that is not the case asked for; returns 3.
    static int printUnexpected(const CaseQueryResult &result, const QString &why);
};
