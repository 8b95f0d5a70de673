#include "core/csv/csvtokenizer.h"

CsvTokenizer::CsvTokenizer(QStringView text, QChar separator, Dialect dialect)
    : text(text)
    , separator(separator)
    , dialect(dialect)
{ }

bool CsvTokenizer::lineBreak()
{
    if (pos >= text.size())
        return false;
    const QChar c = text.at(pos);
    if (c == u'\n') {
        ++pos;
        ++line;
        return true;
    }
    if (c == u'\r') {
        ++pos;
        if (pos < text.size() && text.at(pos) == u'\n') {
            ++pos;
            sawCrlf = true;
        }
        ++line;
        return true;
    }
    return false;
}

CsvTokenizer::Record CsvTokenizer::next()
{
    Record record;
    record.line = line;
    QString cell;
    for (;;) {
        bool quoted = pos < text.size() && text.at(pos) == u'"';
        if (quoted) {
            // A quoted cell: separators, line breaks and doubled quotes inside are text.
            const qsizetype start = pos;
            const int startLine = line;
            const bool startCrlf = sawCrlf;
            ++pos;
            bool closed = false;
            while (pos < text.size()) {
                const QChar c = text.at(pos);
                if (c == u'"') {
                    if (pos + 1 < text.size() && text.at(pos + 1) == u'"') {
                        cell.append(u'"');
                        pos += 2;
                        continue;
                    }
                    ++pos;
                    closed = true;
                    break;
                }
                if (c == u'\r' || c == u'\n') {
                    // A file's cell keeps its line break as LF; a pasted one as it came. Lines are counted.
                    const qsizetype at = pos;
                    lineBreak();
                    if (dialect == Dialect::Paste)
                        cell.append(text.mid(at, pos - at));
                    else
                        cell.append(u'\n');
                    continue;
                }
                cell.append(c);
                ++pos;
            }
            if (!closed && dialect == Dialect::Paste) {
                // Not a quoted cell after all: the quote is the cell's first character.
                pos = start;
                line = startLine;
                sawCrlf = startCrlf;
                cell.clear();
                quoted = false;
            } else if (!closed) {
                openQuoteLine = startLine;
                record.cells.append(cell);
                record.quoted.append(true);
                return record;
            } else {
                // Text between the closing quote and the separator: kept, but the row is suspect.
                while (pos < text.size() && text.at(pos) != separator && text.at(pos) != u'\r'
                       && text.at(pos) != u'\n') {
                    if (record.strayQuoteCell < 0)
                        record.strayQuoteCell = int(record.cells.size());
                    cell.append(text.at(pos));
                    ++pos;
                }
            }
        }
        if (!quoted) {
            while (pos < text.size()) {
                const QChar c = text.at(pos);
                if (c == separator || c == u'\r' || c == u'\n')
                    break;
                cell.append(c);
                ++pos;
            }
        }
        record.quoted.append(quoted);
        record.cells.append(cell);
        cell.clear();
        if (pos < text.size() && text.at(pos) == separator) {
            ++pos;
            continue;
        }
        lineBreak();
        return record;
    }
}
