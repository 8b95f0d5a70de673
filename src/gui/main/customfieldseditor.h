#pragma once

#include "core/model/casecomparison.h"
#include "core/model/caseupdate.h"
#include "core/model/validator.h"
#include "gui/widgets/messagebanner.h"

#include <QWidget>
#include <memory>

class CustomFieldsModel;
class QAction;

namespace Ui {
class CustomFieldsEditor;
}

// The case's custom fields (the `form` JSON): a table to add, duplicate, remove, reorder and paste fields
// into, with each row's problems, and the JSON exactly as it will be sent.
class CustomFieldsEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomFieldsEditor)

public:
    explicit CustomFieldsEditor(QWidget *parent = nullptr);
    ~CustomFieldsEditor() override;

    QList<CustomField> fields() const;
    void setFields(const QList<CustomField> &fields);
    // The form's problems of its custom fields, on their rows; the preview shows `formJson`.
    void showIssues(const QList<ValidationIssue> &issues, const QByteArray &formJson);
    // Marks the fields that differ from the case as loaded ("form:NAME" changes; empty: none).
    void showChanges(const QList<FieldChange> &changes);
    void focusRow(int row);
    void paste();
    QWidget *headingLabel() const;
    QWidget *firstField() const;
    QWidget *lastField() const;
    int headerButtonHeight() const;

Q_SIGNALS:
    void changed();
    void message(MessageBanner::Kind kind, const MessageBanner::Render &render);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void selectRow(int row, int column = 0);
    void addField();
    void removeFields();
    void duplicateField();
    void moveField(int delta);
    void updateButtons();

    std::unique_ptr<Ui::CustomFieldsEditor> m_ui;
    CustomFieldsModel *m_model;
    QAction *m_add;
    QAction *m_duplicate;
    QAction *m_remove;
    QAction *m_paste;
    QAction *m_moveUp;
    QAction *m_moveDown;
};
