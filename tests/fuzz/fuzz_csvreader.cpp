// libFuzzer harness: CsvReader::read, which reads the files team leads import for a bulk correction, and
// ColumnMapping::automatic on the header it finds. Input: the file's bytes.

#include "core/batch/columnmapping.h"
#include "core/csv/csvreader.h"
#include "fuzzcheck.h"
#include "core/global.h"

#include <cstddef>
#include <cstdint>

namespace {
// Writes a table back the way RFC 4180 allows: every cell quoted, inner quotes doubled, CRLF.
QByteArray write(const QStringList &header, const QList<CsvTable::Row> &rows, QChar separator)
{
    const auto record = [separator](const QStringList &cells) -> QString {
        QStringList quoted;
        for (QString cell : cells)
            quoted.append(QString(u'"' + cell.replace(u"\""_s, u"\"\""_s) + u'"'));
        return quoted.join(separator) + u"\r\n"_s;
    };
    QString text = record(header);
    for (const CsvTable::Row &row : rows)
        text += record(row.cells);
    return text.toUtf8();
}

QString describe(const CsvTable &table)
{
    QString out = u"header=[%1]"_s.arg(table.header.join(u'|'));
    for (const CsvTable::Row &row : table.rows)
        out += u" row%1=[%2]"_s.arg(row.number).arg(row.cells.join(u'|'));
    return out;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const CsvTable table = CsvReader::read(bytes);

    // Every problem is told in words and placed.
    for (const QList<CsvProblem> *problems : {&table.fileProblems, &table.rowProblems, &table.notices}) {
        for (const CsvProblem &problem : *problems) {
            FUZZ_CHECK(!problem.message.trimmed().isEmpty());
            FUZZ_CHECK(problem.line >= 0 && problem.row >= 0);
        }
    }
    FUZZ_CHECK(table.separator == u',' || table.separator == u';' || table.separator == u'\t');
    if (CsvReader::firstInvalidUtf8(bytes) >= 0 && !table.fileProblems.isEmpty())
        return 0; // refused as a whole: nothing else to hold it to
    if (!table.isUsable())
        return 0;

    // Rows are numbered in order and start after the header, on lines that never go back.
    int line = table.headerLine;
    for (qsizetype i = 0; i < table.rows.size(); ++i) {
        const CsvTable::Row &row = table.rows.at(i);
        FUZZ_CHECK(row.number == int(i) + 1);
        FUZZ_CHECK(row.line > line);
        line = row.line;
        if (row.cells.size() != table.header.size())
            FUZZ_CHECK(!table.problemsOfRow(row.number).isEmpty()); // a ragged row is always named
    }

    // The mapping has one entry per column, and header normalisation is idempotent.
    const ColumnMapping mapping = ColumnMapping::automatic(table.header);
    FUZZ_CHECK(mapping.columns().size() == table.header.size());
    for (const QString &name : table.header) {
        const QString once = ColumnMapping::normalise(name);
        FUZZ_CHECK_CTX(ColumnMapping::normalise(once) == once, name);
    }

    // What was read survives being written back with every cell quoted and read again.
    // (UTF-8 input only: a UTF-16 file may hold characters, such as a second byte-order mark, that mean
    // something else once written as UTF-8.)
    if (!table.rowProblems.isEmpty() || bytes.startsWith("\xff\xfe") || bytes.startsWith("\xfe\xff"))
        return 0;
    const CsvTable again = CsvReader::read(write(table.header, table.rows, table.separator));
    FUZZ_CHECK_CTX(again.isUsable(), describe(table));
    FUZZ_CHECK_CTX(again.header == table.header, describe(table));
    FUZZ_CHECK_CTX(again.rows.size() == table.rows.size(), describe(table));
    for (qsizetype i = 0; i < table.rows.size(); ++i)
        FUZZ_CHECK_CTX(again.rows.at(i).cells == table.rows.at(i).cells, describe(table));
    return 0;
}
