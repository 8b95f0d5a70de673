#pragma once

#include "core/model/casebaseline.h"
#include "core/model/casequery.h"
#include "core/model/connectionsettings.h"
#include "core/net/casequeryresult.h"
#include "gui/widgets/messagebanner.h"

#include <QObject>
#include <QPointer>
#include <functional>

class CaseChooserDialog;
class CaseQueryJob;
class CasesClient;
class QWidget;

// Load from CRM: reads the case the agent typed or pasted — a wolkvox-id, or a case number (digits only,
// CaseIdentifier) — through queryCases.php, asking first when the form holds unsent edits. One match is
// loaded; several (a case number several cases share) open a chooser; none, a refusal, a timeout or an
// unreadable answer is said in the banner with the query's explanation. One load at a time; cancel ends it.
class CaseLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseLoader)

public:
    struct Connection
    {
        QString server;
        QString operation;
        QString token;
        ConnectionSettings settings;
    };
    using Check = std::function<bool()>;

    // Questions and the chooser open over `window`; `hasUnsentEdits` says whether loading would replace
    // the agent's typing.
    CaseLoader(CasesClient *client, QWidget *window, Check hasUnsentEdits);
    ~CaseLoader() override;

    // False (nothing happens) when `text` is empty or a load is already on its way.
    bool load(const QString &text, const Connection &connection);
    void cancel();
    bool isLoading() const { return !m_job.isNull(); }
    // What is being read, translated: "the case number “1042”".
    QString target() const { return m_query.describe(); }

Q_SIGNALS:
    void loadingChanged(bool loading);
    // The case to fill the form with, as the CRM answered it.
    void loaded(const CaseBaseline &baseline);
    // The search ended without a case: not found, refused, failed, cancelled (also in the chooser).
    void failed(const CaseQueryResult &result);
    void message(MessageBanner::Kind kind, const MessageBanner::Render &render, const QString &topic);

private:
    void start();
    void onFinished(const CaseQueryResult &result);
    void choose(const CaseQueryResult &result);
    void deliver(const CaseRecord &record);

    CasesClient *m_client;
    QWidget *m_window;
    Check m_hasUnsentEdits;
    QPointer<CaseQueryJob> m_job;
    QPointer<CaseChooserDialog> m_chooser;
    CaseQuery m_query;
    Connection m_connection;
};
