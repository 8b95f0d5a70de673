#include "gui/batch/columnmappingmodel.h"

#include "core/global.h"
#include "gui/widgets/icons.h"

#include <QApplication>
#include <QComboBox>
#include <QFontMetrics>
#include <QKeyEvent>
#include <QPalette>

namespace {
using Target = ColumnMapping::Target;

constexpr int ScannedRows = 200; // enough to find a sample without walking a 10,000-row file
constexpr int MaxSampleLength = 60;

QString shortened(const QString &text)
{
    QString oneLine = text.simplified();
    if (oneLine.size() > MaxSampleLength)
        oneLine = oneLine.left(MaxSampleLength - 1) + u'…';
    return oneLine;
}
} // namespace

ColumnMappingModel::ColumnMappingModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

ColumnMappingModel::~ColumnMappingModel() = default;

void ColumnMappingModel::setSource(const ColumnMapping &mapping, const CsvTable &table)
{
    beginResetModel();
    m_mapping = mapping;
    m_samples.clear();
    m_examples.clear();
    for (int column = 0; column < mapping.columnCount(); ++column) {
        QStringList examples;
        const int rows = std::min(int(table.rows.size()), ScannedRows);
        for (int row = 0; row < rows && examples.size() < 3; ++row) {
            const QString cell = table.rows.at(row).cells.value(column).trimmed();
            if (!cell.isEmpty() && !examples.contains(cell))
                examples.append(cell);
        }
        m_samples.append(examples.value(0));
        m_examples.append(examples);
    }
    endResetModel();
}

void ColumnMappingModel::setMapping(const ColumnMapping &mapping)
{
    if (mapping.columnCount() != m_mapping.columnCount()) {
        beginResetModel();
        m_mapping = mapping;
        endResetModel();
        return;
    }
    m_mapping = mapping;
    if (!m_mapping.columns().isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void ColumnMappingModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ColumnMappingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_mapping.columnCount();
}

int ColumnMappingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ColumnMappingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ColumnMapping::Column column = m_mapping.column(index.row());
    const bool custom = column.target == Target::CustomField;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case HeaderColumn:
            return column.header;
        case SampleColumn:
            //: The sample of a column whose first cells are all empty
            return m_samples.value(index.row()).isEmpty() ? tr("(empty)")
                                                          : shortened(m_samples.value(index.row()));
        case TargetColumn:
            return ColumnMapping::targetName(column.target);
        case NameColumn:
            //: Shown instead of a custom field name for a column that is not a custom field
            return custom ? column.customName : tr("—");
        default:
            break;
        }
        break;
    case Qt::EditRole:
        if (index.column() == TargetColumn)
            return int(column.target);
        if (index.column() == NameColumn)
            return column.customName;
        return data(index, Qt::DisplayRole);
    case Qt::DecorationRole:
        if (index.column() == HeaderColumn && column.recognised)
            return Icons::icon(Icons::Id::Success);
        break;
    case Qt::ForegroundRole:
        if ((index.column() == SampleColumn && m_samples.value(index.row()).isEmpty())
            || (index.column() == NameColumn && !custom))
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case HeaderColumn:
            return column.recognised
                ? tr("Casedesk recognised this column from its name.")
                : tr("Casedesk did not recognise this name: choose what the column fills.");
        case SampleColumn: {
            const QStringList examples = m_examples.value(index.row());
            return examples.isEmpty() ? tr("Every cell of this column is empty.")
                                      : tr("First values: %1").arg(examples.join(u" · "_s));
        }
        case TargetColumn:
            return tr("What this column fills in each update. “Custom field” sends it in the form JSON; "
                      "“Ignored” does not send it.");
        case NameColumn:
            return custom ? tr("The name of the custom field in the form JSON. Double-click or press F2 to "
                               "change it.")
                          : QString();
        default:
            break;
        }
        break;
    case TargetRole:
        return int(column.target);
    default:
        break;
    }
    return {};
}

bool ColumnMappingModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const ColumnMapping::Column column = m_mapping.column(index.row());
    if (index.column() == TargetColumn) {
        bool ok = false;
        const int target = value.toInt(&ok);
        if (!ok || !ColumnMapping::targets().contains(Target(target)) || Target(target) == column.target)
            return false;
        // Another column that filled the same field becomes Ignored: every row may change.
        m_mapping.setTarget(index.row(), Target(target));
        Q_EMIT dataChanged(this->index(0, 0), this->index(rowCount() - 1, ColumnCount - 1));
        Q_EMIT mappingChanged(m_mapping);
        return true;
    }
    if (index.column() == NameColumn && column.target == Target::CustomField) {
        const QString name = value.toString().trimmed();
        if (name.isEmpty() || name == column.customName)
            return false;
        m_mapping.setTarget(index.row(), Target::CustomField, name);
        Q_EMIT dataChanged(index, index);
        Q_EMIT mappingChanged(m_mapping);
        return true;
    }
    return false;
}

Qt::ItemFlags ColumnMappingModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    if (index.column() == TargetColumn)
        flags |= Qt::ItemIsEditable;
    if (index.column() == NameColumn && m_mapping.column(index.row()).target == Target::CustomField)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant ColumnMappingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case HeaderColumn:
        //: Column of the mapping table: the name of a column of the file
        return tr("Column in the file");
    case SampleColumn:
        //: Column of the mapping table: a value of that column, as an example
        return tr("Sample value");
    case TargetColumn:
        //: Column of the mapping table: the field of the update that each column of the file is sent as
        return tr("Target field");
    case NameColumn:
        //: Column of the mapping table: the name a custom field is sent under
        return tr("Custom field name");
    default:
        return {};
    }
}

// ---------------------------------------------------------------------------------------------- delegate

ColumnTargetDelegate::ColumnTargetDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

ColumnTargetDelegate::~ColumnTargetDelegate() = default;

void ColumnTargetDelegate::retranslate(QWidget *editor)
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo)
        return;
    for (int i = 0; i < combo->count(); ++i)
        combo->setItemText(i, ColumnMapping::targetName(Target(combo->itemData(i).toInt())));
}

QWidget *ColumnTargetDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                            const QModelIndex &index) const
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(u"targetCombo%1"_s.arg(index.row()));
    combo->setFocusPolicy(Qt::StrongFocus);
    for (const Target target : ColumnMapping::targets())
        combo->addItem(ColumnMapping::targetName(target), int(target));
    // The combo sits in a table: say which column of the file it belongs to.
    combo->setAccessibleName(
        tr("Field filled by the column “%1”")
            .arg(index.sibling(index.row(), ColumnMappingModel::HeaderColumn).data().toString()));
    connect(combo, &QComboBox::activated, this,
            [this, combo] { Q_EMIT const_cast<ColumnTargetDelegate *>(this)->commitData(combo); });
    return combo;
}

bool ColumnTargetDelegate::eventFilter(QObject *object, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Tab || key == Qt::Key_Backtab)
            return false;
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

void ColumnTargetDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo)
        return;
    const int at = combo->findData(index.data(ColumnMappingModel::TargetRole));
    if (at != combo->currentIndex()) {
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(at);
    }
}

void ColumnTargetDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                        const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        model->setData(index, combo->currentData(), Qt::EditRole);
}

void ColumnTargetDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                                const QModelIndex &) const
{
    editor->setGeometry(option.rect);
}

QSize ColumnTargetDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // Wide enough for the longest target name, so the persistent combo never cuts it.
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    int widest = 0;
    for (const Target target : ColumnMapping::targets())
        widest = std::max(widest, option.fontMetrics.horizontalAdvance(ColumnMapping::targetName(target)));
    size.setWidth(std::max(size.width(), widest + 48));
    return size;
}
