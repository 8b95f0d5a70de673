#include "gui/main/draftcontroller.h"

#include "core/global.h"
#include "core/profiles/draftstore.h"
#include "gui/main/mainwindow.h"
#include "gui/widgets/dialogs.h"

#include <QLocale>
#include <QTimer>
#include <algorithm>

DraftController::DraftController(QWidget *window, Current current, ProfileId profileId)
    : QObject(window)
    , m_window(window)
    , m_current(std::move(current))
    , m_profileId(std::move(profileId))
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(800);
    connect(m_timer, &QTimer::timeout, this, &DraftController::saveNow);
}

DraftController::~DraftController() = default;

CaseUpdate DraftController::casePart(CaseUpdate update)
{
    // What a draft compares: the case, not the connection (server and operation belong to the profile).
    update.server.clear();
    update.operation.clear();
    return update;
}

void DraftController::setStore(DraftStore *drafts)
{
    m_drafts = drafts;
}

void DraftController::setDelay(int milliseconds)
{
    m_timer->setInterval(std::max(milliseconds, 0));
}

bool DraftController::hasUnsentChanges() const
{
    return casePart(m_current()) != m_clean;
}

bool DraftController::hasUnsentFieldEdits() const
{
    const auto fields = [](CaseUpdate update) {
        update.wolkvoxId.clear();
        update.attachments.clear();
        return update;
    };
    return fields(casePart(m_current())) != fields(m_clean);
}

void DraftController::markClean()
{
    m_clean = casePart(m_current());
}

void DraftController::setClean(const CaseUpdate &update)
{
    m_clean = casePart(update);
}

void DraftController::schedule()
{
    if (m_drafts)
        m_timer->start();
}

void DraftController::stop()
{
    m_timer->stop();
}

void DraftController::discard()
{
    m_timer->stop();
    if (m_drafts)
        m_drafts->clear();
}

void DraftController::saveNow()
{
    m_timer->stop();
    if (!m_drafts || m_offered)
        return;
    if (!hasUnsentChanges()) {
        if (m_drafts->hasDraft())
            m_drafts->clear();
        return;
    }
    Draft draft;
    draft.update = m_current();
    draft.profileId = m_profileId();
    if (!m_drafts->save(draft)) {
        Q_EMIT message(MessageBanner::Kind::Warning, [error = m_drafts->error()] {
            return MessageBanner::Content{tr("The draft could not be saved"), error};
        });
    }
}

void DraftController::keep()
{
    m_offered = false;
    saveNow();
}

void DraftController::offerRestore(std::function<void(const Draft &)> restore)
{
    if (!m_drafts || m_offered)
        return;
    const std::optional<Draft> draft = m_drafts->load();
    if (!draft || draft->isEmpty())
        return;
    m_offered = true;
    const QString when = QLocale().toString(draft->savedAt.toLocalTime(), QLocale::ShortFormat);
    Dialogs::ask(m_window, u"restoreDraftBox"_s, QMessageBox::Question, tr("Unsent case"),
                 tr("Restore the unsent case from %1?").arg(when),
                 draft->update.wolkvoxId.isEmpty()
                     ? QString()
                     : tr("Case %1 was being edited when Casedesk stopped.").arg(draft->update.wolkvoxId),
                 {{tr("&Restore"), QMessageBox::AcceptRole, u"restoreDraftButton"_s,
                   [this, restore, saved = *draft] {
                       m_offered = false;
                       restore(saved);
                   },
                   QMessageBox::NoButton, true},
                  {tr("&Discard"), QMessageBox::DestructiveRole, u"discardDraftButton"_s, [this] {
                       m_offered = false;
                       m_drafts->clear();
                       saveNow(); // whatever was typed meanwhile is the draft now
                   }}});
}

bool DraftController::confirmClose(const std::function<void()> &closeAgain)
{
    if (!m_drafts || m_closeDecided || !hasUnsentChanges())
        return true;
    // The texts keep the window's translation context.
    Dialogs::ask(
        m_window, u"unsentChangesBox"_s, QMessageBox::Question, MainWindow::tr("Unsent changes"),
        MainWindow::tr("The form has changes that were not sent."),
        MainWindow::tr("Save them as a draft to be offered the next time Casedesk starts, or discard "
                       "them."),
        {{MainWindow::tr("&Save draft"), QMessageBox::AcceptRole, u"saveDraftButton"_s,
          [this, closeAgain] {
              m_closeDecided = true;
              keep();
              closeAgain();
          },
          QMessageBox::NoButton, true},
         {MainWindow::tr("&Discard"), QMessageBox::DestructiveRole, u"discardChangesButton"_s,
          [this, closeAgain] {
              m_closeDecided = true;
              discard();
              closeAgain();
          }},
         {{}, QMessageBox::RejectRole, {}, {}, QMessageBox::Cancel, false, true}});
    return false;
}
