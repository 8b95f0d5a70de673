#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <optional>

// Which update field each column of an imported table fills. Built automatically from the header names
// (English, Spanish and Portuguese; case, accents, spaces and punctuation do not matter), then changed by
// the user. Columns no field claims become custom fields of the `form` JSON or are ignored.
class ColumnMapping
{
    Q_DECLARE_TR_FUNCTIONS(ColumnMapping)

public:
    enum class Target {
        Ignore, // not sent
        CustomField, // a key of the `form` JSON; the column's customName
        WolkvoxId,
        CaseType,
        Responsible,
        Status,
        Priority,
        Solution,
        Attachments, // local paths separated by '|'
        Operation, // overrides the default operation row by row
    };

    // What becomes of the columns no field name matches.
    enum class UnknownColumns { Ignore, CustomFields };

    struct Column
    {
        QString header; // as in the file
        Target target = Target::Ignore;
        QString customName; // the `form` key when target is CustomField (default: the header)
        bool recognised = false; // the header named a field (set by automatic())

        friend bool operator==(const Column &, const Column &) = default;
    };

    ColumnMapping() = default;
    // Maps `header` automatically. A header "form:NAME" (also "campo:", "custom:") is the custom field NAME.
    static ColumnMapping automatic(const QStringList &header,
                                   UnknownColumns unknown = UnknownColumns::Ignore);

    // The field a header names, or nothing: "Estado" → Status, "Responsável" → Responsible, "ID" → WolkvoxId.
    static std::optional<Target> recognise(QStringView header);
    // Lower case, accents and punctuation removed, spaces collapsed: "Solución " → "solucion".
    static QString normalise(QStringView header);

    // Stable ids for scripts and storage: "wolkvox-id", "case-type", "responsible", "status", "priority",
    // "solution", "attachments", "operation", "form", "ignore". Wire fields use their wire names.
    static QString targetId(Target target);
    static std::optional<Target> targetFromId(QStringView id);
    // Translated name for the mapping editor: "Case id (wolkvox-id)", "Custom field", "Ignored", ...
    static QString targetName(Target target);
    // The targets a column can be set to, in the order an editor offers them.
    static QList<Target> targets();
    // The fields every update needs: a column or a default must supply them.
    static QList<Target> requiredTargets();

    int columnCount() const { return int(m_columns.size()); }
    const QList<Column> &columns() const { return m_columns; }
    Column column(int index) const { return m_columns.value(index); }
    // Another column already mapped to the same field (other than CustomField/Ignore) is set to Ignore, so
    // a field is never filled from two columns.
    void setTarget(int index, Target target, const QString &customName = {});
    void setUnknownColumns(UnknownColumns unknown); // re-applies to the columns automatic() did not recognise
    UnknownColumns unknownColumns() const { return m_unknown; }

    // The column that fills `target`, or -1 (not for CustomField/Ignore).
    int columnOf(Target target) const;
    // The column whose header matches `name` exactly, then after normalise(); or -1.
    int findColumn(const QString &name) const;

    // Translated problems that block every row: two custom-field columns with the same name, a custom field
    // without a name. Missing required fields are reported per row by the plan (a default may fill them).
    QStringList problems() const;

    // For storing the mapping with a batch.
    QJsonObject toJson() const;
    static ColumnMapping fromJson(const QJsonObject &object);

    friend bool operator==(const ColumnMapping &, const ColumnMapping &) = default;

private:
    QList<Column> m_columns;
    UnknownColumns m_unknown = UnknownColumns::Ignore;
};

Q_DECLARE_METATYPE(ColumnMapping)
