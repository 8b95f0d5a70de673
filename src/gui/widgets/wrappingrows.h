#pragma once

#include <QHash>
#include <QList>
#include <QString>

class QBoxLayout;
class QHBoxLayout;
class QWidget;

// Lays a line of widgets out in as many rows as the width needs, each at least its minimum width: as many
// to a row as fit, in reading order, so a narrow window wraps them instead of cutting their texts. The rows
// are horizontal layouts inside `host`, from `position` on; `rows` are the ones the form already has.
// Hidden widgets keep their place in the first row, so showing one rearranges from there.
class WrappingRows
{
public:
    WrappingRows(QBoxLayout *host, int position, QList<QHBoxLayout *> rows, QList<QWidget *> widgets,
                 QString rowName);

    // A widget's share of its row's spare room, as QBoxLayout's stretch; 0 unless set.
    void setStretch(QWidget *widget, int stretch) { m_stretch.insert(widget, stretch); }

    // Arranges the widgets for `available` pixels. Returns the widest minimum width among the widgets
    // shown: the narrowest the rows can get.
    int arrange(int available);

    int rowCount() const { return int(m_arrangement.size()); }

private:
    QBoxLayout *m_host;
    int m_position;
    QList<QHBoxLayout *> m_rows; // the form's rows, then any made for a narrower width
    QList<QWidget *> m_widgets; // in reading order
    QString m_rowName; // object names of the rows made here: the name and their number
    QHash<QWidget *, int> m_stretch;
    QList<QList<QWidget *>> m_arrangement; // the widgets of each row, as laid out now
    bool m_arranging = false;
};
