#pragma once

#include "core/model/caseupdate.h"
#include "core/model/validator.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>

// The custom fields of the case form as an editable, reorderable table; rows with problems are flagged.
class CustomFieldsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomFieldsModel)

public:
    enum Column { NameColumn, ValueColumn, ColumnCount };

    explicit CustomFieldsModel(QObject *parent = nullptr);
    ~CustomFieldsModel() override;

    QList<CustomField> fields() const { return m_fields; }
    void setFields(const QList<CustomField> &fields);
    CustomField field(int row) const { return m_fields.value(row); }

    // Inserts before `row` (appends when row is -1); returns the new row.
    int insertField(const CustomField &field, int row = -1);
    int insertFields(const QList<CustomField> &fields, int row = -1);
    bool duplicateRow(int row);
    bool moveField(int from, int to);

    // Problems from the Validator (field "form"), shown on their rows; does not count as an edit.
    void setIssues(const QList<ValidationIssue> &issues);
    QStringList issuesAt(int row) const { return m_issues.value(row); }
    // For a case loaded from the CRM: a note per field name whose value differs from the loaded one
    // ("Loaded: WhatsApp"), shown as a sign and tooltip on the value; does not count as an edit.
    void setChangeNotes(const QHash<QString, QString> &notes);
    QString changeNoteAt(int row) const { return m_changeNotes.value(m_fields.value(row).name.trimmed()); }

    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool insertRows(int row, int count, const QModelIndex &parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                  const QModelIndex &destinationParent, int destinationChild) override;

Q_SIGNALS:
    // The fields themselves changed (edited, added, removed, moved or replaced).
    void fieldsChanged();

private:
    QList<CustomField> m_fields;
    QHash<int, QStringList> m_issues;
    QHash<QString, QString> m_changeNotes; // by trimmed field name
};
