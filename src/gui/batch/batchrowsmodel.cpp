#include "gui/batch/batchrowsmodel.h"

#include "core/global.h"
#include "gui/widgets/icons.h"

#include <QLocale>

namespace {
using State = BatchRow::State;

// A failed row shows why it failed (rejected, timed out, ...) when the answer said.
QIcon stateIcon(const BatchRow &row)
{
    if (row.state == State::Failed && row.outcome)
        return Icons::forOutcome(*row.outcome);
    return Icons::forBatchState(row.state);
}

// One spreadsheet cell: tabs and line breaks would split it.
QString cell(QString text)
{
    text.replace(u'\t', u' ');
    text.replace(u"\r\n"_s, u" "_s);
    text.replace(u'\n', u' ');
    text.replace(u'\r', u' ');
    return text;
}
} // namespace

BatchRowsModel::BatchRowsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

BatchRowsModel::~BatchRowsModel() = default;

void BatchRowsModel::setRows(const QList<BatchRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    m_indexById.clear();
    m_indexById.reserve(rows.size());
    for (int i = 0; i < m_rows.size(); ++i)
        m_indexById.insert(m_rows.at(i).id, i);
    // A tick only means something on a row that is still interrupted.
    QSet<qint64> checked;
    for (const qint64 id : std::as_const(m_checked)) {
        const int at = m_indexById.value(id, -1);
        if (at >= 0 && m_rows.at(at).state == State::Interrupted)
            checked.insert(id);
    }
    m_checked = checked;
    endResetModel();
    Q_EMIT checkedChanged();
}

bool BatchRowsModel::updateRow(const BatchRow &row)
{
    const int at = m_indexById.value(row.id, -1);
    if (at < 0)
        return false;
    m_rows[at] = row;
    if (row.state != State::Interrupted && m_checked.remove(row.id))
        Q_EMIT checkedChanged();
    Q_EMIT dataChanged(index(at, 0), index(at, ColumnCount - 1));
    return true;
}

void BatchRowsModel::clear()
{
    setRows({});
}

QHash<BatchRow::State, int> BatchRowsModel::counts() const
{
    QHash<State, int> out;
    for (const BatchRow &row : m_rows)
        ++out[row.state];
    return out;
}

QHash<ApiResult::Outcome, int> BatchRowsModel::failedOutcomes() const
{
    QHash<ApiResult::Outcome, int> out;
    for (const BatchRow &row : m_rows) {
        if (row.state == State::Failed && row.outcome)
            ++out[*row.outcome];
    }
    return out;
}

QString BatchRowsModel::filterKey(const BatchRow &row)
{
    const QString state = BatchRow::stateId(row.state);
    if (row.state == State::Failed && row.outcome)
        return state + u':' + ApiResult::outcomeId(*row.outcome);
    return state;
}

QList<qint64> BatchRowsModel::checkedIds() const
{
    QList<qint64> ids;
    // In the table's order, so resending follows the file.
    for (const BatchRow &row : m_rows) {
        if (m_checked.contains(row.id))
            ids.append(row.id);
    }
    return ids;
}

void BatchRowsModel::setChecked(qint64 id, bool checked)
{
    const int at = m_indexById.value(id, -1);
    if (at < 0 || m_rows.at(at).state != State::Interrupted)
        return;
    const bool changed = checked ? !m_checked.contains(id) : m_checked.contains(id);
    if (!changed)
        return;
    if (checked)
        m_checked.insert(id);
    else
        m_checked.remove(id);
    Q_EMIT dataChanged(index(at, RowColumn), index(at, RowColumn), {Qt::CheckStateRole});
    Q_EMIT checkedChanged();
}

void BatchRowsModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int BatchRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BatchRowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BatchRowsModel::outcomeText(const BatchRow &row)
{
    if (row.state == State::Failed && row.outcome) {
        ApiResult result;
        result.outcome = *row.outcome;
        return result.outcomeText();
    }
    return BatchRow::stateName(row.state);
}

QVariant BatchRowsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const BatchRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case RowColumn:
            return row.number;
        case CaseColumn:
            return row.update.wolkvoxId;
        case OutcomeColumn:
            return outcomeText(row);
        case HttpColumn:
            return row.httpStatus > 0 ? QVariant(row.httpStatus) : QVariant();
        case CodeColumn:
            return row.code ? QVariant(*row.code) : QVariant();
        case MessageColumn:
            return row.message.simplified();
        case ResultIdColumn:
            return row.resultWolkvoxId;
        case AttemptsColumn:
            return row.attempts;
        default:
            break;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == OutcomeColumn)
            return stateIcon(row);
        break;
    case Qt::CheckStateRole:
        if (index.column() == RowColumn && row.state == State::Interrupted)
            return m_checked.contains(row.id) ? Qt::Checked : Qt::Unchecked;
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case RowColumn:
            if (row.state == State::Interrupted)
                return tr("Tick this row once you have checked the case in the CRM, then press Resend "
                          "interrupted rows.");
            return tr("Row %1, line %2 of the file").arg(row.number).arg(row.line);
        case OutcomeColumn:
        case MessageColumn:
            if (row.state == State::Interrupted)
                return tr("The request was on its way when the batch stopped: the CRM may or may not have "
                          "applied it. Check the case before resending it.");
            return row.message;
        default:
            break;
        }
        break;
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case RowColumn:
        case HttpColumn:
        case CodeColumn:
        case AttemptsColumn:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default:
            break;
        }
        break;
    case RowIdRole:
        return row.id;
    case StateRole:
        return BatchRow::stateId(row.state);
    case FilterKeyRole:
        return filterKey(row);
    default:
        break;
    }
    return {};
}

bool BatchRowsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != RowColumn
        || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const BatchRow &row = m_rows.at(index.row());
    if (row.state != State::Interrupted)
        return false;
    setChecked(row.id, Qt::CheckState(value.toInt()) == Qt::Checked);
    return true;
}

Qt::ItemFlags BatchRowsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    if (index.column() == RowColumn && m_rows.at(index.row()).state == State::Interrupted)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant BatchRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RowColumn:
        //: Column of the results: the row's number among the rows of the file
        return tr("Row");
    case CaseColumn:
        //: Column of the results: the wolkvox-id of the case the row corrects
        return tr("Case id");
    case OutcomeColumn:
        //: Column of the results: what became of the row (updated, rejected, not sent, ...)
        return tr("Outcome");
    case HttpColumn:
        //: Column of the results: the HTTP status of the CRM's answer
        return tr("HTTP");
    case CodeColumn:
        //: Column of the results: the code in the CRM's answer
        return tr("Code");
    case MessageColumn:
        //: Column of the results: the message in the CRM's answer
        return tr("Message");
    case ResultIdColumn:
        //: Column of the results: the case id the CRM answered (the API's own field name)
        return tr("wolkvox_id");
    case AttemptsColumn:
        //: Column of the results: how many times the row was sent
        return tr("Attempts");
    default:
        return {};
    }
}

QString BatchRowsModel::toTsv(const QList<BatchRow> &rows)
{
    QStringList lines;
    lines.append(QStringList{tr("Row"), tr("Case id"), tr("Outcome"), tr("HTTP"), tr("Code"), tr("Message"),
                             tr("wolkvox_id"), tr("Attempts")}
                     .join(u'\t'));
    for (const BatchRow &row : rows) {
        lines.append(QStringList{QString::number(row.number), cell(row.update.wolkvoxId),
                                 cell(outcomeText(row)),
                                 row.httpStatus > 0 ? QString::number(row.httpStatus) : QString(),
                                 row.code ? QString::number(*row.code) : QString(), cell(row.message),
                                 cell(row.resultWolkvoxId), QString::number(row.attempts)}
                         .join(u'\t'));
    }
    return lines.join(u'\n') + u'\n';
}
