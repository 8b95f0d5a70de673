#pragma once

#include <QObject>
#include <QStringList>

class AttachmentsEditor;
class CaseFiller;
class CaseForm;
class CaseLoader;
class ConnectionBar;
class CustomFieldsEditor;
class HistoryPane;
class QAction;
class QWidget;
class SendFlow;
class SendPanel;

// What the window lets the agent do right now. While an update or a case is on its way the form shows
// exactly that: its parts are locked, the send panel tells what is going on and the title says it; the
// actions follow the form's problems and whether something is busy. Files handed in meanwhile wait.
class BusyState final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BusyState)

public:
    struct Parts
    {
        QWidget *window;
        SendFlow *send;
        CaseLoader *loader;
        CaseFiller *filler; // the form's problems
        ConnectionBar *connection;
        CaseForm *form;
        CustomFieldsEditor *customFields;
        AttachmentsEditor *attachments;
        SendPanel *sendPanel;
        HistoryPane *history;
        QAction *update;
        QAction *cancel;
        QAction *testConnection;
        QAction *loadFromCrm;
        QAction *newCase;
        QAction *loadIntoForm;
    };

    explicit BusyState(const Parts &parts);
    ~BusyState() override;

    // Sending, reading a case or checking before sending: the form cannot be edited.
    bool isBusy() const;
    // Adds `paths` to the attachments, or once the form can change again.
    void addAttachments(const QStringList &paths);

    // The sending or loading started, moved on or ended: locks or unlocks the form, then updateActions().
    void update();
    void updateActions();

private:
    Parts m_parts;
    QStringList m_pendingAttachments; // dropped or handed in while the form could not change
    bool m_working = false; // the send panel shows progress
};
