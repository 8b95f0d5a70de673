#include "gui/widgets/fieldheight.h"

#include <QHeaderView>
#include <QPlainTextEdit>
#include <QStyle>
#include <QTableView>
#include <QTextDocument>
#include <QTreeView>
#include <algorithm>
#include <cmath>

namespace {
// The height of one row of `view`: its table rows, or its font's line with its icons.
int rowHeight(const QAbstractItemView *view)
{
    if (auto *table = qobject_cast<const QTableView *>(view))
        return table->verticalHeader()->defaultSectionSize();
    const int line = std::max(view->fontMetrics().height(), view->iconSize().height());
    return std::max(line + 2, view->sizeHintForRow(0));
}
} // namespace

namespace FieldHeight {

void keepRows(QAbstractItemView *view, int rows)
{
    int header = 0;
    if (auto *table = qobject_cast<QTableView *>(view); table && !table->horizontalHeader()->isHidden())
        header = table->horizontalHeader()->sizeHint().height();
    else if (auto *tree = qobject_cast<QTreeView *>(view); tree && !tree->isHeaderHidden())
        header = tree->header()->sizeHint().height();
    const int scrollBar = view->horizontalScrollBarPolicy() == Qt::ScrollBarAlwaysOff
        ? 0
        : view->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, view);
    view->setMinimumHeight(2 * view->frameWidth() + header + scrollBar + rows * rowHeight(view));
}

void keepLines(QPlainTextEdit *edit, int lines)
{
    const int margin = int(std::ceil(edit->document()->documentMargin()));
    edit->setMinimumHeight(2 * edit->frameWidth() + 2 * margin + lines * edit->fontMetrics().lineSpacing());
}

} // namespace FieldHeight
