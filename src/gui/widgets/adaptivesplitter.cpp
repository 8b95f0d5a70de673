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
    // As narrow as its widest widget, so a narrower window can turn it. One above the other, as tall as
    // their heights together: it sits in a scroll area, which scrolls it rather than squeezing its widgets.
    const QList<QSize> sizes = shownMinimumSizes();
    QSize hint(0, 0);
    for (const QSize &size : sizes) {
        hint.setWidth(std::max(hint.width(), size.width()));
        hint.setHeight(orientation() == Qt::Vertical ? hint.height() + size.height()
                                                     : std::max(hint.height(), size.height()));
    }
    if (orientation() == Qt::Vertical)
        hint.rheight() += std::max(0, int(sizes.size()) - 1) * handleWidth();
    return hint;
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
    if (wanted != orientation()) {
        setOrientation(wanted);
        updateGeometry(); // the minimum height follows the orientation
    }
}
