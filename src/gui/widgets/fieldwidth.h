#pragma once

#include <QString>

class QComboBox;
class QLineEdit;

// Minimum widths of inputs measured in their own font and style, so a field keeps room for what it must
// show (a host name, a 31-digit id) whatever the font size, instead of a pixel count that suits one font.
namespace FieldWidth {
// The width at which `edit` shows `text` whole, frame and margins included.
int forText(const QLineEdit *edit, const QString &text);
// The same for `characters` average characters of the font.
int forCharacters(const QLineEdit *edit, int characters);
// The width at which `combo` shows `characters` average characters beside its arrow.
int forCharacters(const QComboBox *combo, int characters);
} // namespace FieldWidth
