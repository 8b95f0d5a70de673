#include "gui/main/customfieldsmodel.h"

#include "gui/widgets/palette.h"

#include "core/global.h"
#include "gui/widgets/icons.h"

#include <QColor>

CustomFieldsModel::CustomFieldsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

CustomFieldsModel::~CustomFieldsModel() = default;

void CustomFieldsModel::setFields(const QList<CustomField> &fields)
{
    beginResetModel();
    m_fields = fields;
    m_issues.clear();
    endResetModel();
    Q_EMIT fieldsChanged();
}

int CustomFieldsModel::insertField(const CustomField &field, int row)
{
    return insertFields({field}, row);
}

int CustomFieldsModel::insertFields(const QList<CustomField> &fields, int row)
{
    if (row < 0 || row > m_fields.size())
        row = int(m_fields.size());
    if (fields.isEmpty())
        return row;
    beginInsertRows({}, row, row + int(fields.size()) - 1);
    for (int i = 0; i < fields.size(); ++i)
        m_fields.insert(row + i, fields.at(i));
    endInsertRows();
    Q_EMIT fieldsChanged();
    return row;
}

bool CustomFieldsModel::duplicateRow(int row)
{
    if (row < 0 || row >= m_fields.size())
        return false;
    insertField(m_fields.at(row), row + 1);
    return true;
}

bool CustomFieldsModel::moveField(int from, int to)
{
    if (from < 0 || from >= m_fields.size() || to < 0 || to >= m_fields.size() || from == to)
        return false;
    // moveRows wants the destination as "insert before" in the original numbering.
    return moveRows({}, from, 1, {}, to > from ? to + 1 : to);
}

void CustomFieldsModel::setIssues(const QList<ValidationIssue> &issues)
{
    QHash<int, QStringList> byRow;
    for (const ValidationIssue &issue : issues) {
        if (issue.field == u"form"_s && issue.index >= 0)
            byRow[issue.index].append(issue.message);
    }
    if (byRow == m_issues)
        return;
    m_issues = byRow;
    if (!m_fields.isEmpty()) {
        Q_EMIT dataChanged(
            index(0, 0), index(rowCount() - 1, ColumnCount - 1),
            {Qt::DecorationRole, Qt::ToolTipRole, Qt::BackgroundRole, Qt::AccessibleDescriptionRole});
    }
}

void CustomFieldsModel::setChangeNotes(const QHash<QString, QString> &notes)
{
    if (notes == m_changeNotes)
        return;
    m_changeNotes = notes;
    if (!m_fields.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                           {Qt::DecorationRole, Qt::ToolTipRole, Qt::AccessibleDescriptionRole});
    }
}

void CustomFieldsModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int CustomFieldsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_fields.size());
}

int CustomFieldsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomFieldsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const CustomField &field = m_fields.at(index.row());
    const QStringList issues = m_issues.value(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return index.column() == NameColumn ? field.name : field.value;
    case Qt::DecorationRole:
        if (index.column() == NameColumn && !issues.isEmpty())
            return Icons::icon(Icons::Id::Warning);
        if (index.column() == ValueColumn && !changeNoteAt(index.row()).isEmpty())
            return Icons::icon(Icons::Id::Changed);
        break;
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole: {
        QStringList lines = issues;
        if (const QString note = changeNoteAt(index.row()); !note.isEmpty())
            lines.append(note);
        if (!lines.isEmpty())
            return lines.join(u'\n');
        break;
    }
    case Qt::BackgroundRole:
        // Translucent, so it reads as a warning over light and dark bases alike.
        if (!issues.isEmpty())
            return Palette::problemBackground();
        break;
    default:
        break;
    }
    return {};
}

bool CustomFieldsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    CustomField &field = m_fields[index.row()];
    QString text = value.toString();
    if (index.column() == NameColumn)
        text = text.trimmed(); // a name with stray spaces would be a different field in the CRM
    QString &target = index.column() == NameColumn ? field.name : field.value;
    if (target == text)
        return true;
    target = text;
    Q_EMIT dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    Q_EMIT fieldsChanged();
    return true;
}

Qt::ItemFlags CustomFieldsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
}

QVariant CustomFieldsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case NameColumn:
        return tr("Name");
    case ValueColumn:
        return tr("Value");
    default:
        return {};
    }
}

bool CustomFieldsModel::insertRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || row > m_fields.size() || count <= 0)
        return false;
    insertFields(QList<CustomField>(count), row);
    return true;
}

bool CustomFieldsModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > m_fields.size())
        return false;
    beginRemoveRows({}, row, row + count - 1);
    m_fields.remove(row, count);
    m_issues.clear(); // revalidation follows fieldsChanged
    endRemoveRows();
    Q_EMIT fieldsChanged();
    return true;
}

bool CustomFieldsModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                                 const QModelIndex &destinationParent, int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() || count <= 0 || sourceRow < 0
        || sourceRow + count > m_fields.size() || destinationChild < 0 || destinationChild > m_fields.size()
        || (destinationChild >= sourceRow && destinationChild <= sourceRow + count)) {
        return false;
    }
    if (!beginMoveRows({}, sourceRow, sourceRow + count - 1, {}, destinationChild))
        return false;
    const QList<CustomField> moving = m_fields.mid(sourceRow, count);
    m_fields.remove(sourceRow, count);
    const int insertAt = destinationChild > sourceRow ? destinationChild - count : destinationChild;
    for (int i = 0; i < count; ++i)
        m_fields.insert(insertAt + i, moving.at(i));
    m_issues.clear();
    endMoveRows();
    Q_EMIT fieldsChanged();
    return true;
}
