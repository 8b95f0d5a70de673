#include "core/csv/csvwriter.h"

QByteArray CsvWriter::record(const QStringList &fields)
{
    QByteArray line;
    bool first = true;
    for (const QString &field : fields) {
        if (!first)
            line.append(',');
        first = false;
        const QByteArray utf8 = field.toUtf8();
        const bool quote
            = utf8.contains(',') || utf8.contains('"') || utf8.contains('\n') || utf8.contains('\r');
        if (!quote) {
            line.append(utf8);
            continue;
        }
        line.append('"');
        for (const char c : utf8) {
            if (c == '"')
                line.append('"');
            line.append(c);
        }
        line.append('"');
    }
    line.append("\r\n");
    return line;
}
