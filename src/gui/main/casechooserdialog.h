#pragma once

#include "core/model/caserecord.h"

#include <QDialog>
#include <memory>

class QPushButton;

namespace Ui {
class CaseChooserDialog;
}

// Several cases answered one search (a case number several cases share): the agent picks the one to load,
// with the arrows and Enter, or a double click. Long values are cut in the table and whole in the tooltips.
class CaseChooserDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseChooserDialog)

public:
    explicit CaseChooserDialog(QWidget *parent = nullptr);
    ~CaseChooserDialog() override;

    // `what` says what was searched for ("the case number “1042”", CaseQuery::describe()).
    void setCases(const QString &what, const QList<CaseRecord> &cases);
    // The case chosen; a default one (no wolkvox-id) before a choice.
    CaseRecord chosen() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();

    std::unique_ptr<Ui::CaseChooserDialog> m_ui;
    QPushButton *m_load;
    QString m_what;
    QList<CaseRecord> m_cases;
};
