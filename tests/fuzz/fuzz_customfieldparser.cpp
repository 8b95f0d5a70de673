// libFuzzer harness: CustomFieldParser::parse, which reads whatever the agent pastes into the custom-field
// table (spreadsheet rows or a JSON object). Input: the clipboard text as UTF-8.

#include "core/model/caseupdate.h"
#include "core/csv/customfieldparser.h"
#include "fuzzcheck.h"
#include "core/global.h"

#include <QHash>
#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>

namespace {
// A cell as spreadsheets copy it: quoted, inner quotes doubled, when it holds a tab, line break or quote.
QString spreadsheetCell(const QString &text)
{
    if (!text.contains(u'\t') && !text.contains(u'\n') && !text.contains(u'\r') && !text.contains(u'"'))
        return text;
    QString quoted = text;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

QString describe(const QList<CustomField> &fields)
{
    QString out;
    for (const CustomField &field : fields)
        out += u"[%1]=[%2] "_s.arg(field.name, field.value);
    return out;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const CustomFieldPaste paste = CustomFieldParser::parse(text);
    const QString trimmed = text.trimmed();

    // The format follows the first non-blank character; a blank paste yields nothing and no complaint.
    if (trimmed.isEmpty()) {
        FUZZ_CHECK(paste.format == CustomFieldPaste::Format::Empty);
        FUZZ_CHECK(paste.fields.isEmpty() && paste.errors.isEmpty());
        return 0;
    }
    const bool json = trimmed.startsWith(u'{') || trimmed.startsWith(u'[');
    FUZZ_CHECK(paste.format == (json ? CustomFieldPaste::Format::Json : CustomFieldPaste::Format::Rows));
    for (const QString &error : paste.errors)
        FUZZ_CHECK(!error.trimmed().isEmpty());
    // Every field has a usable name: never empty, never with surrounding blanks.
    for (const CustomField &field : paste.fields)
        FUZZ_CHECK_CTX(!field.name.isEmpty() && field.name == field.name.trimmed(), describe(paste.fields));

    // The `form` part the CRM receives is a JSON object with exactly these names and values (a repeated
    // name keeps its last value, as PHP's json_decode does). Read by nlohmann::json, the simulator's
    // parser. QJsonObject cannot be the judge: in Qt 6.4.2, value() on a parsed object misses some keys
    // when others hold characters beyond U+FFFF (found by this harness; iterating still sees them).
    CaseUpdate update;
    update.customFields = paste.fields;
    const QByteArray form = update.formJson();
    const auto parsed = nlohmann::json::parse(form.cbegin(), form.cend(), nullptr, false);
    FUZZ_CHECK_CTX(!parsed.is_discarded() && parsed.is_object(), QString::fromUtf8(form));
    QHash<QString, QString> expected;
    for (const CustomField &field : paste.fields)
        expected.insert(field.name, field.value);
    FUZZ_CHECK_CTX(parsed.size() == std::size_t(expected.size()), QString::fromUtf8(form));
    for (auto it = parsed.cbegin(); it != parsed.cend(); ++it) {
        const QString name = QString::fromStdString(it.key());
        FUZZ_CHECK_CTX(it->is_string() && expected.contains(name)
                           && expected.value(name) == QString::fromStdString(it->get<std::string>()),
                       QString::fromUtf8(form));
    }

    // Pasting that form back gives the same fields in the same order, without a complaint.
    const CustomFieldPaste fromForm = CustomFieldParser::parse(QString::fromUtf8(form));
    FUZZ_CHECK_CTX(fromForm.fields == paste.fields && !fromForm.hasErrors(),
                   describe(paste.fields) + u" -> "_s + describe(fromForm.fields));

    // So does copying the same fields from a spreadsheet (with a header row, as most sheets have).
    if (!paste.fields.isEmpty()) {
        QString rows = u"name\tvalue\n"_s;
        for (const CustomField &field : paste.fields)
            rows += spreadsheetCell(field.name) + u'\t' + spreadsheetCell(field.value) + u'\n';
        const CustomFieldPaste fromRows = CustomFieldParser::parse(rows);
        FUZZ_CHECK_CTX(fromRows.format == CustomFieldPaste::Format::Rows, rows);
        FUZZ_CHECK_CTX(fromRows.fields == paste.fields && !fromRows.hasErrors(),
                       describe(paste.fields) + u" -> "_s + describe(fromRows.fields));
    }

    // Pure.
    const CustomFieldPaste again = CustomFieldParser::parse(text);
    FUZZ_CHECK(again.fields == paste.fields && again.errors == paste.errors && again.format == paste.format);
    return 0;
}
