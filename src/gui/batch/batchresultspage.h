#pragma once

#include "gui/batch/batchsteppage.h"

#include <memory>

class QSortFilterProxyModel;
class QTableView;

namespace Ui {
class BatchResultsPage;
}

// Step 5: each row's outcome, filtered by state or by kind of failure; retry failed rows, resend ticked
// interrupted ones, export or copy the results, show the batch's attempts in the history.
class BatchResultsPage final : public BatchStepPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchResultsPage)

public:
    explicit BatchResultsPage(BatchSession *session, QWidget *parent = nullptr);
    ~BatchResultsPage() override;

    void enter(BatchPage previous) override;
    QWidget *initialFocus() const override;
    void refresh();
    QTableView *view() const;
    // The selected rows, or every row shown, as text for a spreadsheet.
    void copyResults();

protected:
    void changeEvent(QEvent *event) override;

private:
    void confirmResendInterrupted();
    void chooseExportFile();

    std::unique_ptr<Ui::BatchResultsPage> m_ui;
    QSortFilterProxyModel *m_filter;
};
