#pragma once

#include "gui/batch/batchsession.h"

#include <QWidget>

// One step of the bulk-correction window: a page given the session, refreshing on its signals.
class BatchStepPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchStepPage)

public:
    explicit BatchStepPage(BatchSession *session, QWidget *parent = nullptr);
    ~BatchStepPage() override;

    // The window shows this page, coming from `previous`.
    virtual void enter(BatchPage previous) = 0;
    // Where the keyboard goes when the page is shown.
    virtual QWidget *initialFocus() const = 0;
    // The page is the one the window shows (even while the window itself is hidden).
    bool isCurrent() const;

protected:
    BatchSession *const m_session;
};
