#pragma once

#include <QList>
#include <QString>
#include <QStringView>
#include <cstddef>
#include <optional>

// One enum value and its stable id: the text that files, the CLI's JSON and the history store. Every
// enum ↔ id table of the core is an array of these (or of NamedEnumId, when the value also has a name
// shown to people), read through the functions below.
template <typename E> struct EnumId
{
    E value;
    QStringView id;
};

// The same with the untranslated name (QT_TRANSLATE_NOOP) that the owning class's tr() translates.
template <typename E> struct NamedEnumId
{
    E value;
    QStringView id;
    const char *name;
};

namespace EnumIds {
template <typename Entry, std::size_t N>
const Entry *entryOf(const Entry (&table)[N], decltype(Entry::value) value)
{
    for (const Entry &entry : table) {
        if (entry.value == value)
            return &entry;
    }
    return nullptr;
}

// The id of `value`; the first entry's id when the table does not list it.
template <typename Entry, std::size_t N> QString idOf(const Entry (&table)[N], decltype(Entry::value) value)
{
    const Entry *entry = entryOf(table, value);
    return (entry ? entry->id : table[0].id).toString();
}

// The untranslated name of `value` (a NamedEnumId table), or nullptr when the table does not list it.
template <typename Entry, std::size_t N>
const char *nameOf(const Entry (&table)[N], decltype(Entry::value) value)
{
    const Entry *entry = entryOf(table, value);
    return entry ? entry->name : nullptr;
}

// The value whose id is `id`, or nothing.
template <typename Entry, std::size_t N>
std::optional<decltype(Entry::value)> valueOf(const Entry (&table)[N], QStringView id,
                                              Qt::CaseSensitivity cs = Qt::CaseSensitive)
{
    for (const Entry &entry : table) {
        if (entry.id.compare(id, cs) == 0)
            return entry.value;
    }
    return std::nullopt;
}

// Every value of the table, in its order.
template <typename Entry, std::size_t N> QList<decltype(Entry::value)> values(const Entry (&table)[N])
{
    QList<decltype(Entry::value)> out;
    out.reserve(qsizetype(N));
    for (const Entry &entry : table)
        out.append(entry.value);
    return out;
}
} // namespace EnumIds
