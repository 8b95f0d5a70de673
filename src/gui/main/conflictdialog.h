#pragma once

#include "core/model/casecomparison.h"

#include <QDateTime>
#include <QDialog>
#include <memory>

class QPushButton;

namespace Ui {
class ConflictDialog;
}

// The case changed in the CRM between the load and the press of Update: per field, what the agent loaded,
// what the CRM has now and what the agent is about to send, fields both changed marked. The agent keeps
// their changes (and sends only the own ones on top), overwrites them, or cancels; nothing is sent before.
class ConflictDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConflictDialog)

public:
    enum class Choice { Cancel, KeepTheirs, Overwrite };

    explicit ConflictDialog(QWidget *parent = nullptr);
    ~ConflictDialog() override;

    void setConflicts(const QString &wolkvoxId, const QDateTime &loadedAt,
                      const QList<FieldConflict> &fields);
    Choice choice() const { return m_choice; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();

    std::unique_ptr<Ui::ConflictDialog> m_ui;
    QPushButton *m_keepTheirs;
    QPushButton *m_overwrite;
    QPushButton *m_cancel;
    QString m_id;
    QDateTime m_loadedAt;
    QList<FieldConflict> m_fields;
    Choice m_choice = Choice::Cancel;
};
