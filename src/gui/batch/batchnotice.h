#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <functional>

// What the bulk-correction window's banner shows, said without widgets: its kind, a function that makes
// its texts (called again on a language change: capture values, call tr() inside) and the buttons that
// act on it.
struct BatchNotice
{
    enum class Kind { Success, Error, Warning, Information };
    struct Content
    {
        QString title;
        QString text;
    };
    struct Action
    {
        std::function<QString()> label;
        std::function<void()> run;
        QString objectName;
    };

    Kind kind = Kind::Information;
    std::function<Content()> render;
    QList<Action> actions;
};

Q_DECLARE_METATYPE(BatchNotice)
