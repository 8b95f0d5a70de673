#include "cli/commandline.h"

#include "cli/batchcommand.h"
#include "cli/casereader.h"
#include "cli/clicommon.h"
#include "cli/platform/terminal.h"
#include "cli/showcommand.h"
#include "core/batch/readfirst.h"
#include "core/global.h"
#include "core/history/sqlitehistorystore.h"
#include "core/model/casecomparison.h"
#include "core/model/deliveryplan.h"
#include "core/model/validator.h"
#include "core/net/apijob.h"
#include "core/net/cabundle.h"
#include "core/net/casesclient.h"
#include "core/net/serveraddress.h"
#include "core/net/tokeninformation.h"
#include "core/send/updatesender.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QTextStream>
#include <cstdio>
#include <memory>
#include <optional>

namespace {
using namespace Cli;

QString helpText()
{
    return CommandLine::tr(
        "Usage: casedesk-cli COMMAND [OPTIONS]\n"
        "\n"
        "Commands:\n"
        "  update      Update one case through cases/update.php.\n"
        "  show        Show a case as the CRM has it now (cases/queryCases.php).\n"
        "  batch       Update many cases from a CSV file, checked first, resumable.\n"
        "  token-info  Show the token's daily quota (costs one call).\n"
        "\n"
        "The token is read from the WOLKVOX_TOKEN environment variable or from --token-file PATH,\n"
        "never from the command line.\n"
        "\n"
        "update prints the parsed answer as one JSON object on standard output:\n"
        "  "
        "{\"http\":200,\"code\":200,\"error\":null,\"msg\":\"...\",\"wolkvox_id\":\"...\",\"outcome\":"
        "\"success\",\n"
        "   \"requests\":[...],\"delivered\":[...],\"not_sent\":[...]}\n"
        "outcome is one of success, rejected, network_failure, timeout, cancelled, unreadable_answer,\n"
        "invalid_input, incomplete; \"requests\" has each request's answer and the files it carried.\n"
        "Messages for people go to standard error.\n"
        "\n"
        "Exit codes of update, show and token-info:\n"
        "  0  the case was updated (show: found)\n"
        "  1  the CRM rejected the update (show: no such case; update --if-unchanged: the case\n"
        "     changed since, nothing was sent)\n"
        "  2  invalid input; nothing was sent\n"
        "  3  network failure, timeout, TLS failure or an unreadable answer\n"
        "  4  the CRM updated the case but cannot have kept every attachment (--attachments\n"
        "     one-request under file or files)\n"
        "When an update goes as one request per file and one fails, the exit code is that\n"
        "request's, and standard error says which files were delivered and which were not sent.\n"
        "show prints the case as one JSON object (--id), or a JSON array of cases (--case-number).\n"
        "update --from-crm and --if-unchanged read the case first: two calls of the quota.\n"
        "batch uses the same codes for its rows, and 4 when it stopped before the end\n"
        "(see 'casedesk-cli batch --help').\n"
        "\n"
        "Run 'casedesk-cli COMMAND --help' for the options of a command.");
}

// "a.pdf, b.png": the files' names without their folders, in the locale's list style.
QString fileNames(const QStringList &paths)
{
    QStringList names;
    for (const QString &path : paths)
        names.append(QFileInfo(path).fileName());
    return QLocale().createSeparatedList(names);
}

// Sends `update` through `sender` (one request per file under a plain part name), saying on standard error
// which request is on its way when there are several, and waits for the report.
UpdateSender::Report sendAndWait(UpdateSender &sender, const CaseUpdate &update, const QString &token,
                                 const ConnectionSettings &settings, const QJsonObject &baseline,
                                 bool showProgress)
{
    QEventLoop loop;
    UpdateSender::Report report;
    QObject::connect(&sender, &UpdateSender::requestStarted, &loop, [&](int index, int count, qint64) {
        if (count > 1) {
            err() << CommandLine::tr("Sending update %1 of %2 (%3)…")
                         .arg(index + 1)
                         .arg(count)
                         .arg(fileNames(sender.plan().requests.value(index)))
                  << Qt::endl;
        }
    });
    if (showProgress) {
        QObject::connect(&sender, &UpdateSender::uploadProgress, &loop, &showUploadProgress);
        QObject::connect(&sender, &UpdateSender::requestFinished, &loop, &clearUploadProgress);
    }
    QObject::connect(&sender, &UpdateSender::finished, &loop, [&](const UpdateSender::Report &r) {
        report = r;
        loop.quit();
    });
    if (!sender.send(update, token, settings, baseline))
        return report;
    loop.exec();
    return report;
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
        {u"max-file-size"_s,
         CommandLine::tr("Largest attachment allowed, in bytes (default %1).")
             .arg(ConnectionSettings::DefaultMaxAttachmentBytes),
         u"BYTES"_s},
        {u"from-crm"_s,
         CommandLine::tr(
             "Read the case first (one more call of the quota) and take every required field "
             "not given (case type, responsible, status, priority, and the solution) from the "
             "case as the CRM has it now. Custom fields not given keep the CRM's values anyway.")},
        {u"if-unchanged"_s,
         CommandLine::tr("Read the case first (one more call of the quota) and send nothing, exiting with 1, "
                         "unless every --expect still holds.")},
        {u"expect"_s,
         CommandLine::tr(
             "With --if-unchanged: the value FIELD must still have in the CRM; FIELD is case-type, "
             "responsible, status, priority, solution or form:NAME. Repeat for more."),
         u"FIELD=VALUE"_s},
        {u"database"_s,
         CommandLine::tr("Record each request as an attempt in this history file (the window's is %1), "
                         "with the files it carried; by default nothing is recorded.")
             .arg(QDir::toNativeSeparators(Cli::asWindow(&HistoryDatabase::defaultPath))),
         u"PATH"_s},
    });
    addAttachmentOptions(parser);
    ConnectionSettings settings;
    if (const auto stop = parseCommand(parser, arguments, &settings))
        return *stop;
    if (parser.isSet(u"closed-status"_s))
        settings.closedStatuses = parser.values(u"closed-status"_s);
    if (QString problem; !applyAttachmentOptions(parser, &settings, &problem))
        return invalid(problem);
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

    const bool fromCrm = parser.isSet(u"from-crm"_s);
    const bool ifUnchanged = parser.isSet(u"if-unchanged"_s);
    QList<FieldChange> expectations; // field, expected value (in `after`)
    const QStringList expects = parser.values(u"expect"_s);
    for (const QString &expect : expects) {
        const qsizetype eq = expect.indexOf(u'=');
        const QString field = eq < 0 ? QString() : expect.left(eq).trimmed();
        static const QStringList known{u"case-type"_s, u"responsible"_s, u"status"_s, u"priority"_s,
                                       u"solution"_s};
        if (eq < 0 || !(known.contains(field) || (field.startsWith(u"form:"_s) && field.size() > 5)))
            return invalid(
                CommandLine::tr("--expect takes FIELD=VALUE with FIELD one of case-type, responsible, "
                                "status, priority, solution or form:NAME, not “%1”.")
                    .arg(expect));
        expectations.append({field, {}, expect.mid(eq + 1)});
    }
    if (!expectations.isEmpty() && !ifUnchanged)
        return invalid(CommandLine::tr("--expect only works with --if-unchanged."));
    if (ifUnchanged && expectations.isEmpty())
        return invalid(CommandLine::tr("--if-unchanged needs at least one --expect FIELD=VALUE."));

    const Token token = readToken(parser);
    const auto printIssues = [&](const QList<ValidationIssue> &issues) {
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
        return int(CommandLine::InvalidInput);
    };

    QNetworkAccessManager network;
    CasesClient client(&network);
    std::optional<CaseRecord> loaded;
    if (fromCrm || ifUnchanged) {
        // What the read needs is checked before it: nothing at all is sent with a bad server, id or token.
        QList<ValidationIssue> readIssues;
        const QList<ValidationIssue> all = Validator::validate(update, settings);
        for (const ValidationIssue &issue : all) {
            if (issue.field == u"server"_s || issue.field == u"operation"_s || issue.field == u"wolkvox-id"_s)
                readIssues.append(issue);
        }
        if (!readIssues.isEmpty() || !token.problem.isEmpty())
            return printIssues(readIssues);
        const CaseReader::Read read = CaseReader::byId(client, update.server, update.operation,
                                                       update.wolkvoxId, token.value, settings);
        if (!read.record)
            return read.exitCode;
        loaded = read.record;

        QJsonArray mismatches;
        for (const FieldChange &expected : std::as_const(expectations)) {
            std::optional<QString> actual;
            if (expected.field.startsWith(u"form:"_s)) {
                if (loaded->has(CaseRecord::Field::CustomFields))
                    actual = loaded->customField(expected.field.mid(5)).value_or(QString());
            } else {
                const auto field = [&]() -> std::pair<CaseRecord::Field, QString> {
                    if (expected.field == u"case-type"_s)
                        return {CaseRecord::Field::CaseType, loaded->caseType};
                    if (expected.field == u"responsible"_s)
                        return {CaseRecord::Field::Responsible, loaded->responsible};
                    if (expected.field == u"status"_s)
                        return {CaseRecord::Field::Status, loaded->status};
                    if (expected.field == u"priority"_s)
                        return {CaseRecord::Field::Priority, loaded->priority};
                    return {CaseRecord::Field::Solution, loaded->solution};
                }();
                if (loaded->has(field.first))
                    actual = field.second;
            }
            if (actual && CaseComparison::sameValue(expected.field, expected.after, *actual))
                continue;
            // A field the CRM's answer does not show cannot be vouched for: that does not hold either.
            err() << (actual ? CommandLine::tr("%1: expected “%2”, the CRM has “%3”.")
                                   .arg(expected.field, expected.after, *actual)
                             : CommandLine::tr("%1: expected “%2”, the CRM's answer does not show it.")
                                   .arg(expected.field, expected.after))
                  << Qt::endl;
            mismatches.append(QJsonObject{{u"field"_s, expected.field},
                                          {u"expected"_s, expected.after},
                                          {u"actual"_s, actual ? QJsonValue(*actual) : QJsonValue()}});
        }
        if (!mismatches.isEmpty()) {
            const QString message
                = CommandLine::tr("The case changed since you looked at it; nothing was sent.");
            err() << message << Qt::endl;
            printJson({{u"outcome"_s, u"conflict"_s},
                       {u"msg"_s, message},
                       {u"mismatches"_s, mismatches},
                       {u"case"_s, loaded->toJson()}});
            return CommandLine::Rejected;
        }
        if (fromCrm)
            update = ReadFirst::fill(update, *loaded);
    }

    const QList<ValidationIssue> issues = Validator::validate(update, settings);
    if (!issues.isEmpty() || !token.problem.isEmpty())
        return printIssues(issues);
    const QStringList notices = ServerAddress::parse(update.server).notices();
    for (const QString &notice : notices)
        err() << notice << Qt::endl;

    // The history, when asked for, is opened before anything is sent: an unusable file sends nothing.
    std::unique_ptr<SqliteHistoryStore> history;
    if (parser.isSet(u"database"_s)) {
        history = std::make_unique<SqliteHistoryStore>(parser.value(u"database"_s));
        if (!history->open())
            return invalid(history->error());
    }
    // What will happen and what it costs, before it happens: one update per file, or files at risk.
    if (const QString plan = DeliveryPlan::make(update, settings).summary(settings.attachmentPartName);
        !plan.isEmpty())
        err() << plan << Qt::endl;
    UpdateSender sender(&client, history.get());
    const UpdateSender::Report report = sendAndWait(
        sender, update, token.value, settings, loaded ? ReadFirst::baseline(*loaded) : QJsonObject(),
        !update.attachments.isEmpty() && Terminal::stderrIsTerminal());
    const ApiResult &result = report.result;
    QJsonObject json = report.toJson();
    if (loaded) {
        // What this update changed in the case as it was read: [{"field","before","after"}].
        QJsonArray changes;
        const QList<FieldChange> list = CaseComparison::changes(*loaded, update);
        for (const FieldChange &change : list)
            changes.append(QJsonObject{
                {u"field"_s, change.field}, {u"before"_s, change.before}, {u"after"_s, change.after}});
        json.insert(u"changes"_s, changes);
    }
    printJson(json);
    err() << result.explanation() << Qt::endl;
    if (report.isPartial()) {
        err() << CommandLine::tr("The CRM has the fields and %n file(s) from the updates before: %1.",
                                 nullptr, int(report.delivered.size()))
                     .arg(fileNames(report.delivered))
              << Qt::endl;
    }
    if (!report.notSent.isEmpty()) {
        err() << CommandLine::tr("%n file(s) were not sent: %1.", nullptr, int(report.notSent.size()))
                     .arg(fileNames(report.notSent))
              << Qt::endl;
    }
    if (!report.historyError.isEmpty())
        err() << CommandLine::tr("The history could not record this attempt: %1").arg(report.historyError)
              << Qt::endl;
    // The request that decides: the first that failed, so a partial delivery exits with its code.
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
        // A clock time rather than "in 6.4 hours": no decimal plural.
        const QDateTime restart = QDateTime::currentDateTime().addSecs(qint64(info.hoursToRestart * 3600));
        //: %Ln calls are left of the token's daily %1; %2 is a date and time
        err() << CommandLine::tr("%Ln of %1 calls left today; the count restarts at %2.", nullptr,
                                 info.remaining())
                     .arg(QLocale().toString(info.limit),
                          info.hoursToRestart >= 0 ? QLocale().toString(restart, QLocale::ShortFormat)
                                                   : u"?"_s)
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
    if (command == u"show"_s)
        return ShowCommand::run(arguments);
    if (command == u"batch"_s)
        return BatchCommand::run(arguments);
    return invalid(tr("Unknown command “%1”. Run casedesk-cli --help.").arg(command));
}
