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
    // What a quote that is never closed means: a fault of the file (CSV), or an ordinary character of a
    // cell (text pasted from a spreadsheet, where a cell may simply start with a quote).
    enum class UnclosedQuote { Fault, Literal };

    struct Record
    {
        int line = 0; // physical line where it starts
        QStringList cells;
        QList<bool> quoted; // per cell: it was written in quotes
        int strayQuoteCell = -1; // 0-based cell with text after its closing quote, or -1
    };

    CsvTokenizer(QStringView text, QChar separator, UnclosedQuote unclosed = UnclosedQuote::Fault);

    bool atEnd() const { return pos >= text.size(); }
    // Consumes a line break at pos if there is one (CRLF, LF or a lone CR).
    bool lineBreak();
    // The next record from pos; a line break inside a quoted cell is kept as LF.
    Record next();

    QStringView text;
    QChar separator;
    UnclosedQuote unclosed;
    qsizetype pos = 0;
    int line = 1;
    bool sawCrlf = false;
    int openQuoteLine = 0; // Fault: set when the text ends inside a quoted cell
};
