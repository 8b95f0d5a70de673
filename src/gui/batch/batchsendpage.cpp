#include "gui/batch/batchsendpage.h"

#include "core/global.h"
#include "core/profiles/settings.h"
#include "gui/batch/batchrowsmodel.h"
#include "gui/batch/batchrowstable.h"
#include "gui/widgets/dialogs.h"
#include "gui/widgets/icons.h"
#include "ui_batchsendpage.h"

#include <QEvent>
#include <QHeaderView>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <algorithm>

namespace {
using State = BatchRow::State;

// "about 3 minutes left": one whole sentence per unit, so each language puts its own plural in it.
QString timeLeftText(qint64 ms)
{
    const qint64 seconds = std::max<qint64>((ms + 999) / 1000, 1);
    if (seconds < 60)
        return BatchSendPage::tr("about %n second(s) left", nullptr, int(seconds));
    const qint64 minutes = (seconds + 59) / 60;
    if (minutes < 60)
        return BatchSendPage::tr("about %n minute(s) left", nullptr, int(minutes));
    const int hours = int(minutes / 60);
    const int rest = int(minutes % 60);
    if (rest == 0)
        return BatchSendPage::tr("about %n hour(s) left", nullptr, hours);
    //: Time left while a batch is sent, in hours and minutes, e.g. "about 2 h 15 min left"
    return BatchSendPage::tr("about %1 h %2 min left").arg(hours).arg(rest);
}
} // namespace

BatchSendPage::BatchSendPage(BatchSession *session, QWidget *parent)
    : BatchStepPage(session, parent)
    , m_ui(std::make_unique<Ui::BatchSendPage>())
    , m_attention(new QSortFilterProxyModel(this))
{
    setObjectName(u"sendPage"_s);
    m_ui->setupUi(this);
    Settings *settings = m_session->settings();
    m_ui->concurrencySpin->setRange(1, Casedesk::MaxRequestsInFlightPerToken);
    m_ui->concurrencySpin->setValue(settings->batchConcurrency());
    m_session->setConcurrency(m_ui->concurrencySpin->value());
    connect(m_ui->concurrencySpin, &QSpinBox::valueChanged, this, [this, settings](int value) {
        settings->setBatchConcurrency(value);
        m_session->setConcurrency(value);
    });
    m_ui->sendProgressBar->setTextVisible(true);
    m_ui->startButton->setIcon(Icons::icon(Icons::Id::Send));
    m_ui->pauseButton->setIcon(Icons::icon(Icons::Id::Pause));
    m_ui->cancelSendButton->setIcon(Icons::icon(Icons::Id::Cancel));
    QFont bold = m_ui->sendProgressLabel->font();
    bold.setBold(true);
    m_ui->sendProgressLabel->setFont(bold);
    // Failures show up while the batch runs, not only at the end.
    m_attention->setSourceModel(m_session->rowsModel());
    m_attention->setFilterRole(BatchRowsModel::StateRole);
    m_attention->setFilterKeyColumn(BatchRowsModel::RowColumn);
    m_attention->setFilterRegularExpression(u"^(failed|interrupted)$"_s);
    QTableView *attention = m_ui->attentionView;
    attention->setModel(m_attention);
    attention->setSortingEnabled(true);
    attention->sortByColumn(BatchRowsModel::RowColumn, Qt::AscendingOrder);
    BatchRowsTable::setUp(attention);
    for (const int column : {int(BatchRowsModel::ResultIdColumn), int(BatchRowsModel::AttemptsColumn)})
        attention->setColumnHidden(column, true);
    connect(m_ui->startButton, &QPushButton::clicked, m_session, &BatchSession::startSending);
    connect(m_ui->pauseButton, &QPushButton::clicked, m_session, &BatchSession::pauseOrResume);
    connect(m_ui->cancelSendButton, &QPushButton::clicked, this, &BatchSendPage::confirmCancel);

    connect(m_session, &BatchSession::batchChanged, this, &BatchSendPage::refresh);
    connect(m_session, &BatchSession::statusChanged, this, &BatchSendPage::refresh);
    connect(m_session, &BatchSession::finished, this, &BatchSendPage::refresh);
    connect(m_session, &BatchSession::progressChanged, this, &BatchSendPage::updateProgressTexts);
    connect(m_session, &BatchSession::rowsChanged, this, [this] {
        if (isCurrent())
            refresh();
    });
}

BatchSendPage::~BatchSendPage() = default;

void BatchSendPage::enter(BatchPage)
{
    refresh();
}

QWidget *BatchSendPage::initialFocus() const
{
    return m_ui->startButton->isVisible() ? static_cast<QWidget *>(m_ui->startButton)
                                          : static_cast<QWidget *>(m_ui->pauseButton);
}

void BatchSendPage::setConcurrencyLimit(int limit)
{
    m_ui->concurrencySpin->setMaximum(limit);
}

void BatchSendPage::refresh()
{
    const qint64 batchId = m_session->batchId();
    const bool pending = batchId == 0;
    const bool mine = !pending && m_session->runsShownBatch();
    BatchRunner *runner = m_session->runner();
    const BatchRunner::State state = runner->state();
    const bool active = mine && runner->isActive();
    const bool paused = mine && state == BatchRunner::State::Paused;
    const QHash<State, int> counts = m_session->rowsModel()->counts();
    const int queued = counts.value(State::Queued);
    const int answered = counts.value(State::Done) + counts.value(State::Failed);

    QString summary;
    if (pending) {
        if (m_session->hasImport()) {
            const BatchImport &import = m_session->currentImport();
            const BatchDefaults &defaults = import.defaults();
            summary = tr("%n row(s) will be sent to %1, operation %2.", nullptr, import.validCount())
                          .arg(defaults.server, defaults.operation);
            if (import.invalidCount() > 0) {
                summary += u' '
                    + tr("%n row(s) with problems are left out; the results list them as not sent.", nullptr,
                         import.invalidCount());
            }
        }
    } else if (const std::optional<BatchInfo> &info = m_session->batchInfo()) {
        summary = tr("Batch %1, from %2, sends to %3, operation %4.")
                      .arg(info->id)
                      .arg(info->sourceName, info->server, info->operation);
        if (!active && !paused && queued == 0)
            summary += u' ' + tr("Nothing is queued: the Results page shows every row's outcome.");
    }
    m_ui->sendSummaryLabel->setText(summary);

    m_ui->startButton->setVisible(!active && !paused && (pending || queued > 0));
    //: The send step's main button: before anything was sent, and when rows wait after a stop
    if (pending || answered == 0)
        m_ui->startButton->setText(tr("&Start sending"));
    else
        //: The send step's main button when rows wait after the batch stopped
        m_ui->startButton->setText(tr("&Resume sending"));
    m_ui->startButton->setEnabled(!m_session->isBusy() || paused);
    m_ui->pauseButton->setVisible(active || paused);
    //: The send step's button while a batch is sent (Pause) or paused (Resume)
    m_ui->pauseButton->setText(paused ? tr("&Resume") : tr("&Pause"));
    m_ui->pauseButton->setIcon(Icons::icon(paused ? Icons::Id::Resume : Icons::Id::Pause));
    m_ui->pauseButton->setEnabled(paused || state == BatchRunner::State::Running);
    m_ui->pauseButton->setToolTip(paused ? tr("Send the rest of the batch")
                                         : tr("Send no new request; the rows being sent finish first"));
    m_ui->cancelSendButton->setVisible(active || paused || (!pending && queued > 0));
    m_ui->cancelSendButton->setEnabled(state != BatchRunner::State::Cancelling);
    m_ui->sendProgressBar->setVisible(!pending);
    m_ui->sendProgressLabel->setVisible(!pending);
    const int attention = counts.value(State::Failed) + counts.value(State::Interrupted);
    m_ui->attentionLabel->setVisible(!pending);
    m_ui->attentionView->setVisible(!pending);
    m_ui->attentionLabel->setText(attention == 0
                                      ? tr("No row has failed so far.")
                                      : tr("Rows that need &attention so far (%n):", nullptr, attention));
    updateProgressTexts();
    updateStatusText();
}

void BatchSendPage::updateProgressTexts()
{
    const BatchRunner::Progress p = m_session->progress();
    const int toSend = std::max(p.total - p.skipped, 0);
    const int processed = p.done + p.failed + p.cancelled + p.interrupted;
    m_ui->sendProgressBar->setRange(0, std::max(toSend, 1));
    m_ui->sendProgressBar->setValue(std::min(processed, std::max(toSend, 1)));
    m_ui->sendProgressBar->setFormat(toSend > 0 ? u"%p%"_s : QString());

    // Figures side by side, each a whole phrase of its own; a count that is still zero is left out.
    //: How far a batch is: rows answered so far of the rows to send, e.g. "120 of 2,000 rows processed"
    QStringList parts{tr("%L1 of %Ln row(s) processed", nullptr, toSend).arg(processed)};
    if (p.done > 0)
        //: A figure of the batch's progress: cases the CRM updated
        parts.append(tr("%Ln updated", nullptr, p.done));
    if (p.failed > 0)
        //: A figure of the batch's progress: rows that failed
        parts.append(tr("%Ln failed", nullptr, p.failed));
    if (p.interrupted > 0)
        //: A figure of the batch's progress: rows whose request got no answer
        parts.append(tr("%Ln interrupted", nullptr, p.interrupted));
    if (p.cancelled > 0)
        //: A figure of the batch's progress: rows a cancel left unsent
        parts.append(tr("%Ln not sent", nullptr, p.cancelled));
    const bool running = m_session->isProgressLive() && m_session->runner()->isActive();
    // A pace that rounds to 0 is left out: "0 rows a minute" says nothing, and reads singular in pt_BR.
    if (running && qRound(p.rowsPerMinute) > 0)
        //: A figure of the batch's progress: the pace of the answers
        parts.append(tr("%Ln row(s) a minute", nullptr, qRound(p.rowsPerMinute)));
    if (running && p.remainingMs > 0)
        parts.append(timeLeftText(p.remainingMs));
    m_ui->sendProgressLabel->setText(parts.join(u"  ·  "_s));
}

void BatchSendPage::updateStatusText()
{
    QString text;
    if (m_session->runsShownBatch()) {
        const BatchRunner::Progress &p = m_session->runnerProgress();
        switch (m_session->runner()->state()) {
        case BatchRunner::State::Running:
            if (m_session->isWaiting()) {
                text = tr("CRM busy, retrying in %n second(s).", nullptr, m_session->waitSecondsLeft());
                if (!m_session->waitReason().isEmpty())
                    text += u'\n' + m_session->waitReason();
            } else {
                text = tr("Sending, %n request(s) at a time.", nullptr, std::max(p.concurrency, 1));
                if (p.concurrency > 0 && p.concurrency < m_ui->concurrencySpin->value())
                    text += u' ' + tr("Lowered because the CRM reported other requests on this token.");
            }
            break;
        case BatchRunner::State::Pausing:
            text = tr("Pausing: waiting for the answer to %n request(s) already sent.", nullptr,
                      std::max(p.inFlight, 1));
            break;
        case BatchRunner::State::Paused:
            text = tr("Paused. Nothing more is sent until you press Resume.");
            break;
        case BatchRunner::State::Cancelling:
            text = tr("Cancelling: waiting for the answer to %n request(s) already sent.", nullptr,
                      std::max(p.inFlight, 1));
            break;
        case BatchRunner::State::Idle:
        case BatchRunner::State::Finished:
            break;
        }
    }
    m_ui->sendStatusLabel->setText(text);
    m_ui->sendStatusLabel->setVisible(!text.isEmpty());
}

void BatchSendPage::confirmCancel()
{
    const qint64 batchId = m_session->batchId();
    if (batchId == 0 || Dialogs::openBox(window(), u"cancelBatchBox"_s))
        return;
    const bool running = m_session->runsShownBatch() && m_session->isBusy();
    const int queued = m_session->rowsModel()->counts().value(State::Queued);
    //: Button of the question before a batch is cancelled: go on sending it
    QString keepText = tr("&Keep sending");
    if (!running)
        //: Button of the question before a paused batch is cancelled: leave its rows waiting
        keepText = tr("&Keep them queued");
    Dialogs::ask(window(), u"cancelBatchBox"_s, QMessageBox::Question, tr("Cancel the batch?"),
                 queued == 0 ? tr("No row is waiting to be sent.")
                             : tr("%n row(s) not sent yet will not be sent; they are marked “Not sent: "
                                  "cancelled”.",
                                  nullptr, queued),
                 tr("Rows being sent right now finish first. Rows already sent stay updated."),
                 //: Button of the question before a batch is cancelled: cancel it
                 {{tr("Cancel the &batch"), QMessageBox::DestructiveRole, u"cancelBatchConfirmButton"_s,
                   [session = m_session, batchId] {
                       if (session->batchId() == batchId)
                           session->cancelBatch();
                   }},
                  {keepText, QMessageBox::RejectRole, u"keepBatchButton"_s, nullptr, QMessageBox::NoButton,
                   true, true}});
}

void BatchSendPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        refresh();
    }
}
