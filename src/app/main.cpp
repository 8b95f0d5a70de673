#include "core/batch/batchstore.h"
#include "gui/dev/demoscreenshot.h"
#include "core/profiles/draftstore.h"
#include "core/global.h"
#include "core/history/historystore.h"
#include "gui/main/mainwindow.h"
#include "core/profiles/profilestore.h"
#include "core/profiles/secretstore.h"
#include "core/profiles/settings.h"
#include "app/singleinstance.h"
#include "core/history/sqlitehistorystore.h"
#include "core/stallprobe.h"
#include "gui/dev/startupprobe.h"
#include "app/testhooks.h"
#include "core/translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <memory>

namespace {
// --lang, then the language chosen in Settings, then the system's. Looked up before the parser runs so
// that --help itself comes out in the chosen language.
QString requestedLanguage(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg.startsWith(u"--lang="_s))
            return arg.mid(7);
        if (arg == u"--lang"_s && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (arg.startsWith(u"--screenshot"_s))
            return {}; // the demos never read the agent's settings
    }
    return Settings().language();
}

// Brings the window to the front for a later start. On Wayland only the token that start was given by
// the desktop lets a window take the focus; Qt uses it from the environment on activation.
void present(QWidget *window, const QString &activationToken)
{
    if (!activationToken.isEmpty())
        qputenv("XDG_ACTIVATION_TOKEN", activationToken.toUtf8());
    window->setWindowState((window->windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    window->show();
    window->raise();
    window->activateWindow();
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Casedesk"_s);
    QApplication::setApplicationName(u"Casedesk"_s);
    QApplication::setApplicationVersion(QString::fromLatin1(Casedesk::Version));
    // Wayland's app id and the window-to-menu-entry match: the installed .desktop file's name.
    QApplication::setDesktopFileName(QString::fromLatin1(Casedesk::AppId));
    // Without a desktop session Qt has no icon theme; Adwaita is the likeliest one installed.
    if (QIcon::themeName().isEmpty() || QIcon::themeName() == u"hicolor"_s)
        QIcon::setFallbackThemeName(u"Adwaita"_s);
    Translations::install(Translations::resolve(requestedLanguage(QCoreApplication::arguments())));

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
    QCommandLineOption batchScreenshot(
        u"screenshot-batch"_s,
        u"Render the bulk-correction demo to PATH (its steps to PATH-mapping, -check, -send) and quit."_s,
        u"PATH"_s);
    batchScreenshot.setFlags(QCommandLineOption::HiddenFromHelp);
    const QCommandLineOption lang(u"lang"_s,
                                  QApplication::translate("main",
                                                          "Language of the window: %1 (default: the "
                                                          "language chosen in Settings, or the system's).")
                                      .arg(Translations::available().join(u", "_s)),
                                  u"LANGUAGE"_s);
    parser.addOptions({server, operation, lang, screenshot, batchScreenshot});
    parser.addPositionalArgument(u"files"_s,
                                 QApplication::translate("main",
                                                         "Files to attach to the case. When Casedesk is "
                                                         "already running, its window comes to the front "
                                                         "and attaches them."),
                                 u"[FILE...]"_s);
    parser.process(app);
    const QStringList files
        = SingleInstance::absolutePaths(parser.positionalArguments(), QDir::currentPath());

    // The screenshot demo must neither read nor change the agent's own settings.
    QTemporaryDir scratch;
    const bool batchDemo = parser.isSet(batchScreenshot);
    const bool demo = parser.isSet(screenshot) || batchDemo;

    // One window per session: a second start hands its files to the first and leaves. The demo is apart.
    SingleInstance instance;
    if (!demo) {
        switch (instance.start({files, qEnvironmentVariable("XDG_ACTIVATION_TOKEN")})) {
        case SingleInstance::Role::Forwarded:
            return 0;
        case SingleInstance::Role::Unresponsive:
            QMessageBox::warning(nullptr, QApplication::translate("main", "Casedesk"),
                                 QApplication::translate("main",
                                                         "Casedesk is already running but does not respond. "
                                                         "Close it, or end it from the system monitor, and "
                                                         "start Casedesk again."));
            return 1;
        case SingleInstance::Role::Primary:
            if (!instance.error().isEmpty())
                qWarning("Casedesk will not receive files from later starts: %s",
                         qPrintable(instance.error()));
            break;
        }
    }
    const auto settings = demo ? std::make_unique<Settings>(scratch.filePath(u"casedesk.ini"_s))
                               : std::make_unique<Settings>();
    QNetworkAccessManager network;
    // Every attempt goes to history.sqlite; when it cannot be opened the session still works, in memory.
    std::unique_ptr<HistoryStore> history;
    QString historyProblem;
    // Batches live in the same file as the history they write to, on the same connection and session.
    std::unique_ptr<BatchStore> batches;
    if (demo) {
        history = std::make_unique<MemoryHistoryStore>();
    } else if (auto database = std::make_unique<SqliteHistoryStore>(); database->open()) {
        batches = std::make_unique<BatchStore>(database->database(), database->session());
        history = std::move(database);
    } else {
        historyProblem = database->error();
        history = std::make_unique<MemoryHistoryStore>();
    }
    // The batch demo keeps its batches in a scratch file.
    if (batchDemo)
        batches = std::make_unique<BatchStore>(scratch.filePath(u"history.sqlite"_s));
    if (batches) {
        if (!batches->open()) {
            qWarning("Bulk correction is unavailable: %s", qUtf8Printable(batches->error()));
            batches.reset();
        }
    }
    // Declared before the window, which uses them until it is gone.
    DraftStore drafts;
    SecretStore secrets;
    ProfileStore profiles(&secrets);
    MainWindow window(&network, settings.get(), history.get());
    if (!historyProblem.isEmpty())
        window.setHistoryUnavailable(historyProblem);
    if (batches)
        window.setBatchStore(batches.get());
    if (!demo) {
        // The connection the window used before profiles existed becomes the first profile.
        profiles.load();
        profiles.ensureOne(ProfileStore::fromSettings(*settings));
        window.setProfiles(&profiles, &secrets);
        window.setDraftStore(&drafts);
        // Tests shorten the autosave delay; agents never need to.
        bool delaySet = false;
        const int delay = qEnvironmentVariableIntValue("CASEDESK_DRAFT_DELAY_MS", &delaySet);
        if (delaySet)
            window.setDraftDelay(delay);
    }
    if (parser.isSet(server))
        window.setServer(parser.value(server));
    if (parser.isSet(operation))
        window.setOperation(parser.value(operation));
    if (const QString token = qEnvironmentVariable("WOLKVOX_TOKEN"); !token.isEmpty())
        window.setToken(token);

    std::unique_ptr<DemoScreenshot> driver;
    if (demo) {
        window.resize(1280, 800);
        driver = batchDemo ? std::make_unique<DemoScreenshot>(&window, parser.value(batchScreenshot),
                                                              DemoScreenshot::Mode::Batch)
                           : std::make_unique<DemoScreenshot>(&window, parser.value(screenshot));
        QObject::connect(driver.get(), &DemoScreenshot::finished, &app,
                         [](bool ok) { QCoreApplication::exit(ok ? 0 : 1); });
    }
    StartupProbe::install(&window); // bench/ only, inert unless CASEDESK_READY_PROBE=1
    window.show();
    if (driver) {
        driver->start();
    } else {
        window.offerBatchResume();
        window.offerDraftRestore();
    }
    // Each file gets the window's usual checks (type, size, readable) and message, as if dropped.
    window.addAttachments(files);
    QObject::connect(&instance, &SingleInstance::requested, &window,
                     [&window](const SingleInstance::Request &request) {
                         present(&window, request.activationToken);
                         window.addAttachments(request.files);
                         TestHooks::requestHandled(&window);
                     });
    TestHooks::install(&window, batches.get());
    StallProbe::installFromEnvironment(&app); // bench/ only, inert unless CASEDESK_STALL_PROBE=1
    return app.exec();
}
