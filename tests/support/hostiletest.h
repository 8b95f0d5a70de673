#pragma once

// Helpers shared by the hostile-server, TLS and local-input tests.
#include "core/global.h"
#include "core/model/caseupdate.h"
#include "core/net/apijob.h"
#include "support/simulatorprocess.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>

#include <linux/capability.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace HostileTest {
inline const QString Token = QString::fromLatin1(SimulatorProcess::DemoToken);

inline CaseUpdate demoUpdate(const QString &server)
{
    CaseUpdate u;
    u.server = server;
    u.operation = QString::fromLatin1(SimulatorProcess::DemoOperation);
    u.wolkvoxId = QString::fromLatin1(SimulatorProcess::DemoCase);
    u.caseType = u"Request"_s;
    u.responsible = u"ana@modulodeprueba"_s;
    u.status = u"open"_s;
    u.priority = u"low"_s;
    return u;
}

inline ApiResult run(ApiJob *job, int timeoutMs = 60000)
{
    QSignalSpy finished(job, &ApiJob::finished);
    if (!finished.wait(timeoutMs))
        return {};
    return finished.constFirst().constFirst().value<ApiResult>();
}

struct CliRun
{
    int exitCode = -1;
    QJsonObject json;
    QString err;
};

// casedesk-cli with the token in its environment, never on its command line.
inline CliRun cli(const QString &program, const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"WOLKVOX_TOKEN"_s, Token);
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    CliRun result;
    if (!process.waitForFinished(60000))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.json = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

inline QStringList cliUpdateArguments(const QString &server)
{
    const CaseUpdate u = demoUpdate(server);
    return {u"update"_s,   u"--server"_s, u.server,         u"--operation"_s, u.operation,
            u"--id"_s,     u.wolkvoxId,   u"--case-type"_s, u.caseType,       u"--responsible"_s,
            u.responsible, u"--status"_s, u.status,         u"--priority"_s,  u.priority};
}

// Root reads any file whatever its mode. For the length of a test, this thread gives up the capabilities
// that allow that (from its effective set only, so they can be taken back), and an unreadable file is
// unreadable again: open() meets the same EACCES an agent's account would.
class WithoutReadOverride
{
public:
    WithoutReadOverride()
    {
        if (geteuid() != 0)
            return;
        if (!get(m_saved))
            return;
        __user_cap_data_struct lowered[2] = {m_saved[0], m_saved[1]};
        for (const int cap : {CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH})
            lowered[cap / 32].effective &= ~(1u << (cap % 32));
        m_active = set(lowered);
    }
    ~WithoutReadOverride()
    {
        if (m_active)
            set(m_saved);
    }
    Q_DISABLE_COPY_MOVE(WithoutReadOverride)
    // True when permission bits bind this thread (not root, or root without the override).
    static bool permissionsApply(const WithoutReadOverride &guard)
    {
        return geteuid() != 0 || guard.m_active;
    }

private:
    static bool get(__user_cap_data_struct *data)
    {
        __user_cap_header_struct header{_LINUX_CAPABILITY_VERSION_3, 0};
        return syscall(SYS_capget, &header, data) == 0;
    }
    static bool set(__user_cap_data_struct *data)
    {
        __user_cap_header_struct header{_LINUX_CAPABILITY_VERSION_3, 0};
        return syscall(SYS_capset, &header, data) == 0;
    }
    __user_cap_data_struct m_saved[2] = {};
    bool m_active = false;
};
} // namespace HostileTest
