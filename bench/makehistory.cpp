// casedesk-bench-makehistory PATH ROWS: writes a generated history of ROWS attempts to PATH, so the
// start-up benchmark can also open the window on a realistic profile.
#include "historygenerator.h"

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: casedesk-bench-makehistory PATH ROWS\n");
        return 2;
    }
    const QString error = generateHistory(args.at(1), args.at(2).toInt());
    if (!error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    return 0;
}
