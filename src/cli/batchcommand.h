#pragma once

#include <QCoreApplication>
#include <QStringList>

// casedesk-cli batch: checks a CSV of cases, sends it at the CRM's pace, resumes it after a crash.
class BatchCommand
{
    Q_DECLARE_TR_FUNCTIONS(BatchCommand)

public:
    enum ExitCode {
        AllUpdated = 0, // every row of the file was updated
        SomeNotUpdated = 1, // some rows were rejected by the CRM or skipped as invalid
        InvalidInput = 2, // nothing was sent: the file, the options or the rows need fixing
        SomeUncertain = 3, // some rows failed on the network or were interrupted: check those cases
        Stopped
        = 4, // stopped before the end (quota, token, CRM unreachable, Ctrl-C): run again with --resume
    };

    static int run(const QStringList &arguments);
};
