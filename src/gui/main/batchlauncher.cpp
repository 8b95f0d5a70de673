#include "gui/main/batchlauncher.h"

#include "core/batch/batchstore.h"
#include "core/global.h"
#include "gui/batch/batchwindow.h"
#include "gui/history/historypane.h"
#include "gui/main/mainwindow.h"
#include "gui/widgets/messagebanner.h"

#include <QMainWindow>
#include <QTableView>

// The texts moved here from the window keep its translation context (MainWindow::tr) and translations.

BatchLauncher::BatchLauncher(const Parts &parts)
    : QObject(parts.window)
    , m_parts(parts)
{ }

BatchLauncher::~BatchLauncher() = default;

void BatchLauncher::setStore(BatchStore *store)
{
    Q_ASSERT(!m_store);
    m_store = store;
}

BatchWindow *BatchLauncher::batchWindow() const
{
    return m_batchWindow;
}

void BatchLauncher::requestClose(const std::function<void()> &then)
{
    if (m_batchWindow)
        m_batchWindow->requestClose(then);
}

bool BatchLauncher::isSending() const
{
    return m_batchWindow && m_batchWindow->isSending();
}

void BatchLauncher::show()
{
    MessageBanner *banner = m_parts.banner;
    if (!m_store || !m_store->isOpen()) {
        banner->show(MessageBanner::Kind::Warning, [] {
            return MessageBanner::Content{
                MainWindow::tr("Bulk correction is not available"),
                MainWindow::tr(
                    "Bulk correction keeps every batch in the history database, which could not be opened in "
                    "this session. Restart Casedesk once the history file can be written.")};
        });
        return;
    }
    if (!m_batchWindow) {
        QMainWindow *window = m_parts.window;
        m_batchWindow = new BatchWindow(m_store, m_parts.client, m_parts.history, m_parts.settings, window);
        m_batchWindow->setObjectName(u"batchWindow"_s);
        m_batchWindow->setDefaultsProvider(m_parts.defaults);
        m_batchWindow->setTokenProvider(m_parts.token);
        connect(m_batchWindow, &BatchWindow::showInHistoryRequested, this, [this, window](qint64 batchId) {
            m_parts.historyPane->setBatchFilter(batchId);
            window->show();
            window->raise();
            window->activateWindow();
            m_parts.historyPane->view()->setFocus(Qt::OtherFocusReason);
        });
    }
    m_batchWindow->show();
    m_batchWindow->raise();
    m_batchWindow->activateWindow();
    if (!banner->actionText().isEmpty() && banner->topic() == u"batch-resume"_s)
        banner->dismiss(); // the offer to resume is answered by opening the window
}

void BatchLauncher::offerResume()
{
    if (!m_store || !m_store->isOpen())
        return;
    const QList<BatchInfo> unfinished = m_store->unfinishedBatches();
    if (unfinished.isEmpty())
        return;
    const BatchInfo newest = unfinished.constFirst();
    const int others = int(unfinished.size()) - 1;
    MessageBanner *banner = m_parts.banner;
    banner->show(
        MessageBanner::Kind::Warning,
        [newest, others] {
            const int queued = newest.count(BatchRow::State::Queued) + newest.count(BatchRow::State::Sending);
            const int interrupted = newest.count(BatchRow::State::Interrupted);
            QString text
                = MainWindow::tr("The bulk correction from %1 has %n row(s) not sent yet.", nullptr, queued)
                      .arg(newest.sourceName);
            if (interrupted > 0) {
                text += u' '
                    + MainWindow::tr(
                            "%n row(s) were being sent when it stopped; check those cases in the CRM before "
                            "resending them.",
                            nullptr, interrupted);
            }
            if (others > 0)
                text += u' ' + MainWindow::tr("%n other batch(es) are unfinished too.", nullptr, others);
            return MessageBanner::Content{MainWindow::tr("A bulk correction was not finished"), text};
        },
        u"batch-resume"_s);
    banner->addAction([] { return MainWindow::tr("Open bulk correction"); }, [this] { show(); });
}
