#include "gui/main/busystate.h"

#include "core/model/casefield.h"
#include "gui/history/historypane.h"
#include "gui/main/attachmentseditor.h"
#include "gui/main/casefiller.h"
#include "gui/main/caseform.h"
#include "gui/main/caseloader.h"
#include "gui/main/connectionbar.h"
#include "gui/main/customfieldseditor.h"
#include "gui/main/mainwindow.h"
#include "gui/main/sendflow.h"
#include "gui/main/sendpanel.h"

#include <QAction>
#include <QApplication>
#include <utility>

// The strings stay in MainWindow's translation context: they are the window's.

BusyState::BusyState(const Parts &parts)
    : QObject(parts.window)
    , m_parts(parts)
{
    Q_ASSERT(parts.window && parts.send && parts.loader && parts.filler);
}

BusyState::~BusyState() = default;

bool BusyState::isBusy() const
{
    return m_parts.send->isBusy() || m_parts.loader->isLoading();
}

void BusyState::addAttachments(const QStringList &paths)
{
    if (isBusy()) {
        m_pendingAttachments += paths; // the form cannot change now: they are added once it can
        return;
    }
    m_parts.attachments->addPaths(paths);
}

void BusyState::updateActions()
{
    const bool busy = isBusy();
    const QList<ValidationIssue> problems = m_parts.filler->problems();
    const bool canSend = !busy && problems.isEmpty() && !m_parts.filler->isUnchanged();
    m_parts.sendPanel->setCanSend(canSend);
    m_parts.update->setEnabled(canSend);
    m_parts.cancel->setEnabled(m_working);
    bool connectionComplete = !m_parts.connection->isTesting();
    for (const ValidationIssue &issue : problems) {
        const auto field = CaseFields::fromWireName(issue.field);
        if (field == CaseField::Server || field == CaseField::Token || field == CaseField::Operation)
            connectionComplete = false;
    }
    m_parts.testConnection->setEnabled(connectionComplete && !busy);
    m_parts.loadFromCrm->setEnabled(connectionComplete && !busy && !m_parts.form->idText().isEmpty());
    m_parts.newCase->setEnabled(!busy);
    m_parts.loadIntoForm->setEnabled(!busy && m_parts.history->currentEntry().id != 0);
}

void BusyState::update()
{
    const SendGuard::Step step = m_parts.send->guard()->step();
    const bool sending = m_parts.send->isSending();
    const bool loading = m_parts.loader->isLoading();
    const bool working = sending || loading || step == SendGuard::Step::ReadingCase
        || step == SendGuard::Step::CheckingToken;
    SendPanel *panel = m_parts.sendPanel;
    if (std::exchange(m_working, working) != working)
        panel->setSending(working);
    if (loading)
        panel->showActivity(MainWindow::tr("Reading %1 from the CRM…").arg(m_parts.loader->target()));
    else if (step == SendGuard::Step::ReadingCase)
        panel->showActivity(
            MainWindow::tr("Reading the case again, to see whether someone else changed it…"));
    else if (step == SendGuard::Step::CheckingToken)
        panel->showActivity(MainWindow::tr("Checking the token before the upload…"));
    // While something is on its way the form shows exactly that: nothing can be edited.
    const bool locked = working || step == SendGuard::Step::Question;
    CaseForm *form = m_parts.form;
    if (locked && !form->isBusy()) {
        // The focus leaves what is about to be disabled for the id, which only turns read-only.
        QWidget *focus = QApplication::focusWidget();
        if (focus && m_parts.window->isAncestorOf(focus) && focus != form->firstField())
            form->firstField()->setFocus(Qt::OtherFocusReason);
    }
    form->setBusy(locked);
    m_parts.customFields->setEnabled(!locked);
    m_parts.attachments->setEnabled(!locked);
    m_parts.connection->setEnabled(!locked);
    m_parts.window->setWindowTitle(sending       ? MainWindow::tr("Casedesk — sending…")
                                       : working ? MainWindow::tr("Casedesk — reading…")
                                                 : MainWindow::tr("Casedesk"));
    if (!locked && !m_pendingAttachments.isEmpty())
        m_parts.attachments->addPaths(std::exchange(m_pendingAttachments, {}));
    updateActions();
}
