#pragma once

#include "core/model/validator.h"

#include <QElapsedTimer>
#include <QWidget>
#include <memory>

class QAction;
class UpdateSender;

namespace Ui {
class SendPanel;
}

// Where Update is pressed: what still keeps it disabled (each problem a link to its field), what the update
// changes in a case loaded from the CRM, how it will travel and what it costs, and while sending (or reading
// the case) the progress and Cancel.
class SendPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SendPanel)

public:
    explicit SendPanel(QWidget *parent = nullptr);
    ~SendPanel() override;

    // The window's Update action: the button shows its tooltip and state.
    void setUpdateAction(QAction *update);
    // Shows the progress of the updates `sender` sends (the caller's, outliving the panel).
    void follow(UpdateSender *sender);
    void setProblems(const QList<ValidationIssue> &problems);
    // A sentence or two on how the update will be sent (several requests, files the CRM cannot keep);
    // empty hides it.
    void setDeliveryNote(const QString &note);
    // For a case loaded from the CRM: the compact "priority: low → high" summary (empty: nothing changed);
    // `loaded` false hides it.
    void setChangeSummary(bool loaded, const QString &summary);
    // What replaces "Ready to send." when nothing is missing (a sent case, an unchanged one); empty: that.
    void setReadyNote(const QString &note);
    void setSending(bool sending);
    void setCanSend(bool canSend);
    // While waiting for a free connection, connecting, and uploading.
    void showWaiting();
    void showConnecting(int request, int requests);
    void showProgress(qint64 sent, qint64 total);
    // Busy with something other than the upload (reading the case, checking the token): `text` says what.
    void showActivity(const QString &text);
    QWidget *firstField() const;
    QWidget *lastField() const;

Q_SIGNALS:
    void updateClicked();
    void cancelClicked();
    // A problem's link: the field's wire name, with "#row" for a custom field or attachment.
    void problemActivated(const QString &target);

protected:
    void changeEvent(QEvent *event) override;

private:
    void renderProblems();
    void renderSummary();

    std::unique_ptr<Ui::SendPanel> m_ui;
    QAction *m_update = nullptr;
    QList<ValidationIssue> m_problems;
    QString m_readyNote;
    bool m_loaded = false;
    QString m_summary;
    QElapsedTimer m_uploadClock;
    int m_request = 0;
    int m_requests = 1;
};
