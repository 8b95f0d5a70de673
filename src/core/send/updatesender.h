#pragma once

#include "core/history/historyentry.h"
#include "core/model/caseupdate.h"
#include "core/model/connectionsettings.h"
#include "core/model/deliveryplan.h"
#include "core/net/apiresult.h"

#include <QJsonObject>
#include <QMetaType>
#include <QObject>
#include <QPointer>

class ApiJob;
class AttemptRecorder;
class CasesClient;
class HistoryStore;

// Sends one update from the press of Update to the history, for the window and casedesk-cli update:
// plans its requests (DeliveryPlan: one per file under a plain part name), records each as an attempt
// before it leaves, sends them one after the other — the next only once the previous succeeded, as the
// vendor advises — and reports which files reached the CRM in which request.
class UpdateSender final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UpdateSender)

public:
    struct Report
    {
        // The answer that decides: the first request that did not succeed, else the last one.
        ApiResult result;
        QList<HistoryEntry> attempts; // one per request sent, in order, each with its answer
        QStringList delivered; // attachments in requests the CRM answered with success
        QStringList notSent; // attachments of requests never sent, because an earlier one failed
        int requests = 0; // of the plan
        QString historyError; // translated; the history could not record some attempt

        bool isSuccess() const { return result.isSuccess() && notSent.isEmpty(); }
        // Some request succeeded before another failed: the CRM has the fields and some of the files.
        bool isPartial() const { return !delivered.isEmpty() && !isSuccess(); }
        // Every request's result, for scripts: {request, attachments, ...ApiResult::toJson()}.
        QJsonObject toJson() const;
    };

    // `client` and `history` (may be null) are the caller's and must outlive the sender.
    UpdateSender(CasesClient *client, HistoryStore *history, QObject *parent = nullptr);
    ~UpdateSender() override;

    // Starts sending; false (nothing happens) while another update is on its way. `baseline` is the case
    // as the CRM had it when loaded, recorded with each attempt.
    bool send(const CaseUpdate &update, const QString &token, const ConnectionSettings &settings,
              const QJsonObject &baseline = {});
    // The request on its way ends as cancelled; the ones after it are not sent.
    void cancel();

    bool isSending() const { return m_sending; }
    const CaseUpdate &update() const { return m_update; }
    const DeliveryPlan &plan() const { return m_plan; }
    int currentRequest() const { return m_index; } // 0-based
    AttemptRecorder *recorder() const { return m_recorder; }

Q_SIGNALS:
    // Request `index` of `count` was recorded as `attemptId` (0: the history could not record it) and
    // queued for a free connection.
    void requestStarted(int index, int count, qint64 attemptId);
    // It has a connection and is being sent.
    void connected();
    void uploadProgress(qint64 sent, qint64 total);
    void requestFinished(int index, const ApiResult &result);
    void finished(const UpdateSender::Report &report);

private:
    void sendNext();
    void onAnswer(const ApiResult &result);
    void finish();

    CasesClient *m_client;
    AttemptRecorder *m_recorder;
    QPointer<ApiJob> m_job;
    CaseUpdate m_update;
    DeliveryPlan m_plan;
    QString m_token; // for the requests still to send; cleared when done
    ConnectionSettings m_settings;
    QJsonObject m_baseline;
    HistoryEntry m_attempt; // the request on its way
    Report m_report;
    int m_index = 0;
    bool m_sending = false;
    bool m_cancelled = false;
};

Q_DECLARE_METATYPE(UpdateSender::Report)
