#pragma once

#include "core/batch/columnmapping.h"
#include "core/csv/csvreader.h"

#include <QAbstractTableModel>
#include <QStringList>
#include <QStyledItemDelegate>

// The columns of an imported table, one per row: the header, a sample value, the field the column fills
// and, for a custom field, the name it is sent under. Edits change the mapping and emit mappingChanged().
class ColumnMappingModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColumnMappingModel)

public:
    enum Column { HeaderColumn, SampleColumn, TargetColumn, NameColumn, ColumnCount };
    enum Role { TargetRole = Qt::UserRole + 1 }; // int(ColumnMapping::Target) of the row's column

    explicit ColumnMappingModel(QObject *parent = nullptr);
    ~ColumnMappingModel() override;

    // A new table: its mapping and a sample value of each column (the first non-empty cell).
    void setSource(const ColumnMapping &mapping, const CsvTable &table);
    // The same table, another mapping (e.g. after "columns not recognised" changed).
    void setMapping(const ColumnMapping &mapping);
    const ColumnMapping &mapping() const { return m_mapping; }
    QString sample(int row) const { return m_samples.value(row); }
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void mappingChanged(const ColumnMapping &mapping);

private:
    ColumnMapping m_mapping;
    QStringList m_samples;
    QList<QStringList> m_examples; // up to three distinct values per column, for the tooltip
};

// The field combo of the mapping table: every target ColumnMapping offers, committed as soon as the user
// picks one (keyboard or mouse), so the check below updates at once.
class ColumnTargetDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColumnTargetDelegate)

public:
    explicit ColumnTargetDelegate(QObject *parent = nullptr);
    ~ColumnTargetDelegate() override;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Refills the combos' texts in a new language.
    static void retranslate(QWidget *editor);

protected:
    // Tab and Shift+Tab move along the window's focus chain (combo to combo), not to the next cell.
    bool eventFilter(QObject *object, QEvent *event) override;
};
