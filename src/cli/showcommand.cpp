#include "cli/showcommand.h"

#include "cli/casereader.h"
#include "cli/clicommon.h"
#include "cli/commandline.h"
#include "core/global.h"
#include "core/model/casequery.h"
#include "core/net/casequeryjob.h"
#include "core/net/casesclient.h"
#include "core/net/serveraddress.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTextStream>

using namespace Cli;

int ShowCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Show a case as the CRM has it now (cases/queryCases.php). This costs one call of the token's "
        "daily quota.\n"
        "\n"
        "With --id, standard output is one JSON object: the case, with wolkvox_id, case_number, case_type, "
        "responsible, status, priority, solution (null when the CRM's answer lacks them), custom_fields "
        "([{\"name\",\"value\"}] in the CRM's order) and raw (the CRM's object as it came).\n"
        "With --case-number it is a JSON array of such objects, since several cases can share a number.\n"
        "When no case matches, it is {\"outcome\":\"not_found\",...} and the exit code is 1; on other "
        "failures the same object as update prints.\n"
        "\n"
        "Exit codes: 0 found, 1 no such case or refused by the CRM, 2 invalid input (nothing was sent), "
        "3 network failure, timeout, TLS failure or an unreadable answer."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"show"_s, CommandLine::tr("The command."));
    addCommonOptions(parser);
    parser.addOptions({
        {u"id"_s, tr("The case's wolkvox-id."), u"WOLKVOX_ID"_s},
        {u"case-number"_s, tr("The case number the agents see (the CRM's idCase)."), u"N"_s},
    });
    ConnectionSettings settings;
    if (const auto stop = parseCommand(parser, arguments, &settings))
        return *stop;

    const bool byId = parser.isSet(u"id"_s);
    const bool byNumber = parser.isSet(u"case-number"_s);
    if (byId == byNumber)
        return invalid(tr("Give either --id or --case-number."));
    const QString value = parser.value(byId ? u"id"_s : u"case-number"_s).trimmed();
    if (value.isEmpty())
        return invalid(byId ? tr("--id needs the case's wolkvox-id.") : tr("--case-number needs a number."));
    if (byId && value.contains(u' '))
        return invalid(tr("A wolkvox-id contains no spaces."));
    if (parser.value(u"operation"_s).trimmed().isEmpty())
        return invalid(CommandLine::tr("--operation is required."));
    const ServerAddress server = ServerAddress::parse(parser.value(u"server"_s));
    if (!server.isValid())
        return invalid(server.error());
    const Token token = readToken(parser);
    if (!token.problem.isEmpty())
        return invalid(token.problem);
    const QStringList notices = server.notices();
    for (const QString &notice : notices)
        err() << notice << Qt::endl;

    QNetworkAccessManager network;
    CasesClient client(&network);
    if (byId) {
        const CaseReader::Read read = CaseReader::byId(
            client, parser.value(u"server"_s), parser.value(u"operation"_s), value, token.value, settings);
        if (!read.record)
            return read.exitCode;
        printJson(read.record->toJson());
        err() << read.result.explanation() << Qt::endl;
        return CommandLine::Updated;
    }

    CaseQueryJob *job
        = client.queryCases(parser.value(u"server"_s), parser.value(u"operation"_s),
                            CaseQuery::fieldName(CaseQuery::By::CaseNumber), value, token.value, settings);
    waitFor(job);
    const CaseQueryResult result = job->queryResult();
    if (!result.isSuccess())
        return CaseReader::printFailure(result);
    if (result.records.isEmpty())
        return CaseReader::printNotFound(result);
    QJsonArray cases;
    for (const CaseRecord &record : result.records)
        cases.append(record.toJson());
    QTextStream(stdout) << QString::fromUtf8(QJsonDocument(cases).toJson(QJsonDocument::Compact)) << Qt::endl;
    err() << result.explanation() << Qt::endl;
    if (result.records.size() > 1)
        err() << tr("Pass --id with one of their wolkvox-ids to work on one of them.") << Qt::endl;
    return CommandLine::Updated;
}
