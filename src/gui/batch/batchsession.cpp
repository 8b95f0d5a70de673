#include "gui/batch/batchsession.h"

#include "core/batch/batchstore.h"
#include "core/global.h"
#include "core/profiles/settings.h"
#include "gui/batch/batchfolders.h"
#include "gui/batch/batchimportnotices.h"
#include "gui/batch/batchimportreader.h"
#include "gui/batch/batchrowsmodel.h"

#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLocale>
#include <QTimer>
#include <algorithm>

namespace {
using State = BatchRow::State;

constexpr int ResultsRefreshMs = 150;

QString sameServer(const QString &server)
{
    QString s = server.trimmed().toLower();
    while (s.endsWith(u'/'))
        s.chop(1);
    return s;
}
} // namespace

BatchSession::BatchSession(BatchStore *store, CasesClient *client, HistoryStore *history, Settings *settings,
                           QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_settings(settings)
    , m_runner(new BatchRunner(store, client, history, this))
    , m_rows(new BatchRowsModel(this))
    , m_countdown(new QTimer(this))
    , m_progressThrottle(new QTimer(this))
    , m_rowsTimer(new QTimer(this))
    , m_reader(new BatchImportReader(this))
{
    Q_ASSERT(store && client && settings);
    qRegisterMetaType<BatchNotice>();
    connect(m_reader, &BatchImportReader::readingChanged, this, [this] {
        Q_EMIT readingChanged();
        Q_EMIT statusChanged();
    });
    connect(m_reader, &BatchImportReader::finished, this, &BatchSession::loadImport);

    connect(m_runner, &BatchRunner::stateChanged, this, &BatchSession::onRunnerStateChanged);
    connect(m_runner, &BatchRunner::progressChanged, this, [this](const BatchRunner::Progress &progress) {
        if (m_runner->batchId() != m_batchId)
            return;
        m_progress = progress;
        m_progressLive = true;
        // The first change shows at once, the rest of a burst when the throttle runs out.
        if (m_progressThrottle->isActive()) {
            m_progressPending = true;
            return;
        }
        Q_EMIT progressChanged();
        m_progressThrottle->start();
    });
    m_progressThrottle->setSingleShot(true);
    m_progressThrottle->setInterval(100);
    connect(m_progressThrottle, &QTimer::timeout, this, [this] {
        if (!m_progressPending)
            return;
        m_progressPending = false;
        Q_EMIT progressChanged();
        m_progressThrottle->start();
    });
    connect(m_runner, &BatchRunner::rowStarted, this, [this] {
        if (m_countdown->isActive()) {
            m_countdown->stop();
            m_waitReason.clear();
            Q_EMIT statusChanged();
        }
    });
    connect(m_runner, &BatchRunner::waiting, this, &BatchSession::onWaiting);
    connect(m_runner, &BatchRunner::finished, this, &BatchSession::onFinished);
    connect(m_store, &BatchStore::rowChanged, this, &BatchSession::onRowChanged);
    connect(m_store, &BatchStore::rowsChanged, this, [this](qint64 batchId) {
        if (batchId == m_batchId)
            loadBatchRows();
        Q_EMIT unfinishedChanged();
    });
    connect(m_store, &BatchStore::writeFailed, this, [this](const QString &message) {
        notify(Notice::Kind::Error, [message] {
            return Notice::Content{tr("The batch could not be saved"), message};
        });
    });
    connect(m_rows, &BatchRowsModel::checkedChanged, this, &BatchSession::scheduleRowsChanged);

    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, [this] {
        if (m_waitDeadline.hasExpired())
            m_countdown->stop();
        Q_EMIT statusChanged();
    });
    m_rowsTimer->setSingleShot(true);
    m_rowsTimer->setInterval(ResultsRefreshMs);
    connect(m_rowsTimer, &QTimer::timeout, this, &BatchSession::rowsChanged);
}

BatchSession::~BatchSession()
{
    // The runner is a child: it aborts a running batch (rows in flight become interrupted) as it goes. Its
    // signals must not reach the half-destroyed pages.
    m_runner->disconnect(this);
    m_store->disconnect(this);
}

void BatchSession::setDefaultsProvider(std::function<BatchDefaults()> provider)
{
    m_defaultsProvider = std::move(provider);
}

void BatchSession::setTokenProvider(std::function<QString()> provider)
{
    m_tokenProvider = std::move(provider);
}

void BatchSession::notify(const Notice &notice)
{
    Q_EMIT noticed(notice);
}

void BatchSession::notify(Notice::Kind kind, std::function<Notice::Content()> render)
{
    Notice notice;
    notice.kind = kind;
    notice.render = std::move(render);
    notify(notice);
}

void BatchSession::requestPage(BatchPage page)
{
    Q_EMIT pageRequested(page);
}

void BatchSession::requestHistory()
{
    if (m_batchId)
        Q_EMIT showInHistoryRequested(m_batchId);
}

// ---------------------------------------------------------------------------------------------- state

bool BatchSession::isBusy() const
{
    return m_saving || m_runner->isActive() || m_runner->state() == BatchRunner::State::Paused;
}

bool BatchSession::isReachable(BatchPage page) const
{
    // While a new source is read, the old one's steps are out of reach: its result replaces them.
    if (isReading())
        return page == BatchPage::Source;
    const bool busy = isBusy();
    const bool importUsable = m_hasImport && m_batchId == 0 && m_import.fileProblems().isEmpty();
    switch (page) {
    case BatchPage::Source:
        return !busy;
    case BatchPage::Mapping:
    case BatchPage::Check:
        return !busy && importUsable;
    case BatchPage::Send:
        return m_batchId != 0 || (importUsable && m_import.validCount() > 0);
    case BatchPage::Results:
        return m_batchId != 0;
    }
    return false;
}

BatchRunner::Progress BatchSession::progress() const
{
    if (isProgressLive())
        return m_progress;
    BatchRunner::Progress p;
    const QHash<State, int> counts = m_rows->counts();
    for (const int n : counts)
        p.total += n;
    p.queued = counts.value(State::Queued);
    p.inFlight = counts.value(State::Sending);
    p.done = counts.value(State::Done);
    p.failed = counts.value(State::Failed);
    p.interrupted = counts.value(State::Interrupted);
    p.skipped = counts.value(State::Skipped);
    p.cancelled = counts.value(State::Cancelled);
    return p;
}

bool BatchSession::isWaiting() const
{
    return m_countdown->isActive();
}

int BatchSession::waitSecondsLeft() const
{
    const int seconds = int((std::max<qint64>(m_waitDeadline.remainingTime(), 0) + 999) / 1000);
    return std::max(seconds, 1);
}

// ---------------------------------------------------------------------------------------------- import

void BatchSession::cancelReading()
{
    m_reader->cancel();
}

void BatchSession::openFile(const QString &path)
{
    if (isBusy() || path.isEmpty())
        return;
    m_settings->setLastDirectory(BatchFolders::Import, QFileInfo(path).absolutePath());
    readFile(path, currentDefaults(), false);
}

void BatchSession::reloadFile()
{
    if (!m_hasImport || m_import.sourcePath().isEmpty() || isBusy())
        return;
    readFile(m_import.sourcePath(), m_import.defaults(), true);
}

void BatchSession::readFile(const QString &path, const BatchDefaults &defaults, bool keepMapping)
{
    const QFileInfo info(path);
    const ColumnMapping::UnknownColumns unknown = m_unknown;
    if (!info.isFile() || info.size() <= m_inlineReadLimit) {
        m_reader->cancel(); // a file chosen later wins over one still being read
        loadImport(BatchImport::fromFile(path, defaults, unknown), keepMapping);
        return;
    }
    m_reader->read(info.fileName(), info.size(), keepMapping,
                   [path, defaults, unknown] { return BatchImport::fromFile(path, defaults, unknown); });
}

void BatchSession::importText(const QString &text)
{
    if (isBusy())
        return;
    QString folder = m_settings->lastDirectory(BatchFolders::Import);
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QDir::homePath();
    const BatchDefaults defaults = currentDefaults();
    const ColumnMapping::UnknownColumns unknown = m_unknown;
    if (text.size() <= m_inlineReadLimit) {
        m_reader->cancel();
        loadImport(BatchImport::fromText(text, defaults, unknown, folder), false);
        return;
    }
    //: The name shown for rows pasted from a spreadsheet, where a file's name would be
    m_reader->read(tr("Pasted text"), text.size(), false, [text, defaults, unknown, folder] {
        return BatchImport::fromText(text, defaults, unknown, folder);
    });
}

void BatchSession::loadImport(BatchImport import, bool keepMapping)
{
    if (keepMapping && import.table().header == m_import.table().header) {
        // The user fixed cells, not columns: their choices of fields still apply.
        import.setMapping(m_import.mapping());
    }
    m_import = std::move(import);
    m_hasImport = true;
    m_batchId = 0;
    m_batchInfo.reset();
    m_progressLive = false;
    m_rows->clear();
    Q_EMIT noticeCleared(false);
    Q_EMIT importLoaded(keepMapping);
}

void BatchSession::announceImport()
{
    if (!m_hasImport)
        return;
    if (const std::optional<Notice> notice = BatchImportNotices::loaded(m_import))
        notify(*notice);
}

void BatchSession::setMapping(const ColumnMapping &mapping)
{
    m_import.setMapping(mapping);
    Q_EMIT importEdited();
}

void BatchSession::setUnknownColumns(ColumnMapping::UnknownColumns unknown)
{
    m_unknown = unknown;
    if (!m_hasImport)
        return;
    ColumnMapping mapping = m_import.mapping();
    mapping.setUnknownColumns(unknown);
    setMapping(mapping);
}

void BatchSession::setImportDefaults(const BatchDefaults &defaults)
{
    if (!m_hasImport || defaults == m_import.defaults())
        return;
    m_import.setDefaults(defaults);
    Q_EMIT importEdited();
}

void BatchSession::announceCheck()
{
    if (!m_hasImport)
        return;
    const std::optional<Notice> notice = BatchImportNotices::checked(
        m_import, [this] { return m_store->isOpen() ? m_store->batches() : QList<BatchInfo>(); });
    if (notice)
        notify(*notice);
    else
        Q_EMIT noticeCleared(false);
}

// ---------------------------------------------------------------------------------------------- batch

void BatchSession::showBatch(qint64 batchId, BatchPage page)
{
    if (isBusy() && m_runner->batchId() != batchId)
        return;
    const std::optional<BatchInfo> info = m_store->batch(batchId);
    if (!info) {
        notify(Notice::Kind::Error, [batchId] {
            return Notice::Content{tr("The batch cannot be shown"),
                                   tr("Batch %1 is not in the database any more.").arg(batchId)};
        });
        Q_EMIT unfinishedChanged();
        return;
    }
    cancelReading();
    m_batchId = batchId;
    m_hasImport = false;
    m_progressLive = m_runner->batchId() == batchId && isBusy();
    Q_EMIT noticeCleared(false);
    loadBatchRows();
    const int interrupted = info->count(State::Interrupted);
    if (interrupted > 0) {
        notify(Notice::Kind::Warning, [interrupted] {
            return Notice::Content{
                tr("Rows interrupted — check the cases"),
                tr("%n row(s) were being sent when the batch stopped; the CRM may or may not have applied "
                   "them. They are not sent again unless you tick them on the Results page and press Resend "
                   "interrupted rows.",
                   nullptr, interrupted)};
        });
    }
    requestPage(page);
}

void BatchSession::resumeBatch(qint64 batchId)
{
    showBatch(batchId, BatchPage::Send);
    if (m_batchId == batchId)
        startSending();
}

void BatchSession::loadBatchRows(const std::optional<QList<BatchRow>> &known)
{
    if (m_batchId == 0) {
        m_rows->clear();
        Q_EMIT batchChanged();
        return;
    }
    m_batchInfo = m_store->batch(m_batchId);
    m_rows->setRows(known ? *known : m_store->rows(m_batchId));
    m_rowsTimer->stop();
    Q_EMIT batchChanged();
}

void BatchSession::onRowChanged(qint64 batchId, qint64 rowId)
{
    if (batchId != m_batchId)
        return;
    if (const std::optional<BatchRow> row = m_store->row(rowId))
        m_rows->updateRow(*row);
    scheduleRowsChanged();
}

void BatchSession::scheduleRowsChanged()
{
    if (!m_rowsTimer->isActive())
        m_rowsTimer->start();
}

bool BatchSession::connectionMatches(QString *problem) const
{
    if (!m_batchInfo)
        return true;
    const BatchDefaults defaults = currentDefaults();
    if (sameServer(defaults.server) == sameServer(m_batchInfo->server)
        && defaults.operation.trimmed().compare(m_batchInfo->operation.trimmed(), Qt::CaseInsensitive) == 0)
        return true;
    *problem = tr("Batch %1 sends to %2, operation %3, but the main window is connected to %4, operation %5. "
                  "Switch the main window to that connection and its token, then start again.")
                   .arg(m_batchInfo->id)
                   .arg(m_batchInfo->server, m_batchInfo->operation, defaults.server, defaults.operation);
    return false;
}

void BatchSession::startSending()
{
    if (m_runner->isActive() || m_saving)
        return;
    const QString token = m_tokenProvider ? m_tokenProvider().trimmed() : QString();
    if (token.isEmpty()) {
        notify(Notice::Kind::Error, [] {
            return Notice::Content{
                //: The banner's title when sending starts without a Wolkvox-Token
                tr("No token"),
                tr("Enter the operation's Wolkvox-Token in the main window's connection bar, "
                   "then start again. Nothing was sent.")};
        });
        requestPage(BatchPage::Send);
        return;
    }
    if (m_runner->state() == BatchRunner::State::Paused && m_runner->batchId() == m_batchId) {
        m_runner->setToken(token);
        m_runner->resume();
        return;
    }
    if (m_batchId == 0) {
        if (!m_hasImport || m_import.validCount() == 0)
            return;
        Q_EMIT aboutToUseImport();
        saveAndStart(token);
        return;
    }
    if (QString problem; !connectionMatches(&problem)) {
        notify(Notice::Kind::Error, [problem] {
            return Notice::Content{tr("Another connection is selected"), problem};
        });
        requestPage(BatchPage::Send);
        return;
    }
    startRunner(token);
}

void BatchSession::setShown(bool shown)
{
    m_shown = shown;
    if (!shown)
        cancelReading();
}

void BatchSession::saveAndStart(const QString &token)
{
    // Thousands of rows are written in a pool thread (writing 2,000 here held the window 25-40 ms); the
    // window shows the rows written instead of reading them back; the runner starts once they are stored.
    m_saving = true;
    Q_EMIT statusChanged();
    auto *watcher = new QFutureWatcher<BatchStore::Created>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, token] {
        watcher->deleteLater();
        m_saving = false;
        const BatchStore::Created created = watcher->result();
        if (created.id == 0) {
            notify(Notice::Kind::Error, [error = created.error] {
                return Notice::Content{tr("The batch could not be saved"),
                                       tr("Nothing was sent. %1").arg(error)};
            });
            Q_EMIT statusChanged();
            return;
        }
        m_batchId = created.id;
        loadBatchRows(created.rows);
        // The runner starts on the next turn of the event loop, so showing 2,000 rows and claiming the
        // batch do not add up to one long stall.
        QMetaObject::invokeMethod(
            this,
            [this, token] {
                if (!m_shown || isBusy()) {
                    // Closed meanwhile: the batch waits, queued, to be resumed; nothing is sent behind the
                    // user's back.
                    Q_EMIT statusChanged();
                    return;
                }
                startRunner(token);
            },
            Qt::QueuedConnection);
    });
    watcher->setFuture(m_store->createInBackground(m_import, true));
}

void BatchSession::setConcurrency(int concurrency)
{
    m_concurrency = concurrency;
    m_runner->setConcurrency(concurrency);
}

void BatchSession::startRunner(const QString &token)
{
    m_runner->setToken(token);
    m_runner->setSettings(currentDefaults().settings);
    m_runner->setConcurrency(m_concurrency);
    m_progressLive = false;
    if (!m_runner->start(m_batchId)) {
        notify(Notice::Kind::Error, [error = m_runner->error()] {
            return Notice::Content{tr("The batch cannot start"), error};
        });
    } else {
        Q_EMIT noticeCleared(true); // a warning about interrupted rows stays; an old outcome goes
    }
    requestPage(BatchPage::Send);
    Q_EMIT statusChanged();
}

void BatchSession::onRunnerStateChanged(BatchRunner::State state)
{
    if (state != BatchRunner::State::Running && m_countdown->isActive()) {
        m_countdown->stop();
        m_waitReason.clear();
    }
    Q_EMIT statusChanged();
    scheduleRowsChanged();
}

void BatchSession::onWaiting(int delayMs, const QString &reason)
{
    m_waitReason = reason;
    m_waitDeadline = QDeadlineTimer(delayMs);
    m_countdown->start();
    Q_EMIT statusChanged();
}

void BatchSession::pauseOrResume()
{
    if (m_runner->batchId() != m_batchId)
        return;
    if (m_runner->state() == BatchRunner::State::Running)
        m_runner->pause();
    else if (m_runner->state() == BatchRunner::State::Paused)
        startSending(); // picks up a token changed meanwhile
}

void BatchSession::cancelBatch()
{
    if (m_batchId == 0)
        return;
    if (m_runner->batchId() == m_batchId && isBusy()) {
        m_runner->cancel();
        return;
    }
    m_store->cancelQueued(m_batchId); // the rows are read again at once
    notifyCancelled(0, m_rows->counts().value(State::Cancelled), false);
    requestPage(BatchPage::Results);
}

void BatchSession::retryFailed()
{
    if (m_batchId == 0 || isBusy())
        return;
    if (m_store->requeue(m_batchId, {State::Failed}) > 0)
        startSending();
}

void BatchSession::sendRemaining()
{
    if (m_batchId == 0 || isBusy())
        return;
    if (m_store->requeue(m_batchId, {State::Cancelled}) > 0)
        startSending();
}

void BatchSession::resendRows(const QList<qint64> &rowIds)
{
    if (m_batchId == 0 || isBusy())
        return;
    if (m_store->requeueRows(rowIds) > 0)
        startSending();
}

bool BatchSession::discardBatch(qint64 batchId)
{
    if (isBusy())
        return false;
    const bool ok = m_store->close(batchId);
    if (!ok) {
        notify(Notice::Kind::Error, [error = m_store->error()] {
            return Notice::Content{tr("The batch could not be discarded"), error};
        });
    }
    if (batchId == m_batchId && !isBusy()) {
        m_batchId = 0;
        m_batchInfo.reset();
        m_rows->clear();
        Q_EMIT batchChanged();
    }
    Q_EMIT unfinishedChanged();
    Q_EMIT statusChanged();
    return ok;
}

bool BatchSession::exportResults(const QString &fileName)
{
    if (m_batchId == 0 || fileName.isEmpty())
        return false;
    m_settings->setLastDirectory(BatchFolders::Export, QFileInfo(fileName).absolutePath());
    QString error;
    const bool ok = m_store->exportResults(m_batchId, fileName, &error);
    const int rows = m_rows->rowCount();
    if (ok) {
        notify(Notice::Kind::Success, [rows, fileName] {
            return Notice::Content{
                //: The banner's title once the results were saved as a CSV file
                tr("Results exported"),
                tr("%n row(s) saved to %1.", nullptr, rows).arg(QDir::toNativeSeparators(fileName))};
        });
    } else {
        notify(Notice::Kind::Error, [error] {
            return Notice::Content{tr("The results could not be exported"), error};
        });
    }
    return ok;
}

void BatchSession::newBatch()
{
    if (isBusy())
        return;
    cancelReading();
    m_batchId = 0;
    m_batchInfo.reset();
    m_hasImport = false;
    m_import = BatchImport();
    m_rows->clear();
    m_progressLive = false;
    Q_EMIT noticeCleared(false);
    Q_EMIT batchChanged();
    requestPage(BatchPage::Source);
}

// ---------------------------------------------------------------------------------------------- finish

void BatchSession::notifyCancelled(int done, int cancelled, bool counted)
{
    Notice notice;
    notice.kind = Notice::Kind::Information;
    if (counted) {
        notice.render = [done, cancelled] {
            // Zero is said in words: "0 casos" reads as a count nobody made.
            const QString updated = done == 0
                ? tr("No case was updated before the cancel.")
                : tr("%Ln case(s) were updated before the cancel.", nullptr, done);
            const QString left = cancelled == 0
                ? tr("Every row was answered before the cancel took effect.")
                : tr("%Ln row(s) were not sent; they are marked “Not sent: cancelled”.", nullptr, cancelled);
            //: The banner's title after the user cancelled a batch
            return Notice::Content{tr("Batch cancelled"), updated + u' ' + left};
        };
    } else {
        notice.render = [] {
            return Notice::Content{tr("Batch cancelled"),
                                   tr("The rows not sent are marked “Not sent: cancelled”.")};
        };
    }
    if (cancelled > 0) {
        //: The banner's button after a cancel: sends the rows the cancel left unsent
        notice.actions.append({[cancelled] { return tr("Send the remaining %n", nullptr, cancelled); },
                               [this] { sendRemaining(); }, u"bannerSendRemainingButton"_s});
    }
    notify(notice);
}

void BatchSession::onFinished(BatchRunner::FinishReason reason, const QString &message)
{
    using Reason = BatchRunner::FinishReason;
    m_countdown->stop();
    m_waitReason.clear();
    loadBatchRows();
    const QHash<State, int> counts = m_rows->counts();
    const int done = counts.value(State::Done);
    const int failed = counts.value(State::Failed);
    const int queued = counts.value(State::Queued);
    const int cancelled = counts.value(State::Cancelled);
    switch (reason) {
    case Reason::Completed:
        notify(failed > 0 ? Notice::Kind::Warning : Notice::Kind::Success, [done, failed] {
            QString text = done == 0 ? tr("No case was updated.") : tr("%Ln case(s) updated.", nullptr, done);
            if (failed > 0)
                text += u' '
                    + tr("%n row(s) failed: read their messages below, correct the cause and retry them.",
                         nullptr, failed);
            //: The banner's title when the last row of a batch was answered
            return Notice::Content{tr("Batch finished"), text};
        });
        requestPage(BatchPage::Results);
        break;
    case Reason::Cancelled:
        notifyCancelled(done, cancelled, true);
        requestPage(BatchPage::Results);
        break;
    case Reason::QuotaExhausted:
        notify(Notice::Kind::Error, [message, queued] {
            return Notice::Content{
                tr("The token's daily quota is used up"),
                message + u'\n'
                    + tr("%n row(s) wait in the queue. Test connection in the main window tells how many "
                         "hours "
                         "until the count restarts; then open this batch and press Resume sending.",
                         nullptr, queued)};
        });
        break;
    case Reason::TokenRejected:
        notify(Notice::Kind::Error, [message] {
            return Notice::Content{
                tr("The CRM refused the token"),
                message + u'\n'
                    + tr("The rows not sent yet stay queued; correct the token in the main "
                         "window and press Resume sending.")};
        });
        break;
    case Reason::Unreachable:
        notify(Notice::Kind::Error, [message] {
            return Notice::Content{
                tr("The CRM cannot be reached"),
                message + u'\n'
                    + tr("The rows not sent yet stay queued; press Resume sending once the "
                         "CRM answers again.")};
        });
        break;
    case Reason::RetriesExhausted:
        notify(Notice::Kind::Warning, [message] {
            return Notice::Content{tr("The CRM stayed busy"), message};
        });
        break;
    case Reason::StorageFailed:
        notify(Notice::Kind::Error, [message] {
            return Notice::Content{tr("The batch could not be saved"), message};
        });
        break;
    case Reason::Aborted:
        notify(Notice::Kind::Warning, [message] {
            //: The banner's title when a batch was stopped at once (rows in flight become interrupted)
            return Notice::Content{tr("Batch stopped"), message};
        });
        break;
    case Reason::ClaimFailed:
    case Reason::None:
        break;
    }
    m_rowsTimer->stop();
    Q_EMIT statusChanged();
    Q_EMIT rowsChanged();
    Q_EMIT finished(reason);
}
