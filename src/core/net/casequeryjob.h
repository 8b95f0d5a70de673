#pragma once

#include "core/net/apijob.h"
#include "core/net/casequeryresult.h"

// One search of queryCases.php: a raw JSON body, an answer that lists cases. On ApiJob's lane, so queries
// and updates on one token together never exceed the vendor's two in flight.
class CaseQueryJob final : public ApiJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseQueryJob)

public:
    ~CaseQueryJob() override;

    const CaseQuery &query() const { return m_query; }
    // Final once queryFinished() was emitted; result() holds the same envelope.
    const CaseQueryResult &queryResult() const { return m_queryResult; }

Q_SIGNALS:
    // Emitted just before ApiJob::finished(), with the cases found.
    void queryFinished(const CaseQueryResult &result);

private:
    friend class CasesClient;

    CaseQueryJob(const QNetworkRequest &request, CaseQuery query, QNetworkAccessManager *network,
                 QObject *parent);

    QNetworkReply *send(QNetworkAccessManager *network, const QNetworkRequest &request,
                        QString *error) override;
    ApiResult readAnswer(int httpStatus, const QByteArray &body, const QByteArray &contentType) override;
    void finishing() override;

    CaseQuery m_query;
    CaseQueryResult m_queryResult;
};
