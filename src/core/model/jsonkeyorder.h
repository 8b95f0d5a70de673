#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>
#include <utility>

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

    // The members of `object` (found at `path` in the scanned text) in the text's order, each key once, its
    // first value; members the scan missed come last, sorted. Read by iterating, never with value(): Qt
    // 6.4's QJsonObject::value() misses keys of a parsed object in some cases (keys beyond U+FFFF elsewhere
    // in it, duplicated keys), and iteration still finds them.
    static QList<std::pair<QString, QJsonValue>>
    members(const QJsonObject &object, const JsonKeyOrder *order = nullptr, const QStringList &path = {});
    // The first value of `key`, found by iterating (see members()).
    static std::optional<QJsonValue> member(const QJsonObject &object, QStringView key);

private:
    static QString pathKey(const QStringList &path);

    QHash<QString, QStringList> m_keys;
};
