#include "gui/batch/batchrowstable.h"

#include "core/global.h"
#include "gui/batch/batchrowsmodel.h"

#include <QHeaderView>
#include <QTableView>

namespace BatchRowsTable {
void setUp(QTableView *view)
{
    QHeaderView *header = view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    const QFontMetrics metrics = view->fontMetrics();
    const auto width = [&metrics](const QString &sample) { return metrics.horizontalAdvance(sample) + 16; };
    header->resizeSection(BatchRowsModel::RowColumn, width(u"00000"_s) + 20);
    header->resizeSection(BatchRowsModel::CaseColumn, width(u"6074aaa0801374bbbbb781025ccc7d3"_s));
    header->resizeSection(BatchRowsModel::OutcomeColumn, width(u"Rejected by the CRM"_s) + 20);
    header->resizeSection(BatchRowsModel::HttpColumn, width(u"HTTP"_s));
    header->resizeSection(BatchRowsModel::CodeColumn, width(u"Code"_s));
    header->resizeSection(BatchRowsModel::MessageColumn, width(u"Succesfully update record"_s));
    header->resizeSection(BatchRowsModel::ResultIdColumn, width(u"6074aaa0801374bbbbb781025ccc7d3"_s));
    header->resizeSection(BatchRowsModel::AttemptsColumn, width(u"Attempts"_s));
    // What the CRM answered is the widest and most read column: it takes the room that is left.
    header->moveSection(header->visualIndex(BatchRowsModel::MessageColumn), BatchRowsModel::ColumnCount - 1);
    view->verticalHeader()->setDefaultSectionSize(metrics.height() + 10);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
}
} // namespace BatchRowsTable
