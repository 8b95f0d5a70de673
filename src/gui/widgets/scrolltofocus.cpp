#include "gui/widgets/scrolltofocus.h"

#include <QApplication>
#include <QScrollArea>

namespace ScrollToFocus {

void follow(QScrollArea *area)
{
    QObject::connect(qApp, &QApplication::focusChanged, area, [area](QWidget *, QWidget *now) {
        QWidget *contents = area->widget();
        if (!now || !contents || !contents->isAncestorOf(now))
            return;
        // Margins of about a line, so the field's label and frame show with it.
        const int margin = now->fontMetrics().height();
        area->ensureWidgetVisible(now, margin, margin);
    });
}

} // namespace ScrollToFocus
