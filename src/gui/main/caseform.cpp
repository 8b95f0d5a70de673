#include "gui/main/caseform.h"

#include "core/global.h"
#include "core/model/casefield.h"
#include "gui/main/caseidentifier.h"
#include "gui/main/valuelists.h"
#include "gui/widgets/changemarker.h"
#include "gui/widgets/fieldheight.h"
#include "gui/widgets/fieldmarker.h"
#include "gui/widgets/textwrap.h"
#include "ui_caseform.h"

#include <QAction>
#include <QCompleter>
#include <QEvent>
#include <QStringListModel>

namespace {
constexpr int NoteValueLength = 80;

QString shortened(const QString &value)
{
    return value.size() > NoteValueLength ? value.left(NoteValueLength - 1) + u'…' : value;
}
} // namespace

CaseForm::CaseForm(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CaseForm>())
    , m_responsibles(new QStringListModel(this))
    , m_marker(new FieldMarker(this))
    , m_changes(new ChangeMarker(this))
{
    m_ui->setupUi(this);
    TextWrap::guard(m_ui->solutionEdit);
    FieldHeight::keepLines(m_ui->solutionEdit, 2);
    m_ui->wolkvoxIdWarningLabel->hide();
    m_ui->loadFromCrmButton->setEnabled(false);
    auto *completer = new QCompleter(m_responsibles, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_ui->responsibleEdit->setCompleter(completer);
    for (QComboBox *combo : {m_ui->caseTypeCombo, m_ui->statusCombo, m_ui->priorityCombo}) {
        combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
        combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    }

    connect(m_ui->wolkvoxIdEdit, &QLineEdit::textChanged, this, [this] {
        updateIdWarning();
        updateLoadButton();
        Q_EMIT changed();
    });
    // Enter in the id field reads the case, as the button beside it does.
    connect(m_ui->wolkvoxIdEdit, &QLineEdit::returnPressed, this, [this] {
        if (m_load && m_load->isEnabled())
            m_load->trigger();
    });
    connect(m_ui->loadFromCrmButton, &QPushButton::clicked, this, [this] {
        if (m_load)
            m_load->trigger();
    });
    connect(m_ui->caseTypeCombo, &QComboBox::currentTextChanged, this, [this] {
        refreshValueLists();
        Q_EMIT changed();
    });
    connect(m_ui->responsibleEdit, &QLineEdit::textChanged, this, &CaseForm::changed);
    connect(m_ui->statusCombo, &QComboBox::currentTextChanged, this, &CaseForm::changed);
    connect(m_ui->priorityCombo, &QComboBox::currentTextChanged, this, &CaseForm::changed);
    connect(m_ui->solutionEdit, &QPlainTextEdit::textChanged, this, &CaseForm::changed);
    m_marker->captureToolTips(fields());
}

CaseForm::~CaseForm() = default;

void CaseForm::setValueLists(ValueLists *lists)
{
    m_lists = lists;
    refreshValueLists();
    m_ui->caseTypeCombo->setCurrentText(QString());
    m_ui->statusCombo->setCurrentText(QString());
    m_ui->priorityCombo->setCurrentText(QString());
}

void CaseForm::setLoadAction(QAction *load)
{
    m_load = load;
    connect(load, &QAction::changed, this, &CaseForm::updateLoadButton);
    updateLoadButton();
}

void CaseForm::updateLoadButton()
{
    QPushButton *button = m_ui->loadFromCrmButton;
    button->setEnabled(m_load && m_load->isEnabled() && !m_busy);
    const QString keys = m_load ? m_load->shortcut().toString(QKeySequence::NativeText) : QString();
    //: Tooltip of Load from CRM; %1 is its shortcut, e.g. Ctrl+R
    button->setToolTip(
        tr("Read the case from the CRM and fill the form with its current values (%1, or Enter "
           "in the id field). Each read is one call of the daily quota.")
            .arg(keys));
}

void CaseForm::updateIdWarning()
{
    const QString id = m_ui->wolkvoxIdEdit->text().trimmed();
    QString warning;
    if (CaseIdentifier::isCaseNumber(id)) {
        //: %1 is the case number typed; %2 the name of the Load from CRM button
        warning = tr("“%1” looks like a case number, not a wolkvox-id. Press “%2” to find its case.")
                      .arg(id, m_ui->loadFromCrmButton->text().remove(u'&'));
    } else if (!id.isEmpty() && !CaseIdentifier::isHexadecimal(id)) {
        warning = tr("A wolkvox-id has only the digits 0–9 and the letters a–f, and this one has other "
                     "characters. Check it before sending; the CRM decides.");
    }
    m_ui->wolkvoxIdWarningLabel->setText(warning);
    m_ui->wolkvoxIdWarningLabel->setVisible(!warning.isEmpty());
    m_ui->wolkvoxIdEdit->setProperty("warning", !warning.isEmpty());
}

void CaseForm::showChanges(const QList<FieldChange> &changes)
{
    m_changesShown = changes;
    for (QWidget *widget : fields()) {
        QString note;
        for (const FieldChange &change : changes) {
            if (widgetFor(change.field) != widget)
                continue;
            note = change.before.trimmed().isEmpty()
                //: Beside a field changed since the case was loaded, when the CRM had no value in it
                ? tr("Loaded empty")
                //: Beside a field changed since the case was loaded; %1 is the value the CRM had
                : tr("Loaded: %1").arg(shortened(change.before));
        }
        m_changes->mark(widget, note);
    }
}

void CaseForm::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->wolkvoxIdEdit->setReadOnly(busy);
    m_ui->responsibleEdit->setReadOnly(busy);
    m_ui->solutionEdit->setReadOnly(busy);
    for (QComboBox *combo : {m_ui->caseTypeCombo, m_ui->statusCombo, m_ui->priorityCombo})
        combo->setEnabled(!busy);
    updateLoadButton();
}

QList<QWidget *> CaseForm::fields() const
{
    return {m_ui->wolkvoxIdEdit, m_ui->caseTypeCombo, m_ui->responsibleEdit,
            m_ui->statusCombo,   m_ui->priorityCombo, m_ui->solutionEdit};
}

QWidget *CaseForm::firstField() const
{
    return m_ui->wolkvoxIdEdit;
}

QWidget *CaseForm::lastField() const
{
    return m_ui->solutionEdit;
}

QString CaseForm::idText() const
{
    return m_ui->wolkvoxIdEdit->text().trimmed();
}

void CaseForm::fillUpdate(CaseUpdate *update) const
{
    update->wolkvoxId = m_ui->wolkvoxIdEdit->text().trimmed();
    update->caseType = m_ui->caseTypeCombo->currentText().trimmed();
    update->responsible = m_ui->responsibleEdit->text().trimmed();
    update->status = m_ui->statusCombo->currentText().trimmed();
    update->priority = m_ui->priorityCombo->currentText().trimmed();
    update->solution = m_ui->solutionEdit->toPlainText();
}

void CaseForm::load(const CaseUpdate &update)
{
    m_operation = update.operation;
    refreshValueLists();
    m_ui->caseTypeCombo->setCurrentText(update.caseType);
    refreshValueLists();
    m_ui->wolkvoxIdEdit->setText(update.wolkvoxId);
    m_ui->responsibleEdit->setText(update.responsible);
    m_ui->statusCombo->setCurrentText(update.status);
    m_ui->priorityCombo->setCurrentText(update.priority);
    m_ui->solutionEdit->setPlainText(update.solution);
}

void CaseForm::clearCase()
{
    m_ui->wolkvoxIdEdit->clear();
    m_ui->statusCombo->setCurrentText(QString());
    m_ui->priorityCombo->setCurrentText(QString());
    m_ui->solutionEdit->clear();
}

void CaseForm::applyDefaults(const QString &caseType, const QString &status, const QString &priority)
{
    if (m_ui->caseTypeCombo->currentText().isEmpty())
        m_ui->caseTypeCombo->setCurrentText(caseType);
    if (m_ui->statusCombo->currentText().isEmpty())
        m_ui->statusCombo->setCurrentText(status);
    if (m_ui->priorityCombo->currentText().isEmpty())
        m_ui->priorityCombo->setCurrentText(priority);
}

void CaseForm::setOperation(const QString &operation)
{
    if (operation == m_operation)
        return;
    m_operation = operation;
    refreshValueLists();
}

void CaseForm::refreshValueLists()
{
    if (!m_lists)
        return;
    setComboItems(m_ui->caseTypeCombo, m_lists->caseTypes(m_operation));
    const QString caseType = m_ui->caseTypeCombo->currentText();
    setComboItems(m_ui->statusCombo, m_lists->statuses(m_operation, caseType));
    setComboItems(m_ui->priorityCombo, m_lists->priorities(m_operation, caseType));
    m_responsibles->setStringList(m_lists->responsibles(m_operation));
}

void CaseForm::setComboItems(QComboBox *combo, const QStringList &items)
{
    // Replacing the list must not replace what the agent typed.
    const QString text = combo->currentText();
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItems(items);
    combo->setCurrentIndex(combo->findText(text, Qt::MatchFixedString));
    combo->setEditText(text);
}

QStringList CaseForm::items(const QComboBox *combo)
{
    QStringList list;
    for (int i = 0; i < combo->count(); ++i)
        list.append(combo->itemText(i));
    return list;
}

QStringList CaseForm::caseTypes() const
{
    return items(m_ui->caseTypeCombo);
}

QStringList CaseForm::statuses() const
{
    return items(m_ui->statusCombo);
}

QStringList CaseForm::priorities() const
{
    return items(m_ui->priorityCombo);
}

QWidget *CaseForm::widgetFor(const QString &wireName) const
{
    switch (CaseFields::fromWireName(wireName).value_or(CaseField::Server)) {
    case CaseField::WolkvoxId:
        return m_ui->wolkvoxIdEdit;
    case CaseField::CaseType:
        return m_ui->caseTypeCombo;
    case CaseField::Responsible:
        return m_ui->responsibleEdit;
    case CaseField::Status:
        return m_ui->statusCombo;
    case CaseField::Priority:
        return m_ui->priorityCombo;
    case CaseField::Solution:
        return m_ui->solutionEdit;
    case CaseField::Server:
    case CaseField::Token:
    case CaseField::Operation:
    case CaseField::Form:
    case CaseField::File:
        break;
    }
    return nullptr;
}

bool CaseForm::focusField(const QString &wireName)
{
    QWidget *widget = widgetFor(wireName);
    if (!widget)
        return false;
    widget->setFocus(Qt::ShortcutFocusReason);
    return true;
}

void CaseForm::showIssues(const QList<ValidationIssue> &issues, const ConnectionSettings &settings)
{
    m_issues = issues;
    m_settingsShown = settings;
    for (QWidget *widget : fields()) {
        QStringList messages;
        bool highlight = false;
        for (const ValidationIssue &issue : issues) {
            if (issue.index >= 0 || widgetFor(issue.field) != widget)
                continue;
            messages.append(issue.message);
            highlight = highlight || issue.rule != Rules::Required;
        }
        m_marker->mark(widget, messages, highlight);
    }
    updateSolutionRequirement(settings);
}

void CaseForm::updateSolutionRequirement(const ConnectionSettings &settings)
{
    const bool closed = settings.isClosedStatus(m_ui->statusCombo->currentText());
    m_ui->solutionEdit->setProperty("required", closed);
    const QString required = tr("Solutio&n (required):");
    m_ui->solutionLabel->setText(closed ? required : tr("Solutio&n:"));
    QFont font = m_ui->solutionLabel->font();
    font.setBold(true);
    // The label column keeps the width of the longest variant, so the form does not jump when it changes.
    m_ui->solutionLabel->setMinimumWidth(QFontMetrics(font).horizontalAdvance(QString(required).remove(u'&'))
                                         + 2);
    font.setBold(closed);
    m_ui->solutionLabel->setFont(font);
    m_ui->solutionEdit->setPlaceholderText(
        closed ? tr("Required: the status “%1” closes the case. Describe how it was resolved.")
                     .arg(m_ui->statusCombo->currentText().trimmed())
               : tr("How the case was resolved (required for a closed status)"));
}

void CaseForm::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_marker->captureToolTips(fields());
        showIssues(m_issues, m_settingsShown);
        showChanges(m_changesShown);
        updateIdWarning();
        updateLoadButton();
    }
}
