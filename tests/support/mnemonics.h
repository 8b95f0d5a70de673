#pragma once

// Alt+letter mnemonics of a window, for the tests that keep them unique: two widgets with the same letter
// make Alt+letter cycle between them instead of acting.

#include "core/global.h"

#include <QAbstractButton>
#include <QAction>
#include <QGroupBox>
#include <QHash>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QStringList>
#include <QWidget>
#include <algorithm>

namespace Mnemonics {

// The letter after a single '&' ("&&" is a literal ampersand), lower-cased; null when there is none.
inline QChar of(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

// "x: “A”, “B”" for each letter that more than one of `texts` uses.
inline QStringList duplicates(const QStringList &texts)
{
    QHash<QChar, QStringList> byLetter;
    for (const QString &text : texts) {
        if (const QChar letter = of(text); !letter.isNull())
            byLetter[letter].append(u"“%1”"_s.arg(text));
    }
    QStringList clashes;
    for (auto it = byLetter.cbegin(); it != byLetter.cend(); ++it) {
        if (it.value().size() > 1)
            clashes.append(u"%1: %2"_s.arg(it.key(), it.value().join(u", "_s)));
    }
    std::sort(clashes.begin(), clashes.end());
    return clashes;
}

// Clashes among the Alt shortcuts that work anywhere in `window`: labels with a buddy, buttons, group boxes
// and the menu bar's menus, shown or not (a hidden one is shown in another state of the window). Then,
// separately, within each of its menus.
inline QStringList clashes(QWidget *window)
{
    QStringList texts;
    const auto widgets = window->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (widget->window() != window)
            continue; // a dialog or a menu: its own scope
        if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy())
            texts.append(label->text());
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            texts.append(button->text());
        else if (auto *group = qobject_cast<QGroupBox *>(widget))
            texts.append(group->title());
        else if (auto *bar = qobject_cast<QMenuBar *>(widget)) {
            const auto actions = bar->actions();
            for (QAction *action : actions)
                texts.append(action->text());
        }
    }
    QStringList result = duplicates(texts);
    const auto menus = window->findChildren<QMenu *>();
    for (QMenu *menu : menus) {
        QStringList items;
        const auto actions = menu->actions();
        for (QAction *action : actions)
            items.append(action->text());
        for (const QString &clash : duplicates(items))
            result.append(u"%1 menu, %2"_s.arg(menu->objectName(), clash));
    }
    return result;
}

} // namespace Mnemonics
