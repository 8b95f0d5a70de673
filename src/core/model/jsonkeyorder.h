#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

// The order of the keys of every object in a JSON text, which QJsonObject forgets (it sorts them). One
// linear pass over the bytes; never fails: on malformed input it keeps what it read up to the fault (the
// caller judges validity with QJsonDocument). Pure and bounded: fuzzed through the case-record parser.
class JsonKeyOrder
{
public:
    static constexpr int MaxDepth = 64;
    static constexpr int MaxKeys = 100000;

    static JsonKeyOrder scan(const QByteArray &json);

    // Keys of the object at `path` in the order of the text, duplicates once; empty when unknown. A path
    // names object members by key and array elements by index: {"data", "0", "form"}.
    QStringList keys(const QStringList &path) const;

private:
    static QString pathKey(const QStringList &path);

    QHash<QString, QStringList> m_keys;
};
