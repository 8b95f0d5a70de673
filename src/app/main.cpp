#include "app/singleinstance.h"
#include "core/batch/batchstore.h"
#include "core/global.h"
#include "core/history/deferredhistorystore.h"
#include "core/history/historystore.h"
#include "core/history/sqlitehistorystore.h"
#include "core/profiles/draftstore.h"
#include "core/profiles/profilestore.h"
#include "core/profiles/secretstore.h"
#include "core/profiles/settings.h"
#include "core/translations.h"
#include "core/vocabulary/vocabularystore.h"
#include "gui/main/mainwindow.h"
#include "gui/widgets/firstframe.h"
#ifdef CASEDESK_DEV_HOOKS
#include "dev/demoscreenshot.h"
#include "dev/stallprobe.h"
#include "dev/startupprobe.h"
#include "dev/testhooks.h"
#include "dev/updateprobe.h"
#endif

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTimer>
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
#ifdef CASEDESK_DEV_HOOKS
        if (arg.startsWith(u"--screenshot"_s))
            return {}; // the demos never read the agent's settings
#endif
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
// --help and --version need no display: answered by a QCoreApplication, which needs none, like any CLI.
bool wantsTextOnly(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--help" || arg == "-h" || arg == "-?" || arg == "--help-all" || arg == "--version"
            || arg == "-v")
            return true;
    }
    return false;
}

void setIdentity()
{
    QCoreApplication::setOrganizationName(u"Casedesk"_s);
    QCoreApplication::setApplicationName(u"Casedesk"_s);
    QCoreApplication::setApplicationVersion(QString::fromLatin1(Casedesk::Version));
}

struct Options
{
    QCommandLineOption server{u"server"_s, QCoreApplication::translate("main", "CRM server to connect to."),
                              u"URL"_s};
    QCommandLineOption operation{u"operation"_s, QCoreApplication::translate("main", "CRM operation."),
                                 u"OP"_s};
    QCommandLineOption lang{u"lang"_s,
                            QCoreApplication::translate("main",
                                                        "Language of the window: %1 (default: the language "
                                                        "chosen in Settings, or the system's).")
                                .arg(Translations::available().join(u", "_s)),
                            u"LANGUAGE"_s};
#ifdef CASEDESK_DEV_HOOKS
    QCommandLineOption screenshot{u"screenshot"_s,
                                  u"Render the demo to PATH and quit (local simulator only)."_s, u"PATH"_s};
    QCommandLineOption batchScreenshot{
        u"screenshot-batch"_s,
        u"Render the bulk-correction demo to PATH (its steps to PATH-mapping, -check, -send) and quit."_s,
        u"PATH"_s};
    QCommandLineOption loadScreenshot{
        u"screenshot-load"_s,
        u"Render the read-before-write demo: the change summary to PATH, the conflict dialog to PATH-conflict."_s,
        u"PATH"_s};
#endif
};

void describe(QCommandLineParser &parser, const Options &options)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "main",
        "Correct wolkvox CRM cases. The token is read from WOLKVOX_TOKEN or typed in the window; never "
        "pass it on the command line."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({options.server, options.operation, options.lang});
#ifdef CASEDESK_DEV_HOOKS
    for (QCommandLineOption option : {options.screenshot, options.batchScreenshot, options.loadScreenshot}) {
        option.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(option);
    }
#endif
    parser.addPositionalArgument(u"files"_s,
                                 QCoreApplication::translate("main",
                                                             "Files to attach to the case. When Casedesk is "
                                                             "already running, its window comes to the front "
                                                             "and attaches them."),
                                 u"[FILE...]"_s);
}
} // namespace

int main(int argc, char *argv[])
{
    if (wantsTextOnly(argc, argv)) {
        QCoreApplication app(argc, argv);
        setIdentity();
        Translations::install(Translations::resolve(requestedLanguage(QCoreApplication::arguments())));
        QCommandLineParser parser;
        const Options options;
        describe(parser, options);
        parser.process(app); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    setIdentity();
    // Wayland's app id and the window-to-menu-entry match: the installed .desktop file's name.
    QApplication::setDesktopFileName(QString::fromLatin1(Casedesk::AppId));
    // Without a desktop session Qt has no icon theme; Adwaita is the likeliest one installed.
    if (QIcon::themeName().isEmpty() || QIcon::themeName() == u"hicolor"_s)
        QIcon::setFallbackThemeName(u"Adwaita"_s);
    Translations::install(Translations::resolve(requestedLanguage(QCoreApplication::arguments())));

    QCommandLineParser parser;
    const Options options;
    describe(parser, options);
    parser.process(app);
    const QStringList files
        = SingleInstance::absolutePaths(parser.positionalArguments(), QDir::currentPath());

    // The screenshot demo must neither read nor change the agent's own settings.
    QTemporaryDir scratch;
#ifdef CASEDESK_DEV_HOOKS
    const bool batchDemo = parser.isSet(options.batchScreenshot);
    const bool loadDemo = parser.isSet(options.loadScreenshot);
    const bool demo = parser.isSet(options.screenshot) || batchDemo || loadDemo;
#else
    constexpr bool batchDemo = false;
    constexpr bool demo = false;
#endif

    // One window per session: a second start hands its files to the first and leaves. The demo is apart.
    // Only the check comes first: the socket later starts hand over to opens after the first frame, and
    // until then a later start waits on the start lock this one holds.
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
    // Opened after the first frame (the pane paints its first frame empty), or by the first write.
    std::unique_ptr<HistoryStore> historyFile;
    // Batches live in the same file as the history they write to, on the same connection and session.
    std::unique_ptr<BatchStore> batches;
    // What each operation's cases taught lives in the same file too (table vocabulary).
    std::unique_ptr<VocabularyStore> vocabulary;
    MainWindow *windowOfHistory = nullptr; // the window is built on the history: set just below
    DeferredHistoryStore history([&] {
        QString problem;
        if (demo) {
            historyFile = std::make_unique<MemoryHistoryStore>();
        } else if (auto database = std::make_unique<SqliteHistoryStore>(); database->open()) {
            batches = std::make_unique<BatchStore>(database->database(), database->session());
            vocabulary = std::make_unique<VocabularyStore>(database->database());
            historyFile = std::move(database);
        } else {
            problem = database->error();
            historyFile = std::make_unique<MemoryHistoryStore>();
        }
        // The batch demo keeps its batches in a scratch file.
        if (batchDemo)
            batches = std::make_unique<BatchStore>(scratch.filePath(u"history.sqlite"_s));
        if (batches && !batches->open()) {
            qWarning("Bulk correction is unavailable: %s", qUtf8Printable(batches->error()));
            batches.reset();
        }
        history.setTarget(historyFile.get());
        if (!problem.isEmpty())
            windowOfHistory->setHistoryUnavailable(problem);
        if (batches)
            windowOfHistory->setBatchStore(batches.get());
        if (vocabulary && vocabulary->open())
            windowOfHistory->setVocabulary(vocabulary.get());
    });
    // Declared before the window, which uses them until it is gone.
    DraftStore drafts;
    SecretStore secrets;
    ProfileStore profiles(&secrets);
    MainWindow window(&network, settings.get(), &history);
    windowOfHistory = &window;
    if (demo)
        history.open(); // the demos drive the window from its first frame on
    if (!demo) {
        // The connection the window used before profiles existed becomes the first profile.
        profiles.load();
        profiles.ensureOne(ProfileStore::fromSettings(*settings));
        window.setProfiles(&profiles, &secrets);
        window.setDraftStore(&drafts);
#ifdef CASEDESK_DEV_HOOKS
        // Tests shorten the autosave delay; agents never need to.
        bool delaySet = false;
        const int delay = qEnvironmentVariableIntValue("CASEDESK_DRAFT_DELAY_MS", &delaySet);
        if (delaySet)
            window.setDraftDelay(delay);
#endif
    }
    if (parser.isSet(options.server))
        window.setServer(parser.value(options.server));
    if (parser.isSet(options.operation))
        window.setOperation(parser.value(options.operation));
    if (const QString token = qEnvironmentVariable("WOLKVOX_TOKEN"); !token.isEmpty())
        window.setToken(token);

#ifdef CASEDESK_DEV_HOOKS
    std::unique_ptr<DemoScreenshot> driver;
    if (demo) {
        window.resize(1280, 800);
        if (batchDemo)
            driver = std::make_unique<DemoScreenshot>(&window, parser.value(options.batchScreenshot),
                                                      DemoScreenshot::Mode::Batch);
        else if (loadDemo)
            driver = std::make_unique<DemoScreenshot>(&window, parser.value(options.loadScreenshot),
                                                      DemoScreenshot::Mode::ReadBeforeWrite);
        else
            driver = std::make_unique<DemoScreenshot>(&window, parser.value(options.screenshot));
        QObject::connect(driver.get(), &DemoScreenshot::finished, &app,
                         [](bool ok) { QCoreApplication::exit(ok ? 0 : 1); });
    }
#endif
    // What the first frame does not need waits until it is on the screen: the history file and its first
    // page, the socket for later starts, then the offers to resume a batch or restore a draft.
    const auto afterFirstFrame = [&] {
        history.open();
        if (!demo && !instance.listen())
            qWarning("Casedesk will not receive files from later starts: %s", qPrintable(instance.error()));
        if (!demo) { // a demo's driver has the window to itself
            window.offerBatchResume();
            window.offerDraftRestore();
        }
#ifdef CASEDESK_DEV_HOOKS
        TestHooks::install(&window, batches.get());
#endif
    };
#ifdef CASEDESK_DEV_HOOKS
    // Tests hold back what follows the first frame (the socket among it), to hand files over while this
    // start is still starting; agents never do.
    const int stillStarting = qEnvironmentVariableIntValue("CASEDESK_TEST_STILL_STARTING_MS");
    FirstFrame::then(&window,
                     [&, stillStarting] { QTimer::singleShot(stillStarting, &window, afterFirstFrame); });
    StartupProbe::install(&window); // inert unless CASEDESK_READY_PROBE=1
    UpdateProbe::installFromEnvironment(&window); // inert unless CASEDESK_UPDATE_PROBE=N
#else
    FirstFrame::then(&window, afterFirstFrame);
#endif
    window.show();
#ifdef CASEDESK_DEV_HOOKS
    if (driver)
        driver->start();
#endif
    // Each file gets the window's usual checks (type, size, readable) and message, as if dropped.
    window.addAttachments(files);
    QObject::connect(&instance, &SingleInstance::requested, &window,
                     [&window](const SingleInstance::Request &request) {
                         present(&window, request.activationToken);
                         window.addAttachments(request.files);
#ifdef CASEDESK_DEV_HOOKS
                         TestHooks::requestHandled(&window);
#endif
                     });
#ifdef CASEDESK_DEV_HOOKS
    StallProbe::installFromEnvironment(&app); // inert unless CASEDESK_STALL_PROBE=1
#endif
    return app.exec();
}
