#include "testhooks.h"

#include "batchstore.h"
#include "batchwindow.h"
#include "global.h"
#include "mainwindow.h"
#include "messagebanner.h"

#include <QAbstractButton>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QSaveFile>
#include <QTimer>

namespace {
void writeDump(const QString &path, const QJsonObject &state)
{
    if (path.isEmpty())
        return;
    QSaveFile dump(path);
    if (dump.open(QIODevice::WriteOnly)) {
        dump.write(QJsonDocument(state).toJson());
        dump.commit();
    }
}
} // namespace

namespace TestHooks {

void install(MainWindow *window, BatchStore *batches)
{
    const QString scriptPath = qEnvironmentVariable("CASEDESK_TEST_SCRIPT");
    const QString dumpPath = qEnvironmentVariable("CASEDESK_TEST_DUMP");
    if (scriptPath.isEmpty() && dumpPath.isEmpty())
        return;
    QJsonObject script;
    if (QFile file(scriptPath); !scriptPath.isEmpty() && file.open(QIODevice::ReadOnly))
        script = QJsonDocument::fromJson(file.readAll()).object();

    // Once the event loop runs: the window is shown and any restore question is open.
    QTimer::singleShot(0, window, [window, batches, script, dumpPath] {
        QJsonObject state;
        // What the window offered at start, before anything below replaces the banner.
        if (auto *banner = window->findChild<MessageBanner *>(u"banner"_s); banner && banner->isVisible()) {
            state.insert(u"bannerTitle"_s, banner->title());
            state.insert(u"batchOffered"_s, !banner->actionText().isEmpty());
        }
        if (batches) {
            QJsonArray unfinished;
            const QList<BatchInfo> infos = batches->unfinishedBatches();
            for (const BatchInfo &info : infos) {
                unfinished.append(QJsonObject{{u"id"_s, info.id},
                                              {u"queued"_s, info.count(BatchRow::State::Queued)},
                                              {u"sending"_s, info.count(BatchRow::State::Sending)},
                                              {u"interrupted"_s, info.count(BatchRow::State::Interrupted)},
                                              {u"done"_s, info.count(BatchRow::State::Done)}});
            }
            state.insert(u"unfinished"_s, unfinished);
        }
        auto *box = window->findChild<QMessageBox *>(u"restoreDraftBox"_s);
        state.insert(u"restoreOffered"_s, box != nullptr);
        state.insert(u"restoreText"_s, box ? box->text() : QString());
        const QString answer = script.value(u"answerRestore"_s).toString();
        if (box && !answer.isEmpty()) {
            const QString button = answer == u"restore"_s ? u"restoreDraftButton"_s : u"discardDraftButton"_s;
            if (auto *b = box->findChild<QAbstractButton *>(button))
                b->click();
        }
        if (script.contains(u"form"_s))
            window->loadUpdate(CaseUpdate::fromJson(script.value(u"form"_s).toObject()));
        state.insert(u"form"_s, window->currentUpdate().toJson());
        if (const QJsonObject batch = script.value(u"batch"_s).toObject(); !batch.isEmpty()) {
            window->showBatchWindow();
            if (BatchWindow *batchWindow = window->batchWindow()) {
                if (const QString file = batch.value(u"file"_s).toString(); !file.isEmpty())
                    batchWindow->openFile(file);
                state.insert(u"batchValid"_s, batchWindow->currentImport().validCount());
                if (batch.value(u"send"_s).toBool()) {
                    batchWindow->startSending();
                    state.insert(u"batchId"_s, batchWindow->batchId());
                }
            }
        }
        if (!script.value(u"send"_s).toBool()) {
            writeDump(dumpPath, state);
            return;
        }
        QObject::connect(window, &MainWindow::updateFinished, window,
                         [window, state, dumpPath](const ApiResult &result) mutable {
                             state.insert(u"outcome"_s, ApiResult::outcomeId(result.outcome));
                             window->close(); // the ordinary way out: layout and settings are written
                             writeDump(dumpPath, state);
                         });
        window->sendUpdate();
    });
}

} // namespace TestHooks
