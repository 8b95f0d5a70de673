#pragma once

#include "gui/batch/batchsteppage.h"

#include <memory>

class PlannedRowsModel;
class QSortFilterProxyModel;
class QTableView;

namespace Ui {
class BatchCheckPage;
}

// Step 3: every row as the update it would send, checked with the form's rules, before anything is sent;
// the file can be read again after fixing it.
class BatchCheckPage final : public BatchStepPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchCheckPage)

public:
    explicit BatchCheckPage(BatchSession *session, QWidget *parent = nullptr);
    ~BatchCheckPage() override;

    void enter(BatchPage previous) override;
    QWidget *initialFocus() const override;
    void refresh();
    QTableView *view() const;
    // Reload is offered: the rows came from a file.
    bool canReload() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void clear();
    void updateDetails();

    std::unique_ptr<Ui::BatchCheckPage> m_ui;
    PlannedRowsModel *m_planned;
    QSortFilterProxyModel *m_filter;
    bool m_stale = true; // the rows shown are not the import's current plan
};
