#include "core/csv/csvreader.h"

#include "core/csv/csvtokenizer.h"
#include "core/global.h"

#include <QLocale>
#include <QStringDecoder>
#include <array>

namespace {
bool isBlank(const QStringList &cells)
{
    for (const QString &cell : cells) {
        if (!cell.trimmed().isEmpty())
            return false;
    }
    return true;
}

// A row with more cells than the header most often holds a value with the separator in it and no quotes
// around it: prose puts a space after it ("Router replaced; customer happy"), which a separator written by
// a spreadsheet never has. The cell where such a value starts, or -1.
int unquotedSeparatorCell(const CsvTokenizer::Record &record, QChar separator, qsizetype headerCount)
{
    if (separator == u'\t' || record.cells.size() <= headerCount)
        return -1;
    for (qsizetype i = 0; i + 1 < record.cells.size() && i < headerCount; ++i) {
        const QString &left = record.cells.at(i);
        const QString &right = record.cells.at(i + 1);
        if (record.quoted.value(i) || record.quoted.value(i + 1) || left.trimmed().isEmpty()
            || right.trimmed().isEmpty())
            continue;
        if (right.front() == u' ' && !left.back().isSpace())
            return int(i);
    }
    return -1;
}

// The cells from `first` on as they stood in the file, shortened for a message.
QString rejoined(const CsvTokenizer::Record &record, int first, QChar separator)
{
    constexpr qsizetype MaxShown = 60;
    const QString text = record.cells.at(first) + separator + record.cells.at(first + 1);
    return text.size() > MaxShown ? text.left(MaxShown - 1) + u'…' : text;
}

CsvProblem problem(CsvProblem::Kind kind, int line, int row, const QString &message)
{
    return CsvProblem{kind, line, row, message};
}

CsvTable parse(QStringView text, bool hadBom)
{
    CsvTable table;
    table.hadBom = hadBom;

    // Leading blank lines are not the header.
    CsvTokenizer parser(text, u',');
    while (!parser.atEnd()) {
        const QChar c = text.at(parser.pos);
        if (c == u'\r' || c == u'\n')
            parser.lineBreak();
        else if (c == u' ' || c == u'\t') {
            // Only whitespace up to the line break: blank.
            qsizetype p = parser.pos;
            while (p < text.size() && (text.at(p) == u' ' || text.at(p) == u'\t'))
                ++p;
            if (p < text.size() && text.at(p) != u'\r' && text.at(p) != u'\n')
                break;
            parser.pos = p;
        } else {
            break;
        }
    }
    if (parser.atEnd()) {
        table.fileProblems.append(
            problem(CsvProblem::Kind::Empty, 0, 0, CsvReader::tr("The file is empty.")));
        return table;
    }
    table.separator = CsvReader::detectSeparator(text.mid(parser.pos));
    parser.separator = table.separator;

    const CsvTokenizer::Record header = parser.next();
    table.headerLine = header.line;
    if (parser.openQuoteLine > 0) {
        table.fileProblems.append(
            problem(CsvProblem::Kind::UnbalancedQuote, parser.openQuoteLine, 0,
                    CsvReader::tr(
                        "The quote opened on line %1 is never closed, so the rest of the file would be read "
                        "as one cell. Check the quotes on that line.")
                        .arg(parser.openQuoteLine)));
        return table;
    }
    table.header = header.cells;
    for (QString &name : table.header)
        name = name.trimmed();

    int number = 0;
    while (!parser.atEnd()) {
        CsvTokenizer::Record record = parser.next();
        if (parser.openQuoteLine > 0) {
            table.fileProblems.append(problem(
                CsvProblem::Kind::UnbalancedQuote, parser.openQuoteLine, 0,
                CsvReader::tr("The quote opened on line %1 is never closed, so the rest of the file would be "
                              "read as one cell. Check the quotes on that line.")
                    .arg(parser.openQuoteLine)));
            table.rows.clear();
            table.rowProblems.clear();
            return table;
        }
        if (isBlank(record.cells))
            continue; // blank lines and rows of empty cells that spreadsheets leave at the end
        ++number;
        const auto headerCount = table.header.size();
        // Trailing empty cells beyond the header (a separator at the end of each line) are harmless.
        while (record.cells.size() > headerCount && record.cells.constLast().trimmed().isEmpty())
            record.cells.removeLast();
        if (const int unquoted = unquotedSeparatorCell(record, table.separator, headerCount); unquoted >= 0) {
            table.rowProblems.append(problem(
                CsvProblem::Kind::RaggedRow, record.line, number,
                CsvReader::tr(
                    "Row %1 (line %2) has %n cell(s), but the header has %3. The “%4” cell seems to "
                    "hold a “%5” that is not inside quotes (“%6”): put double quotes around that "
                    "cell, or save the file with another separator.",
                    nullptr, int(record.cells.size()))
                    .arg(number)
                    .arg(record.line)
                    .arg(headerCount)
                    .arg(table.header.at(unquoted).isEmpty() ? CsvReader::tr("Column %1").arg(unquoted + 1)
                                                             : table.header.at(unquoted),
                         QString(table.separator), rejoined(record, unquoted, table.separator))));
        } else if (record.cells.size() != headerCount) {
            table.rowProblems.append(
                problem(CsvProblem::Kind::RaggedRow, record.line, number,
                        CsvReader::tr("Row %1 (line %2) has %n cell(s), but the header has %3.", nullptr,
                                      int(record.cells.size()))
                            .arg(number)
                            .arg(record.line)
                            .arg(headerCount)));
        }
        if (record.strayQuoteCell >= 0) {
            table.rowProblems.append(problem(
                CsvProblem::Kind::StrayQuote, record.line, number,
                CsvReader::tr("Row %1 (line %2): cell %3 has text after its closing quote. A quote inside a "
                              "quoted cell must be doubled (\"\").")
                    .arg(number)
                    .arg(record.line)
                    .arg(record.strayQuoteCell + 1)));
        }
        table.rows.append(CsvTable::Row{number, record.line, record.cells});
    }
    table.crlf = parser.sawCrlf;

    // Header cells: an unnamed one gets a placeholder name, a repeated one a notice.
    for (qsizetype i = 0; i < table.header.size(); ++i) {
        if (table.header.at(i).isEmpty()) {
            table.header[i] = CsvReader::tr("Column %1").arg(i + 1);
            bool hasData = false;
            for (const CsvTable::Row &row : std::as_const(table.rows))
                hasData = hasData || !row.cells.value(i).trimmed().isEmpty();
            if (hasData)
                table.notices.append(
                    problem(CsvProblem::Kind::EmptyHeader, table.headerLine, 0,
                            CsvReader::tr("Column %1 has no name in the header; it is called “%2”.")
                                .arg(i + 1)
                                .arg(table.header.at(i))));
        }
        for (qsizetype j = 0; j < i; ++j) {
            if (table.header.at(j).compare(table.header.at(i), Qt::CaseInsensitive) == 0) {
                table.notices.append(problem(CsvProblem::Kind::DuplicateHeader, table.headerLine, 0,
                                             CsvReader::tr("Columns %1 and %2 have the same name, “%3”.")
                                                 .arg(j + 1)
                                                 .arg(i + 1)
                                                 .arg(table.header.at(i))));
                break;
            }
        }
    }

    if (table.rows.isEmpty()) {
        table.fileProblems.append(problem(CsvProblem::Kind::HeaderOnly, 0, 0,
                                          CsvReader::tr("The file has a header line but no rows of cases.")));
    }
    return table;
}

int lineOfOffset(const QByteArray &bytes, qsizetype offset, qsizetype *column)
{
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        if (bytes.at(i) == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    *column = offset - lineStart + 1;
    return line;
}
// A file with a zero character on `line` (a zero byte in UTF-8, a zero unit in UTF-16): not text at all.
CsvTable binaryFile(int line)
{
    CsvTable table;
    table.fileProblems.append(problem(CsvProblem::Kind::Binary, line, 0,
                                      CsvReader::tr("This is not a text file (line %1 holds a zero byte). "
                                                    "Export the sheet as CSV and import that file.")
                                          .arg(line)));
    return table;
}
} // namespace

QList<CsvProblem> CsvTable::problemsOfRow(int number) const
{
    QList<CsvProblem> out;
    for (const CsvProblem &p : rowProblems) {
        if (p.row == number)
            out.append(p);
    }
    return out;
}

qsizetype CsvReader::firstInvalidUtf8(const QByteArray &bytes)
{
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char c = data[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        char32_t minimum = 0;
        char32_t value = 0;
        if ((c & 0xe0) == 0xc0) {
            length = 2;
            minimum = 0x80;
            value = c & 0x1f;
        } else if ((c & 0xf0) == 0xe0) {
            length = 3;
            minimum = 0x800;
            value = c & 0x0f;
        } else if ((c & 0xf8) == 0xf0) {
            length = 4;
            minimum = 0x10000;
            value = c & 0x07;
        } else {
            return i;
        }
        if (i + length > size)
            return i;
        for (int k = 1; k < length; ++k) {
            const unsigned char follow = data[i + k];
            if ((follow & 0xc0) != 0x80)
                return i;
            value = (value << 6) | (follow & 0x3f);
        }
        // Overlong forms, UTF-16 surrogates and code points past Unicode are not UTF-8.
        if (value < minimum || value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff))
            return i;
        i += length;
    }
    return -1;
}

QChar CsvReader::detectSeparator(QStringView firstRecord)
{
    // Count outside quotes up to the end of the first record.
    std::array<int, 3> counts{0, 0, 0}; // TAB, ';', ','
    bool quoted = false;
    for (qsizetype i = 0; i < firstRecord.size(); ++i) {
        const QChar c = firstRecord.at(i);
        if (c == u'"') {
            quoted = !quoted;
            continue;
        }
        if (quoted)
            continue;
        if (c == u'\n' || c == u'\r')
            break;
        if (c == u'\t')
            ++counts[0];
        else if (c == u';')
            ++counts[1];
        else if (c == u',')
            ++counts[2];
    }
    if (counts[0] == 0 && counts[1] == 0 && counts[2] == 0)
        return u',';
    if (counts[0] >= counts[1] && counts[0] >= counts[2])
        return u'\t';
    if (counts[1] >= counts[2])
        return u';';
    return u',';
}

CsvTable CsvReader::read(const QByteArray &bytes)
{
    if (bytes.size() > MaxBytes) {
        CsvTable table;
        table.fileProblems.append(problem(CsvProblem::Kind::TooLarge, 0, 0,
                                          tr("The file is larger than %1; split it into smaller batches.")
                                              .arg(QLocale().formattedDataSize(MaxBytes))));
        return table;
    }
    // Excel's "Unicode text" is UTF-16 with a BOM: decode it rather than refuse it.
    if (bytes.startsWith("\xff\xfe") || bytes.startsWith("\xfe\xff")) {
        QStringDecoder decoder(bytes.startsWith("\xff\xfe") ? QStringConverter::Utf16LE
                                                            : QStringConverter::Utf16BE);
        const QString text = decoder.decode(bytes.mid(2));
        if (!decoder.hasError()) {
            // A zero character is as wrong in UTF-16 as a zero byte in UTF-8: never a cell's content.
            if (const qsizetype nul = text.indexOf(QChar(u'\0')); nul >= 0)
                return binaryFile(int(QStringView(text).left(nul).count(u'\n')) + 1);
            return parse(text, true);
        }
    }
    const bool bom = bytes.startsWith("\xef\xbb\xbf");
    const QByteArray body = bom ? bytes.mid(3) : bytes;
    if (const qsizetype nul = body.indexOf('\0'); nul >= 0) {
        qsizetype column = 0;
        return binaryFile(lineOfOffset(body, nul, &column));
    }
    if (const qsizetype bad = firstInvalidUtf8(body); bad >= 0) {
        CsvTable table;
        qsizetype column = 0;
        const int line = lineOfOffset(body, bad, &column);
        table.fileProblems.append(problem(
            CsvProblem::Kind::NotUtf8, line, 0,
            tr("Line %1 is not UTF-8 text (byte 0x%2 at position %3); the file is probably Latin-1 or "
               "Windows-1252. Nothing was imported: save the file as “CSV UTF-8” and import it again.")
                .arg(line)
                .arg(QString::number(static_cast<unsigned char>(body.at(bad)), 16).toUpper())
                .arg(column)));
        return table;
    }
    return parse(QString::fromUtf8(body), bom);
}

CsvTable CsvReader::readText(QStringView text)
{
    const bool bom = text.startsWith(QChar(0xfeff));
    return parse(bom ? text.mid(1) : text, bom);
}
