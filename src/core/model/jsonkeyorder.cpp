#include "core/model/jsonkeyorder.h"

#include "core/global.h"

#include <QList>

namespace {
// Path segments are joined with a character JSON keys may hold but the CRM's never do; a key that holds it
// only costs its object's order.
constexpr QChar Separator = QChar(0x1f);

struct Container
{
    bool isObject = false;
    QString segment; // this container's own segment in its parent's path
    QStringList keys;
    qsizetype nextIndex = 0; // arrays: the index of the next element
    bool expectKey = false; // objects: the next string is a key
};

class Scanner
{
public:
    explicit Scanner(const QByteArray &text)
        : m_text(text)
    { }

    QHash<QString, QStringList> run()
    {
        while (m_pos < m_text.size() && m_keyCount < JsonKeyOrder::MaxKeys) {
            const char c = m_text.at(m_pos);
            switch (c) {
            case '{':
            case '[':
                if (!open(c == '{'))
                    return m_result;
                ++m_pos;
                break;
            case '}':
            case ']':
                close();
                ++m_pos;
                break;
            case '"': {
                QString text;
                if (!readString(&text))
                    return m_result;
                if (!m_stack.isEmpty() && m_stack.last().isObject && m_stack.last().expectKey) {
                    Container &object = m_stack.last();
                    object.expectKey = false;
                    m_pendingKey = text;
                    if (!object.keys.contains(text)) {
                        object.keys.append(text);
                        ++m_keyCount;
                    }
                } else {
                    valueDone();
                }
                break;
            }
            case ',':
                if (!m_stack.isEmpty() && m_stack.last().isObject)
                    m_stack.last().expectKey = true;
                ++m_pos;
                break;
            case ':':
                ++m_pos;
                break;
            default:
                if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                    ++m_pos;
                } else {
                    // A number or a literal: skip to the next structural character.
                    const auto structural = [](char s) { return s == ',' || s == ']' || s == '}'; };
                    while (m_pos < m_text.size() && !structural(m_text.at(m_pos)))
                        ++m_pos;
                    valueDone();
                }
                break;
            }
        }
        while (!m_stack.isEmpty())
            close();
        return m_result;
    }

private:
    // The segment a value about to start gets: the pending key in an object, the index in an array.
    QString nextSegment()
    {
        if (m_stack.isEmpty())
            return {};
        Container &parent = m_stack.last();
        if (parent.isObject)
            return m_pendingKey;
        return QString::number(parent.nextIndex);
    }

    void valueDone()
    {
        if (!m_stack.isEmpty() && !m_stack.last().isObject)
            ++m_stack.last().nextIndex;
    }

    bool open(bool isObject)
    {
        if (m_stack.size() >= JsonKeyOrder::MaxDepth)
            return false;
        Container container;
        container.isObject = isObject;
        container.segment = nextSegment();
        container.expectKey = isObject;
        m_stack.append(container);
        return true;
    }

    void close()
    {
        if (m_stack.isEmpty())
            return;
        const Container done = m_stack.takeLast();
        if (done.isObject) {
            QStringList path;
            for (const Container &c : std::as_const(m_stack))
                path.append(c.segment);
            path.append(done.segment);
            // The root has an empty segment; drop it so paths start at the first member.
            path.removeFirst();
            m_result.insert(path.join(Separator), done.keys);
        }
        valueDone();
    }

    // Reads a JSON string starting at the quote; false when it is not terminated.
    bool readString(QString *out)
    {
        QByteArray utf8;
        ++m_pos;
        while (m_pos < m_text.size()) {
            const char c = m_text.at(m_pos++);
            if (c == '"') {
                *out = QString::fromUtf8(utf8);
                return true;
            }
            if (c != '\\') {
                utf8.append(c);
                continue;
            }
            if (m_pos >= m_text.size())
                return false;
            const char e = m_text.at(m_pos++);
            switch (e) {
            case 'b':
                utf8.append('\b');
                break;
            case 'f':
                utf8.append('\f');
                break;
            case 'n':
                utf8.append('\n');
                break;
            case 'r':
                utf8.append('\r');
                break;
            case 't':
                utf8.append('\t');
                break;
            case 'u': {
                char16_t unit = 0;
                if (!hex4(&unit))
                    return false;
                char16_t units[2] = {unit, 0};
                qsizetype count = 1;
                if (QChar::isHighSurrogate(unit) && m_pos + 1 < m_text.size() && m_text.at(m_pos) == '\\'
                    && m_text.at(m_pos + 1) == 'u') {
                    const qsizetype back = m_pos;
                    m_pos += 2;
                    char16_t low = 0;
                    if (hex4(&low) && QChar::isLowSurrogate(low)) {
                        units[1] = low;
                        count = 2;
                    } else {
                        m_pos = back;
                    }
                }
                utf8.append(QStringView(units, count).toUtf8());
                break;
            }
            default: // \" \\ \/ and, tolerantly, anything else as itself
                utf8.append(e);
                break;
            }
        }
        return false;
    }

    bool hex4(char16_t *out)
    {
        if (m_pos + 4 > m_text.size())
            return false;
        bool ok = false;
        const uint value = m_text.mid(m_pos, 4).toUInt(&ok, 16);
        if (!ok)
            return false;
        m_pos += 4;
        *out = char16_t(value);
        return true;
    }

    const QByteArray &m_text;
    qsizetype m_pos = 0;
    int m_keyCount = 0;
    QList<Container> m_stack;
    QString m_pendingKey;
    QHash<QString, QStringList> m_result;
};
} // namespace

JsonKeyOrder JsonKeyOrder::scan(const QByteArray &json)
{
    JsonKeyOrder order;
    order.m_keys = Scanner(json).run();
    return order;
}

QString JsonKeyOrder::pathKey(const QStringList &path)
{
    return path.join(Separator);
}

QStringList JsonKeyOrder::keys(const QStringList &path) const
{
    return m_keys.value(pathKey(path));
}

QList<std::pair<QString, QJsonValue>>
JsonKeyOrder::members(const QJsonObject &object, const JsonKeyOrder *order, const QStringList &path)
{
    QHash<QString, QJsonValue> first;
    QStringList sorted;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!first.contains(it.key())) {
            first.insert(it.key(), it.value());
            sorted.append(it.key());
        }
    }
    QList<std::pair<QString, QJsonValue>> out;
    out.reserve(first.size());
    if (order) {
        const QStringList scanned = order->keys(path);
        for (const QString &key : scanned) {
            const auto found = first.constFind(key);
            if (found != first.constEnd()) {
                out.append({key, *found});
                first.remove(key);
            }
        }
    }
    for (const QString &key : std::as_const(sorted)) {
        if (first.contains(key))
            out.append({key, first.value(key)});
    }
    return out;
}

std::optional<QJsonValue> JsonKeyOrder::member(const QJsonObject &object, QStringView key)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key() == key)
            return it.value();
    }
    return std::nullopt;
}
