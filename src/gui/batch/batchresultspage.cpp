#include "gui/batch/batchresultspage.h"

#include "core/global.h"
#include "gui/batch/batchfolders.h"
#include "gui/batch/batchrowsmodel.h"
#include "gui/batch/batchrowstable.h"
#include "gui/widgets/dialogs.h"
#include "gui/widgets/icons.h"
#include "gui/widgets/repaintthrottle.h"
#include "ui_batchresultspage.h"

#include <QClipboard>
#include <QEvent>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLocale>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <algorithm>

namespace {
using State = BatchRow::State;
}

BatchResultsPage::BatchResultsPage(BatchSession *session, QWidget *parent)
    : BatchStepPage(session, parent)
    , m_ui(std::make_unique<Ui::BatchResultsPage>())
    , m_filter(new QSortFilterProxyModel(this))
{
    setObjectName(u"resultsPage"_s);
    m_ui->setupUi(this);
    m_filter->setSourceModel(m_session->rowsModel());
    m_filter->setFilterRole(BatchRowsModel::FilterKeyRole);
    m_filter->setFilterKeyColumn(BatchRowsModel::RowColumn);
    QTableView *view = m_ui->resultsView;
    view->setModel(m_filter);
    new RepaintThrottle(view); // rows are answered every few milliseconds while a batch runs
    view->setSortingEnabled(true);
    view->sortByColumn(BatchRowsModel::RowColumn, Qt::AscendingOrder);
    BatchRowsTable::setUp(view);

    connect(m_ui->resultsFilterCombo, &QComboBox::activated, this, [this] {
        // "failed" shows every failed row; "failed:timeout" only those that timed out.
        const QString key = m_ui->resultsFilterCombo->currentData().toString();
        m_filter->setFilterRegularExpression(
            key.isEmpty() ? QString() : u"^%1(:.*)?$"_s.arg(QRegularExpression::escape(key)));
    });
    m_ui->retryFailedButton->setIcon(Icons::icon(Icons::Id::Retry));
    m_ui->resendInterruptedButton->setIcon(Icons::icon(Icons::Id::Send));
    m_ui->copyResultsButton->setIcon(Icons::icon(Icons::Id::Copy));
    m_ui->exportResultsButton->setIcon(Icons::icon(Icons::Id::Export));
    m_ui->showHistoryButton->setIcon(Icons::icon(Icons::Id::History));
    m_ui->newBatchButton->setIcon(Icons::icon(Icons::Id::NewCase));
    connect(m_ui->retryFailedButton, &QPushButton::clicked, m_session, &BatchSession::retryFailed);
    connect(m_ui->resendInterruptedButton, &QPushButton::clicked, this,
            &BatchResultsPage::confirmResendInterrupted);
    m_ui->sendRemainingButton->setIcon(Icons::icon(Icons::Id::Send));
    connect(m_ui->sendRemainingButton, &QPushButton::clicked, m_session, &BatchSession::sendRemaining);
    connect(m_ui->copyResultsButton, &QPushButton::clicked, this, &BatchResultsPage::copyResults);
    connect(m_ui->exportResultsButton, &QPushButton::clicked, this, &BatchResultsPage::chooseExportFile);
    connect(m_ui->showHistoryButton, &QPushButton::clicked, m_session, &BatchSession::requestHistory);
    connect(m_ui->newBatchButton, &QPushButton::clicked, m_session, &BatchSession::newBatch);

    connect(m_session, &BatchSession::batchChanged, this, &BatchResultsPage::refresh);
    connect(m_session, &BatchSession::rowsChanged, this, &BatchResultsPage::refresh);
}

BatchResultsPage::~BatchResultsPage() = default;

void BatchResultsPage::enter(BatchPage)
{
    refresh();
}

QWidget *BatchResultsPage::initialFocus() const
{
    return m_ui->resultsView;
}

QTableView *BatchResultsPage::view() const
{
    return m_ui->resultsView;
}

void BatchResultsPage::refresh()
{
    BatchRowsModel *rows = m_session->rowsModel();
    const QHash<State, int> counts = rows->counts();
    const QLocale locale;

    QStringList parts;
    for (const State state : BatchRow::allStates()) {
        if (const int n = counts.value(state); n > 0)
            //: A state of the batch's rows and how many rows are in it, e.g. "Done: 12"
            parts.append(tr("%1: %Ln", nullptr, n).arg(BatchRow::stateName(state)));
    }
    QString heading;
    if (const std::optional<BatchInfo> &info = m_session->batchInfo()) {
        //: The batch's number, the file it came from, and when it was started
        heading
            = tr("Batch %1 · %2 · %3")
                  .arg(info->id)
                  .arg(info->sourceName, locale.toString(info->created.toLocalTime(), QLocale::ShortFormat));
    }
    const QString counted = parts.join(u"  ·  "_s).toHtmlEscaped();
    m_ui->resultsSummaryLabel->setText(
        heading.isEmpty() ? counted : u"<b>%1</b><br>%2"_s.arg(heading.toHtmlEscaped(), counted));

    // The filter keeps its choice while its counts change, and is left alone while its list is open.
    QComboBox *filter = m_ui->resultsFilterCombo;
    const QString current = filter->currentData().toString();
    if (!filter->view()->isVisible()) {
        const QSignalBlocker blocker(filter);
        filter->clear();
        //: The first item of the results filter: every row of the batch, and how many there are
        filter->addItem(tr("All rows (%Ln)", nullptr, rows->rowCount()), QString());
        const QHash<ApiResult::Outcome, int> failures = rows->failedOutcomes();
        for (const State state : BatchRow::allStates()) {
            const int n = counts.value(state);
            if (n == 0 && BatchRow::stateId(state) != current)
                continue;
            //: An item of the results filter: a state and how many rows are in it, e.g. "Failed (3)"
            filter->addItem(Icons::forBatchState(state),
                            tr("%1 (%Ln)", nullptr, n).arg(BatchRow::stateName(state)),
                            BatchRow::stateId(state));
            // Failures of more than one kind can be looked at kind by kind.
            if (state != State::Failed || failures.size() < 2)
                continue;
            QList<ApiResult::Outcome> outcomes = failures.keys();
            std::sort(outcomes.begin(), outcomes.end());
            for (const ApiResult::Outcome outcome : std::as_const(outcomes)) {
                ApiResult result;
                result.outcome = outcome;
                filter->addItem(
                    Icons::forOutcome(outcome),
                    // Indented under "Failed": the same words as its own items, with the kind of failure.
                    u"    "_s + tr("%1 (%Ln)", nullptr, failures.value(outcome)).arg(result.outcomeText()),
                    QString(BatchRow::stateId(state) + u':' + ApiResult::outcomeId(outcome)));
            }
        }
        filter->setCurrentIndex(std::max(filter->findData(current), 0));
    }

    const bool busy = m_session->isBusy();
    const int failed = counts.value(State::Failed);
    const int interrupted = counts.value(State::Interrupted);
    const int ticked = int(rows->checkedIds().size());
    m_ui->retryFailedButton->setVisible(failed > 0);
    m_ui->retryFailedButton->setEnabled(!busy);
    m_ui->retryFailedButton->setToolTip(
        tr("Send the %n failed row(s) once more. Rows the CRM refused fail again "
           "until their cause is corrected.",
           nullptr, failed));
    m_ui->resendInterruptedButton->setVisible(interrupted > 0);
    m_ui->resendInterruptedButton->setEnabled(!busy && ticked > 0);
    m_ui->resendInterruptedButton->setToolTip(
        ticked > 0
            ? tr("Resend the %n ticked row(s) after confirming", nullptr, ticked)
            : tr("Check the interrupted cases in the CRM, tick the rows to send again, then press this."));
    // After a cancel, the rows it left unsent can still go.
    const int cancelled = counts.value(State::Cancelled);
    m_ui->sendRemainingButton->setVisible(cancelled > 0);
    m_ui->sendRemainingButton->setEnabled(!busy);
    //: Button of the results: sends the rows a cancel left unsent, e.g. "Send the remaining 12"
    m_ui->sendRemainingButton->setText(tr("&Send the remaining %n", nullptr, cancelled));
    const bool any = rows->rowCount() > 0;
    m_ui->copyResultsButton->setEnabled(any);
    m_ui->exportResultsButton->setEnabled(any);
    m_ui->showHistoryButton->setEnabled(m_session->batchId() != 0);
    m_ui->newBatchButton->setEnabled(!busy);
}

void BatchResultsPage::confirmResendInterrupted()
{
    const QList<qint64> ids = m_session->rowsModel()->checkedIds();
    const qint64 batchId = m_session->batchId();
    if (batchId == 0 || ids.isEmpty() || m_session->isBusy()
        || Dialogs::openBox(window(), u"resendInterruptedBox"_s))
        return;
    Dialogs::ask(
        window(), u"resendInterruptedBox"_s, QMessageBox::Warning, tr("Resend interrupted rows?"),
        tr("Resend %n row(s) whose earlier request never got an answer?", nullptr, int(ids.size())),
        tr("The CRM may already have applied them. Resend only the rows whose cases you checked in the "
           "CRM and found not updated."),
        //: Button of the question before interrupted rows are sent again
        {{tr("&Resend"), QMessageBox::AcceptRole, u"resendConfirmButton"_s,
          [session = m_session, ids, batchId] {
              if (session->batchId() == batchId)
                  session->resendRows(ids);
          }},
         {QString(), QMessageBox::RejectRole, QString(), nullptr, QMessageBox::Cancel, true, true}});
}

void BatchResultsPage::chooseExportFile()
{
    const qint64 batchId = m_session->batchId();
    if (batchId == 0)
        return;
    Dialogs::FileRequest request;
    request.objectName = u"exportResultsDialog"_s;
    //: Title of the file dialog that saves a batch's results
    request.title = tr("Export the results");
    //: File types the results can be saved as, in the file dialog
    request.nameFilters = {tr("CSV files (*.csv)"),
                           //: File types the results can be saved as, in the file dialog
                           tr("All files (*)")};
    request.purpose = BatchFolders::Export;
    request.defaultSuffix = u"csv"_s;
    request.suggestedName = u"casedesk-batch-%1-results.csv"_s.arg(batchId);
    Dialogs::saveFile(window(), m_session->settings(), request,
                      [session = m_session](const QString &path) { session->exportResults(path); });
}

void BatchResultsPage::copyResults()
{
    QList<int> sourceRows;
    const QModelIndexList selected = m_ui->resultsView->selectionModel()->selectedRows();
    if (!selected.isEmpty()) {
        QList<int> viewRows;
        for (const QModelIndex &index : selected)
            viewRows.append(index.row());
        std::sort(viewRows.begin(), viewRows.end());
        for (const int row : std::as_const(viewRows))
            sourceRows.append(m_filter->mapToSource(m_filter->index(row, 0)).row());
    } else {
        for (int row = 0; row < m_filter->rowCount(); ++row)
            sourceRows.append(m_filter->mapToSource(m_filter->index(row, 0)).row());
    }
    BatchRowsModel *model = m_session->rowsModel();
    QList<BatchRow> rows;
    rows.reserve(sourceRows.size());
    for (const int row : std::as_const(sourceRows))
        rows.append(model->row(row));
    QGuiApplication::clipboard()->setText(BatchRowsModel::toTsv(rows));
    const int count = int(rows.size());
    BatchSession::Notice notice;
    notice.kind = BatchSession::Notice::Kind::Information;
    notice.render = [count] {
        return BatchSession::Notice::Content{
            //: The banner's title after the results were put on the clipboard
            tr("Copied"), tr("%n row(s) copied; paste them into a spreadsheet.", nullptr, count)};
    };
    m_session->notify(notice);
}

void BatchResultsPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_session->rowsModel()->retranslate();
        refresh();
    }
}
