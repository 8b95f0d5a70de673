#include "core/csv/orderedjsonreader.h"

bool OrderedJsonReader::isSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r';
}

OrderedJsonReader::OrderedJsonReader(QStringView text)
    : m_text(text)
{ }

void OrderedJsonReader::skipSpace()
{
    while (!atEnd() && isSpace(m_text.at(m_pos)))
        ++m_pos;
}

bool OrderedJsonReader::consume(QChar c)
{
    if (peek() != c)
        return false;
    ++m_pos;
    return true;
}

bool OrderedJsonReader::readString(QString *out)
{
    if (!consume(u'"'))
        return false;
    out->clear();
    while (!atEnd()) {
        const QChar c = m_text.at(m_pos++);
        if (c == u'"')
            return true;
        if (c != u'\\') {
            out->append(c); // raw control characters are tolerated: pasted text often has them
            continue;
        }
        if (atEnd())
            return false;
        const QChar e = m_text.at(m_pos++);
        switch (e.unicode()) {
        case u'"':
        case u'\\':
        case u'/':
            out->append(e);
            break;
        case u'b':
            out->append(u'\b');
            break;
        case u'f':
            out->append(u'\f');
            break;
        case u'n':
            out->append(u'\n');
            break;
        case u'r':
            out->append(u'\r');
            break;
        case u't':
            out->append(u'\t');
            break;
        case u'u': {
            char16_t code = 0;
            if (!readHex4(&code) || QChar::isLowSurrogate(code))
                return false;
            out->append(QChar(code));
            if (!QChar::isHighSurrogate(code))
                break;
            // A character beyond U+FFFF comes as two escapes; half of one is not text, and would be
            // sent to the CRM as "?" (found by fuzzing).
            char16_t low = 0;
            if (!consume(u'\\') || !consume(u'u') || !readHex4(&low) || !QChar::isLowSurrogate(low))
                return false;
            out->append(QChar(low));
            break;
        }
        default:
            return false;
        }
    }
    return false;
}

bool OrderedJsonReader::readHex4(char16_t *code)
{
    if (m_pos + 4 > m_text.size())
        return false;
    char16_t value = 0;
    for (qsizetype i = 0; i < 4; ++i) {
        const char16_t c = m_text.at(m_pos + i).unicode();
        int digit = -1;
        if (c >= u'0' && c <= u'9')
            digit = c - u'0';
        else if (c >= u'a' && c <= u'f')
            digit = c - u'a' + 10;
        else if (c >= u'A' && c <= u'F')
            digit = c - u'A' + 10;
        if (digit < 0)
            return false;
        value = char16_t(value * 16 + digit);
    }
    m_pos += 4;
    *code = value;
    return true;
}

bool OrderedJsonReader::skipNested(qsizetype *end)
{
    qsizetype depth = 0;
    qsizetype i = m_pos;
    while (i < m_text.size()) {
        const QChar c = m_text.at(i);
        if (c == u'"') {
            ++i;
            while (i < m_text.size() && m_text.at(i) != u'"')
                i += m_text.at(i) == u'\\' ? 2 : 1;
            if (i >= m_text.size())
                return false;
        } else if (c == u'{' || c == u'[') {
            ++depth;
        } else if (c == u'}' || c == u']') {
            if (--depth == 0) {
                *end = i + 1;
                return true;
            }
        }
        ++i;
    }
    return false;
}

QStringView OrderedJsonReader::readLiteral()
{
    const qsizetype start = m_pos;
    while (!atEnd()) {
        const QChar c = m_text.at(m_pos);
        if (c == u',' || c == u'}' || c == u']' || isSpace(c))
            break;
        ++m_pos;
    }
    return m_text.mid(start, m_pos - start);
}
