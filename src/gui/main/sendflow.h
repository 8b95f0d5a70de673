#pragma once

#include "core/send/updatesender.h"
#include "gui/main/outcomebanner.h"
#include "gui/main/sendguard.h"

#include <QObject>
#include <functional>

class CasesClient;
class HistoryStore;
class MessageBanner;
class QWidget;

// One press of Update, start to end: the checks before sending (SendGuard), the update's requests
// (UpdateSender) and what the banner then says (OutcomeBanner). The window gives it the form as it is and
// learns from the report what to remember.
class SendFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SendFlow)

public:
    // `client` and `history` are the caller's and must outlive the flow; questions open over `window`.
    SendFlow(CasesClient *client, HistoryStore *history, QWidget *window, MessageBanner *banner,
             const OutcomeBanner::Actions &actions);
    ~SendFlow() override;

    UpdateSender *sender() const { return m_sender; }
    SendGuard *guard() const { return m_guard; }
    bool isSending() const { return m_sender->isSending(); }
    bool isBusy() const { return m_sender->isSending() || m_guard->isChecking(); }

    // False (nothing happens) while an update is being checked or sent.
    bool send(const SendGuard::Request &request);
    void cancel();
    // Closing while an update is on its way abandons it: asks first (closeWhileSendingBox) and returns
    // false; `closeAgain` runs once the agent chose to close anyway.
    bool confirmClose(const std::function<void()> &closeAgain);
    bool closeConfirmed() const { return m_closeConfirmed; }

Q_SIGNALS:
    // The checks started, moved on or ended, or the update was sent or answered.
    void stateChanged();
    // The case was read again before sending: the form shows `update` over `now`.
    void caseReread(const CaseBaseline &now, const CaseUpdate &update);
    // After the banner was filled: `sent` is what went out.
    void finished(const UpdateSender::Report &report, const CaseUpdate &sent);

private:
    void start(const CaseUpdate &update, const QJsonObject &baseline, bool tokenChecked);

    QWidget *m_window;
    UpdateSender *m_sender;
    SendGuard *m_guard;
    OutcomeBanner *m_outcome;
    QString m_token;
    ConnectionSettings m_settings;
    bool m_tokenChecked = false;
    bool m_closeConfirmed = false; // the agent chose to close while sending
};
