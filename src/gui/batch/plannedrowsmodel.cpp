#include "gui/batch/plannedrowsmodel.h"

#include "gui/widgets/palette.h"

#include "core/global.h"
#include "gui/widgets/icons.h"

#include <QColor>
#include <QFileInfo>

namespace {
QString customFieldsText(const QList<CustomField> &fields)
{
    QStringList parts;
    parts.reserve(fields.size());
    for (const CustomField &field : fields)
        //: A custom field of a row as it would be sent: its name, then its value
        parts.append(PlannedRowsModel::tr("%1 = %2").arg(field.name, field.value.simplified()));
    return parts.join(u"; "_s);
}

QString attachmentsText(const QStringList &paths)
{
    QStringList names;
    names.reserve(paths.size());
    for (const QString &path : paths)
        names.append(QFileInfo(path).fileName());
    return names.join(u", "_s);
}
} // namespace

PlannedRowsModel::PlannedRowsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

PlannedRowsModel::~PlannedRowsModel() = default;

void PlannedRowsModel::setRows(const QList<PlannedRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void PlannedRowsModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int PlannedRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PlannedRowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int PlannedRowsModel::columnOfField(const QString &field)
{
    if (field == u"wolkvox-id"_s)
        return CaseColumn;
    if (field == u"status"_s)
        return StatusColumn;
    if (field == u"priority"_s)
        return PriorityColumn;
    if (field == u"responsible"_s)
        return ResponsibleColumn;
    if (field == u"case-type"_s)
        return CaseTypeColumn;
    if (field == u"solution"_s)
        return SolutionColumn;
    if (field == u"form"_s)
        return CustomFieldsColumn;
    if (field == u"file"_s)
        return AttachmentsColumn;
    return -1;
}

QVariant PlannedRowsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const PlannedRow &row = m_rows.at(index.row());
    const CaseUpdate &u = row.update;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case RowColumn:
            return row.number; // a number, so sorting by it is numeric
        case CaseColumn:
            return u.wolkvoxId;
        case StatusColumn:
            return u.status;
        case PriorityColumn:
            return u.priority;
        case ResponsibleColumn:
            return u.responsible;
        case CaseTypeColumn:
            return u.caseType;
        case SolutionColumn:
            return u.solution.simplified();
        case CustomFieldsColumn:
            return customFieldsText(u.customFields);
        case AttachmentsColumn:
            return attachmentsText(u.attachments);
        case ProblemsColumn: {
            QStringList messages;
            for (const ValidationIssue &issue : row.issues)
                messages.append(issue.message);
            return messages.join(u' ');
        }
        default:
            break;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == RowColumn)
            return Icons::icon(row.isValid() ? Icons::Id::Success : Icons::Id::Warning);
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case RowColumn:
            return row.isValid()
                ? tr("Row %1 (line %2 of the file) can be sent.").arg(row.number).arg(row.line)
                : tr("Row %1 (line %2 of the file) has %n problem(s) and will not be sent.", nullptr,
                     int(row.issues.size()))
                      .arg(row.number)
                      .arg(row.line);
        case SolutionColumn:
            return u.solution;
        case AttachmentsColumn:
            return u.attachments.join(u'\n');
        case ProblemsColumn: {
            QStringList messages;
            for (const ValidationIssue &issue : row.issues)
                messages.append(u"• "_s + issue.message);
            return messages.join(u'\n');
        }
        default: {
            // A cell a problem is about explains itself.
            QStringList messages;
            for (const ValidationIssue &issue : row.issues) {
                if (columnOfField(issue.field) == index.column())
                    messages.append(issue.message);
            }
            if (!messages.isEmpty())
                return messages.join(u'\n');
            return data(index, Qt::DisplayRole);
        }
        }
    case Qt::BackgroundRole:
        for (const ValidationIssue &issue : row.issues) {
            if (columnOfField(issue.field) == index.column())
                return Palette::color(Palette::Role::Warning, 60); // the form's problem tint, translucent
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == RowColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case ValidRole:
        return row.isValid();
    case LineRole:
        return row.line;
    default:
        break;
    }
    return {};
}

Qt::ItemFlags PlannedRowsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
}

QVariant PlannedRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RowColumn:
        //: Column of the check: the row's number among the rows of the file
        return tr("Row");
    case CaseColumn:
        //: Column of the check: the wolkvox-id of the case the row corrects
        return tr("Case id");
    case StatusColumn:
        //: Column of the check: the status the row sends
        return tr("Status");
    case PriorityColumn:
        //: Column of the check: the priority the row sends
        return tr("Priority");
    case ResponsibleColumn:
        //: Column of the check: the responsible the row sends
        return tr("Responsible");
    case CaseTypeColumn:
        //: Column of the check: the case type the row sends
        return tr("Case type");
    case SolutionColumn:
        //: Column of the check: the solution the row sends
        return tr("Solution");
    case CustomFieldsColumn:
        //: Column of the check: the custom fields the row sends
        return tr("Custom fields");
    case AttachmentsColumn:
        //: Column of the check: the files the row attaches
        return tr("Attachments");
    case ProblemsColumn:
        //: Column of the check: why the row cannot be sent
        return tr("Problems");
    default:
        return {};
    }
}
