#include "gui/widgets/fieldwidth.h"

#include <QComboBox>
#include <QFontMetrics>
#include <QLineEdit>
#include <QStyle>
#include <QStyleOptionComboBox>

namespace FieldWidth {

namespace {
// QLineEdit's own size hint is 17 'x' plus its frame and margins: keep those, change the text.
int chrome(const QLineEdit *edit)
{
    return edit->sizeHint().width() - 17 * edit->fontMetrics().horizontalAdvance(u'x') + 2; // + the cursor
}
} // namespace

int forText(const QLineEdit *edit, const QString &text)
{
    return edit->fontMetrics().horizontalAdvance(text) + chrome(edit);
}

int forCharacters(const QLineEdit *edit, int characters)
{
    return characters * edit->fontMetrics().averageCharWidth() + chrome(edit);
}

int forCharacters(const QComboBox *combo, int characters)
{
    QStyleOptionComboBox option;
    option.initFrom(combo);
    option.editable = combo->isEditable();
    option.frame = combo->hasFrame();
    const QFontMetrics metrics = combo->fontMetrics();
    const QSize text(characters * metrics.averageCharWidth() + 4, metrics.height());
    return combo->style()->sizeFromContents(QStyle::CT_ComboBox, &option, text, combo).width();
}

} // namespace FieldWidth
