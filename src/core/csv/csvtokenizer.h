#pragma once

#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

// The one quote-aware tokeniser of the core: RFC 4180 records as spreadsheets write them (a quoted cell
// holds separators, line breaks and doubled quotes), line by line, counting physical lines. The CSV reader
// and the custom-field paste both read through it; it is pure and linear (fuzzed through both).
class CsvTokenizer
{
public:
    // A file (CSV): a quote never closed is a fault, a line break inside a quoted cell becomes LF. Text
    // pasted from a spreadsheet: a cell may simply start with a quote, and the cell's text is kept exactly.
    enum class Dialect { File, Paste };

    struct Record
    {
        int line = 0; // physical line where it starts
        QStringList cells;
        QList<bool> quoted; // per cell: it was written in quotes
        int strayQuoteCell = -1; // 0-based cell with text after its closing quote, or -1
    };

    CsvTokenizer(QStringView text, QChar separator, Dialect dialect = Dialect::File);

    bool atEnd() const { return pos >= text.size(); }
    // Consumes a line break at pos if there is one (CRLF, LF or a lone CR).
    bool lineBreak();
    // The next record from pos.
    Record next();

    QStringView text;
    QChar separator;
    Dialect dialect;
    qsizetype pos = 0;
    int line = 1;
    bool sawCrlf = false;
    int openQuoteLine = 0; // File: set when the text ends inside a quoted cell
};
