#pragma once

#include "core/history/historyentry.h"
#include "core/model/casebaseline.h"
#include "core/model/caseupdate.h"
#include "core/model/connectionsettings.h"
#include "core/net/apiresult.h"
#include "core/net/casequeryresult.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <optional>

class ApiJob;
class CaseQueryJob;
class CasesClient;
class ConflictDialog;
class QWidget;

// What happens between the press of Update and the first byte sent. Content identical to the last successful
// update of that case asks first; a case loaded from the CRM is read again (when its profile says so) and, if
// it moved meanwhile, the agent chooses in the conflict dialog; a large upload on a token not yet seen to
// work in this session checks the token first (one call), so a wrong token is reported in a second, not after
// minutes of upload. Nothing is sent before each question is answered, and every step can be cancelled.
// A token counts as verified per server, operation and token, whichever call of this session showed it.
class SendGuard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SendGuard)

public:
    enum class Step { None, Question, ReadingCase, CheckingToken };
    struct Request
    {
        CaseUpdate update;
        QString token;
        ConnectionSettings settings;
        std::optional<CaseBaseline> loaded; // the case as loaded from the CRM, if it was
    };
    // What became of the checks that did not clear the update: said in the banner by the window.
    struct Stop
    {
        // TokenRefused: the CRM said no to the token (or to today's quota); TokenNotChecked: the check got no
        // verdict (network, timeout, an answer that is not the CRM's), and the next try goes without it.
        enum class Reason { Declined, Cancelled, CaseNotRead, CaseGone, TokenRefused, TokenNotChecked };
        Reason reason = Reason::Declined;
        ApiResult result; // the failed read or token check
        QString wolkvoxId;
    };

    // Uploads larger than this, all files together, check an unverified token first.
    static constexpr qint64 LargeUploadBytes = qint64(5) << 20;

    // Questions and dialogs open over `window`.
    SendGuard(CasesClient *client, QWidget *window);
    ~SendGuard() override;

    // Runs the checks; ends in cleared() or stopped(). False (nothing happens) while checks run.
    bool start(const Request &request);
    void cancel();
    Step step() const { return m_step; }
    bool isChecking() const { return m_step != Step::None; }

    // A successful update of this session, or one loaded back from the history: later identical content asks
    // first, and its delivered files are not attached again by default.
    void rememberSuccess(const CaseUpdate &update, const QStringList &delivered, const QDateTime &at);
    bool isSameAsLastSuccess(const CaseUpdate &update) const;
    // The files the CRM already has with the case `update` names, from this session's successes.
    QStringList deliveredFiles(const CaseUpdate &update) const;
    // The files the answered requests of one update (an attempt, or its delivery group) delivered; whether
    // every request of it succeeded goes to `succeeded`.
    static QStringList deliveredBy(const QList<HistoryEntry> &attempts, bool *succeeded);

    // A token the CRM accepted (a connection test, a read, an update) or refused in this session, for the
    // server and operation it was used with.
    void setTokenVerified(const QString &server, const QString &operation, const QString &token,
                          bool verified);
    bool isTokenVerified(const QString &server, const QString &operation, const QString &token) const;
    // What an answer to a call with `token` says of it: a success verifies it, a refused token unverifies it,
    // anything else (the network, a busy CRM) says nothing about the token.
    void noteAnswer(const QString &server, const QString &operation, const QString &token,
                    const ApiResult &result);

Q_SIGNALS:
    void stepChanged(SendGuard::Step step);
    // Send `update` (brought up to date if the agent kept their changes) with `baseline` as its "before";
    // `tokenChecked`: one call of the quota went to checking the token.
    void cleared(const CaseUpdate &update, const QJsonObject &baseline, bool tokenChecked);
    // The case was read again just now: `now` is the new "as loaded", `update` what the form should show.
    void caseReread(const CaseBaseline &now, const CaseUpdate &update);
    void stopped(const SendGuard::Stop &stop);

private:
    struct Success
    {
        CaseUpdate update;
        QStringList delivered;
        QDateTime at;
    };
    static QString caseKey(const CaseUpdate &update);
    static QByteArray tokenKey(const QString &server, const QString &operation, const QString &token);
    void setStep(Step step);
    void askSameAgain();
    void readAgain();
    void onReread(const CaseQueryResult &result);
    void resolve(const CaseBaseline &now);
    void checkToken();
    void onTokenChecked(const ApiResult &result);
    void clear();
    void stop(Stop::Reason reason, const ApiResult &result = {});

    CasesClient *m_client;
    QWidget *m_window;
    Step m_step = Step::None;
    Request m_request;
    QJsonObject m_baseline;
    bool m_tokenChecked = false;
    bool m_cancelled = false;
    QPointer<CaseQueryJob> m_query;
    QPointer<ApiJob> m_tokenJob;
    QPointer<ConflictDialog> m_dialog;
    QHash<QString, Success> m_successes;
    QSet<QByteArray> m_verifiedTokens;
    QSet<QByteArray> m_uncheckable; // the last check got no verdict: the next try goes without one
};

Q_DECLARE_METATYPE(SendGuard::Stop)
