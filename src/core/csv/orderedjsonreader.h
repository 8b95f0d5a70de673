#pragma once

#include <QChar>
#include <QString>
#include <QStringView>

// A small JSON reader over text that keeps an object's key order (QJsonObject sorts its keys) and tolerates
// what pasted text carries (raw control characters in strings). The custom-field paste reads a JSON object
// with it, field by field in the agent's order. Pure: fuzzed through the custom-field parser.
class OrderedJsonReader
{
public:
    explicit OrderedJsonReader(QStringView text);
    // JSON's whitespace: space, tab, line feed, carriage return.
    static bool isSpace(QChar c);

    qsizetype position() const { return m_pos; }
    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar peek() const { return atEnd() ? QChar() : m_text.at(m_pos); }
    void skipSpace();
    bool consume(QChar c);
    // Reads a string starting at a quote; false on a malformed or unterminated string.
    bool readString(QString *out);
    // Exactly four hex digits, as JSON writes them (no sign, no "0x").
    bool readHex4(char16_t *code);
    // Finds the end of a nested object or array without recursion; false when it never closes.
    bool skipNested(qsizetype *end);
    // A bare literal (number, true, false, null) up to the next delimiter.
    QStringView readLiteral();
    QStringView slice(qsizetype from, qsizetype to) const { return m_text.mid(from, to - from); }
    void seek(qsizetype pos) { m_pos = pos; }

private:
    QStringView m_text;
    qsizetype m_pos = 0;
};
