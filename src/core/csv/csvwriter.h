#pragma once

#include <QByteArray>
#include <QStringList>

// Writes CSV the way spreadsheets read it back: RFC 4180, UTF-8, comma-separated, CRLF. The history export
// and the batch results both write through it.
namespace CsvWriter {
// One record: a field is quoted when it holds a comma, a quote or a line break, quotes doubled; CRLF at the
// end.
QByteArray record(const QStringList &fields);
} // namespace CsvWriter
