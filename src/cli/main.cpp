#include "cli/commandline.h"
#include "core/audience.h"
#include "core/global.h"
#include "core/translations.h"
#ifdef CASEDESK_DEV_HOOKS
#include "dev/stallprobe.h"
#endif

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Casedesk"));
    QCoreApplication::setApplicationName(QStringLiteral("casedesk-cli"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(Casedesk::Version));
    // People's messages follow the system locale (LANG, LC_ALL); the JSON on stdout never changes.
    Translations::install(Translations::resolve({}));
    Casedesk::setAudience(Casedesk::Audience::CommandLine); // remedies name options, not Settings
#ifdef CASEDESK_DEV_HOOKS
    StallProbe::installFromEnvironment(&app); // bench/ only, inert unless CASEDESK_STALL_PROBE=1
#endif
    return CommandLine::run(QCoreApplication::arguments());
}
