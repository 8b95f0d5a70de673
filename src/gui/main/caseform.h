#pragma once

#include "core/model/casecomparison.h"
#include "core/model/caseupdate.h"
#include "core/model/connectionsettings.h"
#include "core/model/validator.h"

#include <QWidget>
#include <memory>

class ChangeMarker;
class FieldMarker;
class QAction;
class QComboBox;
class QStringListModel;
class ValueLists;

namespace Ui {
class CaseForm;
}

// The case's own fields: wolkvox-id (with Load from CRM beside it), case type, responsible, status, priority
// and solution, with the operation's value lists, each field's problems and, for a case loaded from the CRM,
// each change shown in place.
class CaseForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseForm)

public:
    explicit CaseForm(QWidget *parent = nullptr);
    ~CaseForm() override;

    // The value lists (the caller's, outliving the form); call once, first.
    void setValueLists(ValueLists *lists);
    // The window's Load from CRM action: the button and Enter in the id field trigger it.
    void setLoadAction(QAction *load);

    // What the id field holds, trimmed: a wolkvox-id or a case number.
    QString idText() const;
    // Writes the case's fields into `update` (id, case type, responsible, status, priority, solution).
    void fillUpdate(CaseUpdate *update) const;
    // Shows those fields of `update`, with the value lists of its operation and case type.
    void load(const CaseUpdate &update);
    // Empties what belongs to one case (id, status, priority, solution); type and responsible stay.
    void clearCase();
    // Fills the fields that are still empty.
    void applyDefaults(const QString &caseType, const QString &status, const QString &priority);

    // The value lists follow the operation.
    void setOperation(const QString &operation);
    void refreshValueLists();
    QStringList caseTypes() const;
    QStringList statuses() const;
    QStringList priorities() const;

    // Problems of the case's fields; the solution turns required when the status closes the case.
    void showIssues(const QList<ValidationIssue> &issues, const ConnectionSettings &settings);
    // Marks each field that differs from the case as loaded (CaseComparison::changes; empty when no case
    // was loaded or nothing changed).
    void showChanges(const QList<FieldChange> &changes);
    // While an update or a load is in flight nothing can be edited, so the form shows what is on its way.
    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }
    // Focuses the field named `wireName`; false when it is not one of the form's.
    bool focusField(const QString &wireName);
    QWidget *firstField() const;
    QWidget *lastField() const;

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *widgetFor(const QString &wireName) const;
    QList<QWidget *> fields() const;
    void updateSolutionRequirement(const ConnectionSettings &settings);
    void updateIdWarning();
    void updateLoadButton();
    static void setComboItems(QComboBox *combo, const QStringList &items);
    static QStringList items(const QComboBox *combo);

    std::unique_ptr<Ui::CaseForm> m_ui;
    ValueLists *m_lists = nullptr;
    QAction *m_load = nullptr;
    QStringListModel *m_responsibles;
    FieldMarker *m_marker;
    ChangeMarker *m_changes;
    QList<FieldChange> m_changesShown;
    bool m_busy = false;
    QString m_operation;
    // What showIssues() was last given, shown again once a new language has reset the fields' tooltips.
    QList<ValidationIssue> m_issues;
    ConnectionSettings m_settingsShown;
};
