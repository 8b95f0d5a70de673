#include "gui/widgets/repaintthrottle.h"

#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>
#include <algorithm>

RepaintThrottle::RepaintThrottle(QAbstractItemView *view, int intervalMs)
    : QObject(view)
    , m_view(view)
    , m_intervalMs(intervalMs)
{
    Q_ASSERT(view);
    m_releaseTimer.setSingleShot(true);
    connect(&m_releaseTimer, &QTimer::timeout, this, &RepaintThrottle::release);
    view->installEventFilter(this);
    view->viewport()->installEventFilter(this);
    watchModel();
}

void RepaintThrottle::watchModel()
{
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    release();
    QAbstractItemModel *model = m_view ? m_view->model() : nullptr;
    if (!model)
        return;
    using Model = QAbstractItemModel;
    // Rows streaming in are held; a new search, filter or order (a reset or a new layout) is what the
    // user just asked for, and is painted at once.
    const auto changed = [this] { onChange(); };
    const auto replaced = [this] {
        release();
        m_sinceFree.restart();
    };
    m_connections = {connect(model, &Model::dataChanged, this, changed),
                     connect(model, &Model::rowsInserted, this, changed),
                     connect(model, &Model::rowsRemoved, this, changed),
                     connect(model, &Model::rowsMoved, this, changed),
                     connect(model, &Model::layoutChanged, this, replaced),
                     connect(model, &Model::modelReset, this, replaced)};
}

QList<QWidget *> RepaintThrottle::heldWidgets() const
{
    // The cells, and what follows the row count: the row numbers and the scroll bar.
    QList<QWidget *> widgets{m_view->viewport(), m_view->verticalScrollBar()};
    if (const auto *table = qobject_cast<const QTableView *>(m_view.data()))
        widgets.append(table->verticalHeader());
    return widgets;
}

void RepaintThrottle::onChange()
{
    if (m_holding || !m_view)
        return;
    if (!m_sinceFree.isValid() || m_sinceFree.elapsed() >= m_intervalMs) {
        m_sinceFree.restart(); // a change after a quiet interval repaints as usual
        return;
    }
    // A burst: what changes until the interval is over is painted in one go then.
    m_holding = true;
    for (QWidget *widget : heldWidgets())
        widget->setUpdatesEnabled(false);
    m_releaseTimer.start(int(std::max<qint64>(0, m_intervalMs - m_sinceFree.elapsed())));
}

void RepaintThrottle::release()
{
    m_releaseTimer.stop();
    if (!m_holding)
        return;
    m_holding = false;
    m_sinceFree.restart();
    if (!m_view)
        return;
    for (QWidget *widget : heldWidgets()) {
        widget->setUpdatesEnabled(true);
        widget->update();
    }
}

bool RepaintThrottle::eventFilter(QObject *watched, QEvent *event)
{
    if (m_holding) {
        switch (event->type()) {
        case QEvent::Wheel:
        case QEvent::MouseButtonPress:
        case QEvent::MouseButtonDblClick:
        case QEvent::KeyPress:
            release(); // the user is looking at this view: show where they are at once
            break;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}
