#pragma once

#include <QCoreApplication>
#include <QStringList>

// casedesk-cli show: the case as the CRM has it now (queryCases.php), by wolkvox-id or case number.
class ShowCommand
{
    Q_DECLARE_TR_FUNCTIONS(ShowCommand)

public:
    static int run(const QStringList &arguments);
};
