#include "cli/clicommon.h"

#include "cli/commandline.h"
#include "core/global.h"
#include "core/net/apijob.h"
#include "core/net/cabundle.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QLocale>
#include <QTextStream>

namespace Cli {
QString asWindow(const std::function<QString()> &path)
{
    const QString own = QCoreApplication::applicationName();
    QCoreApplication::setApplicationName(u"Casedesk"_s);
    const QString result = path();
    QCoreApplication::setApplicationName(own);
    return result;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

void printJson(const QJsonObject &object)
{
    QTextStream out(stdout);
    out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << Qt::endl;
}

// The token never comes from argv: any user on the machine can read a process's arguments.
Token readToken(const QCommandLineParser &parser)
{
    if (parser.isSet(u"token-file"_s)) {
        QFile file(parser.value(u"token-file"_s));
        if (!file.open(QIODevice::ReadOnly))
            return {{},
                    CommandLine::tr("Cannot read the token file %1: %2")
                        .arg(file.fileName(), file.errorString())};
        const QString token = QString::fromUtf8(file.readLine(4096)).trimmed();
        if (token.isEmpty())
            return {{}, CommandLine::tr("The token file %1 is empty.").arg(file.fileName())};
        return {token, {}};
    }
    const QString token = qEnvironmentVariable("WOLKVOX_TOKEN").trimmed();
    if (token.isEmpty())
        return {{}, CommandLine::tr("No token: set WOLKVOX_TOKEN or pass --token-file PATH.")};
    return {token, {}};
}

int exitCodeFor(ApiResult::Outcome outcome)
{
    switch (outcome) {
    case ApiResult::Outcome::Success:
        return CommandLine::Updated;
    case ApiResult::Outcome::Rejected:
        return CommandLine::Rejected;
    case ApiResult::Outcome::InvalidInput:
        return CommandLine::InvalidInput;
    case ApiResult::Outcome::Incomplete:
        return CommandLine::FilesMissing;
    default:
        return CommandLine::Failed;
    }
}

void showUploadProgress(qint64 sent, qint64 total)
{
    if (total <= 0)
        return;
    const QLocale locale;
    err() << '\r'
          << CommandLine::tr("Uploading %1 of %2")
                 .arg(locale.formattedDataSize(sent), locale.formattedDataSize(total))
          << "   " << Qt::flush;
}

void clearUploadProgress()
{
    err() << '\r' << QString(40, u' ') << '\r' << Qt::flush;
}

ApiResult waitFor(ApiJob *job, bool showProgress)
{
    QEventLoop loop;
    ApiResult result;
    if (showProgress)
        QObject::connect(job, &ApiJob::uploadProgress, &loop, &showUploadProgress);
    QObject::connect(job, &ApiJob::finished, &loop, [&](const ApiResult &r) {
        result = r;
        loop.quit();
    });
    loop.exec();
    if (showProgress)
        clearUploadProgress();
    return result;
}

int invalid(const QString &message)
{
    err() << message << Qt::endl;
    printJson({{u"outcome"_s, ApiResult::outcomeId(ApiResult::Outcome::InvalidInput)}, {u"msg"_s, message}});
    return CommandLine::InvalidInput;
}

void addCommonOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {u"server"_s, CommandLine::tr("CRM server host or URL, e.g. crm0001.wolkvox.com."), u"URL_OR_HOST"_s},
        {u"operation"_s, CommandLine::tr("The CRM operation (tenant) name."), u"OP"_s},
        {u"token-file"_s,
         CommandLine::tr("Read the Wolkvox-Token from the first line of PATH "
                         "(default: the WOLKVOX_TOKEN environment variable)."),
         u"PATH"_s},
        {u"timeout"_s,
         CommandLine::tr("Abandon the transfer after SECONDS without progress (default %1).")
             .arg(ConnectionSettings::DefaultTimeoutSeconds),
         u"SECONDS"_s},
        {u"ca-bundle"_s,
         CommandLine::tr("Also trust the certificate authorities in this PEM file (a company's private CA). "
                         "Certificate errors are never ignored."),
         u"FILE"_s},
    });
}

void addAttachmentOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {u"file-field"_s, CommandLine::tr("Name of the attachment part: file (default), files or file[]."),
         u"NAME"_s},
        {u"attachments"_s,
         CommandLine::tr(
             "How several attachments travel: auto (default: under file or files one update per file, "
             "with the same fields, one call of the quota each, because the CRM's PHP keeps only the last "
             "file of a plain part name; under file[] one request), one-per-file, or one-request (every "
             "file in one request: under file or files only the last one arrives, and the outcome is "
             "“incomplete”)."),
         u"MODE"_s},
    });
}

bool applyAttachmentOptions(const QCommandLineParser &parser, ConnectionSettings *settings, QString *problem)
{
    if (parser.isSet(u"file-field"_s)) {
        settings->attachmentPartName = parser.value(u"file-field"_s);
        if (!ConnectionSettings::attachmentPartNames().contains(settings->attachmentPartName)) {
            *problem = CommandLine::tr("--file-field must be file, files or file[].");
            return false;
        }
    }
    if (parser.isSet(u"attachments"_s)) {
        const QString mode = parser.value(u"attachments"_s).trimmed();
        const std::optional<ConnectionSettings::AttachmentDelivery> delivery = mode == u"auto"_s
            ? ConnectionSettings::AttachmentDelivery::Automatic
            : ConnectionSettings::deliveryFromId(mode);
        if (!delivery) {
            *problem = CommandLine::tr("--attachments must be auto, one-per-file or one-request, not “%1”.")
                           .arg(mode);
            return false;
        }
        settings->attachmentDelivery = *delivery;
    }
    return true;
}

namespace {
bool applyCommonSettings(const QCommandLineParser &parser, ConnectionSettings *settings, QString *problem)
{
    if (parser.isSet(u"timeout"_s)) {
        bool ok = false;
        const int seconds = parser.value(u"timeout"_s).toInt(&ok);
        if (!ok || seconds < 1 || seconds > 86400) {
            *problem = CommandLine::tr("--timeout takes a whole number of seconds from 1 to 86400.");
            return false;
        }
        settings->timeoutSeconds = seconds;
    }
    if (parser.isSet(u"ca-bundle"_s)) {
        settings->caBundlePath = parser.value(u"ca-bundle"_s).trimmed();
        const CaBundle::Loaded bundle = CaBundle::load(settings->caBundlePath);
        if (!bundle.ok()) {
            *problem = bundle.error;
            return false;
        }
    }
    return true;
}

} // namespace

// Parses a command's options, answers --help, and applies the options every command shares.
// Returns the exit code when the command should stop here.
std::optional<int> parseCommand(QCommandLineParser &parser, const QStringList &arguments,
                                ConnectionSettings *settings)
{
    if (!parser.parse(arguments))
        return invalid(parser.errorText());
    if (parser.isSet(u"help"_s)) {
        QTextStream(stdout) << parser.helpText();
        return CommandLine::Updated;
    }
    QString problem;
    if (!applyCommonSettings(parser, settings, &problem))
        return invalid(problem);
    return std::nullopt;
}
} // namespace Cli
