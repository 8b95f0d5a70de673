#include "gui/widgets/fieldmarker.h"

#include "core/global.h"
#include "gui/widgets/icons.h"
#include "gui/widgets/palette.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QToolTip>

FieldMarker::FieldMarker(QObject *parent)
    : QObject(parent)
{ }

FieldMarker::~FieldMarker() = default;

void FieldMarker::captureToolTips(const QList<QWidget *> &fields)
{
    m_toolTips.clear();
    for (QWidget *field : fields)
        m_toolTips.insert(field, field->toolTip());
}

void FieldMarker::mark(QWidget *widget, const QStringList &messages, bool highlight)
{
    const bool flagged = highlight && !messages.isEmpty();
    widget->setProperty("problem", flagged);
    widget->setToolTip(messages.isEmpty() ? m_toolTips.value(widget) : messages.join(u'\n'));
    widget->setAccessibleDescription(messages.join(u' '));
    if (flagged) {
        const QPalette base = QApplication::palette(widget);
        QPalette palette;
        palette.setColor(
            QPalette::Base,
            Palette::mix(base.color(QPalette::Base), Palette::color(Palette::Role::Warning), 0.2));
        widget->setPalette(palette);
    } else {
        widget->setPalette(QPalette()); // inherit again
    }

    // Line edits also get a warning sign inside the field, with the message as its tooltip.
    QLineEdit *edit = qobject_cast<QLineEdit *>(widget);
    if (auto *combo = qobject_cast<QComboBox *>(widget))
        edit = combo->lineEdit();
    if (!edit)
        return;
    QAction *sign = m_signs.value(edit);
    if (!sign && flagged) {
        sign = edit->addAction(Icons::icon(Icons::Id::Warning), QLineEdit::TrailingPosition);
        sign->setObjectName(widget->objectName() + u"ProblemSign"_s);
        m_signs.insert(edit, sign);
        connect(sign, &QAction::triggered, widget, [widget] {
            widget->setFocus(Qt::OtherFocusReason);
            QToolTip::showText(widget->mapToGlobal(QPoint(0, widget->height())), widget->toolTip(), widget);
        });
    }
    if (sign) {
        sign->setVisible(flagged);
        sign->setToolTip(messages.join(u'\n'));
    }
}
