#include "core/send/updatesender.h"

#include "core/global.h"
#include "core/history/attemptrecorder.h"
#include "core/net/apijob.h"
#include "core/net/casesclient.h"

#include <QJsonArray>
#include <utility>

QJsonObject UpdateSender::Report::toJson() const
{
    QJsonObject object = result.toJson();
    QJsonArray sent;
    for (int i = 0; i < attempts.size(); ++i) {
        QJsonObject request = attempts.at(i).result.toJson();
        request.insert(u"request"_s, i + 1);
        request.insert(u"attachments"_s, QJsonArray::fromStringList(attempts.at(i).update.attachments));
        sent.append(request);
    }
    object.insert(u"requests"_s, sent);
    object.insert(u"delivered"_s, QJsonArray::fromStringList(delivered));
    object.insert(u"not_sent"_s, QJsonArray::fromStringList(notSent));
    if (!result.filesNotKept.isEmpty())
        object.insert(u"files_not_kept"_s, QJsonArray::fromStringList(result.filesNotKept));
    return object;
}

UpdateSender::UpdateSender(CasesClient *client, HistoryStore *history, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_recorder(new AttemptRecorder(history, this))
{
    Q_ASSERT(client);
}

UpdateSender::~UpdateSender()
{
    if (m_job)
        m_job->disconnect(this);
}

bool UpdateSender::send(const CaseUpdate &update, const QString &token, const ConnectionSettings &settings,
                        const QJsonObject &baseline)
{
    if (m_sending)
        return false;
    m_sending = true;
    m_cancelled = false;
    m_update = update;
    m_token = token;
    m_settings = settings;
    m_baseline = baseline;
    m_plan = DeliveryPlan::make(update, settings);
    m_report = Report();
    m_report.requests = m_plan.requestCount();
    m_index = 0;
    sendNext();
    return true;
}

void UpdateSender::cancel()
{
    if (!m_sending)
        return;
    m_cancelled = true;
    if (m_job)
        m_job->cancel();
}

void UpdateSender::sendNext()
{
    HistoryEntry attempt;
    attempt.update = m_plan.requestUpdate(m_update, m_index);
    attempt.baseline = m_baseline;
    if (m_plan.isSplit()) {
        attempt.deliveryPart = m_index + 1;
        attempt.deliveryParts = m_plan.requestCount();
        attempt.deliveryGroup = m_report.attempts.isEmpty() ? 0 : m_report.attempts.constFirst().id;
    }
    m_attempt = m_recorder->begin(attempt); // before sending: a crash from here on leaves it "interrupted"
    if (m_plan.isSplit() && m_index == 0 && m_attempt.id > 0) {
        // The group is named after its first attempt, known only now.
        m_attempt.deliveryGroup = m_attempt.id;
    }
    if (const QString error = m_recorder->takeWriteError(); !error.isEmpty())
        m_report.historyError = error;
    Q_EMIT requestStarted(m_index, m_plan.requestCount(), m_attempt.id);

    m_job = m_client->updateCase(m_attempt.update, m_token, m_settings);
    connect(m_job, &ApiJob::started, this, &UpdateSender::connected);
    connect(m_job, &ApiJob::uploadProgress, this, &UpdateSender::uploadProgress);
    connect(m_job, &ApiJob::finished, this, &UpdateSender::onAnswer);
}

void UpdateSender::onAnswer(const ApiResult &result)
{
    if (ApiJob *job = std::exchange(m_job, nullptr))
        job->deleteLater();
    const HistoryEntry attempt = m_recorder->finish(m_attempt, result);
    if (const QString error = m_recorder->takeWriteError(); !error.isEmpty())
        m_report.historyError = error;
    m_report.attempts.append(attempt);
    m_report.result = result;
    if (result.isSuccess() || result.outcome == ApiResult::Outcome::Incomplete)
        m_report.delivered += attempt.update.attachments;
    Q_EMIT requestFinished(m_index, result);

    ++m_index;
    if (result.isSuccess() && !m_cancelled && m_index < m_plan.requestCount()) {
        sendNext();
        return;
    }
    for (int i = m_index; i < m_plan.requestCount(); ++i)
        m_report.notSent += m_plan.requests.at(i);
    finish();
}

void UpdateSender::finish()
{
    m_sending = false;
    m_token.clear();
    const Report report = std::exchange(m_report, Report());
    Q_EMIT finished(report);
}
