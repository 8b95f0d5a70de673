#pragma once

#include "gui/batch/batchsteppage.h"

#include <memory>

class ColumnMappingModel;
class QLineEdit;
class QTimer;

namespace Ui {
class BatchMappingPage;
}

// Step 2: which field each column of the file fills, what happens to the columns not recognised, and the
// values for the fields no column gives (the profile's defaults, editable here).
class BatchMappingPage final : public BatchStepPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchMappingPage)

public:
    explicit BatchMappingPage(BatchSession *session, QWidget *parent = nullptr);
    ~BatchMappingPage() override;

    void enter(BatchPage previous) override;
    QWidget *initialFocus() const override;
    void refresh();
    // Hands the defaults being typed to the session now instead of after the typing pause.
    void applyPendingEdits();

protected:
    void changeEvent(QEvent *event) override;

private:
    void loadImport();
    void openEditors();
    void fillDefaultsEdits();
    void applyDefaultsEdits();
    void retranslate();

    std::unique_ptr<Ui::BatchMappingPage> m_ui;
    ColumnMappingModel *m_model;
    QTimer *m_defaultsTimer;
    QList<QLineEdit *> m_defaultEdits;
};
