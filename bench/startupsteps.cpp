// casedesk-bench-startupsteps: the steps of src/app/main.cpp, in the same order on the same classes, each
// timed: what Casedesk's start-up adds to the forms window (bench/formswindow.cpp). Prints one line
// "step=NAME ms=T" per step up to the first frame, then "total_ms=T" (the first frame), then the steps
// main.cpp runs after the first frame (named after_first_frame_...). Run with the profile's environment.
#include "app/singleinstance.h"
#include "core/batch/batchstore.h"
#include "core/global.h"
#include "core/history/deferredhistorystore.h"
#include "core/history/sqlitehistorystore.h"
#include "core/profiles/draftstore.h"
#include "core/profiles/profilestore.h"
#include "core/profiles/secretstore.h"
#include "core/profiles/settings.h"
#include "core/translations.h"
#include "gui/main/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QIcon>
#include <QNetworkAccessManager>
#include <QTimer>
#include <QWindow>
#include <cstdio>
#include <functional>
#include <memory>

namespace {
QElapsedTimer g_clock;
qint64 g_last = 0;
void step(const char *name)
{
    const qint64 now = g_clock.nsecsElapsed();
    std::printf("step=%s ms=%.2f\n", name, double(now - g_last) / 1e6);
    std::fflush(stdout);
    g_last = now;
}

// The first expose of the window, then a zero-timeout timer: the same point StartupProbe reports (and
// FirstFrame, which main.cpp's later steps wait for). Then runs `after`, main.cpp's steps after the frame.
class FirstFrame final : public QObject
{
public:
    explicit FirstFrame(std::function<void()> after)
        : m_after(std::move(after))
    { }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Expose && !m_seen) {
            m_seen = true;
            QTimer::singleShot(0, this, [this] {
                step("show_to_first_frame");
                std::printf("total_ms=%.2f\n", double(g_clock.nsecsElapsed()) / 1e6);
                m_after();
                QCoreApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_after;
    bool m_seen = false;
};
} // namespace

int main(int argc, char *argv[])
{
    g_clock.start();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Casedesk"_s);
    QApplication::setApplicationName(u"Casedesk"_s);
    QApplication::setDesktopFileName(QString::fromLatin1(Casedesk::AppId));
    if (QIcon::themeName().isEmpty() || QIcon::themeName() == u"hicolor"_s)
        QIcon::setFallbackThemeName(u"Adwaita"_s);
    step("qapplication");
    Translations::install(Translations::resolve(Settings().language()));
    step("settings_language_and_translations");
    SingleInstance instance;
    instance.start({{}, {}}); // the check only: the socket opens after the first frame
    step("single_instance_check");
    const auto settings = std::make_unique<Settings>();
    QNetworkAccessManager network;
    step("settings_and_network_manager");
    // main.cpp opens the history after the first frame: the window gets the deferred store.
    std::unique_ptr<HistoryStore> historyFile;
    std::unique_ptr<BatchStore> batches;
    MainWindow *windowOfHistory = nullptr;
    DeferredHistoryStore *deferredHistory = nullptr;
    DeferredHistoryStore history([&] {
        if (auto database = std::make_unique<SqliteHistoryStore>(); database->open()) {
            batches = std::make_unique<BatchStore>(database->database(), database->session());
            historyFile = std::move(database);
        } else {
            historyFile = std::make_unique<MemoryHistoryStore>();
        }
        if (batches && !batches->open())
            batches.reset();
        deferredHistory->setTarget(historyFile.get());
        if (batches)
            windowOfHistory->setBatchStore(batches.get());
    });
    deferredHistory = &history;
    step("deferred_history");
    DraftStore drafts;
    SecretStore secrets;
    ProfileStore profiles(&secrets);
    step("draft_secret_profile_stores");
    MainWindow window(&network, settings.get(), &history);
    windowOfHistory = &window;
    step("main_window_constructor");
    profiles.load();
    profiles.ensureOne(ProfileStore::fromSettings(*settings));
    window.setProfiles(&profiles, &secrets);
    window.setDraftStore(&drafts);
    // The window holds the token's keychain read until its first frame (MainWindow::setProfiles).
    step("profiles_loaded_token_read_held");
    FirstFrame frame([&] {
        history.open();
        step("after_first_frame_history_and_batch_open");
        // The pane's first page: read when it paints the rows, as the window does a moment later.
        window.repaint();
        step("after_first_frame_history_first_page_painted");
        instance.listen();
        step("after_first_frame_single_instance_listen");
        window.offerBatchResume();
        window.offerDraftRestore();
        step("after_first_frame_resume_and_draft_offers");
    });
    window.show();
    // Expose goes to the native window, which exists once shown.
    window.windowHandle()->installEventFilter(&frame);
    QTimer::singleShot(30000, &app, [] { QCoreApplication::exit(1); });
    step("show");
    return app.exec();
}
