#include "commandline.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Casedesk"));
    QCoreApplication::setApplicationName(QStringLiteral("casedesk-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CASEDESK_VERSION));
    return CommandLine::run(QCoreApplication::arguments());
}
