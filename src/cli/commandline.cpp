#include "cli/commandline.h"

#include "core/net/apijob.h"
#include "cli/batchcommand.h"
#include "core/net/cabundle.h"
#include "core/net/casesclient.h"
#include "cli/clicommon.h"
#include "core/global.h"
#include "core/net/serveraddress.h"
#include "core/net/tokeninformation.h"
#include "core/model/validator.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QTextStream>
#include <cstdio>
#include <optional>
#include <unistd.h>

namespace {
using namespace Cli;

ApiResult waitFor(ApiJob *job, bool showProgress)
{
    QEventLoop loop;
    ApiResult result;
    if (showProgress) {
        QObject::connect(job, &ApiJob::uploadProgress, &loop, [](qint64 sent, qint64 total) {
            if (total <= 0)
                return;
            const QLocale locale;
            err() << '\r'
                  << CommandLine::tr("Uploading %1 of %2")
                         .arg(locale.formattedDataSize(sent), locale.formattedDataSize(total))
                  << "   " << Qt::flush;
        });
    }
    QObject::connect(job, &ApiJob::finished, &loop, [&](const ApiResult &r) {
        result = r;
        loop.quit();
    });
    loop.exec();
    if (showProgress)
        err() << '\r' << QString(40, u' ') << '\r' << Qt::flush;
    return result;
}

QString helpText()
{
    return CommandLine::tr(
        "Usage: casedesk-cli COMMAND [OPTIONS]\n"
        "\n"
        "Commands:\n"
        "  update      Update one case through cases/update.php.\n"
        "  batch       Update many cases from a CSV file, checked first, resumable.\n"
        "  token-info  Show the token's daily quota (costs one call).\n"
        "\n"
        "The token is read from the WOLKVOX_TOKEN environment variable or from --token-file PATH,\n"
        "never from the command line.\n"
        "\n"
        "update prints the parsed answer as one JSON object on standard output:\n"
        "  "
        "{\"http\":200,\"code\":200,\"error\":null,\"msg\":\"...\",\"wolkvox_id\":\"...\",\"outcome\":"
        "\"success\"}\n"
        "outcome is one of success, rejected, network_failure, timeout, cancelled, unreadable_answer,\n"
        "invalid_input. Messages for people go to standard error.\n"
        "\n"
        "Exit codes of update and token-info:\n"
        "  0  the case was updated\n"
        "  1  the CRM rejected the update\n"
        "  2  invalid input; nothing was sent\n"
        "  3  network failure, timeout, TLS failure or an unreadable answer\n"
        "batch uses the same codes for its rows, and 4 when it stopped before the end\n"
        "(see 'casedesk-cli batch --help').\n"
        "\n"
        "Run 'casedesk-cli COMMAND --help' for the options of a command.");
}

int runUpdate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CommandLine::tr("Update one wolkvox CRM case."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"update"_s, CommandLine::tr("The command."));
    addCommonOptions(parser);
    parser.addOptions({
        {u"id"_s, CommandLine::tr("The case's wolkvox-id."), u"WOLKVOX_ID"_s},
        {u"case-type"_s,
         CommandLine::tr("Case type: Request, Complaints, Claims, Suggestions or a custom one."), u"TYPE"_s},
        {u"responsible"_s, CommandLine::tr("Responsible user's wolkvox e-mail (user@operation)."), u"USER"_s},
        {u"status"_s, CommandLine::tr("Status, as configured in the operation."), u"STATUS"_s},
        {u"priority"_s, CommandLine::tr("Priority, as configured in the operation."), u"PRIORITY"_s},
        {u"solution"_s, CommandLine::tr("The solution; required when the status is a closed one."),
         u"TEXT"_s},
        {u"field"_s, CommandLine::tr("A custom field for the form JSON; repeat for more, order is kept."),
         u"NAME=VALUE"_s},
        {u"file"_s, CommandLine::tr("Attach a file; repeat for more."), u"PATH"_s},
        {u"closed-status"_s,
         CommandLine::tr("A status that closes cases; repeat for more (default: %1).")
             .arg(ConnectionSettings::defaultClosedStatuses().join(u", "_s)),
         u"STATUS"_s},
        {u"file-field"_s, CommandLine::tr("Name of the attachment part: file (default), files or file[]."),
         u"NAME"_s},
        {u"max-file-size"_s,
         CommandLine::tr("Largest attachment allowed, in bytes (default %1).")
             .arg(ConnectionSettings::DefaultMaxAttachmentBytes),
         u"BYTES"_s},
    });
    ConnectionSettings settings;
    if (const auto stop = parseCommand(parser, arguments, &settings))
        return *stop;
    if (parser.isSet(u"closed-status"_s))
        settings.closedStatuses = parser.values(u"closed-status"_s);
    if (parser.isSet(u"file-field"_s)) {
        settings.attachmentPartName = parser.value(u"file-field"_s);
        if (!ConnectionSettings::attachmentPartNames().contains(settings.attachmentPartName))
            return invalid(CommandLine::tr("--file-field must be file, files or file[]."));
    }
    if (parser.isSet(u"max-file-size"_s)) {
        bool ok = false;
        settings.maxAttachmentBytes = parser.value(u"max-file-size"_s).toLongLong(&ok);
        if (!ok || settings.maxAttachmentBytes < 0)
            return invalid(CommandLine::tr("--max-file-size takes a number of bytes."));
    }

    CaseUpdate update;
    update.server = parser.value(u"server"_s);
    update.operation = parser.value(u"operation"_s);
    update.wolkvoxId = parser.value(u"id"_s);
    update.caseType = parser.value(u"case-type"_s);
    update.responsible = parser.value(u"responsible"_s);
    update.status = parser.value(u"status"_s);
    update.priority = parser.value(u"priority"_s);
    update.solution = parser.value(u"solution"_s);
    const QStringList fields = parser.values(u"field"_s);
    for (const QString &field : fields) {
        const qsizetype eq = field.indexOf(u'=');
        if (eq < 0)
            return invalid(CommandLine::tr("--field takes NAME=VALUE, not “%1”.").arg(field));
        update.customFields.append({field.left(eq), field.mid(eq + 1)});
    }
    update.attachments = parser.values(u"file"_s);

    const QList<ValidationIssue> issues = Validator::validate(update, settings);
    const Token token = readToken(parser);
    if (!issues.isEmpty() || !token.problem.isEmpty()) {
        QJsonArray list;
        for (const ValidationIssue &issue : issues) {
            err() << issue.field << ": " << issue.message << Qt::endl;
            list.append(QJsonObject{
                {u"field"_s, issue.field}, {u"rule"_s, issue.rule}, {u"message"_s, issue.message}});
        }
        if (!token.problem.isEmpty()) {
            err() << token.problem << Qt::endl;
            list.append(QJsonObject{
                {u"field"_s, u"token"_s}, {u"rule"_s, u"required"_s}, {u"message"_s, token.problem}});
        }
        printJson(
            {{u"outcome"_s, ApiResult::outcomeId(ApiResult::Outcome::InvalidInput)}, {u"issues"_s, list}});
        return CommandLine::InvalidInput;
    }
    const QStringList notices = ServerAddress::parse(update.server).notices();
    for (const QString &notice : notices)
        err() << notice << Qt::endl;

    QNetworkAccessManager network;
    CasesClient client(&network);
    const ApiResult result = waitFor(client.updateCase(update, token.value, settings),
                                     !update.attachments.isEmpty() && isatty(STDERR_FILENO));
    printJson(result.toJson());
    err() << result.explanation() << Qt::endl;
    return exitCodeFor(result.outcome);
}

int runTokenInfo(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CommandLine::tr("Show the token's daily quota. This costs one call."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"token-info"_s, CommandLine::tr("The command."));
    addCommonOptions(parser);
    ConnectionSettings settings;
    if (const auto stop = parseCommand(parser, arguments, &settings))
        return *stop;
    const Token token = readToken(parser);
    if (!token.problem.isEmpty())
        return invalid(token.problem);
    if (parser.value(u"operation"_s).trimmed().isEmpty())
        return invalid(CommandLine::tr("--operation is required."));
    const ServerAddress server = ServerAddress::parse(parser.value(u"server"_s));
    if (!server.isValid())
        return invalid(server.error());

    QNetworkAccessManager network;
    CasesClient client(&network);
    const ApiResult result
        = waitFor(client.tokenInformation(parser.value(u"server"_s), parser.value(u"operation"_s),
                                          token.value, settings),
                  false);
    QJsonObject json = result.toJson();
    json.insert(u"data"_s, result.data);
    printJson(json);
    if (result.isSuccess()) {
        const TokenInformation info = TokenInformation::fromData(result.data);
        err() << CommandLine::tr("%1 of %2 calls left today; the count restarts in %3 hours.")
                     .arg(QLocale().toString(info.remaining()), QLocale().toString(info.limit),
                          QLocale().toString(info.hoursToRestart, 'f', 1))
              << Qt::endl;
    } else {
        err() << result.explanation() << Qt::endl;
    }
    return exitCodeFor(result.outcome);
}
} // namespace

int CommandLine::run(const QStringList &arguments)
{
    const QStringList args = arguments.mid(1);
    for (const QString &arg : args) {
        if (arg == u"--token"_s || arg.startsWith(u"--token="_s)) {
            return invalid(tr("The token is never taken from the command line, where other users can see it. "
                              "Set WOLKVOX_TOKEN or use --token-file PATH."));
        }
    }
    const QString command = args.value(0);
    if (command == u"--version"_s || command == u"-v"_s) {
        QTextStream(stdout) << "casedesk-cli " << Casedesk::Version << Qt::endl;
        return Updated;
    }
    if (command.isEmpty() || command == u"--help"_s || command == u"-h"_s || command == u"help"_s) {
        QTextStream(command.isEmpty() ? stderr : stdout) << helpText() << Qt::endl;
        return command.isEmpty() ? InvalidInput : Updated;
    }
    if (command == u"update"_s)
        return runUpdate(arguments);
    if (command == u"token-info"_s)
        return runTokenInfo(arguments);
    if (command == u"batch"_s)
        return BatchCommand::run(arguments);
    return invalid(tr("Unknown command “%1”. Run casedesk-cli --help.").arg(command));
}
