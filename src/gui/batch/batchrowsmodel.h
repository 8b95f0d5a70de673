#pragma once

#include "core/batch/batchrow.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>

// The rows of a stored batch with their outcome: state, HTTP status, code, message, the wolkvox_id the CRM
// answered, attempts. Interrupted rows carry a check box: they are resent only once the user ticked them.
class BatchRowsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchRowsModel)

public:
    enum Column {
        RowColumn,
        CaseColumn,
        OutcomeColumn,
        HttpColumn,
        CodeColumn,
        MessageColumn,
        ResultIdColumn,
        AttemptsColumn,
        ColumnCount
    };
    enum Role {
        RowIdRole = Qt::UserRole + 1, // qint64 id of the stored row
        StateRole, // BatchRow::stateId() of the row
        FilterKeyRole, // the state id, and for a failed row ":" and its outcome id ("failed:timeout")
    };

    explicit BatchRowsModel(QObject *parent = nullptr);
    ~BatchRowsModel() override;

    void setRows(const QList<BatchRow> &rows);
    // Replaces the row with the same id (a live answer); false when the model does not hold it.
    bool updateRow(const BatchRow &row);
    void clear();
    const BatchRow &row(int index) const { return m_rows.at(index); }
    int indexOfId(qint64 id) const { return m_indexById.value(id, -1); }
    QHash<BatchRow::State, int> counts() const;
    // How many failed rows ended with each outcome.
    QHash<ApiResult::Outcome, int> failedOutcomes() const;
    static QString filterKey(const BatchRow &row);

    // Interrupted rows the user ticked for resending.
    QList<qint64> checkedIds() const;
    void setChecked(qint64 id, bool checked);
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The translated outcome a row shows: "Done", "Rejected by the CRM", "Interrupted — check the case", ...
    static QString outcomeText(const BatchRow &row);
    // The results as tab-separated text with a header line, for the clipboard.
    static QString toTsv(const QList<BatchRow> &rows);

Q_SIGNALS:
    void checkedChanged();

private:
    QList<BatchRow> m_rows;
    QHash<qint64, int> m_indexById;
    QSet<qint64> m_checked;
};
