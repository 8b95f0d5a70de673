#pragma once

#include <QString>
#include <QStringView>
#include <cstddef>
#include <optional>

// One enum value and its stable id: the text that files, the CLI's JSON and the history store. Every
// enum ↔ id table of the core is an array of these, read through the two functions below.
template <typename E> struct EnumId
{
    E value;
    QStringView id;
};

namespace EnumIds {
// The id of `value`; the first entry's id when the table does not list it.
template <typename E, std::size_t N> QString idOf(const EnumId<E> (&table)[N], E value)
{
    for (const EnumId<E> &entry : table) {
        if (entry.value == value)
            return entry.id.toString();
    }
    return table[0].id.toString();
}

// The value whose id is `id`, or nothing.
template <typename E, std::size_t N> std::optional<E> valueOf(const EnumId<E> (&table)[N], QStringView id)
{
    for (const EnumId<E> &entry : table) {
        if (entry.id == id)
            return entry.value;
    }
    return std::nullopt;
}
} // namespace EnumIds
