#include "gui/main/historynotices.h"

#include "core/history/historystore.h"
#include "gui/main/mainwindow.h"
#include "gui/widgets/messagebanner.h"

// The strings stay in MainWindow's translation context: they are the window's.

HistoryNotices::HistoryNotices(HistoryStore *history, MessageBanner *banner, QObject *parent)
    : QObject(parent)
    , m_history(history)
    , m_banner(banner)
{
    connect(history, &HistoryStore::writeFailed, this, [this](const QString &message) {
        m_banner->show(MessageBanner::Kind::Error, [message] {
            return MessageBanner::Content{MainWindow::tr("The history could not be saved"), message};
        });
    });
    showInterrupted();
    // A history opened after the first frame finds its interrupted attempts then.
    connect(history, &HistoryStore::reset, this, &HistoryNotices::showInterrupted);
}

void HistoryNotices::showInterrupted()
{
    if (m_interruptedShown)
        return;
    if (const int interrupted = m_history->interruptedOnOpen(); interrupted > 0) {
        m_interruptedShown = true;
        m_banner->show(MessageBanner::Kind::Warning, [interrupted] {
            return MessageBanner::Content{
                MainWindow::tr("Casedesk stopped while sending"),
                MainWindow::tr("%n update(s) never got an answer because Casedesk stopped. They are marked "
                               "“Interrupted — check the case” in the history: check those cases in the CRM.",
                               nullptr, interrupted)};
        });
    }
}

HistoryNotices::~HistoryNotices() = default;

void HistoryNotices::showUnavailable(const QString &reason)
{
    m_banner->show(MessageBanner::Kind::Warning, [reason] {
        // Two sentences on two lines: the reason comes translated from the history store.
        return MessageBanner::Content{
            MainWindow::tr("The history is not being saved"),
            reason + u'\n' + MainWindow::tr("This session's attempts are kept only until Casedesk closes.")};
    });
}
