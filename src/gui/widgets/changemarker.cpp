#include "gui/widgets/changemarker.h"

#include "core/global.h"
#include "gui/widgets/icons.h"

#include <QAbstractScrollArea>
#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QLineEdit>
#include <QStyle>
#include <QToolButton>

ChangeMarker::ChangeMarker(QObject *parent)
    : QObject(parent)
{ }

ChangeMarker::~ChangeMarker() = default;

void ChangeMarker::mark(QWidget *field, const QString &note)
{
    const QString previous = m_notes.value(field);
    if (note.isEmpty())
        m_notes.remove(field);
    else
        m_notes.insert(field, note);

    // The description may also hold the field's problems (FieldMarker): only this marker's words change.
    QString description = field->accessibleDescription();
    if (!previous.isEmpty())
        description.remove(previous).remove(u"  "_s);
    description = description.trimmed();
    if (!note.isEmpty())
        description = description.isEmpty() ? note : description + u' ' + note;
    field->setAccessibleDescription(description);

    QLineEdit *edit = qobject_cast<QLineEdit *>(field);
    if (auto *combo = qobject_cast<QComboBox *>(field))
        edit = combo->lineEdit();
    const QString name = field->objectName() + u"ChangedSign"_s;
    if (edit) {
        QPointer<QAction> &sign = m_signs[field];
        if (!sign && !note.isEmpty()) {
            sign = edit->addAction(Icons::icon(Icons::Id::Changed), QLineEdit::LeadingPosition);
            sign->setObjectName(name);
        }
        if (sign) {
            sign->setVisible(!note.isEmpty());
            sign->setToolTip(note);
            sign->setText(note);
        }
        return;
    }
    QPointer<QToolButton> &corner = m_corners[field];
    if (!corner && !note.isEmpty()) {
        auto *scroll = qobject_cast<QAbstractScrollArea *>(field);
        QWidget *host = scroll ? scroll->viewport() : field;
        corner = new QToolButton(host);
        corner->setObjectName(name);
        corner->setIcon(Icons::icon(Icons::Id::Changed));
        corner->setAutoRaise(true);
        corner->setFocusPolicy(Qt::NoFocus); // the field's description says it for the keyboard
        const int side = field->style()->pixelMetric(QStyle::PM_SmallIconSize);
        corner->setIconSize(QSize(side, side));
        host->installEventFilter(this);
    }
    if (corner) {
        corner->setToolTip(note);
        corner->setAccessibleName(note);
        corner->setVisible(!note.isEmpty());
        placeCorner(field);
    }
}

void ChangeMarker::placeCorner(QWidget *field)
{
    QToolButton *corner = m_corners.value(field);
    if (!corner)
        return;
    QWidget *host = corner->parentWidget();
    corner->adjustSize();
    corner->move(host->width() - corner->width() - 2, 2);
    corner->raise();
}

bool ChangeMarker::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize) {
        for (auto it = m_corners.cbegin(); it != m_corners.cend(); ++it) {
            if (it.value() && it.value()->parentWidget() == watched)
                placeCorner(it.key());
        }
    }
    return QObject::eventFilter(watched, event);
}
