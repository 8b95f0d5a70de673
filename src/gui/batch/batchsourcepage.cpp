#include "gui/batch/batchsourcepage.h"

#include "core/batch/batchstore.h"
#include "core/global.h"
#include "gui/batch/batchfolders.h"
#include "gui/widgets/dialogs.h"
#include "gui/widgets/icons.h"
#include "ui_batchsourcepage.h"

#include <QClipboard>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHeaderView>
#include <QKeySequence>
#include <QLocale>

namespace {
using State = BatchRow::State;

enum UnfinishedColumn {
    StartedColumn,
    SourceColumn,
    DestinationColumn,
    DoneColumn,
    FailedColumn,
    QueuedColumn,
    InterruptedColumn,
    UnfinishedColumnCount
};
} // namespace

BatchSourcePage::BatchSourcePage(BatchSession *session, QWidget *parent)
    : BatchStepPage(session, parent)
    , m_ui(std::make_unique<Ui::BatchSourcePage>())
{
    setObjectName(u"sourcePage"_s);
    m_ui->setupUi(this);
    QFont heading = m_ui->sourceHeading->font();
    heading.setBold(true);
    heading.setPointSizeF(heading.pointSizeF() * 1.25);
    m_ui->sourceHeading->setFont(heading);
    m_ui->openFileButton->setIcon(Icons::icon(Icons::Id::Open));
    m_ui->pasteButton->setIcon(Icons::icon(Icons::Id::Paste));
    m_ui->resumeBatchButton->setIcon(Icons::icon(Icons::Id::Resume));
    m_ui->cancelReadingButton->setIcon(Icons::icon(Icons::Id::Cancel));
    connect(m_ui->openFileButton, &QPushButton::clicked, this, &BatchSourcePage::chooseFile);
    connect(m_ui->pasteButton, &QPushButton::clicked, this, &BatchSourcePage::pasteFromClipboard);
    connect(m_ui->cancelReadingButton, &QPushButton::clicked, m_session, &BatchSession::cancelReading);

    QTreeWidget *list = m_ui->unfinishedList;
    list->setColumnCount(UnfinishedColumnCount);
    list->header()->setStretchLastSection(false);
    list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    list->header()->setSectionResizeMode(SourceColumn, QHeaderView::Stretch);
    list->setMaximumHeight(fontMetrics().height() * 12);
    connect(list, &QTreeWidget::itemSelectionChanged, this, &BatchSourcePage::updateUnfinishedButtons);
    connect(list, &QTreeWidget::itemActivated, this, [this] {
        if (const qint64 id = selectedUnfinished())
            m_session->showBatch(id, BatchPage::Results);
    });
    connect(m_ui->resumeBatchButton, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedUnfinished())
            m_session->resumeBatch(id);
    });
    connect(m_ui->showBatchButton, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedUnfinished())
            m_session->showBatch(id, BatchPage::Results);
    });
    connect(m_ui->discardBatchButton, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedUnfinished())
            discardBatch(id);
    });

    connect(m_session, &BatchSession::unfinishedChanged, this, [this] {
        if (isCurrent())
            refreshUnfinished();
    });
    connect(m_session, &BatchSession::statusChanged, this, &BatchSourcePage::updateUnfinishedButtons);
    connect(m_session, &BatchSession::readingChanged, this, &BatchSourcePage::updateReading);
    retranslate();
    updateReading();
}

BatchSourcePage::~BatchSourcePage() = default;

void BatchSourcePage::enter(BatchPage)
{
    refreshUnfinished();
}

QWidget *BatchSourcePage::initialFocus() const
{
    return m_ui->openFileButton;
}

void BatchSourcePage::chooseFile()
{
    if (m_session->isBusy())
        return;
    Dialogs::FileRequest request;
    request.objectName = u"openCsvDialog"_s;
    request.title = tr("Open a table of cases");
    request.nameFilters = {
        //: File types a table of cases can be opened from, in the file dialog
        tr("Tables (*.csv *.tsv *.txt)"),
        //: File types a table of cases can be opened from, in the file dialog
        tr("CSV files (*.csv)"),
        //: File types a table of cases can be opened from, in the file dialog
        tr("All files (*)"),
    };
    request.purpose = BatchFolders::Import;
    // Window-modal, no nested event loop; it starts in the folder of the last table opened, else Documents.
    Dialogs::openFiles(
        window(), m_session->settings(), request, false,
        [session = m_session](const QStringList &paths) { session->openFile(paths.constFirst()); });
}

void BatchSourcePage::pasteFromClipboard()
{
    if (m_session->isBusy())
        return;
    const QString text = QGuiApplication::clipboard()->text();
    if (text.trimmed().isEmpty()) {
        BatchSession::Notice notice;
        notice.kind = BatchSession::Notice::Kind::Information;
        notice.render = [] {
            return BatchSession::Notice::Content{
                //: The banner's title when the clipboard holds no rows to paste
                tr("Nothing to paste"),
                tr("Select the rows in the spreadsheet, header row included, copy them, then paste again.")};
        };
        m_session->notify(notice);
        return;
    }
    m_session->importText(text);
}

void BatchSourcePage::updateReading()
{
    const bool reading = m_session->isReading();
    m_ui->readingFrame->setVisible(reading);
    if (reading) {
        m_ui->readingLabel->setText(
            tr("Reading and checking %1 (%2)…")
                .arg(m_session->readingName(), QLocale().formattedDataSize(m_session->readingSize())));
    }
}

// ---------------------------------------------------------------------------------------------- unfinished

void BatchSourcePage::refreshUnfinished()
{
    const qint64 selected = selectedUnfinished();
    QTreeWidget *list = m_ui->unfinishedList;
    list->clear();
    BatchStore *store = m_session->store();
    const QList<BatchInfo> batches = store->isOpen() ? store->unfinishedBatches() : QList<BatchInfo>();
    const QLocale locale;
    for (const BatchInfo &info : batches) {
        auto *item = new QTreeWidgetItem(list);
        item->setData(StartedColumn, Qt::UserRole, info.id);
        item->setText(StartedColumn, locale.toString(info.created.toLocalTime(), QLocale::ShortFormat));
        item->setText(SourceColumn, info.sourceName);
        item->setToolTip(SourceColumn,
                         info.sourcePath.isEmpty() ? info.sourceName
                                                   : QDir::toNativeSeparators(info.sourcePath));
        //: Where an unfinished batch sends its rows: the CRM's server, then the operation
        item->setText(DestinationColumn, tr("%1 · %2").arg(info.server, info.operation));
        const struct
        {
            int column;
            State state;
        } counts[] = {{DoneColumn, State::Done},
                      {FailedColumn, State::Failed},
                      {QueuedColumn, State::Queued},
                      {InterruptedColumn, State::Interrupted}};
        for (const auto &c : counts) {
            // Rows still "sending" belong to a live session elsewhere: shown with the queued ones.
            int n = info.count(c.state);
            if (c.state == State::Queued)
                n += info.count(State::Sending);
            item->setText(c.column, locale.toString(n));
            item->setData(c.column, Qt::UserRole, n);
            item->setTextAlignment(c.column, Qt::AlignRight | Qt::AlignVCenter);
        }
        if (info.count(State::Interrupted) > 0)
            item->setIcon(InterruptedColumn, Icons::icon(Icons::Id::Interrupted));
        if (info.id == selected)
            list->setCurrentItem(item);
    }
    if (!list->currentItem() && list->topLevelItemCount() > 0)
        list->setCurrentItem(list->topLevelItem(0));
    const bool any = !batches.isEmpty();
    m_ui->unfinishedLabel->setVisible(any);
    list->setVisible(any);
    m_ui->resumeBatchButton->setVisible(any);
    m_ui->showBatchButton->setVisible(any);
    m_ui->discardBatchButton->setVisible(any);
    m_ui->noUnfinishedLabel->setVisible(!any && store->isOpen());
    updateUnfinishedButtons();
}

qint64 BatchSourcePage::selectedUnfinished() const
{
    const QTreeWidgetItem *item = m_ui->unfinishedList->currentItem();
    return item ? item->data(StartedColumn, Qt::UserRole).toLongLong() : 0;
}

void BatchSourcePage::updateUnfinishedButtons()
{
    const QTreeWidgetItem *item = m_ui->unfinishedList->currentItem();
    const bool has = item != nullptr;
    const bool queued = has && item->data(QueuedColumn, Qt::UserRole).toInt() > 0;
    const bool busy = m_session->isBusy();
    m_ui->resumeBatchButton->setEnabled(queued && !busy);
    m_ui->resumeBatchButton->setToolTip(
        queued ? tr("Send the selected batch's queued rows; interrupted rows are not resent")
               : tr("Nothing is queued in this batch: see its interrupted rows with Show results."));
    m_ui->showBatchButton->setEnabled(has && !busy);
    m_ui->discardBatchButton->setEnabled(has && !busy);
}

void BatchSourcePage::discardBatch(qint64 batchId)
{
    if (m_session->isBusy() || Dialogs::openBox(window(), u"discardBatchBox"_s))
        return;
    const std::optional<BatchInfo> info = m_session->store()->batch(batchId);
    if (!info)
        return;
    Dialogs::ask(
        window(), u"discardBatchBox"_s, QMessageBox::Question, tr("Discard this batch?"),
        (info->count(State::Queued) == 0
             ? tr("Batch %1 (%2) is no longer offered for resuming.")
             : tr("Batch %1 (%2) is no longer offered for resuming, and its %n queued row(s) are not "
                  "sent.",
                  nullptr, info->count(State::Queued)))
            .arg(info->id)
            .arg(info->sourceName),
        tr("Rows already sent stay updated, and every attempt stays in the history."),
        //: Button of the question before an unfinished batch is discarded
        {{tr("&Discard batch"), QMessageBox::DestructiveRole, u"discardConfirmButton"_s,
          [session = m_session, batchId] { session->discardBatch(batchId); }},
         {QString(), QMessageBox::RejectRole, QString(), nullptr, QMessageBox::Cancel, true, true}});
}

void BatchSourcePage::offerExistingBatch()
{
    BatchStore *store = m_session->store();
    if (!store->isOpen())
        return;
    const BatchImport &import = m_session->currentImport();
    const std::optional<BatchInfo> existing
        = store->findUnfinished(import.sourcePath(), import.sourceSha256());
    if (!existing)
        return;
    const int left = existing->count(State::Queued) + existing->count(State::Interrupted);
    Dialogs::ask(
        window(), u"existingBatchBox"_s, QMessageBox::Question, tr("This file was already started"),
        tr("Batch %1 was started on %2 from this same content and still has %n row(s) not sent or not "
           "answered.",
           nullptr, left)
            .arg(existing->id)
            .arg(QLocale().toString(existing->created.toLocalTime(), QLocale::ShortFormat)),
        tr("Resume it to send only what is left. Checking the file as a new batch sends every row "
           "again."),
        //: Button of the question asked when a file already started is opened again
        {{tr("&Resume that batch"), QMessageBox::AcceptRole, u"resumeExistingButton"_s,
          [session = m_session, id = existing->id] { session->showBatch(id, BatchPage::Send); },
          QMessageBox::NoButton, true},
         {tr("Check as a &new batch"), QMessageBox::RejectRole, u"newBatchFromFileButton"_s}});
}

// ---------------------------------------------------------------------------------------------- language

void BatchSourcePage::retranslate()
{
    m_ui->unfinishedList->setHeaderLabels({
        //: Column of the unfinished batches: when the batch was started
        tr("Started"),
        //: Column of the unfinished batches: the file or paste the batch came from
        tr("Source"),
        //: Column of the unfinished batches: the CRM server and operation the batch sends to
        tr("Sends to"),
        //: Column of the unfinished batches: how many of its cases were updated
        tr("Updated"),
        //: Column of the unfinished batches: how many of its rows failed
        tr("Failed"),
        //: Column of the unfinished batches: how many of its rows wait to be sent
        tr("Queued"),
        //: Column of the unfinished batches: how many of its rows were on their way when it stopped
        tr("Interrupted"),
    });
    // The window's own keys, as the system names them.
    m_ui->openFileButton->setToolTip(
        //: %1 is the key that does the same
        tr("Open a CSV or tab-separated file (%1)")
            .arg(QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText)));
    m_ui->pasteButton->setToolTip(
        //: %1 is the key that does the same
        tr("Copy the rows in the spreadsheet, header row included, then press this (%1)")
            .arg(QKeySequence(QKeySequence::Paste).toString(QKeySequence::NativeText)));
    m_ui->cancelReadingButton->setToolTip(
        //: %1 is the key that does the same (Esc)
        tr("Stop waiting for this file; nothing of it is kept (%1)")
            .arg(QKeySequence(Qt::Key_Escape).toString(QKeySequence::NativeText)));
    updateReading();
}

void BatchSourcePage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        refreshUnfinished();
    }
}
