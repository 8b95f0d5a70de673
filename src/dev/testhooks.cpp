#include "dev/testhooks.h"

#include "core/batch/batchrunner.h"
#include "core/batch/batchstore.h"
#include "core/global.h"
#include "dev/stallprobe.h"
#include "gui/batch/batchwindow.h"
#include "gui/history/historymodel.h"
#include "gui/history/historypane.h"
#include "gui/main/mainwindow.h"
#include "gui/widgets/messagebanner.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSaveFile>
#include <QTimer>

namespace {
int g_requests = 0;

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
// What every dump holds: the form and the window's state.
void addWindowState(QJsonObject &state, MainWindow *window)
{
    state.insert(u"form"_s, window->currentUpdate().toJson());
    state.insert(u"requests"_s, g_requests);
    state.insert(u"minimized"_s, window->isMinimized());
    state.insert(u"active"_s, window->isActiveWindow());
}

// Types `text` into the window's field `name` key by key, as the agent's keyboard would (appending).
void typeInto(MainWindow *window, const QString &name, const QString &text)
{
    QWidget *target = window->findChild<QWidget *>(name);
    if (auto *combo = qobject_cast<QComboBox *>(target))
        target = combo->lineEdit();
    if (!target)
        return;
    target->setFocus(Qt::OtherFocusReason);
    for (const QChar c : text) {
        const Qt::Key key = c == u'\n' ? Qt::Key_Return : Qt::Key_unknown;
        QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, QString(c));
        QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, QString(c));
        QApplication::sendEvent(target, &press);
        QApplication::sendEvent(target, &release);
    }
    if (auto *edit = qobject_cast<QLineEdit *>(target))
        Q_EMIT edit->editingFinished();
}
} // namespace

namespace TestHooks {

void requestHandled(MainWindow *window)
{
    ++g_requests;
    const QString dumpPath = qEnvironmentVariable("CASEDESK_TEST_DUMP");
    if (dumpPath.isEmpty())
        return;
    QJsonObject state;
    addWindowState(state, window);
    writeDump(dumpPath, state);
}

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
        // What the agent sees first: the banner and the newest attempts of the history.
        if (auto *banner = window->findChild<MessageBanner *>(u"banner"_s); banner && banner->isVisible()) {
            state.insert(u"bannerTitle"_s, banner->title());
            state.insert(u"bannerText"_s, banner->text());
        }
        QJsonArray history;
        const HistoryModel *model = window->historyPane()->model();
        for (int row = 0; row < std::min(model->rowCount(), 20); ++row) {
            history.append(QJsonObject{
                {u"wolkvox_id"_s, model->index(row, HistoryModel::CaseColumn).data().toString()},
                {u"outcome"_s, model->index(row, HistoryModel::OutcomeColumn).data().toString()}});
        }
        state.insert(u"history"_s, history);
        const QString answer = script.value(u"answerRestore"_s).toString();
        if (box && !answer.isEmpty()) {
            const QString button = answer == u"restore"_s ? u"restoreDraftButton"_s : u"discardDraftButton"_s;
            if (auto *b = box->findChild<QAbstractButton *>(button))
                b->click();
        }
        if (script.contains(u"form"_s))
            window->loadUpdate(CaseUpdate::fromJson(script.value(u"form"_s).toObject()));
        const QJsonObject typed = script.value(u"type"_s).toObject();
        for (auto it = typed.begin(); it != typed.end(); ++it)
            typeInto(window, it.key(), it.value().toString());
        if (script.value(u"minimize"_s).toBool())
            window->showMinimized();
        if (const QJsonObject batch = script.value(u"batch"_s).toObject(); !batch.isEmpty()) {
            window->showBatchWindow();
            if (BatchWindow *batchWindow = window->batchWindow()) {
                if (const QString file = batch.value(u"file"_s).toString(); !file.isEmpty())
                    batchWindow->openFile(file);
                state.insert(u"batchValid"_s, batchWindow->currentImport().validCount());
                if (batch.value(u"send"_s).toBool()) {
                    if (batch.value(u"quit"_s).toBool()) {
                        // The bench's batch run: the probe measures from the start of sending to the end
                        // of the batch, then both windows close the ordinary way.
                        StallProbe *probe = StallProbe::instance();
                        QObject::connect(batchWindow->runner(), &BatchRunner::finished, window,
                                         [window, batchWindow, state, dumpPath,
                                          probe](BatchRunner::FinishReason reason) mutable {
                                             if (probe)
                                                 probe->stop();
                                             state.insert(u"batchFinished"_s,
                                                          BatchRunner::finishReasonId(reason));
                                             writeDump(dumpPath, state);
                                             // Queued: the runner is still inside its own signal.
                                             QTimer::singleShot(0, window, [window, batchWindow] {
                                                 batchWindow->close();
                                                 window->close();
                                             });
                                         });
                        // As a person would: the checked rows are on screen before Start is pressed,
                        // so the probe measures sending, not the two windows' first frames.
                        QTimer::singleShot(300, batchWindow, [batchWindow, probe] {
                            if (probe)
                                probe->start();
                            batchWindow->startSending();
                        });
                    } else {
                        batchWindow->startSending();
                        // A new batch's rows are written in a pool thread; its id is known once they are.
                        while (batchWindow->isSaving())
                            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
                        state.insert(u"batchId"_s, batchWindow->batchId());
                    }
                }
            }
        }
        addWindowState(state, window);
        if (!script.value(u"send"_s).toBool()) {
            writeDump(dumpPath, state);
            return;
        }
        // With CASEDESK_STALL_PROBE=1 the probe measures from the press of Update to the answer.
        StallProbe *probe = StallProbe::instance();
        QObject::connect(window, &MainWindow::updateFinished, window,
                         [window, state, dumpPath, probe](const ApiResult &result) mutable {
                             if (probe)
                                 probe->stop();
                             state.insert(u"outcome"_s, ApiResult::outcomeId(result.outcome));
                             window->close(); // the ordinary way out: layout and settings are written
                             writeDump(dumpPath, state);
                         });
        if (probe)
            probe->start();
        window->sendUpdate();
    });
}

} // namespace TestHooks
