#include "gui/widgets/adaptivesplitter.h"

#include <QTimer>
#include <algorithm>

AdaptiveSplitter::AdaptiveSplitter(QWidget *parent)
    : QSplitter(Qt::Horizontal, parent)
{ }

QList<QSize> AdaptiveSplitter::shownMinimumSizes() const
{
    QList<QSize> sizes;
    for (int i = 0; i < count(); ++i) {
        const QWidget *w = widget(i);
        if (!w->isHidden())
            sizes.append(w->minimumSizeHint().expandedTo(w->minimumSize()));
    }
    return sizes;
}

int AdaptiveSplitter::sideBySideWidth() const
{
    const QList<QSize> sizes = shownMinimumSizes();
    int width = 0;
    for (const QSize &size : sizes)
        width += size.width();
    return width + std::max(0, int(sizes.size()) - 1) * handleWidth();
}

QSize AdaptiveSplitter::minimumSizeHint() const
{
    // Not their heights one above the other: that would make the window taller on its way back to side
    // by side, which a wider window restores on the next turn of the loop.
    QSize largest(0, 0);
    for (const QSize &size : shownMinimumSizes())
        largest = largest.expandedTo(size);
    return largest;
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
