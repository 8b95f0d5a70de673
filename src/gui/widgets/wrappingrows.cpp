#include "gui/widgets/wrappingrows.h"

#include <QBoxLayout>
#include <QScopedValueRollback>
#include <QWidget>
#include <algorithm>

WrappingRows::WrappingRows(QBoxLayout *host, int position, QList<QHBoxLayout *> rows,
                           QList<QWidget *> widgets, QString rowName)
    : m_host(host)
    , m_position(position)
    , m_rows(std::move(rows))
    , m_widgets(std::move(widgets))
    , m_rowName(std::move(rowName))
    , m_arrangement({m_widgets})
{ }

int WrappingRows::arrange(int available)
{
    if (m_arranging || m_rows.isEmpty())
        return 0;
    const QScopedValueRollback guard(m_arranging, true);
    const int spacing = std::max(0, m_rows.constFirst()->spacing());
    QList<QList<QWidget *>> rows;
    int used = 0;
    int widest = 0;
    for (QWidget *widget : std::as_const(m_widgets)) {
        if (widget->isHidden())
            continue;
        const int width = std::max(widget->minimumSizeHint().width(), widget->minimumWidth());
        widest = std::max(widest, width);
        if (!rows.isEmpty() && used + spacing + width <= available) {
            rows.last().append(widget);
            used += spacing + width;
        } else {
            rows.append({widget});
            used = width;
        }
    }
    for (QWidget *widget : std::as_const(m_widgets)) {
        if (widget->isHidden()) {
            if (rows.isEmpty())
                rows.append(QList<QWidget *>());
            rows.first().prepend(widget);
        }
    }
    if (rows == m_arrangement)
        return widest;
    m_arrangement = rows;

    for (QHBoxLayout *row : std::as_const(m_rows)) {
        for (QWidget *widget : std::as_const(m_widgets))
            row->removeWidget(widget);
    }
    while (m_rows.size() < rows.size()) {
        auto *row = new QHBoxLayout;
        row->setContentsMargins(0, 0, 0, 0);
        row->setObjectName(m_rowName + QString::number(m_rows.size() + 1));
        m_host->insertLayout(m_position + int(m_rows.size()), row);
        m_rows.append(row);
    }
    for (qsizetype i = 0; i < rows.size(); ++i) {
        for (QWidget *widget : rows.at(i))
            m_rows.at(i)->addWidget(widget, m_stretch.value(widget, 0));
    }
    return widest;
}
