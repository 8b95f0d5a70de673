#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QAbstractItemView;
class QAbstractItemModel;
class QWidget;

// Holds an item view's repaints while its model changes faster than one interval apart. A batch adds and
// answers an attempt every few milliseconds, and repainting the history table and the results table for
// each one cost the window's thread more than the rows' database work (a third of its time on 2,000 rows).
// The first change after a quiet interval repaints as usual; the rest of a burst is painted together when
// the interval is over. The user's own input on the view (wheel, mouse, keys) and a new search, filter or
// order (the model reset or laid out again) repaint at once.
class RepaintThrottle final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RepaintThrottle)

public:
    static constexpr int DefaultIntervalMs = 100; // ten frames a second while rows stream in

    // Owned by `view`; follows its current model (call watchModel() after view->setModel()).
    explicit RepaintThrottle(QAbstractItemView *view, int intervalMs = DefaultIntervalMs);

    // Watches the view's model of now, instead of the one before.
    void watchModel();
    // Repaints held for the end of the interval.
    bool isHolding() const { return m_holding; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onChange();
    void release();
    QList<QWidget *> heldWidgets() const;

    QPointer<QAbstractItemView> m_view;
    QList<QMetaObject::Connection> m_connections;
    QElapsedTimer m_sinceFree; // since the last change painted as usual
    QTimer m_releaseTimer;
    int m_intervalMs;
    bool m_holding = false;
};
