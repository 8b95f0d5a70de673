#pragma once

#include <QByteArray>
#include <QChar>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

// A problem found while reading a table: where (physical line, 1-based; 0 for the whole file) and a
// translated sentence that names it.
struct CsvProblem
{
    enum class Kind {
        Empty, // nothing but blanks
        HeaderOnly, // a header and no data rows
        NotUtf8, // bytes that are not UTF-8 (Latin-1, Windows-1252, ...)
        UnbalancedQuote, // a quoted cell never closed
        StrayQuote, // a quote in the middle of an unquoted cell, or text after a closing quote
        EmptyHeader, // a header cell without a name
        DuplicateHeader, // two header cells with the same name
        RaggedRow, // a data row with more or fewer cells than the header
        Binary, // NUL bytes: not a text file
        TooLarge, // more than MaxBytes
    };

    Kind kind = Kind::Empty;
    int line = 0; // physical line where the problem is, 1-based; 0: the whole file
    int row = 0; // data row (1 = the first row after the header); 0: not a data row
    QString message;
};

// A table read from CSV or pasted spreadsheet text: the header, the data rows with the physical line each
// starts on, and every problem. Rows with problems of their own (ragged) are kept and listed in rowProblems;
// a file problem (fileProblems) means no row can be trusted.
struct CsvTable
{
    struct Row
    {
        int number = 0; // 1-based among data rows
        int line = 0; // physical line the record starts on (the header is line 1 unless blank lines precede)
        QStringList cells;
    };

    QStringList header;
    int headerLine = 0;
    QList<Row> rows;
    QChar separator = u','; // ',' ';' or '\t'
    bool hadBom = false;
    bool crlf = false; // Windows line endings were seen
    QList<CsvProblem> fileProblems;
    QList<CsvProblem> rowProblems;
    QList<CsvProblem> notices; // worth telling, never blocking: an unnamed or repeated header cell

    bool isUsable() const { return fileProblems.isEmpty(); }
    // The row problems of one data row (by number).
    QList<CsvProblem> problemsOfRow(int number) const;
};

// RFC 4180 reader for what people export from spreadsheets: quoted cells with separators, doubled quotes
// and line breaks inside, UTF-8 with or without BOM, ',' ';' or TAB detected from the header, LF or CRLF.
// Strict about encoding (a Latin-1 file is refused with the line, never silently mangled). Pure, total and
// linear in the input: suitable for fuzzing.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    static constexpr qint64 MaxBytes = qint64(64) << 20;

    // A file's bytes: checks UTF-8 (BOM optional), detects the separator and parses.
    static CsvTable read(const QByteArray &bytes);
    // Text pasted from a spreadsheet (TAB-separated) or CSV typed or pasted; the separator is detected.
    static CsvTable readText(QStringView text);
    // The separator the header line uses most outside quotes: TAB, then ';' over ',' on ties.
    static QChar detectSeparator(QStringView firstRecord);
    // Where the first invalid UTF-8 sequence is, or -1 when `bytes` is valid UTF-8.
    static qsizetype firstInvalidUtf8(const QByteArray &bytes);
};
