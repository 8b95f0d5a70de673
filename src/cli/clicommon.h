#pragma once

#include "core/net/apiresult.h"
#include "core/model/connectionsettings.h"

#include <QJsonObject>
#include <QString>
#include <optional>

class ApiJob;
class QCommandLineParser;
class QTextStream;

// What every casedesk-cli command shares: its streams, the token, the common options.
namespace Cli {
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
// Runs an event loop until the job finishes; with `showProgress`, the upload's progress on standard error.
ApiResult waitFor(ApiJob *job, bool showProgress = false);
// Prints `message` and the invalid_input JSON; returns the exit code for invalid input.
int invalid(const QString &message);

// --server, --operation, --token-file, --timeout.
void addCommonOptions(QCommandLineParser &parser);
// Parses, answers --help, applies --timeout. Returns the exit code when the command should stop here.
std::optional<int> parseCommand(QCommandLineParser &parser, const QStringList &arguments,
                                ConnectionSettings *settings);
} // namespace Cli
