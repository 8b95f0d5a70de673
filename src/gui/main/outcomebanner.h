#pragma once

#include "core/model/caseupdate.h"
#include "core/send/updatesender.h"
#include "gui/main/sendguard.h"

#include <QObject>
#include <functional>

class MessageBanner;

// Tells in the banner what became of an update and offers what to do next: Next case after a success; Retry,
// Edit token or the field to fix, and Show details (the attempt in the history) after a failure. A refusal
// the CRM words itself ("THE STATUS DOES NOT EXIST FOR THIS CASE TYPE") is explained in the agent's language
// with what to do; the CRM's own words stay in the attempt's details. Every message has a topic, so the
// window clears one once the state it describes is gone (a network failure once the connection works again).
class OutcomeBanner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutcomeBanner)

public:
    struct Actions
    {
        std::function<void()> retry;
        std::function<void()> editToken;
        std::function<void(qint64 attemptId)> showDetails;
        std::function<void()> nextCase;
        std::function<void(const QString &wireName)> focusField;
    };

    // The banner's topics.
    static const QString SentTopic; // a success: the form shows what the CRM now has
    static const QString FailureTopic; // the CRM refused, or the update was cancelled
    static const QString NetworkTopic; // no usable answer: cleared by the next working call

    OutcomeBanner(MessageBanner *banner, Actions actions, QObject *parent = nullptr);
    ~OutcomeBanner() override;

    // `update` is what was sent; `tokenChecked`: one call of the quota went to checking the token first.
    void showReport(const UpdateSender::Report &report, const CaseUpdate &update, bool tokenChecked);
    // The checks before sending stopped it: nothing was sent.
    void showStop(const SendGuard::Stop &stop);
    // While the upload runs after a token check: says the call it cost.
    void showTokenChecked();

private:
    MessageBanner *m_banner;
    Actions m_actions;
};
