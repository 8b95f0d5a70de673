#pragma once

#include "gui/batch/batchsteppage.h"

#include <memory>

namespace Ui {
class BatchSourcePage;
}

// Step 1: open a file or paste rows (a large file is read in the background, with a way to stop waiting),
// or pick up an unfinished batch: resume it, show it, or discard it.
class BatchSourcePage final : public BatchStepPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchSourcePage)

public:
    explicit BatchSourcePage(BatchSession *session, QWidget *parent = nullptr);
    ~BatchSourcePage() override;

    void enter(BatchPage previous) override;
    QWidget *initialFocus() const override;

    void chooseFile();
    void pasteFromClipboard();
    void refreshUnfinished();
    // After an import: when the same file and content were started before and not finished, asks whether
    // to resume that batch instead.
    void offerExistingBatch();

protected:
    void changeEvent(QEvent *event) override;

private:
    qint64 selectedUnfinished() const;
    void updateUnfinishedButtons();
    void updateReading();
    void discardBatch(qint64 batchId);
    void retranslate();

    std::unique_ptr<Ui::BatchSourcePage> m_ui;
};
