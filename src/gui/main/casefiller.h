#pragma once

#include "core/model/casebaseline.h"
#include "core/model/caseupdate.h"
#include "core/model/connectionsettings.h"
#include "core/model/validator.h"
#include "core/send/updatesender.h"

#include <QObject>
#include <functional>
#include <optional>

class AttachmentsEditor;
class CaseForm;
class ConnectionBar;
class CustomFieldsEditor;
class DraftController;
class HistoryStore;
class MessageBanner;
class QAction;
class QWidget;
class SendFlow;
class SendPanel;
class Settings;
class VocabularyActions;
class VocabularyStore;
struct Draft;
struct HistoryEntry;

// What the window's form shows and what is wrong with it: fills it from an update, an attempt of the
// history or a case loaded from the CRM (and remembers that case), clears it for the next case, checks it
// after each change (its problems, what it changes in the loaded case, the send panel's notes) and takes the
// cursor to a field. MainWindow coordinates; the parts are its.
class CaseFiller final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseFiller)

public:
    struct Parts
    {
        QWidget *window;
        Settings *settings; // remembers what went through
        HistoryStore *history;
        DraftController *drafts;
        SendFlow *send;
        VocabularyActions *vocabularyActions;
        ConnectionBar *connection;
        CaseForm *form;
        CustomFieldsEditor *customFields;
        AttachmentsEditor *attachments;
        SendPanel *sendPanel;
        MessageBanner *banner;
        QAction *newCaseAction; // its shortcut is named in the ready note
        std::function<CaseUpdate()> currentUpdate;
        std::function<ConnectionSettings()> connectionSettings;
        // After each check: the window's actions follow the problems.
        std::function<void()> checked;
    };

    explicit CaseFiller(const Parts &parts);
    ~CaseFiller() override;

    // What each operation's cases taught (the caller's, open): loaded cases add to it. May be null.
    void setVocabulary(VocabularyStore *vocabulary) { m_vocabulary = vocabulary; }

    // The case as loaded from the CRM, while the form shows it.
    std::optional<CaseBaseline> loadedCase() const;
    QList<ValidationIssue> problems() const { return m_problems; }
    // A loaded case with nothing changed: nothing to send.
    bool isUnchanged() const { return m_unchanged; }

    // Fills every field of the form from `update`, says so in the banner and forgets the loaded case.
    void loadUpdate(const CaseUpdate &update, const QStringList &delivered);
    // An attempt of the history back in the form, over the case as it was loaded before it.
    void loadAttempt(const HistoryEntry &entry);
    // Load from CRM succeeded: the form shows the case, whose values are not edits.
    void showLoadedCase(const CaseBaseline &baseline);
    // The case was read again before sending: the form shows `update` over `now`.
    void showReread(const CaseBaseline &now, const CaseUpdate &update);
    // An update was answered. A success is remembered (the last values, the vocabulary), the loaded case
    // with its id takes the sent values and the form is clean; a refused value is no longer offered.
    void sendFinished(const UpdateSender::Report &report, const CaseUpdate &sent);
    // A draft left by a crash, a kill or a close, back in the form under its profile when that still exists;
    // the connection stays the window's and files attached meanwhile stay.
    void restoreDraft(const Draft &draft);
    // The current profile's defaults fill what is still empty.
    void applyProfileDefaults();
    // An empty form with the profile's defaults, for the next case.
    void newCase();

    void revalidate();
    // `target`: a field's wire name, with "#row" for a custom field's or an attachment's row.
    void focusField(const QString &target);

private:
    void fillForm(const CaseUpdate &update, const QStringList &delivered);
    void rememberSuccessful(const CaseUpdate &update);

    Parts m_parts;
    VocabularyStore *m_vocabulary = nullptr; // the caller's
    QList<ValidationIssue> m_problems;
    std::optional<CaseBaseline> m_loaded; // the case as loaded from the CRM
    bool m_unchanged = false;
    bool m_loading = false; // true while the form is being filled, not typed
};
