#pragma once

#include "core/batch/batchimport.h"

#include <QAbstractTableModel>
#include <QList>

// The rows of an imported table as the updates they would send, with each row's problems. Computes cell
// text when asked, so a view over 10,000 rows only pays for the rows it shows.
class PlannedRowsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlannedRowsModel)

public:
    enum Column {
        RowColumn,
        CaseColumn,
        StatusColumn,
        PriorityColumn,
        ResponsibleColumn,
        CaseTypeColumn,
        SolutionColumn,
        CustomFieldsColumn,
        AttachmentsColumn,
        ProblemsColumn,
        ColumnCount
    };
    enum Role {
        ValidRole = Qt::UserRole + 1, // bool: the row can be sent
        LineRole, // physical line of the file
    };

    explicit PlannedRowsModel(QObject *parent = nullptr);
    ~PlannedRowsModel() override;

    void setRows(const QList<PlannedRow> &rows);
    const PlannedRow &row(int index) const { return m_rows.at(index); }
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The column that shows a wire field ("status", "form", "file", ...), or -1.
    static int columnOfField(const QString &field);

private:
    QList<PlannedRow> m_rows;
};
