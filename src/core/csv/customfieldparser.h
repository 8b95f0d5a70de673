#pragma once

#include "core/model/caseupdate.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QStringView>

// What a paste into the custom-field table yielded: the fields in the pasted order and every problem.
struct CustomFieldPaste
{
    enum class Format { Empty, Rows, Json };

    Format format = Format::Empty;
    QList<CustomField> fields;
    QStringList errors; // translated, each naming the row or key; the fields above are still usable

    bool hasErrors() const { return !errors.isEmpty(); }
};

// Reads custom fields from clipboard text: spreadsheet rows ("name<TAB>value", quoted cells as spreadsheets
// write them) or a JSON object ({"name": "value", ...}, key order kept). Pure, total and linear: fuzzed.
class CustomFieldParser
{
    Q_DECLARE_TR_FUNCTIONS(CustomFieldParser)

public:
    static CustomFieldPaste parse(QStringView text);

private:
    static CustomFieldPaste parseRows(QStringView text);
    static CustomFieldPaste parseJson(QStringView text);
};
