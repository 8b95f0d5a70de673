#include "gui/main/sendflow.h"

#include "core/global.h"
#include "gui/main/mainwindow.h"
#include "gui/widgets/dialogs.h"

SendFlow::SendFlow(CasesClient *client, HistoryStore *history, QWidget *window, MessageBanner *banner,
                   const OutcomeBanner::Actions &actions)
    : QObject(window)
    , m_window(window)
    , m_sender(new UpdateSender(client, history, this))
    , m_guard(new SendGuard(client, window))
    , m_outcome(new OutcomeBanner(banner, actions, this))
{
    connect(m_guard, &SendGuard::stepChanged, this, &SendFlow::stateChanged);
    connect(m_guard, &SendGuard::cleared, this, &SendFlow::start);
    connect(m_guard, &SendGuard::caseReread, this, &SendFlow::caseReread);
    connect(m_guard, &SendGuard::stopped, this, [this](const SendGuard::Stop &stop) {
        m_token.clear();
        m_outcome->showStop(stop);
        Q_EMIT stateChanged();
    });
    connect(m_sender, &UpdateSender::finished, this, [this](const UpdateSender::Report &report) {
        const CaseUpdate sent = m_sender->update();
        if (report.isSuccess())
            m_guard->rememberSuccess(sent, report.delivered, QDateTime::currentDateTimeUtc());
        m_guard->noteAnswer(sent.server, sent.operation, m_token, report.result);
        m_token.clear();
        m_outcome->showReport(report, sent, std::exchange(m_tokenChecked, false));
        Q_EMIT stateChanged();
        Q_EMIT finished(report, sent);
    });
}

SendFlow::~SendFlow() = default;

bool SendFlow::send(const SendGuard::Request &request)
{
    if (isBusy())
        return false;
    m_token = request.token;
    m_settings = request.settings;
    return m_guard->start(request);
}

void SendFlow::start(const CaseUpdate &update, const QJsonObject &baseline, bool tokenChecked)
{
    m_tokenChecked = tokenChecked;
    if (tokenChecked)
        m_outcome->showTokenChecked();
    m_sender->send(update, m_token, m_settings, baseline);
    Q_EMIT stateChanged();
}

void SendFlow::cancel()
{
    if (m_guard->isChecking())
        m_guard->cancel();
    else
        m_sender->cancel();
}

bool SendFlow::confirmClose(const std::function<void()> &closeAgain)
{
    if (!isSending() || m_closeConfirmed)
        return true;
    // Closing would abandon an update whose fate is unknown: ask, without blocking the window. (The texts
    // keep the window's translation context.)
    Dialogs::ask(
        m_window, u"closeWhileSendingBox"_s, QMessageBox::Warning, MainWindow::tr("An update is being sent"),
        MainWindow::tr("Casedesk is still sending case %1. If you close now the upload is cancelled and "
                       "you will not know whether the CRM applied it.")
            .arg(m_sender->update().wolkvoxId),
        {},
        {{MainWindow::tr("&Keep sending"),
          QMessageBox::RejectRole,
          u"keepSendingButton"_s,
          {},
          QMessageBox::NoButton,
          true},
         {MainWindow::tr("&Cancel the upload and close"), QMessageBox::DestructiveRole,
          u"closeAnywayButton"_s, [this, closeAgain] {
              m_closeConfirmed = true;
              closeAgain();
          }}});
    return false;
}
