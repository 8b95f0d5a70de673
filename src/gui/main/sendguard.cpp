#include "gui/main/sendguard.h"

#include "core/global.h"
#include "core/model/casecomparison.h"
#include "core/net/apijob.h"
#include "core/net/casequeryjob.h"
#include "core/net/casesclient.h"
#include "gui/main/conflictdialog.h"
#include "gui/widgets/dialogs.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QLocale>

SendGuard::SendGuard(CasesClient *client, QWidget *window)
    : QObject(window)
    , m_client(client)
    , m_window(window)
{ }

SendGuard::~SendGuard()
{
    for (QObject *job : {static_cast<QObject *>(m_query.data()), static_cast<QObject *>(m_tokenJob.data())}) {
        if (job)
            job->disconnect(this);
    }
}

QString SendGuard::caseKey(const CaseUpdate &update)
{
    return update.server.trimmed().toLower() + u'\n' + update.operation.trimmed().toCaseFolded() + u'\n'
        + update.wolkvoxId.trimmed().toLower();
}

QByteArray SendGuard::tokenKey(const QString &server, const QString &operation, const QString &token)
{
    // Only a digest is kept, so the token itself lives nowhere but in the connection bar.
    const QString key
        = server.trimmed().toLower() + u'\n' + operation.trimmed().toCaseFolded() + u'\n' + token.trimmed();
    return QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256);
}

void SendGuard::setStep(Step step)
{
    if (std::exchange(m_step, step) != step)
        Q_EMIT stepChanged(step);
}

bool SendGuard::start(const Request &request)
{
    if (isChecking())
        return false;
    m_request = request;
    m_baseline = request.loaded ? request.loaded->toJson() : QJsonObject();
    m_tokenChecked = false;
    m_cancelled = false;
    if (isSameAsLastSuccess(request.update)) {
        askSameAgain();
        return true;
    }
    readAgain();
    return true;
}

void SendGuard::cancel()
{
    m_cancelled = true;
    if (m_query)
        m_query->cancel();
    else if (m_tokenJob)
        m_tokenJob->cancel();
    else if (m_dialog)
        m_dialog->reject(); // as its Cancel button: nothing is sent
    else if (m_step == Step::Question) {
        if (QMessageBox *box = Dialogs::openBox(m_window, u"sameUpdateAgainBox"_s))
            box->close();
        stop(Stop::Reason::Cancelled);
    }
}

void SendGuard::askSameAgain()
{
    setStep(Step::Question);
    const Success last = m_successes.value(caseKey(m_request.update));
    const int files = int(m_request.update.attachments.size());
    const QString at = QLocale().toString(last.at.toLocalTime(), QLocale::ShortFormat);
    // Esc and the box's close button press Cancel: the agent said no.
    Dialogs::ask(
        m_window, u"sameUpdateAgainBox"_s, QMessageBox::Question, tr("Send the same update again?"),
        //: %1 is the wolkvox-id, %2 the date and time of the earlier update
        tr("Case %1 was already updated with exactly these values at %2.")
            .arg(m_request.update.wolkvoxId, at),
        files > 0 ? tr("Sending it again costs a call of the daily quota and uploads its %n file(s) again.",
                       nullptr, files)
                  : tr("Sending it again costs a call of the daily quota and changes nothing in the case."),
        {{tr("&Send again"), QMessageBox::AcceptRole, u"sendAgainButton"_s, [this] { readAgain(); }},
         {{},
          QMessageBox::RejectRole,
          u"dontSendAgainButton"_s,
          [this] { stop(Stop::Reason::Declined); },
          QMessageBox::Cancel,
          true,
          true}});
}

void SendGuard::readAgain()
{
    if (!m_request.loaded || !m_request.settings.checkCaseBeforeSending)
        return checkToken();
    setStep(Step::ReadingCase);
    m_query = m_client->loadCase(m_request.update.server, m_request.update.operation,
                                 m_request.loaded->record.wolkvoxId, m_request.token, m_request.settings);
    connect(m_query, &CaseQueryJob::queryFinished, this, &SendGuard::onReread);
}

void SendGuard::onReread(const CaseQueryResult &result)
{
    if (CaseQueryJob *job = m_query)
        job->deleteLater();
    m_query = nullptr;
    if (result.api.outcome == ApiResult::Outcome::Cancelled || m_cancelled)
        return stop(Stop::Reason::Cancelled, result.api);
    if (!result.isSuccess())
        return stop(Stop::Reason::CaseNotRead, result.api);
    // the CRM answered with the token
    setTokenVerified(m_request.update.server, m_request.update.operation, m_request.token, true);
    const QList<CaseRecord> found = result.withId(m_request.loaded->record.wolkvoxId);
    if (found.isEmpty())
        return stop(Stop::Reason::CaseGone, result.api);
    CaseBaseline now;
    now.record = found.constFirst();
    now.record.raw = {};
    now.readAt = QDateTime::currentDateTimeUtc();
    resolve(now);
}

void SendGuard::resolve(const CaseBaseline &now)
{
    const CaseRecord &loaded = m_request.loaded->record;
    const QList<FieldChange> moved = CaseComparison::drift(loaded, now.record);
    m_baseline = now.toJson();
    if (moved.isEmpty())
        return checkToken();
    setStep(Step::Question);
    m_dialog = new ConflictDialog(m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    Dialogs::returnKeyboardWhenGone(m_dialog, m_window);
    m_dialog->setConflicts(loaded.wolkvoxId, m_request.loaded->readAt,
                           CaseComparison::conflicts(loaded, m_request.update, now.record));
    connect(m_dialog, &QDialog::finished, this, [this, now] {
        const ConflictDialog::Choice choice = m_dialog ? m_dialog->choice() : ConflictDialog::Choice::Cancel;
        if (choice == ConflictDialog::Choice::Cancel)
            return stop(Stop::Reason::Declined);
        if (choice == ConflictDialog::Choice::KeepTheirs) {
            m_request.update = CaseComparison::rebase(m_request.update, m_request.loaded->record, now.record,
                                                      CaseComparison::Resolution::KeepTheirs);
        }
        m_request.loaded = now;
        Q_EMIT caseReread(now, m_request.update);
        checkToken();
    });
    m_dialog->open(); // window-modal, no nested event loop
}

void SendGuard::checkToken()
{
    const CaseUpdate &update = m_request.update;
    const QByteArray key = tokenKey(update.server, update.operation, m_request.token);
    if (m_verifiedTokens.contains(key))
        return clear();
    qint64 bytes = 0;
    for (const QString &path : std::as_const(update.attachments))
        bytes += std::max<qint64>(QFileInfo(path).size(), 0);
    if (bytes <= LargeUploadBytes)
        return clear();
    // The check before got no verdict and the agent tries again: this time without it (see onTokenChecked).
    if (m_uncheckable.remove(key))
        return clear();
    setStep(Step::CheckingToken);
    m_tokenJob
        = m_client->tokenInformation(update.server, update.operation, m_request.token, m_request.settings);
    connect(m_tokenJob, &ApiJob::finished, this, &SendGuard::onTokenChecked);
}

void SendGuard::onTokenChecked(const ApiResult &result)
{
    if (ApiJob *job = m_tokenJob)
        job->deleteLater();
    m_tokenJob = nullptr;
    if (result.outcome == ApiResult::Outcome::Cancelled || m_cancelled)
        return stop(Stop::Reason::Cancelled, result);
    const CaseUpdate &update = m_request.update;
    noteAnswer(update.server, update.operation, m_request.token, result);
    if (result.isSuccess()) {
        m_tokenChecked = true;
        return clear();
    }
    // A refused token, or no calls left today: the upload would be refused the same way, so nothing goes.
    const ApiResult::VendorError error = result.vendorError;
    if (error == ApiResult::VendorError::InvalidToken || error == ApiResult::VendorError::MissingToken
        || error == ApiResult::VendorError::DailyLimitExceeded)
        return stop(Stop::Reason::TokenRefused, result);
    // No verdict (no connection, a timeout, an answer that is not the CRM's, a CRM without this endpoint):
    // a careful agent would not start minutes of upload to a CRM that did not answer a one-line question a
    // second ago, so nothing goes now and the banner says why; but a check that cannot work must not block
    // them for good, so the next try with this token (Retry, or Update) uploads without checking first, and
    // the upload itself then tells a wrong token.
    m_uncheckable.insert(tokenKey(update.server, update.operation, m_request.token));
    stop(Stop::Reason::TokenNotChecked, result);
}

void SendGuard::clear()
{
    setStep(Step::None);
    Q_EMIT cleared(m_request.update, m_baseline, m_tokenChecked);
}

void SendGuard::stop(Stop::Reason reason, const ApiResult &result)
{
    if (m_step == Step::None)
        return;
    setStep(Step::None);
    Stop stopped;
    stopped.reason = reason;
    stopped.result = result;
    stopped.wolkvoxId = m_request.update.wolkvoxId;
    Q_EMIT this->stopped(stopped);
}

void SendGuard::rememberSuccess(const CaseUpdate &update, const QStringList &delivered, const QDateTime &at)
{
    Success &success = m_successes[caseKey(update)];
    if (success.at.isValid() && at.isValid() && at < success.at)
        return; // an older attempt loaded from the history: the newer success stays the last one
    success.update = update;
    for (const QString &path : delivered) {
        if (!success.delivered.contains(path))
            success.delivered.append(path);
    }
    success.at = at;
}

bool SendGuard::isSameAsLastSuccess(const CaseUpdate &update) const
{
    const auto it = m_successes.constFind(caseKey(update));
    if (it == m_successes.cend() || update.wolkvoxId.trimmed().isEmpty())
        return false;
    const CaseUpdate &last = it->update;
    const auto same = [](const QString &a, const QString &b) { return a.trimmed() == b.trimmed(); };
    if (!same(last.caseType, update.caseType) || !same(last.responsible, update.responsible)
        || !same(last.status, update.status) || !same(last.priority, update.priority)
        || last.solution != update.solution || last.customFields != update.customFields)
        return false;
    // A file the CRM does not have yet is a new reason to send.
    return std::all_of(update.attachments.cbegin(), update.attachments.cend(),
                       [&it](const QString &path) { return it->delivered.contains(path); });
}

QStringList SendGuard::deliveredFiles(const CaseUpdate &update) const
{
    return m_successes.value(caseKey(update)).delivered;
}

QStringList SendGuard::deliveredBy(const QList<HistoryEntry> &attempts, bool *succeeded)
{
    QStringList delivered;
    bool all = !attempts.isEmpty();
    for (const HistoryEntry &attempt : attempts) {
        const ApiResult::Outcome outcome = attempt.result.outcome;
        all = all && attempt.isDone() && attempt.result.isSuccess();
        // Incomplete: applied, but the files it names cannot have been kept.
        if (!attempt.isDone()
            || (outcome != ApiResult::Outcome::Success && outcome != ApiResult::Outcome::Incomplete))
            continue;
        for (const QString &path : attempt.update.attachments) {
            if (!attempt.result.filesNotKept.contains(path) && !delivered.contains(path))
                delivered.append(path);
        }
    }
    *succeeded = all;
    return delivered;
}

void SendGuard::setTokenVerified(const QString &server, const QString &operation, const QString &token,
                                 bool verified)
{
    if (token.trimmed().isEmpty())
        return;
    const QByteArray key = tokenKey(server, operation, token);
    if (verified) {
        m_verifiedTokens.insert(key);
        m_uncheckable.remove(key);
    } else {
        m_verifiedTokens.remove(key);
    }
}

bool SendGuard::isTokenVerified(const QString &server, const QString &operation, const QString &token) const
{
    return m_verifiedTokens.contains(tokenKey(server, operation, token));
}

void SendGuard::noteAnswer(const QString &server, const QString &operation, const QString &token,
                           const ApiResult &result)
{
    if (result.isSuccess())
        setTokenVerified(server, operation, token, true);
    else if (result.vendorError == ApiResult::VendorError::InvalidToken
             || result.vendorError == ApiResult::VendorError::MissingToken)
        setTokenVerified(server, operation, token, false);
}
