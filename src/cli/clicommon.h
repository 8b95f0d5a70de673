#pragma once

#include "core/model/connectionsettings.h"
#include "core/net/apiresult.h"

#include <QJsonObject>
#include <QString>
#include <functional>
#include <optional>

class ApiJob;
class QCommandLineParser;
class QTextStream;

// What every casedesk-cli command shares: its streams, the token, the common options.
namespace Cli {
// The window's own files (history, profiles), whatever this program is called: the CLI and the window
// share the batches and their history.
QString asWindow(const std::function<QString()> &path);

// People's messages (standard error).
QTextStream &err();
// One compact JSON object and a line break on standard output.
void printJson(const QJsonObject &object);

struct Token
{
    QString value;
    QString problem; // translated; set when there is no usable token
};
// From --token-file or WOLKVOX_TOKEN; never from argv, where any user on the machine can read it.
Token readToken(const QCommandLineParser &parser);

int exitCodeFor(ApiResult::Outcome outcome);
// An upload's progress on one line of standard error, rewritten in place; and that line cleared.
void showUploadProgress(qint64 sent, qint64 total);
void clearUploadProgress();
// Runs an event loop until the job finishes; with `showProgress`, the upload's progress on standard error.
ApiResult waitFor(ApiJob *job, bool showProgress = false);
// Prints `message` and the invalid_input JSON; returns the exit code for invalid input.
int invalid(const QString &message);

// --server, --operation, --token-file, --timeout.
void addCommonOptions(QCommandLineParser &parser);
// --file-field and --attachments: the attachment part's name and how several files travel.
void addAttachmentOptions(QCommandLineParser &parser);
// Applies them to `settings`; false with `problem` (translated) when a value is not one of the choices.
bool applyAttachmentOptions(const QCommandLineParser &parser, ConnectionSettings *settings, QString *problem);
// Parses, answers --help, applies --timeout. Returns the exit code when the command should stop here.
std::optional<int> parseCommand(QCommandLineParser &parser, const QStringList &arguments,
                                ConnectionSettings *settings);
} // namespace Cli
