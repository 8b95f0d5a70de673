#include "gui/history/historymodel.h"

#include "core/global.h"
#include "core/history/historystore.h"
#include "gui/widgets/icons.h"

#include <QFileInfo>
#include <QLocale>

HistoryModel::HistoryModel(HistoryStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_rows(store ? store->count() : 0)
{
    if (!store)
        return;
    connect(store, &HistoryStore::added, this, &HistoryModel::onAdded);
    connect(store, &HistoryStore::changed, this, &HistoryModel::onChanged);
    connect(store, &HistoryStore::reset, this, &HistoryModel::onReset);
}

HistoryModel::~HistoryModel() = default;

void HistoryModel::onAdded(int row)
{
    row = std::clamp(row, 0, m_rows);
    beginInsertRows({}, row, row);
    ++m_rows;
    m_cachedRow = -1;
    endInsertRows();
}

void HistoryModel::onChanged(int row)
{
    if (row < 0 || row >= m_rows)
        return;
    if (row == m_cachedRow)
        m_cachedRow = -1;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void HistoryModel::onReset()
{
    beginResetModel();
    m_rows = m_store ? m_store->count() : 0;
    m_cachedRow = -1;
    endResetModel();
}

const HistoryEntry &HistoryModel::cached(int row) const
{
    if (row != m_cachedRow) {
        m_cachedEntry = m_store ? m_store->entry(row) : HistoryEntry();
        m_cachedRow = row;
    }
    return m_cachedEntry;
}

HistoryEntry HistoryModel::entry(int row) const
{
    if (row < 0 || row >= m_rows)
        return {};
    return cached(row);
}

QModelIndex HistoryModel::indexOfId(qint64 id, int column) const
{
    const int row = m_store ? m_store->rowOf(id) : -1;
    return row >= 0 && row < m_rows ? index(row, column) : QModelIndex();
}

void HistoryModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (m_rows > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_rows - 1, ColumnCount - 1));
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString HistoryModel::fileNames(const QStringList &paths)
{
    QStringList names;
    for (const QString &path : paths)
        names.append(tr("“%1”").arg(QFileInfo(path).fileName()));
    return QLocale().createSeparatedList(names);
}

QString HistoryModel::durationText(qint64 ms)
{
    return tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', ms < 10000 ? 2 : 1));
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const HistoryEntry &e = cached(index.row());
    const ApiResult &r = e.result;
    const bool done = e.isDone();
    const bool interrupted = e.isInterrupted();
    const QString none = tr("—");

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn: {
            // The history spans days: earlier attempts carry their date.
            const QDateTime local = e.time.toLocalTime();
            if (local.date() == QDate::currentDate())
                return QLocale().toString(local, u"HH:mm:ss"_s);
            return QLocale().toString(local, QLocale::ShortFormat);
        }
        case ServerColumn:
            return e.update.server;
        case OperationColumn:
            return e.update.operation;
        case CaseColumn:
            return e.update.wolkvoxId;
        case HttpColumn:
            return done && r.httpStatus > 0 ? QString::number(r.httpStatus) : none;
        case CodeColumn:
            return done && r.code ? QString::number(*r.code) : none;
        case MessageColumn:
            if (interrupted)
                return tr("No answer arrived; check the case in the CRM.");
            if (!done)
                return tr("Sending…");
            if (!r.msg.isEmpty())
                return r.msg;
            return r.explanation();
        case DurationColumn:
            return done ? durationText(e.durationMs()) : none;
        case OutcomeColumn:
            if (interrupted)
                return interruptedText();
            return done ? r.outcomeText() : tr("Sending");
        case BatchColumn:
            return batchText(e);
        default:
            break;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == TimeColumn) {
            if (interrupted)
                return Icons::icon(Icons::Id::Interrupted);
            return done ? Icons::forOutcome(r.outcome) : Icons::icon(Icons::Id::Sending);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn)
            return QLocale().toString(e.time.toLocalTime(), QLocale::LongFormat);
        if (index.column() == BatchColumn) {
            return e.batchId != 0
                ? tr("Sent by bulk correction %1, from row %2 of its file.").arg(e.batchId).arg(e.batchRow)
                : tr("Sent from the form, not by a bulk correction.");
        }
        if (interrupted) {
            return tr(
                "Casedesk stopped before the CRM answered (closed or crashed). The update may or may not "
                "have been applied; check the case in the CRM.");
        }
        return done ? r.explanation() : tr("Waiting for the CRM's answer…");
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case HttpColumn:
        case CodeColumn:
        case DurationColumn:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default:
            break;
        }
        break;
    case EntryIdRole:
        return e.id;
    case BatchIdRole:
        return e.batchId;
    case StateRole:
        return int(e.state);
    default:
        break;
    }
    return {};
}

Qt::ItemFlags HistoryModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ServerColumn:
        return tr("Server");
    case OperationColumn:
        return tr("Operation");
    case CaseColumn:
        return tr("Case");
    case HttpColumn:
        return tr("HTTP");
    case CodeColumn:
        return tr("Code");
    case MessageColumn:
        return tr("Message");
    case DurationColumn:
        return tr("Duration");
    case OutcomeColumn:
        return tr("Outcome");
    case BatchColumn:
        return tr("Batch");
    default:
        return {};
    }
}

QString HistoryModel::interruptedText()
{
    return tr("Interrupted — check the case");
}

QString HistoryModel::batchText(const HistoryEntry &entry)
{
    if (entry.batchId == 0)
        return {};
    return tr("%1 · row %2").arg(entry.batchId).arg(entry.batchRow);
}
