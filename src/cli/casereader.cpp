#include "cli/casereader.h"

#include "cli/clicommon.h"
#include "cli/commandline.h"
#include "core/global.h"
#include "core/net/casequeryjob.h"
#include "core/net/casesclient.h"

#include <QTextStream>

using namespace Cli;

CaseReader::Read CaseReader::byId(CasesClient &client, const QString &server, const QString &operation,
                                  const QString &id, const QString &token, const ConnectionSettings &settings)
{
    Read read;
    CaseQueryJob *job = client.loadCase(server, operation, id, token, settings);
    waitFor(job);
    read.result = job->queryResult();
    job->deleteLater();
    if (!read.result.isSuccess()) {
        read.exitCode = printFailure(read.result);
        return read;
    }
    if (read.result.records.isEmpty()) {
        read.exitCode = printNotFound(read.result);
        return read;
    }
    const QList<CaseRecord> matching = read.result.withId(id);
    if (matching.size() != 1) {
        read.exitCode = printUnexpected(
            read.result,
            matching.isEmpty()
                ? tr("The CRM answered other cases than %1.").arg(id.trimmed())
                : tr("The CRM answered %n cases with the wolkvox-id %1.", nullptr, int(matching.size()))
                      .arg(id.trimmed()));
        return read;
    }
    read.record = matching.constFirst();
    return read;
}

int CaseReader::printFailure(const CaseQueryResult &result)
{
    printJson(result.toJson());
    err() << result.explanation() << Qt::endl;
    return exitCodeFor(result.api.outcome);
}

int CaseReader::printNotFound(const CaseQueryResult &result)
{
    QJsonObject json = result.toJson();
    json.insert(u"outcome"_s, u"not_found"_s);
    printJson(json);
    err() << result.explanation() << Qt::endl;
    return CommandLine::Rejected;
}

int CaseReader::printUnexpected(const CaseQueryResult &result, const QString &why)
{
    QJsonObject json = result.toJson();
    json.insert(u"outcome"_s, ApiResult::outcomeId(ApiResult::Outcome::UnreadableAnswer));
    json.insert(u"msg"_s, why);
    printJson(json);
    err() << why << Qt::endl;
    return CommandLine::Failed;
}
