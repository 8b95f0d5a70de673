#include "gui/widgets/adaptivesplitter.h"

#include <QTimer>
#include <algorithm>

AdaptiveSplitter::AdaptiveSplitter(QWidget *parent)
    : QSplitter(Qt::Horizontal, parent)
{ }

int AdaptiveSplitter::sideBySideWidth() const
{
    int width = 0;
    int shown = 0;
    for (int i = 0; i < count(); ++i) {
        const QWidget *w = widget(i);
        if (w->isHidden())
            continue;
        width += std::max(w->minimumWidth(), w->minimumSizeHint().width());
        ++shown;
    }
    return width + std::max(0, shown - 1) * handleWidth();
}

QSize AdaptiveSplitter::minimumSizeHint() const
{
    int width = 0;
    int height = 0;
    for (int i = 0; i < count(); ++i) {
        const QWidget *w = widget(i);
        if (w->isHidden())
            continue;
        const QSize min = w->minimumSizeHint().expandedTo(w->minimumSize());
        width = std::max(width, min.width());
        // Not their sum one above the other: that would make the window taller on its way back to side
        // by side, which a wider window restores on the next turn of the loop.
        height = std::max(height, min.height());
    }
    return {width, height};
}

void AdaptiveSplitter::resizeEvent(QResizeEvent *event)
{
    QSplitter::resizeEvent(event);
    // Turning now would lay the widgets out again inside this resize; the next turn of the loop does it.
    QTimer::singleShot(0, this, &AdaptiveSplitter::adapt);
}

void AdaptiveSplitter::adapt()
{
    const Qt::Orientation wanted = width() >= sideBySideWidth() ? Qt::Horizontal : Qt::Vertical;
    if (wanted != orientation())
        setOrientation(wanted);
}
