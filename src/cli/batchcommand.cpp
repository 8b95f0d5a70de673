#include "cli/batchcommand.h"

#include "cli/clicommon.h"
#include "cli/platform/stopsignals.h"
#include "cli/platform/terminal.h"
#include "core/batch/batchimport.h"
#include "core/batch/batchrunner.h"
#include "core/batch/batchstore.h"
#include "core/global.h"
#include "core/history/sqlitehistorystore.h"
#include "core/model/deliveryplan.h"
#include "core/net/casesclient.h"
#include "core/net/serveraddress.h"
#include "core/net/tokeninformation.h"
#include "core/profiles/profilestore.h"
#include "core/storage/historydatabase.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QTextStream>
#include <QTimer>
#include <chrono>
#include <cstdio>
#include <functional>

namespace {
using namespace Cli;
using State = BatchRow::State;
using Reason = BatchRunner::FinishReason;
constexpr std::chrono::milliseconds PreconnectWait = std::chrono::seconds(5);

QString duration(qint64 ms)
{
    const qint64 seconds = (ms + 999) / 1000;
    if (seconds < 60)
        return BatchCommand::tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return BatchCommand::tr("%1 min").arg((seconds + 59) / 60);
    return BatchCommand::tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60, 2, 10, QChar(u'0'));
}

QJsonObject issueJson(int row, int line, const QString &field, const QString &rule, const QString &message)
{
    return QJsonObject{
        {u"row"_s, row}, {u"line"_s, line}, {u"field"_s, field}, {u"rule"_s, rule}, {u"message"_s, message}};
}

// Prints every problem and the invalid_input JSON; nothing was sent.
int refuse(const QStringList &problems, const QString &field, const QString &rule)
{
    QJsonArray issues;
    for (const QString &problem : problems) {
        err() << problem << Qt::endl;
        issues.append(issueJson(0, 0, field, rule, problem));
    }
    printJson(
        {{u"outcome"_s, ApiResult::outcomeId(ApiResult::Outcome::InvalidInput)}, {u"issues"_s, issues}});
    return BatchCommand::InvalidInput;
}

// Applies --map COLUMN=FIELD and --ignore COLUMN; false with `problem`.
bool applyMapping(const QCommandLineParser &parser, ColumnMapping *mapping, QString *problem)
{
    const auto columnNamed = [&](const QString &name) {
        const int column = mapping->findColumn(name.trimmed());
        if (column < 0) {
            QStringList headers;
            for (const ColumnMapping::Column &c : mapping->columns())
                headers.append(u"“%1”"_s.arg(c.header));
            *problem = BatchCommand::tr("There is no column “%1” in the header. The columns are: %2.")
                           .arg(name, headers.join(u", "_s));
        }
        return column;
    };
    const QStringList maps = parser.values(u"map"_s);
    for (const QString &map : maps) {
        const qsizetype eq = map.indexOf(u'=');
        if (eq <= 0) {
            *problem = BatchCommand::tr("--map takes COLUMN=FIELD, not “%1”.").arg(map);
            return false;
        }
        const int column = columnNamed(map.left(eq));
        if (column < 0)
            return false;
        const QString field = map.mid(eq + 1).trimmed();
        if (field.startsWith(u"form:"_s, Qt::CaseInsensitive)) {
            const QString name = field.mid(5).trimmed();
            if (name.isEmpty()) {
                *problem = BatchCommand::tr("--map %1: give the custom field a name after “form:”.").arg(map);
                return false;
            }
            mapping->setTarget(column, ColumnMapping::Target::CustomField, name);
            continue;
        }
        std::optional<ColumnMapping::Target> target = ColumnMapping::targetFromId(field);
        if (!target)
            target = ColumnMapping::recognise(field);
        if (!target) {
            QStringList ids;
            for (const ColumnMapping::Target t : ColumnMapping::targets())
                ids.append(ColumnMapping::targetId(t));
            *problem = BatchCommand::tr("--map %1: “%2” is not a field. Use one of %3, or form:NAME.")
                           .arg(map, field, ids.join(u", "_s));
            return false;
        }
        mapping->setTarget(column, *target);
    }
    const QStringList ignored = parser.values(u"ignore"_s);
    for (const QString &name : ignored) {
        const int column = columnNamed(name);
        if (column < 0)
            return false;
        mapping->setTarget(column, ColumnMapping::Target::Ignore);
    }
    return true;
}

void printMapping(const ColumnMapping &mapping)
{
    for (const ColumnMapping::Column &column : mapping.columns()) {
        if (column.target == ColumnMapping::Target::CustomField)
            err()
                << BatchCommand::tr("Column “%1” → custom field “%2”").arg(column.header, column.customName);
        else
            err() << BatchCommand::tr("Column “%1” → %2")
                         .arg(column.header, ColumnMapping::targetName(column.target));
        err() << Qt::endl;
    }
}

QString progressLine(const BatchRunner::Progress &p)
{
    const QLocale locale;
    QString line = BatchCommand::tr("%1 of %2 rows processed")
                       .arg(locale.toString(p.finished()), locale.toString(p.total));
    if (p.failed > 0)
        line += u" · "_s + BatchCommand::tr("%n failed", nullptr, p.failed);
    if (p.rowsPerMinute > 0)
        line += u" · "_s + BatchCommand::tr("%1 rows/min").arg(locale.toString(p.rowsPerMinute, 'f', 0));
    if (p.remainingMs > 0)
        line += u" · "_s + BatchCommand::tr("%1 left").arg(duration(p.remainingMs));
    return line;
}

// Why a batch must not start, once the calls it will spend were weighed against those left today; the
// outcome is empty when it may.
struct QuotaVerdict
{
    QString outcome; // "quota_short", "token_rejected", "unreachable", "quota_unchecked"
    QString message; // translated
};

// Says how many calls of the daily quota sending spends and asks the CRM how many are left (one call of
// tokenInformation.php), on standard error and as "quota" in `json`.
QuotaVerdict weighQuota(CasesClient &client, const QString &server, const QString &operation,
                        const QString &token, const ConnectionSettings &settings, int calls,
                        QJsonObject *json)
{
    const QLocale locale;
    err() << BatchCommand::tr("Sending it spends %Ln call(s) of the token's daily quota.", nullptr, calls)
          << Qt::endl;
    QJsonObject quota{{u"calls"_s, calls}};
    QuotaVerdict verdict;
    const ApiResult answer = waitFor(client.tokenInformation(server, operation, token, settings));
    const TokenInformation info = TokenInformation::fromData(answer.data);
    if (!answer.isSuccess() || !info.isKnown()) {
        const bool tokenRefused = answer.vendorError == ApiResult::VendorError::MissingToken
            || answer.vendorError == ApiResult::VendorError::InvalidToken;
        const bool unreachable = answer.outcome == ApiResult::Outcome::NetworkFailure
            || answer.outcome == ApiResult::Outcome::Timeout;
        verdict.outcome = tokenRefused ? u"token_rejected"_s
            : unreachable              ? u"unreachable"_s
                                       : u"quota_unchecked"_s;
        verdict.message = tokenRefused || unreachable
            ? BatchCommand::tr("The calls left today could not be asked for, so nothing was sent: %1")
                  .arg(answer.explanation())
            : BatchCommand::tr("The calls left today could not be asked for, so nothing was sent: %1 Pass "
                               "--allow-over-quota to send without asking.")
                  .arg(answer.explanation());
        quota.insert(u"left"_s, QJsonValue());
    } else {
        err() << BatchCommand::tr("The token has %1 of its %2 calls left today (asking cost one call).")
                     .arg(locale.toString(info.remaining()), locale.toString(info.limit))
              << Qt::endl;
        quota.insert(u"left"_s, info.remaining());
        quota.insert(u"limit"_s, info.limit);
        quota.insert(u"hours_to_restart"_s, info.hoursToRestart);
        if (info.remaining() < calls) {
            verdict.outcome = u"quota_short"_s;
            // The restart time only when the CRM said it: a sentence with "at ?" in it reads badly.
            verdict.message = info.hoursToRestart >= 0
                ? BatchCommand::tr(
                      "Only %Ln call(s) are left today and this batch needs %1, so it was not "
                      "started. Run it when the count restarts, at %2, or pass --allow-over-quota "
                      "to send what today's calls allow and --resume the rest later.",
                      nullptr, info.remaining())
                      .arg(locale.toString(calls),
                           locale.toString(
                               QDateTime::currentDateTime().addSecs(qint64(info.hoursToRestart * 3600)),
                               QLocale::ShortFormat))
                : BatchCommand::tr(
                      "Only %Ln call(s) are left today and this batch needs %1, so it was not "
                      "started. Run it when the count restarts, or pass --allow-over-quota to send "
                      "what today's calls allow and --resume the rest later.",
                      nullptr, info.remaining())
                      .arg(locale.toString(calls));
        }
    }
    quota.insert(u"enough"_s, verdict.outcome.isEmpty());
    json->insert(u"quota"_s, quota);
    return verdict;
}

// How the valid rows' attachments travel, when that is worth saying: one update per file, or files the
// CRM cannot keep.
void describeDeliveries(const BatchImport &import, const ConnectionSettings &settings)
{
    int split = 0;
    int lossy = 0;
    for (const PlannedRow &row : import.rows()) {
        if (!row.isValid())
            continue;
        const DeliveryPlan plan = DeliveryPlan::make(row.update, settings);
        split += plan.isSplit();
        lossy += plan.isLossy();
    }
    if (split > 0) {
        err() << BatchCommand::tr(
            "%n row(s) have several files: each is sent as one update per file, with the "
            "same fields, so that the CRM keeps every file; each update is one call.",
            nullptr, split)
              << Qt::endl;
    }
    if (lossy > 0) {
        err() << BatchCommand::tr("%n row(s) send several files in one request under the part name “%1”: the "
                                  "CRM keeps only the last file of each, and those rows end incomplete.",
                                  nullptr, lossy)
                     .arg(settings.attachmentPartName)
              << Qt::endl;
    }
}

// Failed rows whose outcome is uncertain: the request may have been applied. Not a row whose read
// failed: nothing of it was sent to update.php.
bool isUncertain(const BatchRow &row)
{
    return row.state == State::Failed && !row.failedReading() && row.outcome
        && (*row.outcome == ApiResult::Outcome::NetworkFailure || *row.outcome == ApiResult::Outcome::Timeout
            || *row.outcome == ApiResult::Outcome::UnreadableAnswer
            || *row.outcome == ApiResult::Outcome::Cancelled);
}

QString rowLabel(const BatchRow &row)
{
    return BatchCommand::tr("Row %1 (line %2, case %3)")
        .arg(row.number)
        .arg(row.line)
        .arg(row.update.wolkvoxId);
}
} // namespace

int BatchCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Update many cases from a CSV file (or TAB-separated text on standard input with FILE “-”). Every "
           "row is checked with the window's rules before anything is sent; rows are sent at the CRM's pace "
           "and their progress is kept, so an interrupted batch can be resumed.\n"
           "\n"
           "Columns are mapped from their header names in English, Spanish or Portuguese (wolkvox-id/id, "
           "case-type/tipo de caso, responsible/responsable/responsável, status/estado, "
           "priority/prioridad/prioridade, solution/solución/solução, attachments/adjuntos/anexos, "
           "operation); a header “form:NAME” is the custom field NAME. Attachment cells hold paths separated "
           "by |, relative to the file. Empty custom-field cells are not sent.\n"
           "\n"
           "Exit codes:\n"
           "  0  every row was updated\n"
           "  1  some rows were rejected by the CRM, skipped as invalid (--skip-invalid), or incomplete:\n"
           "     updated, but not every file can have arrived (--attachments one-request)\n"
           "  2  invalid input; nothing was sent\n"
           "  3  some rows failed on the network or were interrupted; check those cases in the CRM\n"
           "  4  the batch stopped early (daily quota used up, token refused, CRM unreachable or in\n"
           "     maintenance, Ctrl-C); the rest is kept: run again with --resume. Also when a --from-crm\n"
           "     batch did not start because the calls left today cannot finish it (a dry run: would\n"
           "     not start)\n"
           "\n"
           "A batch says how many calls of the token's daily quota it will spend: one per update request\n"
           "(one per file where files go one update per file), and with --from-crm one more per row for\n"
           "its read. A --from-crm batch, and its dry run, first ask the CRM how many calls are left,\n"
           "which costs one call (token/tokenInformation.php), and a batch they cannot finish does not\n"
           "start unless --allow-over-quota is given."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"batch"_s, tr("The command."));
    parser.addPositionalArgument(u"FILE"_s, tr("The CSV file, or - for text on standard input."));
    addCommonOptions(parser);
    parser.addOptions({
        {u"profile"_s,
         tr("Take the server, operation, default case type, status and priority and the connection settings "
            "from the window's connection profile NAME."),
         u"NAME"_s},
        {u"dry-run"_s,
         tr("Check every row and report, with the calls of the daily quota the batch will spend (with "
            "--from-crm against those left: asking costs one call); send nothing.")},
        {u"from-crm"_s,
         tr("Read each row's case first (one more call of the quota per row) and take every field no column "
            "and no option gives (case type, responsible, status, priority, solution) from the case as the "
            "CRM has it, so a file of ids and the columns to change is enough (e.g. wolkvox-id;responsable). "
            "A profile's default case type, status and priority are not used. Rows are checked again "
            "after their read; one the case leaves invalid fails without being sent.")},
        {u"allow-over-quota"_s,
         tr("With --from-crm: start even when the calls left today cannot finish the batch (it stops when "
            "they run out; --resume goes on), without spending a call to ask how many are left.")},
        {u"concurrency"_s, tr("Requests in flight at once: 1 or 2 (default 2, the CRM's limit per token)."),
         u"N"_s},
        {u"results"_s, tr("Write each row's outcome to OUT.csv when the batch ends."), u"OUT.csv"_s},
        {u"resume"_s,
         tr("Continue the last unfinished batch of this file (same path and content). Rows that were being "
            "sent when it stopped are reported, not resent.")},
        {u"resend-interrupted"_s,
         tr("With --resume: send again the rows that were being sent when the batch stopped. Check those "
            "cases first: the CRM may already have applied them.")},
        {u"retry-failed"_s, tr("With --resume: send again the rows that failed.")},
        {u"new"_s, tr("Start a new batch even if this file was sent before.")},
        {u"skip-invalid"_s,
         tr("Send the valid rows even if others are invalid (they are reported, not sent).")},
        {u"map"_s,
         tr("Map a column to a field: wolkvox-id, case-type, responsible, status, priority, solution, "
            "attachments, operation, ignore, or form:NAME for a custom field. Repeat for more."),
         u"COLUMN=FIELD"_s},
        {u"ignore"_s, tr("Do not send this column. Repeat for more."), u"COLUMN"_s},
        {u"custom-fields"_s,
         tr("Send the columns no field name matches as custom fields (default: ignore them).")},
        {u"case-type"_s, tr("Case type for the rows when no column gives it."), u"TYPE"_s},
        {u"responsible"_s, tr("Responsible for the rows when no column gives it."), u"USER"_s},
        {u"status"_s, tr("Status for the rows when no column gives it."), u"STATUS"_s},
        {u"priority"_s, tr("Priority for the rows when no column gives it."), u"PRIORITY"_s},
        {u"solution"_s, tr("Solution for the rows when no column gives it."), u"TEXT"_s},
        {u"closed-status"_s,
         tr("A status that closes cases; repeat for more (default: %1).")
             .arg(ConnectionSettings::defaultClosedStatuses().join(u", "_s)),
         u"STATUS"_s},
        {u"database"_s,
         tr("The history file that keeps batches (default: the window's, %1).")
             .arg(QDir::toNativeSeparators(asWindow(&HistoryDatabase::defaultPath))),
         u"PATH"_s},
    });
    addAttachmentOptions(parser);

    ConnectionSettings settings;
    if (const auto stop = parseCommand(parser, arguments, &settings))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return invalid(tr("Give one file: casedesk-cli batch FILE.csv (or - for standard input)."));
    const QString fileArgument = positional.at(1);

    // Defaults and settings: the profile first, then the options.
    BatchDefaults defaults;
    if (parser.isSet(u"profile"_s)) {
        ProfileStore profiles(asWindow(&ProfileStore::defaultFilePath), nullptr);
        if (!profiles.load())
            return invalid(profiles.error());
        const QString wanted = parser.value(u"profile"_s).trimmed();
        std::optional<ConnectionProfile> found;
        QStringList names;
        for (const ConnectionProfile &profile : profiles.profiles()) {
            names.append(u"“%1”"_s.arg(profile.name));
            if (profile.name.compare(wanted, Qt::CaseInsensitive) == 0 || profile.id == wanted)
                found = profile;
        }
        if (!found) {
            return invalid(
                names.isEmpty()
                    ? tr("There is no connection profile “%1”; the window has none yet.").arg(wanted)
                    : tr("There is no connection profile “%1”. The profiles are: %2.")
                          .arg(wanted, names.join(u", "_s)));
        }
        defaults = BatchDefaults::fromProfile(*found);
        settings = defaults.settings;
        if (parser.isSet(u"from-crm"_s)) {
            // The CRM's own values, not the profile's defaults, fill what the file does not give.
            defaults.caseType.clear();
            defaults.status.clear();
            defaults.priority.clear();
        }
    }
    defaults.fromCrm = parser.isSet(u"from-crm"_s);
    if (parser.isSet(u"timeout"_s))
        settings.timeoutSeconds = parser.value(u"timeout"_s).toInt();
    if (parser.isSet(u"closed-status"_s))
        settings.closedStatuses = parser.values(u"closed-status"_s);
    if (QString problem; !applyAttachmentOptions(parser, &settings, &problem))
        return invalid(problem);
    int concurrency = Casedesk::MaxRequestsInFlightPerToken;
    if (parser.isSet(u"concurrency"_s)) {
        bool ok = false;
        concurrency = parser.value(u"concurrency"_s).toInt(&ok);
        if (!ok || concurrency < 1 || concurrency > Casedesk::MaxRequestsInFlightPerToken)
            return invalid(tr("--concurrency takes 1 or 2: the CRM allows at most 2 requests at a time per "
                              "token."));
    }
    const struct
    {
        const char16_t *option;
        QString *field;
    } texts[] = {
        {u"server", &defaults.server},      {u"operation", &defaults.operation},
        {u"case-type", &defaults.caseType}, {u"responsible", &defaults.responsible},
        {u"status", &defaults.status},      {u"priority", &defaults.priority},
        {u"solution", &defaults.solution},
    };
    for (const auto &t : texts) {
        const QString option = QString::fromUtf16(t.option);
        if (parser.isSet(option))
            *t.field = parser.value(option);
    }
    defaults.settings = settings;
    if (parser.isSet(u"resend-interrupted"_s) && !parser.isSet(u"resume"_s))
        return invalid(tr("--resend-interrupted only works with --resume."));
    if (parser.isSet(u"retry-failed"_s) && !parser.isSet(u"resume"_s))
        return invalid(tr("--retry-failed only works with --resume."));
    if (parser.isSet(u"allow-over-quota"_s) && !parser.isSet(u"from-crm"_s))
        return invalid(tr("--allow-over-quota only works with --from-crm."));
    if (parser.isSet(u"resume"_s) && parser.isSet(u"new"_s))
        return invalid(tr("Choose --resume or --new, not both."));

    // The server is checked once here rather than on every row.
    const ServerAddress server = ServerAddress::parse(defaults.server);
    if (!server.isValid())
        return invalid(defaults.server.trimmed().isEmpty() ? tr("--server is required (or --profile).")
                                                           : server.error());
    for (const QString &notice : server.notices())
        err() << notice << Qt::endl;

    // A connection per request in flight, opened now: their handshakes (a round trip for TCP, two more for
    // TLS) overlap reading the file, opening the database and storing the rows, so the first rows find
    // them ready. Nothing is sent on them: a batch that then stops (an invalid file, a refused resume) has
    // spent no call. A dry run sends nothing, so it opens nothing ahead.
    QNetworkAccessManager network;
    CasesClient client(&network);
    if (!parser.isSet(u"dry-run"_s)) {
        for (int i = 0; i < concurrency; ++i)
            client.preconnect(defaults.server, settings);
    }

    // Read and check.
    const auto unknown = parser.isSet(u"custom-fields"_s) ? ColumnMapping::UnknownColumns::CustomFields
                                                          : ColumnMapping::UnknownColumns::Ignore;
    BatchImport import;
    if (fileArgument == u"-"_s) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return invalid(tr("Standard input cannot be read."));
        import = BatchImport::fromBytes(in.readAll(), QString(), defaults, unknown);
    } else {
        import = BatchImport::fromFile(fileArgument, defaults, unknown);
    }
    if (!import.fileProblems().isEmpty()) {
        QStringList problems;
        for (const QString &problem : import.fileProblems())
            problems.append(tr("%1: %2").arg(import.sourceName(), problem));
        return refuse(problems, u"file"_s, u"file"_s);
    }
    for (const CsvProblem &notice : import.table().notices)
        err() << tr("%1: %2").arg(import.sourceName(), notice.message) << Qt::endl;
    ColumnMapping mapping = import.mapping();
    QString problem;
    if (!applyMapping(parser, &mapping, &problem))
        return invalid(problem);
    import.setMapping(mapping);
    if (parser.isSet(u"dry-run"_s))
        printMapping(import.mapping());
    if (!import.mappingProblems().isEmpty()) {
        if (!defaults.fromCrm)
            err() << tr("With --from-crm, each row reads its case first and the CRM's values fill the fields "
                        "the file does not give.")
                  << Qt::endl;
        return refuse(import.mappingProblems(), u"form"_s, u"mapping"_s);
    }

    QJsonArray issues;
    for (const PlannedRow &row : import.rows()) {
        for (const ValidationIssue &issue : row.issues) {
            err() << tr("Row %1 (line %2): %3").arg(row.number).arg(row.line).arg(issue.message) << Qt::endl;
            issues.append(issueJson(row.number, row.line, issue.field, issue.rule, issue.message));
        }
    }
    const QJsonObject checked{
        {u"rows"_s, import.rowCount()},
        {u"valid"_s, import.validCount()},
        {u"invalid"_s, import.invalidCount()},
    };

    // The quota is asked of the token's operation: the default one, else the first row's.
    QString quotaOperation = defaults.operation.trimmed();
    for (const PlannedRow &row : import.rows()) {
        if (quotaOperation.isEmpty() && row.isValid())
            quotaOperation = row.update.operation.trimmed();
    }
    // Each row of a --from-crm batch costs two calls at least: such a batch asks first what is left.
    const bool askQuota = defaults.fromCrm && !parser.isSet(u"allow-over-quota"_s);

    describeDeliveries(import, settings);
    if (parser.isSet(u"dry-run"_s)) {
        err() << tr("%1 of %2 rows can be sent.").arg(import.validCount()).arg(import.rowCount()) << Qt::endl;
        QJsonObject json = checked;
        json.insert(u"outcome"_s, u"dry_run"_s);
        json.insert(u"issues"_s, issues);
        int exitCode = import.invalidCount() == 0 ? AllUpdated : InvalidInput;
        if (import.validCount() > 0) {
            const int calls = import.callsNeeded();
            const Token token = readToken(parser);
            if (!askQuota || !token.problem.isEmpty()) {
                err() << tr("Sending it spends %Ln call(s) of the token's daily quota.", nullptr, calls)
                      << Qt::endl;
                if (askQuota)
                    err() << tr("The calls left today were not asked for: %1").arg(token.problem) << Qt::endl;
                json.insert(u"quota"_s, QJsonObject{{u"calls"_s, calls}, {u"left"_s, QJsonValue()}});
            } else if (const QuotaVerdict verdict = weighQuota(client, defaults.server, quotaOperation,
                                                               token.value, settings, calls, &json);
                       !verdict.outcome.isEmpty()) {
                err() << verdict.message << Qt::endl;
                if (exitCode == AllUpdated)
                    exitCode = Stopped; // it would not start
            }
        }
        if (parser.isSet(u"results"_s)) {
            QList<BatchRow> rows;
            for (const PlannedRow &planned : import.rows()) {
                BatchRow row;
                row.number = planned.number;
                row.line = planned.line;
                row.update = planned.update;
                row.state = planned.isValid() ? State::Queued : State::Skipped;
                QStringList messages;
                for (const ValidationIssue &issue : planned.issues)
                    messages.append(issue.message);
                row.message = messages.join(u' ');
                rows.append(row);
            }
            QString error;
            if (!BatchStore::writeResults(rows, parser.value(u"results"_s), &error))
                return invalid(error);
            json.insert(u"results"_s, QFileInfo(parser.value(u"results"_s)).absoluteFilePath());
        }
        printJson(json);
        return exitCode;
    }
    if (import.invalidCount() > 0 && !parser.isSet(u"skip-invalid"_s) && !parser.isSet(u"resume"_s)) {
        err() << tr(
            "Nothing was sent: %n row(s) cannot be sent. Fix the file, or pass --skip-invalid to send "
            "the valid rows only.",
            nullptr, import.invalidCount())
              << Qt::endl;
        QJsonObject json = checked;
        json.insert(u"outcome"_s, ApiResult::outcomeId(ApiResult::Outcome::InvalidInput));
        json.insert(u"issues"_s, issues);
        printJson(json);
        return InvalidInput;
    }

    const Token token = readToken(parser);
    if (!token.problem.isEmpty())
        return invalid(token.problem);

    // The batch database: shared with the window, so it shows the batch and its attempts.
    const QString databasePath
        = parser.isSet(u"database"_s) ? parser.value(u"database"_s) : asWindow(&HistoryDatabase::defaultPath);
    // One connection and one session for both, as in the window.
    SqliteHistoryStore history(databasePath);
    if (!history.open())
        return invalid(history.error());
    BatchStore store(history.database(), history.session());
    if (!store.open())
        return invalid(store.error());

    // Nothing is sent, and no new batch stored, when the calls left today cannot finish what is to send.
    QJsonObject quotaJson;
    const auto refuseOverQuota = [&](qint64 batch, int calls) -> std::optional<int> {
        if (!askQuota || calls == 0)
            return std::nullopt;
        const QuotaVerdict verdict
            = weighQuota(client, defaults.server, quotaOperation, token.value, settings, calls, &quotaJson);
        if (verdict.outcome.isEmpty())
            return std::nullopt;
        err() << verdict.message << Qt::endl;
        QJsonObject json{{u"batch"_s, batch}, {u"outcome"_s, verdict.outcome}, {u"msg"_s, verdict.message}};
        json.insert(u"quota"_s, quotaJson.value(u"quota"_s));
        printJson(json);
        return int(Stopped);
    };

    qint64 batchId = 0;
    const std::optional<BatchInfo> previous = store.findLatest(import.sourcePath(), import.sourceSha256());
    if (parser.isSet(u"resume"_s)) {
        if (!previous) {
            return invalid(tr("There is no batch of %1 with this content to resume. If you changed the file, "
                              "run without --resume to start a new batch.")
                               .arg(import.sourceName()));
        }
        batchId = previous->id;
        const QList<BatchRow> interrupted = store.rows(batchId, {State::Interrupted});
        if (parser.isSet(u"resend-interrupted"_s)) {
            store.requeue(batchId, {State::Interrupted});
        } else if (!interrupted.isEmpty()) {
            err() << tr(
                "%n row(s) were being sent when the batch stopped; the CRM may or may not have applied "
                "them. Check these cases; they are sent again only with --resend-interrupted:",
                nullptr, int(interrupted.size()))
                  << Qt::endl;
            for (const BatchRow &row : interrupted)
                err() << u"  "_s << rowLabel(row) << Qt::endl;
        }
        if (parser.isSet(u"retry-failed"_s))
            store.requeue(batchId, {State::Failed});
        err() << tr("Resuming batch %1 of %2.").arg(batchId).arg(import.sourceName()) << Qt::endl;
        if (const auto stop = refuseOverQuota(batchId, BatchRunner::callsLeft(store.rows(batchId), settings)))
            return *stop;
    } else {
        if (previous && !parser.isSet(u"new"_s)
            && (previous->isUnfinished() || previous->count(State::Done) > 0)) {
            const QString when = QLocale().toString(previous->created.toLocalTime(), QLocale::ShortFormat);
            return invalid(
                previous->isUnfinished()
                    ? tr("%1 was already started as batch %2 on %3 and is not finished (%4 of %5 rows "
                         "updated). Pass --resume to continue it, or --new to send everything again.")
                          .arg(import.sourceName())
                          .arg(previous->id)
                          .arg(when)
                          .arg(previous->count(State::Done))
                          .arg(previous->total())
                    : tr("%1 was already sent as batch %2 on %3 (%4 of %5 rows updated). Pass --new to "
                         "send it again.")
                          .arg(import.sourceName())
                          .arg(previous->id)
                          .arg(when)
                          .arg(previous->count(State::Done))
                          .arg(previous->total()));
        }
        if (const auto stop = refuseOverQuota(0, import.callsNeeded()))
            return *stop;
        if (previous && previous->isUnfinished())
            store.close(previous->id); // replaced by the new batch: no longer offered for resuming
        batchId = store.create(import);
        if (batchId == 0)
            return invalid(store.error());
    }

    // Send, once the connections opened ahead are up (see CasesClient::preconnectsPending). A handshake
    // that takes longer than PreconnectWait is not waited for: the requests then meet what it met.
    if (client.preconnectsPending() > 0) {
        QEventLoop connecting;
        QTimer::singleShot(PreconnectWait, &connecting, &QEventLoop::quit);
        QObject::connect(&client, &CasesClient::preconnectFinished, &connecting, [&] {
            if (client.preconnectsPending() == 0)
                connecting.quit();
        });
        connecting.exec();
    }
    BatchRunner runner(&store, &client, &history);
    runner.setToken(token.value);
    runner.setSettings(settings);
    runner.setConcurrency(concurrency);

    const bool tty = Terminal::stderrIsTerminal();
    QElapsedTimer sinceLine;
    sinceLine.start();
    int lastTenth = -1;
    QObject::connect(&runner, &BatchRunner::progressChanged, &runner, [&](const BatchRunner::Progress &p) {
        const int tenth = p.total > 0 ? p.finished() * 10 / p.total : 10;
        if (tty) {
            if (sinceLine.elapsed() < 200 && p.queued + p.inFlight > 0)
                return;
            sinceLine.restart();
            err() << '\r' << progressLine(p) << u"    "_s << Qt::flush;
        } else if (tenth != lastTenth) {
            // Logs get a line every tenth of the batch, not a carriage-return animation.
            lastTenth = tenth;
            err() << progressLine(p) << Qt::endl;
        }
    });
    QObject::connect(&runner, &BatchRunner::rowFinished, &runner, [&](const BatchRow &row) {
        if (row.state != State::Failed)
            return;
        if (tty)
            err() << '\r' << QString(60, u' ') << '\r';
        err() << tr("%1: %2").arg(rowLabel(row), row.message) << Qt::endl;
    });
    QObject::connect(&runner, &BatchRunner::waiting, &runner, [&](int delayMs, const QString &reason) {
        if (tty)
            err() << '\r' << QString(60, u' ') << '\r';
        err() << reason << u' ' << tr("Next try in %1.").arg(duration(delayMs)) << Qt::endl;
    });

    bool stoppedByUser = false;
    StopSignals stopSignals;
    stopSignals.onSignal(&runner, [&] {
        if (!stoppedByUser) {
            stoppedByUser = true;
            err() << Qt::endl
                  << tr("Stopping after the requests in flight; press Ctrl-C again to stop at once.")
                  << Qt::endl;
            runner.pause();
        } else {
            runner.abort();
        }
    });

    QEventLoop loop;
    QObject::connect(&runner, &BatchRunner::finished, &loop, &QEventLoop::quit);
    QObject::connect(&runner, &BatchRunner::stateChanged, &loop, [&](BatchRunner::State state) {
        if (state == BatchRunner::State::Paused && stoppedByUser)
            loop.quit();
    });
    if (!runner.start(batchId)) {
        err() << runner.error() << Qt::endl;
        printJson({{u"batch"_s, batchId},
                   {u"outcome"_s, BatchRunner::finishReasonId(runner.finishReason())},
                   {u"msg"_s, runner.error()}});
        return runner.finishReason() == Reason::ClaimFailed ? Stopped : InvalidInput;
    }
    loop.exec();
    if (tty)
        err() << Qt::endl;

    const bool finished = runner.state() == BatchRunner::State::Finished;
    const Reason reason = finished ? runner.finishReason() : Reason::None;
    const QString message = runner.error();
    store.release(batchId);
    const QHash<State, int> counts = store.counts(batchId);
    const QList<BatchRow> rows = store.rows(batchId);
    int uncertain = 0;
    int rejected = 0;
    for (const BatchRow &row : rows) {
        if (isUncertain(row))
            ++uncertain;
        else if (row.state == State::Failed)
            ++rejected;
    }

    QJsonObject json{
        {u"batch"_s, batchId},
        {u"outcome"_s, stoppedByUser && !finished ? u"stopped"_s : BatchRunner::finishReasonId(reason)},
        {u"rows"_s, int(rows.size())},
        {u"done"_s, counts.value(State::Done)},
        {u"failed"_s, counts.value(State::Failed)},
        {u"skipped"_s, counts.value(State::Skipped)},
        {u"interrupted"_s, counts.value(State::Interrupted)},
        {u"queued"_s, counts.value(State::Queued)},
        {u"cancelled"_s, counts.value(State::Cancelled)},
        {u"sent"_s, runner.progress().sentThisRun},
        {u"reads"_s, runner.progress().readsThisRun},
        {u"retries"_s, runner.progress().retries},
    };
    if (quotaJson.contains(u"quota"_s))
        json.insert(u"quota"_s, quotaJson.value(u"quota"_s));
    if (!message.isEmpty())
        json.insert(u"msg"_s, message);
    if (parser.isSet(u"results"_s)) {
        QString error;
        if (store.exportResults(batchId, parser.value(u"results"_s), &error))
            json.insert(u"results"_s, QFileInfo(parser.value(u"results"_s)).absoluteFilePath());
        else
            err() << error << Qt::endl;
    }
    printJson(json);

    err()
        << tr("Batch %1: %2 of %3 rows updated.").arg(batchId).arg(counts.value(State::Done)).arg(rows.size())
        << Qt::endl;
    if (!message.isEmpty())
        err() << message << Qt::endl;
    if (stoppedByUser || (finished && reason != Reason::Completed)) {
        if (counts.value(State::Queued) > 0)
            err() << tr("%n row(s) not sent yet. Run the same command with --resume to continue.", nullptr,
                        counts.value(State::Queued))
                  << Qt::endl;
        return Stopped;
    }
    if (counts.value(State::Interrupted) > 0 || uncertain > 0) {
        err() << tr("Check the cases of the rows that failed on the network or were interrupted: the CRM may "
                    "have applied them.")
              << Qt::endl;
        return SomeUncertain;
    }
    if (rejected > 0 || counts.value(State::Skipped) > 0)
        return SomeNotUpdated;
    return AllUpdated;
}
