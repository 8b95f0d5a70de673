#include "core/csv/customfieldparser.h"

#include "core/csv/csvtokenizer.h"
#include "core/csv/orderedjsonreader.h"
#include "core/global.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace {
// Splits spreadsheet clipboard text into rows of cells: TAB-separated, cells holding a tab, line break or
// quote wrapped in quotes with inner quotes doubled (Excel, LibreOffice and Google Sheets all do this), and a
// quote that is never closed is an ordinary character.
QList<QStringList> splitRows(QStringView text)
{
    QList<QStringList> rows;
    CsvTokenizer tokenizer(text, u'\t', CsvTokenizer::Dialect::Paste);
    while (!tokenizer.atEnd())
        rows.append(tokenizer.next().cells);
    return rows;
}

bool isHeaderRow(const QStringList &cells)
{
    if (cells.size() < 2)
        return false;
    static const QStringView names[] = {u"name", u"field", u"nombre", u"campo", u"nome"};
    static const QStringView values[] = {u"value", u"valor"};
    const QString name = cells.at(0).trimmed();
    const QString value = cells.at(1).trimmed();
    const auto matches = [](const QString &cell, const auto &list) {
        for (QStringView word : list) {
            if (cell.compare(word, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    };
    return matches(name, names) && matches(value, values);
}

bool isJsonLiteral(QStringView literal)
{
    if (literal == u"true" || literal == u"false" || literal == u"null")
        return true;
    if (literal.isEmpty())
        return false;
    // Let the real parser judge numbers: "[<literal>]" parses only for a valid JSON number.
    const QByteArray probe = "[" + literal.toUtf8() + "]";
    QJsonParseError error;
    QJsonDocument::fromJson(probe, &error);
    return error.error == QJsonParseError::NoError;
}
} // namespace

CustomFieldPaste CustomFieldParser::parse(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (trimmed.startsWith(u'{'))
        return parseJson(trimmed);
    if (trimmed.startsWith(u'[')) {
        CustomFieldPaste result;
        result.format = CustomFieldPaste::Format::Json;
        result.errors.append(tr("Paste a JSON object such as {\"name\": \"value\"}, not a list."));
        return result;
    }
    return parseRows(text);
}

CustomFieldPaste CustomFieldParser::parseRows(QStringView text)
{
    CustomFieldPaste result;
    result.format = CustomFieldPaste::Format::Rows;
    const QList<QStringList> rows = splitRows(text);
    for (int r = 0; r < rows.size(); ++r) {
        const QStringList &cells = rows.at(r);
        const int rowNumber = r + 1;
        bool blank = true;
        for (const QString &cell : cells) {
            if (!cell.trimmed().isEmpty()) {
                blank = false;
                break;
            }
        }
        if (blank)
            continue;
        if (r == 0 && isHeaderRow(cells))
            continue;

        const QString name = cells.at(0).trimmed();
        const QString value = cells.value(1);
        if (name.isEmpty()) {
            result.errors.append(tr("Row %1 has a value but no field name; it was left out.").arg(rowNumber));
            continue;
        }
        int usedColumns = int(cells.size());
        while (usedColumns > 2 && cells.at(usedColumns - 1).trimmed().isEmpty())
            --usedColumns;
        if (usedColumns > 2) {
            result.errors.append(tr("Row %1 has %2 columns; only the first two (name and value) were used.")
                                     .arg(rowNumber)
                                     .arg(usedColumns));
        }
        result.fields.append({name, value});
    }
    return result;
}

CustomFieldPaste CustomFieldParser::parseJson(QStringView text)
{
    CustomFieldPaste result;
    result.format = CustomFieldPaste::Format::Json;
    OrderedJsonReader reader(text);
    QList<CustomField> fields;
    QStringList warnings;

    const auto fail = [&](const QString &what) {
        result.errors.append(
            tr("The pasted JSON is not valid at character %1: %2").arg(reader.position() + 1).arg(what));
        return result;
    };

    reader.skipSpace();
    if (!reader.consume(u'{'))
        return fail(tr("expected “{”."));
    reader.skipSpace();
    if (!reader.consume(u'}')) {
        while (true) {
            reader.skipSpace();
            QString name;
            const qsizetype namePosition = reader.position();
            if (reader.peek() != u'"')
                return fail(tr("expected a field name in double quotes."));
            if (!reader.readString(&name))
                return fail(tr("a text is not closed or has an invalid escape."));
            reader.skipSpace();
            if (!reader.consume(u':'))
                return fail(tr("expected “:” after “%1”.").arg(name));
            reader.skipSpace();

            QString value;
            const QChar c = reader.peek();
            if (c == u'"') {
                if (!reader.readString(&value))
                    return fail(tr("a text is not closed or has an invalid escape."));
            } else if (c == u'{' || c == u'[') {
                const qsizetype start = reader.position();
                qsizetype end = 0;
                if (!reader.skipNested(&end))
                    return fail(tr("the value of “%1” is not closed.").arg(name));
                const QStringView nested = reader.slice(start, end);
                QJsonParseError error;
                QJsonDocument::fromJson(nested.toUtf8(), &error);
                if (error.error != QJsonParseError::NoError)
                    return fail(tr("the value of “%1” is not valid JSON.").arg(name));
                value = nested.toString();
                reader.seek(end);
                warnings.append(tr("The value of “%1” is not text; it was kept as JSON text.").arg(name));
            } else {
                const QStringView literal = reader.readLiteral();
                if (!isJsonLiteral(literal))
                    return fail(tr("the value of “%1” is not a JSON value.").arg(name));
                value = literal == u"null" ? QString() : literal.toString();
            }
            if (name.trimmed().isEmpty()) {
                // As a spreadsheet row without a name: the CRM cannot store a field without one.
                warnings.append(
                    tr("The field at character %1 has no name; it was left out.").arg(namePosition + 1));
            } else {
                fields.append({name.trimmed(), value});
            }

            reader.skipSpace();
            if (reader.consume(u','))
                continue;
            if (reader.consume(u'}'))
                break;
            return fail(tr("expected “,” or “}” after the value of “%1”.").arg(name));
        }
    }
    reader.skipSpace();
    if (!reader.atEnd())
        return fail(tr("there is more text after the closing “}”."));
    result.fields = fields;
    result.errors = warnings;
    return result;
}
