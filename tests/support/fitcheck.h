#pragma once

// Whether a window's widgets got the room their text needs: the checks the fit tests of the main window
// and the bulk-correction window share (issue 17: a window that fits 1024 × 700 and half a 1366 screen).

#include "core/global.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QFontMetrics>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStringList>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTextDocument>
#include <QWidget>
#include <algorithm>
#include <functional>

namespace FitCheck {

// The text a label shows, one line per line, without markup or mnemonic marks.
inline QStringList shownLines(const QLabel *label)
{
    QString text = label->text();
    if (label->textFormat() == Qt::RichText
        || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(text))) {
        QTextDocument document;
        document.setHtml(text);
        text = document.toPlainText();
    }
    if (label->buddy())
        text.remove(QRegularExpression(u"&(?!&)"_s));
    return text.split(u'\n');
}

inline int widest(const QFontMetrics &metrics, const QStringList &lines)
{
    int width = 0;
    for (const QString &line : lines)
        width = std::max(width, metrics.horizontalAdvance(line));
    return width;
}

inline QString nameOf(const QWidget *w)
{
    return w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className()) : w->objectName();
}

// A list to choose from shows each of its choices whole.
inline void checkChoices(const QString &where, const QComboBox *combo, QStringList *cut)
{
    if (combo->isEditable())
        return;
    QStyleOptionComboBox option;
    option.initFrom(combo);
    const int room = combo->style()
                         ->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, combo)
                         .width();
    for (int i = 0; i < combo->count(); ++i) {
        const int text = combo->fontMetrics().horizontalAdvance(combo->itemText(i));
        if (text > room)
            cut->append(u"%1: combo %2 has %3 px for “%4”, which needs %5"_s.arg(where, nameOf(combo))
                            .arg(room)
                            .arg(combo->itemText(i))
                            .arg(text));
    }
}

// Every label, button, group and input of `window` that is shown (and that `skip` does not rule out),
// measured against the room it got: one line per widget that is cut, empty when everything fits.
inline QStringList cutWidgets(QWidget *window, const QString &where,
                              const std::function<bool(QWidget *)> &skip = {})
{
    QStringList cut;
    const auto widgets = window->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (w->window() != window || !w->isVisibleTo(window) || (skip && skip(w)))
            continue;
        const QString name = nameOf(w);
        if (auto *label = qobject_cast<QLabel *>(w)) {
            if (label->text().isEmpty() || !label->pixmap().isNull())
                continue;
            if (label->wordWrap()) {
                // A wrapped label needs the height of its lines at its width.
                const int needed = label->heightForWidth(label->width());
                if (needed > label->height())
                    cut.append(u"%1: wrapped label %2 needs %3 px of height, has %4 (“%5”)"_s.arg(where, name)
                                   .arg(needed)
                                   .arg(label->height())
                                   .arg(label->text()));
                continue;
            }
            const int needed = widest(label->fontMetrics(), shownLines(label));
            if (needed > label->contentsRect().width())
                cut.append(u"%1: label %2 needs %3 px, has %4 (“%5”)"_s.arg(where, name)
                               .arg(needed)
                               .arg(label->contentsRect().width())
                               .arg(label->text()));
        } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            if (button->width() < button->sizeHint().width() && !button->text().isEmpty())
                cut.append(u"%1: button %2 needs %3 px, has %4 (“%5”)"_s.arg(where, name)
                               .arg(button->sizeHint().width())
                               .arg(button->width())
                               .arg(button->text()));
        } else if (auto *group = qobject_cast<QGroupBox *>(w)) {
            const int needed = group->fontMetrics().horizontalAdvance(group->title()) + 16;
            if (needed > group->width())
                cut.append(
                    u"%1: group %2 needs %3 px, has %4"_s.arg(where, name).arg(needed).arg(group->width()));
        } else if (qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w)
                   || qobject_cast<QSpinBox *>(w)) {
            if (qobject_cast<QLineEdit *>(w)
                && (qobject_cast<QComboBox *>(w->parentWidget())
                    || qobject_cast<QSpinBox *>(w->parentWidget())))
                continue; // a combo's or a spin box's own editor
            const int needed = std::max(w->minimumSizeHint().width(), w->minimumWidth());
            if (w->width() < needed)
                cut.append(u"%1: input %2 is %3 px, narrower than its %4"_s.arg(where, name)
                               .arg(w->width())
                               .arg(needed));
            if (auto *combo = qobject_cast<QComboBox *>(w))
                checkChoices(where, combo, &cut);
        }
    }
    return cut;
}

} // namespace FitCheck
