// casedesk-bench-startupsteps: the steps of src/app/main.cpp before the first frame, in the same order on
// the same classes, each timed: what Casedesk's start-up adds to the forms window (bench/formswindow.cpp).
// Prints one line "step=NAME ms=T" per step, then "total_ms=T". Run with the profile's environment.
#include "app/singleinstance.h"
#include "core/batch/batchstore.h"
#include "core/global.h"
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

// The first expose of the window, then a zero-timeout timer: the same point StartupProbe reports.
class FirstFrame final : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Expose && !m_seen) {
            m_seen = true;
            QTimer::singleShot(0, this, [] {
                step("show_to_first_frame");
                std::printf("total_ms=%.2f\n", double(g_clock.nsecsElapsed()) / 1e6);
                QCoreApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
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
    instance.start({{}, {}});
    step("single_instance_check");
    const auto settings = std::make_unique<Settings>();
    QNetworkAccessManager network;
    step("settings_and_network_manager");
    std::unique_ptr<HistoryStore> history;
    std::unique_ptr<BatchStore> batches;
    if (auto database = std::make_unique<SqliteHistoryStore>(); database->open()) {
        batches = std::make_unique<BatchStore>(database->database(), database->session());
        history = std::move(database);
    } else {
        history = std::make_unique<MemoryHistoryStore>();
    }
    if (batches && !batches->open())
        batches.reset();
    step("history_and_batch_open");
    DraftStore drafts;
    SecretStore secrets;
    ProfileStore profiles(&secrets);
    step("draft_secret_profile_stores");
    MainWindow window(&network, settings.get(), history.get());
    step("main_window_constructor_with_history_first_page");
    if (batches)
        window.setBatchStore(batches.get());
    profiles.load();
    profiles.ensureOne(ProfileStore::fromSettings(*settings));
    window.setProfiles(&profiles, &secrets);
    window.setDraftStore(&drafts);
    step("profiles_and_keychain_lookup_started");
    FirstFrame frame;
    window.show();
    // Expose goes to the native window, which exists once shown.
    window.windowHandle()->installEventFilter(&frame);
    QTimer::singleShot(30000, &app, [] { QCoreApplication::exit(1); });
    window.offerBatchResume();
    window.offerDraftRestore();
    step("show");
    return app.exec();
}
