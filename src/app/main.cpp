#include "demoscreenshot.h"
#include "global.h"
#include "historystore.h"
#include "mainwindow.h"
#include "settings.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <memory>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Casedesk"_s);
    QApplication::setApplicationName(u"Casedesk"_s);
    QApplication::setApplicationVersion(QString::fromLatin1(Casedesk::Version));
    QApplication::setDesktopFileName(u"casedesk"_s);
    // Without a desktop session Qt has no icon theme; Adwaita is the likeliest one installed.
    if (QIcon::themeName().isEmpty() || QIcon::themeName() == u"hicolor"_s)
        QIcon::setFallbackThemeName(u"Adwaita"_s);
    Translations::install(Translations::resolve({}));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main",
        "Correct wolkvox CRM cases. The token is read from WOLKVOX_TOKEN or typed in the window; never "
        "pass it on the command line."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption server(u"server"_s, QApplication::translate("main", "CRM server to connect to."),
                                    u"URL"_s);
    const QCommandLineOption operation(u"operation"_s, QApplication::translate("main", "CRM operation."),
                                       u"OP"_s);
    QCommandLineOption screenshot(u"screenshot"_s,
                                  u"Render the demo to PATH and quit (local simulator only)."_s, u"PATH"_s);
    screenshot.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({server, operation, screenshot});
    parser.process(app);

    // The screenshot demo must neither read nor change the agent's own settings.
    QTemporaryDir scratch;
    const bool demo = parser.isSet(screenshot);
    const auto settings = demo ? std::make_unique<Settings>(scratch.filePath(u"casedesk.ini"_s))
                               : std::make_unique<Settings>();
    QNetworkAccessManager network;
    MemoryHistoryStore history;
    MainWindow window(&network, settings.get(), &history);
    if (parser.isSet(server))
        window.setServer(parser.value(server));
    if (parser.isSet(operation))
        window.setOperation(parser.value(operation));
    if (const QString token = qEnvironmentVariable("WOLKVOX_TOKEN"); !token.isEmpty())
        window.setToken(token);

    std::unique_ptr<DemoScreenshot> driver;
    if (demo) {
        window.resize(1280, 800);
        driver = std::make_unique<DemoScreenshot>(&window, parser.value(screenshot));
        QObject::connect(driver.get(), &DemoScreenshot::finished, &app,
                         [](bool ok) { QCoreApplication::exit(ok ? 0 : 1); });
    }
    window.show();
    if (driver)
        driver->start();
    return app.exec();
}
