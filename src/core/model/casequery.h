#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// One search of cases/queryCases.php: the operation, the field to search by (spelled as the vendor spells
// it) and the value. The body is the raw JSON object the vendor's page documents.
struct CaseQuery
{
    Q_DECLARE_TR_FUNCTIONS(CaseQuery)

public:
    // The fields Casedesk searches by; the vendor lists more (docs/QUERY-CONTRACT.md), any of which can be
    // passed as `field` as it is.
    enum class By { WolkvoxId, CaseNumber, Status, Priority, CaseType, ResponsibleUser };

    QString operation;
    QString field;
    QString value;

    static QString fieldName(By by); // "wolkvox-id", "idCase", "status", "priority", "type case", ...
    static CaseQuery make(By by, const QString &operation, const QString &value);

    // {"operation":"...","field":"...","value":"..."}, in that order, trimmed.
    QByteArray body() const;
    // Translated, for messages: "the case number “1042”", "the wolkvox-id “6074…”".
    QString describe() const;
};
