#pragma once

#include "core/model/caseupdate.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <optional>

class JsonKeyOrder;

// A case as the CRM has it, read from one object of a queryCases.php answer; never holds the token.
struct CaseRecord
{
    Q_DECLARE_TR_FUNCTIONS(CaseRecord)

public:
    enum class Field {
        WolkvoxId,
        CaseNumber,
        CaseType,
        Responsible,
        Status,
        Priority,
        Solution,
        CustomFields
    };

    QString wolkvoxId;
    QString caseNumber; // the CRM's idCase, as text whether it came as a number or a string
    QString caseType;
    QString responsible;
    QString status;
    QString priority;
    QString solution;
    QList<CustomField> customFields; // the case's form, in the CRM's order
    QJsonObject raw; // the object as the CRM sent it

    // Whether the answer carried the field (as a value this parser could read), even if empty.
    bool has(Field field) const { return (m_present & bit(field)) != 0; }
    void setPresent(Field field, bool present = true);
    // The CRM's value of a custom field; nullopt when the case has no such field.
    std::optional<QString> customField(const QString &name) const;

    // The one table from the CRM's key spellings to fields, first spelling first. The answer's shape is not
    // published (docs/QUERY-CONTRACT.md): when a real answer shows other keys, add them here and nowhere
    // else. Keys are compared normalised (normaliseKey): case, accents, spaces, '-' and '_' do not matter.
    struct KeySpelling
    {
        Field field;
        QStringList keys; // normalised
    };
    static const QList<KeySpelling> &keyTable();
    // "Type Case" → "typecase", "wolkvox_id" → "wolkvoxid", "Solución" → "solucion".
    static QString normaliseKey(QStringView key);
    // Stable ids for scripts and the change summary: "wolkvox-id", "case-number", "case-type", ...
    static QString fieldId(Field field);

    // One case from an object of the answer's data; nullopt when the object names no wolkvox-id. `order`
    // and `path` (the object's place in the answer) give the custom fields their order; without them the
    // form's keys come sorted, as QJsonObject keeps them. Pure: fuzzed.
    static std::optional<CaseRecord> fromJson(const QJsonObject &object, const JsonKeyOrder *order = nullptr,
                                              const QStringList &path = {});

    // For scripts (casedesk-cli show): wolkvox_id, case_number, case_type, responsible, status, priority,
    // solution (null when the answer lacked them), custom_fields as [{"name","value"}] in order, and raw.
    QJsonObject toJson() const;
    // The form filled with the case as it is: what an update that changes nothing would send.
    CaseUpdate toUpdate(const QString &server, const QString &operation) const;

    friend bool operator==(const CaseRecord &, const CaseRecord &) = default;

private:
    static constexpr quint32 bit(Field field) { return quint32(1) << int(field); }
    quint32 m_present = 0;
};

Q_DECLARE_METATYPE(CaseRecord)
