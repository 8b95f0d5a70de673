#include "commandline.h"
#include "global.h"
#include "translations.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Casedesk"));
    QCoreApplication::setApplicationName(QStringLiteral("casedesk-cli"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(Casedesk::Version));
    // People's messages follow the system locale (LANG, LC_ALL); the JSON on stdout never changes.
    Translations::install(Translations::resolve({}));
    return CommandLine::run(QCoreApplication::arguments());
}
