#include "core/net/casequeryjob.h"

#include "core/global.h"

#include <QNetworkAccessManager>
#include <utility>

CaseQueryJob::CaseQueryJob(const QNetworkRequest &request, CaseQuery query, QNetworkAccessManager *network,
                           QObject *parent)
    : ApiJob(request, {}, network, parent)
    , m_query(std::move(query))
{ }

CaseQueryJob::~CaseQueryJob() = default;

QNetworkReply *CaseQueryJob::send(QNetworkAccessManager *network, const QNetworkRequest &request, QString *)
{
    QNetworkRequest json = request;
    json.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    return network->post(json, m_query.body());
}

ApiResult CaseQueryJob::readAnswer(int httpStatus, const QByteArray &body, const QByteArray &contentType)
{
    m_queryResult = CaseQueryResult::fromHttpAnswer(httpStatus, body, contentType);
    return m_queryResult.api;
}

void CaseQueryJob::finishing()
{
    // The base may have replaced the parsed envelope (cancel, timeout, network) and has filled in the raw
    // body, timings and network detail; the cases stand only if the answer they came from does.
    m_queryResult.api = result();
    m_queryResult.query = m_query;
    if (!m_queryResult.api.isSuccess()) {
        m_queryResult.records.clear();
        m_queryResult.skipped = 0;
    }
    Q_EMIT queryFinished(m_queryResult);
}
