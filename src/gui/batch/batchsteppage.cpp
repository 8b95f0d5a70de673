#include "gui/batch/batchsteppage.h"

#include <QStackedWidget>

BatchStepPage::BatchStepPage(BatchSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    Q_ASSERT(session);
}

BatchStepPage::~BatchStepPage() = default;

bool BatchStepPage::isCurrent() const
{
    const auto *stack = qobject_cast<const QStackedWidget *>(parentWidget());
    return stack ? stack->currentWidget() == this : isVisible();
}
