#include "gui/main/outcomebanner.h"

#include "core/global.h"
#include "core/model/casefield.h"
#include "core/vocabulary/vocabularystore.h"
#include "gui/history/historymodel.h"
#include "gui/main/mainwindow.h"
#include "gui/widgets/messagebanner.h"

const QString OutcomeBanner::SentTopic = u"sent"_s;
const QString OutcomeBanner::FailureTopic = u"send"_s;
const QString OutcomeBanner::NetworkTopic = u"network"_s;

namespace {
using Outcome = ApiResult::Outcome;
using Refusal = VocabularyStore::Refusal;

bool isTokenError(const ApiResult &result)
{
    return result.vendorError == ApiResult::VendorError::InvalidToken
        || result.vendorError == ApiResult::VendorError::MissingToken;
}

bool isWorthRetrying(const ApiResult &result)
{
    switch (result.outcome) {
    case Outcome::NetworkFailure:
    case Outcome::Timeout:
    case Outcome::UnreadableAnswer:
    case Outcome::Cancelled:
        return true;
    case Outcome::Rejected:
        return result.isRetryable();
    case Outcome::Success:
    case Outcome::InvalidInput:
    case Outcome::Incomplete:
        break;
    }
    return false;
}

// The field a refusal is about, and what the agent reads about it; empty for other refusals.
struct Explained
{
    QString field; // wire name
    QString title;
    QString text;
    QString action;
};

Explained explainRefusal(const ApiResult &result, const CaseUpdate &update)
{
    const QString type = update.caseType.trimmed();
    switch (VocabularyStore::refusalOf(result)) {
    case Refusal::Status:
        return {
            CaseFields::wireName(CaseField::Status),
            //: %1 is the status, %2 the case type, both as the agent typed them
            OutcomeBanner::tr("The CRM has no status “%1” for the case type “%2”").arg(update.status, type),
            OutcomeBanner::tr("Choose one of this case type's statuses and send again. Casedesk no longer "
                              "offers “%1” for it. The CRM's own words are in the attempt's details.")
                .arg(update.status),
            //: Banner button: put the cursor in the status field
            OutcomeBanner::tr("Choose a status")};
    case Refusal::Priority:
        return {
            CaseFields::wireName(CaseField::Priority),
            OutcomeBanner::tr("The CRM has no priority “%1” for the case type “%2”")
                .arg(update.priority, type),
            OutcomeBanner::tr("Choose one of this case type's priorities and send again. Casedesk no "
                              "longer offers “%1” for it. The CRM's own words are in the attempt's details.")
                .arg(update.priority),
            //: Banner button: put the cursor in the priority field
            OutcomeBanner::tr("Choose a priority")};
    case Refusal::CaseType:
        return {CaseFields::wireName(CaseField::CaseType),
                OutcomeBanner::tr("The CRM has no case type “%1”").arg(type),
                OutcomeBanner::tr("Choose a case type the operation has and send again. Casedesk no longer "
                                  "offers “%1”. The CRM's own words are in the attempt's details.")
                    .arg(type),
                //: Banner button: put the cursor in the case type field
                OutcomeBanner::tr("Choose a case type")};
    case Refusal::Responsible:
        return {
            CaseFields::wireName(CaseField::Responsible),
            OutcomeBanner::tr("The CRM has no user “%1”").arg(update.responsible.trimmed()),
            OutcomeBanner::tr("Check the responsible's wolkvox e-mail (user@operation): the user must exist "
                              "in the CRM. The CRM's own words are in the attempt's details."),
            //: Banner button: put the cursor in the responsible field
            OutcomeBanner::tr("Edit the responsible")};
    case Refusal::SolutionRequired:
        return {
            CaseFields::wireName(CaseField::Solution),
            OutcomeBanner::tr("The status “%1” needs a solution").arg(update.status.trimmed()),
            OutcomeBanner::tr("The CRM closes the case with this status, so it needs a solution. Write how "
                              "the case was resolved and send again; from now on Casedesk asks for it with "
                              "this status. The CRM's own words are in the attempt's details."),
            //: Banner button: put the cursor in the solution field
            OutcomeBanner::tr("Write the solution")};
    case Refusal::None:
        break;
    }
    return {};
}
} // namespace

// The texts that moved here from the window keep its translation context (MainWindow::tr) and translations.

OutcomeBanner::OutcomeBanner(MessageBanner *banner, Actions actions, QObject *parent)
    : QObject(parent)
    , m_banner(banner)
    , m_actions(std::move(actions))
{ }

OutcomeBanner::~OutcomeBanner() = default;

void OutcomeBanner::showReport(const UpdateSender::Report &report, const CaseUpdate &update,
                               bool tokenChecked)
{
    const ApiResult &result = report.result;
    MessageBanner::Kind kind = MessageBanner::Kind::Error;
    switch (result.outcome) {
    case Outcome::Success:
        kind = MessageBanner::Kind::Success;
        break;
    case Outcome::Cancelled:
        kind = MessageBanner::Kind::Information;
        break;
    case Outcome::Timeout:
    case Outcome::UnreadableAnswer:
    case Outcome::Incomplete:
        kind = MessageBanner::Kind::Warning;
        break;
    case Outcome::Rejected:
    case Outcome::NetworkFailure:
    case Outcome::InvalidInput:
        break;
    }
    // A history that could not record the attempt, or files left behind, turn a success into a warning.
    if (kind == MessageBanner::Kind::Success && !report.historyError.isEmpty())
        kind = MessageBanner::Kind::Warning;
    const bool success = report.isSuccess();
    const Explained refusal = success ? Explained() : explainRefusal(result, update);
    const QString topic = success                   ? SentTopic
        : result.outcome == Outcome::NetworkFailure ? NetworkTopic
                                                    : FailureTopic;
    m_banner->show(
        kind,
        [report, update, refusal, tokenChecked] {
            const ApiResult &result = report.result;
            QString title = result.outcomeText();
            QStringList text{result.explanation()};
            if (result.outcome == Outcome::Success) {
                title = result.wolkvoxId.isEmpty() ? MainWindow::tr("Case updated")
                                                   : MainWindow::tr("Case %1 updated").arg(result.wolkvoxId);
                if (!result.msg.isEmpty()) {
                    //: %1 is the CRM's message, %2 the HTTP status, %3 how long it took
                    text = {MainWindow::tr("The CRM answered “%1” (HTTP %2) in %3.")
                                .arg(result.msg)
                                .arg(result.httpStatus)
                                .arg(HistoryModel::durationText(result.elapsedMs))};
                }
                if (report.requests > 1)
                    text.append(MainWindow::tr("Its %n file(s) went in %n updates, one file each.", nullptr,
                                               report.requests));
            } else if (result.outcome == Outcome::Cancelled) {
                title = MainWindow::tr("Update cancelled");
            } else if (!refusal.title.isEmpty()) {
                title = refusal.title;
                text = {refusal.text};
            }
            if (tokenChecked)
                text.append(
                    tr("The token was checked before the upload, which used one call of today's quota."));
            if (report.isPartial()) {
                text.append(
                    MainWindow::tr("The CRM has the fields and %n file(s) from the updates before: %1.",
                                   nullptr, int(report.delivered.size()))
                        .arg(HistoryModel::fileNames(report.delivered)));
            }
            if (!report.notSent.isEmpty()) {
                text.append(
                    MainWindow::tr("%n file(s) were not sent: %1.", nullptr, int(report.notSent.size()))
                        .arg(HistoryModel::fileNames(report.notSent)));
            }
            // The outcome first; a history that could not record the attempt is said after it, whole.
            if (!report.historyError.isEmpty())
                text += {MainWindow::tr("The history could not record this attempt."), report.historyError};
            return MessageBanner::Content{title, text.join(u"\n\n"_s)};
        },
        topic);

    if (success) {
        //: Banner button after a successful update: clear the case, keep the connection
        m_banner->addAction([] { return tr("Next case"); }, m_actions.nextCase, u"bannerNextCaseButton"_s);
        return;
    }
    if (!refusal.field.isEmpty()) {
        const QString field = refusal.field;
        m_banner->addAction([action = refusal.action] { return action; },
                            [this, field] { m_actions.focusField(field); }, u"bannerFixFieldButton"_s);
    }
    if (isTokenError(result)) {
        //: Banner button: put the cursor in the token field
        m_banner->addAction([] { return tr("Edit token"); }, m_actions.editToken, u"bannerEditTokenButton"_s);
    } else if (isWorthRetrying(result)) {
        //: Banner button: send the same update again
        m_banner->addAction([] { return tr("Retry"); }, m_actions.retry, u"bannerRetryButton"_s);
    }
    const qint64 attempt = report.attempts.isEmpty() ? 0 : report.attempts.constLast().id;
    if (attempt > 0) {
        //: Banner button: select the attempt in the history and show what was sent and answered
        m_banner->addAction([] { return tr("Show details"); },
                            [this, attempt] { m_actions.showDetails(attempt); },
                            u"bannerShowDetailsButton"_s);
    }
}

void OutcomeBanner::showStop(const SendGuard::Stop &stop)
{
    using Reason = SendGuard::Stop::Reason;
    const ApiResult result = stop.result;
    const QString id = stop.wolkvoxId;
    const bool network = result.outcome == Outcome::NetworkFailure;
    MessageBanner::Kind kind = MessageBanner::Kind::Error;
    if (stop.reason == Reason::Declined || stop.reason == Reason::Cancelled)
        kind = MessageBanner::Kind::Information;
    else if (stop.reason == Reason::TokenNotChecked)
        kind = MessageBanner::Kind::Warning; // no verdict on the token: the next try goes without the check
    m_banner->show(
        kind,
        [reason = stop.reason, result, id] {
            switch (reason) {
            case Reason::Declined:
            case Reason::Cancelled:
                return MessageBanner::Content{
                    tr("Nothing was sent"),
                    tr("Case %1 was not updated; the form is as you left it.").arg(id)};
            case Reason::CaseGone:
                return MessageBanner::Content{
                    tr("The CRM no longer has case %1").arg(id),
                    tr("Reading the case again just before sending found no case with this wolkvox-id, so "
                       "nothing was sent. Check the id.")};
            case Reason::CaseNotRead: {
                CaseQueryResult read;
                read.api = result;
                return MessageBanner::Content{tr("The case could not be read again before sending"),
                                              tr("Nothing was sent. %1").arg(read.explanation())};
            }
            case Reason::TokenRefused:
                return MessageBanner::Content{
                    tr("The token check failed before the upload"),
                    tr("Nothing was uploaded: Casedesk checks the token before a large upload, and the CRM "
                       "answered: %1")
                        .arg(result.explanation())};
            case Reason::TokenNotChecked:
                return MessageBanner::Content{
                    tr("The token could not be checked before the upload"),
                    //: %1 says why the CRM gave no answer, in one or two sentences; %2 is the banner's
                    //: Retry button
                    tr("Nothing was sent. %1 “%2” sends the update without checking the token first; a "
                       "wrong token is then reported after the upload.")
                        .arg(result.explanation(), tr("Retry"))};
            }
            return MessageBanner::Content{};
        },
        network ? NetworkTopic : FailureTopic);
    if (stop.reason == Reason::Declined)
        return;
    if (isTokenError(result))
        m_banner->addAction([] { return tr("Edit token"); }, m_actions.editToken, u"bannerEditTokenButton"_s);
    else
        m_banner->addAction([] { return tr("Retry"); }, m_actions.retry, u"bannerRetryButton"_s);
}

void OutcomeBanner::showTokenChecked()
{
    m_banner->show(
        MessageBanner::Kind::Information,
        [] {
            return MessageBanner::Content{
                tr("Token checked"),
                tr("The token works: the upload has started. Checking it used one call of today's quota.")};
        },
        FailureTopic);
}
