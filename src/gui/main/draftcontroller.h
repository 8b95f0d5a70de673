#pragma once

#include "core/model/caseupdate.h"
#include "gui/widgets/messagebanner.h"

#include <QObject>
#include <functional>

class DraftStore;
class QTimer;
class QWidget;
struct Draft;

// The form's autosave: a moment after each edit the unsent case goes to the draft file, and a draft left
// by a crash, a kill or a close that kept it is offered back once. Knows what "unsent" means: the case
// differs from the last one sent, cleared or restored.
class DraftController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DraftController)

public:
    using Current = std::function<CaseUpdate()>;
    using ProfileId = std::function<QString()>;

    // The form as it is now, and the current profile's id; questions open over `window`.
    DraftController(QWidget *window, Current current, ProfileId profileId);
    ~DraftController() override;

    // The caller's store (must outlive the controller); without one nothing is saved.
    void setStore(DraftStore *drafts);
    DraftStore *store() const { return m_drafts; }
    void setDelay(int milliseconds);

    bool hasUnsentChanges() const;
    // Edits a load from the CRM would replace: the case's fields, not its id nor its attachments.
    bool hasUnsentFieldEdits() const;
    // The form as it is now counts as sent: nothing to lose.
    void markClean();
    // `update`'s case part counts as sent (edits made meanwhile still count as unsent).
    void setClean(const CaseUpdate &update);

    void schedule(); // a moment from now
    void saveNow(); // a pending autosave, now; a clean form clears the draft
    // Saves even while a saved draft is being offered (the agent chose to keep this one).
    void keep();
    void stop(); // no pending autosave
    void discard(); // the draft file goes away
    // Closing with unsent changes asks first whether to keep them as a draft (unsentChangesBox) and returns
    // false; `closeAgain` runs once the agent answered. True without a store or once answered.
    bool confirmClose(const std::function<void()> &closeAgain);
    bool closeDecided() const { return m_closeDecided; }
    // Asks whether to restore a saved draft; `restore` gets it back.
    void offerRestore(std::function<void(const Draft &)> restore);
    bool isOffering() const { return m_offered; }

Q_SIGNALS:
    void message(MessageBanner::Kind kind, const MessageBanner::Render &render);

private:
    static CaseUpdate casePart(CaseUpdate update);

    QWidget *m_window;
    Current m_current;
    ProfileId m_profileId;
    DraftStore *m_drafts = nullptr;
    QTimer *m_timer;
    CaseUpdate m_clean; // the case as last sent, cleared or restored-and-discarded
    bool m_offered = false; // a saved draft waits for the agent's answer: autosave must not replace it
    bool m_closeDecided = false; // the agent answered the unsent-changes question
};
