#pragma once

#include "core/history/historyentry.h"

#include <QAbstractTableModel>
#include <QPointer>

class HistoryStore;

// The attempts of a HistoryStore as table rows (row 0 newest). Asks the store for one row at a time, so
// the same model works over a store that loads rows lazily from a database.
class HistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryModel)

public:
    enum Column {
        TimeColumn,
        ServerColumn,
        OperationColumn,
        CaseColumn,
        HttpColumn,
        CodeColumn,
        MessageColumn,
        DurationColumn,
        OutcomeColumn,
        BatchColumn, // the bulk correction and row an attempt belongs to; empty for a single update
        ColumnCount
    };
    enum Role { EntryIdRole = Qt::UserRole + 1, StateRole, BatchIdRole };

    explicit HistoryModel(HistoryStore *store, QObject *parent = nullptr);
    ~HistoryModel() override;

    HistoryEntry entry(int row) const;
    QModelIndex indexOfId(qint64 id, int column = 0) const;
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString durationText(qint64 ms);
    // “a.pdf”, “b.png” and “c.zip”: the files' names, quoted, as a list in the current language.
    static QString fileNames(const QStringList &paths);
    // The one wording for an attempt that never got an answer (the table and the details pane share it).
    static QString interruptedText();
    // "12 · row 5": the batch and row of an attempt sent by a bulk correction.
    static QString batchText(const HistoryEntry &entry);

private:
    void onAdded(int row);
    void onChanged(int row);
    void onReset();
    const HistoryEntry &cached(int row) const;

    QPointer<HistoryStore> m_store;
    int m_rows = 0;
    // A view asks for many roles of the same row in a row; one entry copy serves them all.
    mutable int m_cachedRow = -1;
    mutable HistoryEntry m_cachedEntry;
};
