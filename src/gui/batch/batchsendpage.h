#pragma once

#include "gui/batch/batchsteppage.h"

#include <memory>

class QSortFilterProxyModel;

namespace Ui {
class BatchSendPage;
}

// Step 4: where the rows go, how many requests at a time, start, pause, resume and cancel, with count,
// rate and time left, and the rows that failed so far.
class BatchSendPage final : public BatchStepPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchSendPage)

public:
    explicit BatchSendPage(BatchSession *session, QWidget *parent = nullptr);
    ~BatchSendPage() override;

    void enter(BatchPage previous) override;
    QWidget *initialFocus() const override;
    void refresh();
    // The most requests at a time the current connection allows (its settings may say 1).
    void setConcurrencyLimit(int limit);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateProgressTexts();
    void updateStatusText();
    void confirmCancel();

    std::unique_ptr<Ui::BatchSendPage> m_ui;
    QSortFilterProxyModel *m_attention; // failed and interrupted rows
};
