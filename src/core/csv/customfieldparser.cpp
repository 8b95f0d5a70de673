#include "core/csv/customfieldparser.h"

#include "core/global.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace {
bool isJsonSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r';
}

// Splits spreadsheet clipboard text into rows of cells. Cells holding a tab, line break or quote come
// wrapped in quotes with inner quotes doubled (Excel, LibreOffice and Google Sheets all do this).
QList<QStringList> splitRows(QStringView text)
{
    QList<QStringList> rows;
    QStringList cells;
    QString cell;
    const qsizetype n = text.size();
    qsizetype i = 0;
    bool atCellStart = true;
    while (i < n) {
        const QChar c = text.at(i);
        if (atCellStart && c == u'"') {
            // Find the closing quote; without one this was an ordinary cell that starts with a quote.
            qsizetype j = i + 1;
            QString quoted;
            bool closed = false;
            while (j < n) {
                if (text.at(j) == u'"') {
                    if (j + 1 < n && text.at(j + 1) == u'"') {
                        quoted.append(u'"');
                        j += 2;
                        continue;
                    }
                    closed = true;
                    break;
                }
                quoted.append(text.at(j));
                ++j;
            }
            if (closed) {
                cell = quoted;
                i = j + 1;
                atCellStart = false;
                continue;
            }
        }
        atCellStart = false;
        if (c == u'\t') {
            cells.append(cell);
            cell.clear();
            atCellStart = true;
        } else if (c == u'\n' || c == u'\r') {
            cells.append(cell);
            cell.clear();
            rows.append(cells);
            cells.clear();
            atCellStart = true;
            if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
                ++i;
        } else {
            cell.append(c);
        }
        ++i;
    }
    if (!atCellStart || !cell.isEmpty() || !cells.isEmpty()) {
        cells.append(cell);
        rows.append(cells);
    }
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

// A small JSON reader that keeps the object's key order (QJsonObject sorts keys).
class JsonReader
{
public:
    explicit JsonReader(QStringView text)
        : m_text(text)
    { }

    qsizetype position() const { return m_pos; }
    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar peek() const { return atEnd() ? QChar() : m_text.at(m_pos); }

    void skipSpace()
    {
        while (!atEnd() && isJsonSpace(m_text.at(m_pos)))
            ++m_pos;
    }

    bool consume(QChar c)
    {
        if (peek() != c)
            return false;
        ++m_pos;
        return true;
    }

    // Reads a string starting at a quote; false on a malformed or unterminated string.
    bool readString(QString *out)
    {
        if (!consume(u'"'))
            return false;
        out->clear();
        while (!atEnd()) {
            const QChar c = m_text.at(m_pos++);
            if (c == u'"')
                return true;
            if (c != u'\\') {
                out->append(c); // raw control characters are tolerated: pasted text often has them
                continue;
            }
            if (atEnd())
                return false;
            const QChar e = m_text.at(m_pos++);
            switch (e.unicode()) {
            case u'"':
            case u'\\':
            case u'/':
                out->append(e);
                break;
            case u'b':
                out->append(u'\b');
                break;
            case u'f':
                out->append(u'\f');
                break;
            case u'n':
                out->append(u'\n');
                break;
            case u'r':
                out->append(u'\r');
                break;
            case u't':
                out->append(u'\t');
                break;
            case u'u': {
                char16_t code = 0;
                if (!readHex4(&code) || QChar::isLowSurrogate(code))
                    return false;
                out->append(QChar(code));
                if (!QChar::isHighSurrogate(code))
                    break;
                // A character beyond U+FFFF comes as two escapes; half of one is not text, and would be
                // sent to the CRM as "?" (found by fuzzing).
                char16_t low = 0;
                if (!consume(u'\\') || !consume(u'u') || !readHex4(&low) || !QChar::isLowSurrogate(low))
                    return false;
                out->append(QChar(low));
                break;
            }
            default:
                return false;
            }
        }
        return false;
    }

    // Exactly four hex digits, as JSON writes them (no sign, no "0x").
    bool readHex4(char16_t *code)
    {
        if (m_pos + 4 > m_text.size())
            return false;
        char16_t value = 0;
        for (qsizetype i = 0; i < 4; ++i) {
            const char16_t c = m_text.at(m_pos + i).unicode();
            int digit = -1;
            if (c >= u'0' && c <= u'9')
                digit = c - u'0';
            else if (c >= u'a' && c <= u'f')
                digit = c - u'a' + 10;
            else if (c >= u'A' && c <= u'F')
                digit = c - u'A' + 10;
            if (digit < 0)
                return false;
            value = char16_t(value * 16 + digit);
        }
        m_pos += 4;
        *code = value;
        return true;
    }

    // Finds the end of a nested object or array without recursion; false when it never closes.
    bool skipNested(qsizetype *end)
    {
        qsizetype depth = 0;
        qsizetype i = m_pos;
        while (i < m_text.size()) {
            const QChar c = m_text.at(i);
            if (c == u'"') {
                ++i;
                while (i < m_text.size() && m_text.at(i) != u'"')
                    i += m_text.at(i) == u'\\' ? 2 : 1;
                if (i >= m_text.size())
                    return false;
            } else if (c == u'{' || c == u'[') {
                ++depth;
            } else if (c == u'}' || c == u']') {
                if (--depth == 0) {
                    *end = i + 1;
                    return true;
                }
            }
            ++i;
        }
        return false;
    }

    // A bare literal (number, true, false, null) up to the next delimiter.
    QStringView readLiteral()
    {
        const qsizetype start = m_pos;
        while (!atEnd()) {
            const QChar c = m_text.at(m_pos);
            if (c == u',' || c == u'}' || c == u']' || isJsonSpace(c))
                break;
            ++m_pos;
        }
        return m_text.mid(start, m_pos - start);
    }

    QStringView slice(qsizetype from, qsizetype to) const { return m_text.mid(from, to - from); }
    void seek(qsizetype pos) { m_pos = pos; }

private:
    QStringView m_text;
    qsizetype m_pos = 0;
};

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
    JsonReader reader(text);
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
