#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

// casedesk-cli: the same core as the window, for integrators' scripts. Returns the process exit code.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    // 4: the CRM updated the case, but not every attachment can have reached it (Outcome::Incomplete).
    enum ExitCode { Updated = 0, Rejected = 1, InvalidInput = 2, Failed = 3, FilesMissing = 4 };

    static int run(const QStringList &arguments);
};
