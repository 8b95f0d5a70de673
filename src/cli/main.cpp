#include "commandline.h"
#include "translations.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Casedesk"));
    QCoreApplication::setApplicationName(QStringLiteral("casedesk-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CASEDESK_VERSION));
    // People's messages follow the system locale (LANG, LC_ALL); the JSON on stdout never changes.
    Translations::install(Translations::resolve({}));
    return CommandLine::run(QCoreApplication::arguments());
}
