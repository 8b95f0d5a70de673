#include "gui/main/caseloader.h"

#include "core/global.h"
#include "core/net/casequeryjob.h"
#include "core/net/casesclient.h"
#include "gui/main/casechooserdialog.h"
#include "gui/main/caseidentifier.h"
#include "gui/widgets/dialogs.h"

#include <QLocale>

namespace {
const QString LoadTopic = u"load"_s;
}

CaseLoader::CaseLoader(CasesClient *client, QWidget *window, Check hasUnsentEdits)
    : QObject(window)
    , m_client(client)
    , m_window(window)
    , m_hasUnsentEdits(std::move(hasUnsentEdits))
{ }

CaseLoader::~CaseLoader()
{
    if (m_job)
        m_job->disconnect(this);
}

bool CaseLoader::load(const QString &text, const Connection &connection)
{
    const QString value = text.trimmed();
    if (value.isEmpty() || isLoading())
        return false;
    m_connection = connection;
    m_query = CaseQuery::make(CaseIdentifier::isCaseNumber(value) ? CaseQuery::By::CaseNumber
                                                                  : CaseQuery::By::WolkvoxId,
                              connection.operation, value);
    if (m_hasUnsentEdits && m_hasUnsentEdits()) {
        Dialogs::ask(m_window, u"loadOverEditsBox"_s, QMessageBox::Question, tr("Replace your changes?"),
                     tr("The form has changes that were not sent. Loading the case from the CRM replaces "
                        "them with the case's current values."),
                     {},
                     {{tr("&Load and replace"), QMessageBox::AcceptRole, u"loadAndReplaceButton"_s,
                       [this] { start(); }},
                      {{}, QMessageBox::RejectRole, {}, {}, QMessageBox::Cancel, true, true}});
        return true;
    }
    start();
    return true;
}

void CaseLoader::start()
{
    if (isLoading())
        return;
    m_job = m_query.field == CaseQuery::fieldName(CaseQuery::By::WolkvoxId)
        ? m_client->loadCase(m_connection.server, m_query.operation, m_query.value, m_connection.token,
                             m_connection.settings)
        : m_client->queryCases(m_connection.server, m_query.operation, m_query.field, m_query.value,
                               m_connection.token, m_connection.settings);
    connect(m_job, &CaseQueryJob::queryFinished, this, &CaseLoader::onFinished);
    Q_EMIT loadingChanged(true);
}

void CaseLoader::cancel()
{
    if (m_job)
        m_job->cancel();
}

void CaseLoader::onFinished(const CaseQueryResult &result)
{
    if (CaseQueryJob *job = m_job)
        job->deleteLater();
    m_job = nullptr;
    Q_EMIT loadingChanged(false);

    QList<CaseRecord> records = result.records;
    if (m_query.field == CaseQuery::fieldName(CaseQuery::By::WolkvoxId))
        records = result.withId(m_query.value); // a search by id may answer others too
    if (!result.isSuccess() || records.isEmpty()) {
        const ApiResult::Outcome outcome = result.api.outcome;
        const MessageBanner::Kind kind = outcome == ApiResult::Outcome::Cancelled
            ? MessageBanner::Kind::Information
            : outcome == ApiResult::Outcome::Success ? MessageBanner::Kind::Warning
                                                     : MessageBanner::Kind::Error;
        CaseQueryResult shown = result;
        shown.query = m_query;
        shown.records = records;
        Q_EMIT message(
            kind,
            [shown] {
                const ApiResult::Outcome o = shown.api.outcome;
                const QString title = o == ApiResult::Outcome::Success ? tr("No case found")
                    : o == ApiResult::Outcome::Cancelled               ? tr("Loading cancelled")
                                                                       : tr("The case could not be loaded");
                return MessageBanner::Content{title, shown.explanation()};
            },
            LoadTopic);
        Q_EMIT failed(shown);
        return;
    }
    if (records.size() == 1)
        return deliver(records.constFirst());
    CaseQueryResult several = result;
    several.records = records;
    choose(several);
}

void CaseLoader::choose(const CaseQueryResult &result)
{
    if (!m_chooser) {
        m_chooser = new CaseChooserDialog(m_window);
        m_chooser->setAttribute(Qt::WA_DeleteOnClose);
        Dialogs::returnKeyboardWhenGone(m_chooser, m_window);
        connect(m_chooser, &QDialog::finished, this, [this](int code) {
            const CaseRecord chosen = m_chooser ? m_chooser->chosen() : CaseRecord();
            if (code == QDialog::Accepted && !chosen.wolkvoxId.isEmpty())
                return deliver(chosen);
            CaseQueryResult cancelled;
            cancelled.query = m_query;
            cancelled.api.outcome = ApiResult::Outcome::Cancelled;
            Q_EMIT message(
                MessageBanner::Kind::Information,
                [] {
                    return MessageBanner::Content{tr("No case was loaded"),
                                                  tr("You closed the list of cases without choosing one.")};
                },
                LoadTopic);
            Q_EMIT failed(cancelled);
        });
    }
    m_chooser->setCases(m_query.describe(), result.records);
    m_chooser->open(); // window-modal, no nested event loop
}

void CaseLoader::deliver(const CaseRecord &record)
{
    CaseBaseline baseline;
    baseline.record = record;
    baseline.record.raw = {};
    baseline.readAt = QDateTime::currentDateTimeUtc();
    Q_EMIT message(
        MessageBanner::Kind::Information,
        [id = record.wolkvoxId, number = record.caseNumber, at = baseline.readAt] {
            const QString time = QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
            //: %1 is the wolkvox-id
            const QString title = number.isEmpty() ? tr("Case %1 loaded from the CRM").arg(id)
                                                   //: %1 is the case number, %2 the wolkvox-id
                                                   : tr("Case %1 (%2) loaded from the CRM").arg(number, id);
            //: %1 is the date and time the CRM answered
            return MessageBanner::Content{
                title,
                tr("As the CRM had it at %1. Correct what needs correcting: each field you change is "
                   "marked, and the changes are listed above Update case.")
                    .arg(time)};
        },
        LoadTopic);
    Q_EMIT loaded(baseline);
}
