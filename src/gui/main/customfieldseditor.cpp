#include "gui/main/customfieldseditor.h"

#include "core/csv/customfieldparser.h"
#include "core/global.h"
#include "gui/main/customfieldsmodel.h"
#include "gui/widgets/fieldheight.h"
#include "gui/widgets/icons.h"
#include "gui/widgets/textwrap.h"
#include "ui_customfieldseditor.h"

#include <QAction>
#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <algorithm>

CustomFieldsEditor::CustomFieldsEditor(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CustomFieldsEditor>())
    , m_model(new CustomFieldsModel(this))
{
    m_ui->setupUi(this);
    TextWrap::guard(m_ui->formPreview);
    QTableView *view = m_ui->customFieldsView;
    view->setModel(m_model);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->horizontalHeader()->resizeSection(CustomFieldsModel::NameColumn,
                                            fontMetrics().horizontalAdvance(u"M"_s) * 12);
    view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    FieldHeight::keepRows(view, 2);

    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->formPreview->setFont(fixed);
    m_ui->formPreview->setMaximumHeight(QFontMetrics(fixed).lineSpacing() * 4 + 12);
    FieldHeight::keepLines(m_ui->formPreview, 2);

    // Each button's action also works from the keyboard while the table has the focus.
    const auto bind = [this, view](QToolButton *button, Icons::Id icon, const QKeySequence &key,
                                   const QString &name, auto slot) {
        button->setIcon(Icons::icon(icon));
        auto *action = new QAction(Icons::icon(icon), QString(), view);
        action->setObjectName(name);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        view->addAction(action);
        connect(action, &QAction::triggered, this, slot);
        connect(button, &QToolButton::clicked, this, slot);
        return action;
    };
    m_add = bind(m_ui->addFieldButton, Icons::Id::Add, QKeySequence(Qt::Key_Insert), u"addFieldAction"_s,
                 &CustomFieldsEditor::addField);
    m_duplicate = bind(m_ui->duplicateFieldButton, Icons::Id::Duplicate, QKeySequence(Qt::CTRL | Qt::Key_D),
                       u"duplicateFieldAction"_s, &CustomFieldsEditor::duplicateField);
    m_remove = bind(m_ui->removeFieldButton, Icons::Id::Remove, QKeySequence(QKeySequence::Delete),
                    u"removeFieldAction"_s, &CustomFieldsEditor::removeFields);
    m_paste = bind(m_ui->pasteFieldsButton, Icons::Id::Paste, QKeySequence(QKeySequence::Paste),
                   u"pasteFieldsAction"_s, &CustomFieldsEditor::paste);
    m_moveUp = bind(m_ui->moveFieldUpButton, Icons::Id::MoveUp, QKeySequence(Qt::ALT | Qt::Key_Up),
                    u"moveFieldUpAction"_s, [this] { moveField(-1); });
    m_moveDown = bind(m_ui->moveFieldDownButton, Icons::Id::MoveDown, QKeySequence(Qt::ALT | Qt::Key_Down),
                      u"moveFieldDownAction"_s, [this] { moveField(1); });

    connect(m_model, &CustomFieldsModel::fieldsChanged, this, &CustomFieldsEditor::changed);
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CustomFieldsEditor::updateButtons);
    connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CustomFieldsEditor::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsMoved, this, &CustomFieldsEditor::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &CustomFieldsEditor::updateButtons);
    updateButtons();
    retranslate();
}

CustomFieldsEditor::~CustomFieldsEditor() = default;

QWidget *CustomFieldsEditor::headingLabel() const
{
    return m_ui->customFieldsLabel;
}

QWidget *CustomFieldsEditor::firstField() const
{
    return m_ui->addFieldButton;
}

QWidget *CustomFieldsEditor::lastField() const
{
    return m_ui->formPreview;
}

int CustomFieldsEditor::headerButtonHeight() const
{
    return m_ui->addFieldButton->sizeHint().height();
}

QList<CustomField> CustomFieldsEditor::fields() const
{
    return m_model->fields();
}

void CustomFieldsEditor::setFields(const QList<CustomField> &fields)
{
    m_model->setFields(fields);
}

void CustomFieldsEditor::showIssues(const QList<ValidationIssue> &issues, const QByteArray &formJson)
{
    m_model->setIssues(issues);
    const QString form = QString::fromUtf8(formJson);
    if (m_ui->formPreview->toPlainText() != form)
        m_ui->formPreview->setPlainText(form);
}

void CustomFieldsEditor::showChanges(const QList<FieldChange> &changes)
{
    QHash<QString, QString> notes;
    for (const FieldChange &change : changes) {
        if (!change.field.startsWith(u"form:"_s))
            continue;
        const QString name = change.field.mid(5).trimmed();
        notes.insert(name,
                     change.before.isEmpty()
                         //: On a custom field changed since the case was loaded, when the CRM had no value
                         //: for it
                         ? tr("Not in the case as loaded, or empty there")
                         //: On a custom field changed since the case was loaded; %1 is the value the CRM had
                         : tr("Loaded: %1").arg(change.before));
    }
    m_model->setChangeNotes(notes);
}

void CustomFieldsEditor::focusRow(int row)
{
    m_ui->customFieldsView->setFocus(Qt::ShortcutFocusReason);
    if (row >= 0)
        selectRow(row);
}

void CustomFieldsEditor::retranslate()
{
    m_model->retranslate();
    m_add->setText(tr("&Add field"));
    m_duplicate->setText(tr("&Duplicate field"));
    m_remove->setText(tr("&Remove fields"));
    m_paste->setText(tr("&Paste fields"));
    m_moveUp->setText(tr("Move &up"));
    m_moveDown->setText(tr("Move do&wn"));
    // Tooltips name each key as the system does (and in its language), from the action that has it.
    const auto key
        = [](const QAction *action) { return action->shortcut().toString(QKeySequence::NativeText); };
    //: %1 is the key that does the same
    m_ui->addFieldButton->setToolTip(tr("Add a field (%1)").arg(key(m_add)));
    //: %1 is the key that does the same
    m_ui->duplicateFieldButton->setToolTip(tr("Duplicate the selected field (%1)").arg(key(m_duplicate)));
    //: %1 is the key that does the same
    m_ui->removeFieldButton->setToolTip(tr("Remove the selected fields (%1)").arg(key(m_remove)));
    //: %1 is the key that does the same
    m_ui->moveFieldUpButton->setToolTip(tr("Move the selected field up (%1)").arg(key(m_moveUp)));
    //: %1 is the key that does the same
    m_ui->moveFieldDownButton->setToolTip(tr("Move the selected field down (%1)").arg(key(m_moveDown)));
    m_ui->pasteFieldsButton->setToolTip(
        //: %1 is the key that does the same
        tr("Paste fields copied from a spreadsheet (name and value columns) or a JSON object (%1)")
            .arg(key(m_paste)));
}

void CustomFieldsEditor::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
}

void CustomFieldsEditor::updateButtons()
{
    const QModelIndex current = m_ui->customFieldsView->currentIndex();
    const bool hasCurrent = current.isValid();
    const bool hasSelection = m_ui->customFieldsView->selectionModel()->hasSelection() || hasCurrent;
    const int row = current.row();
    const int rows = m_model->rowCount();
    m_ui->removeFieldButton->setEnabled(hasSelection);
    m_ui->duplicateFieldButton->setEnabled(hasCurrent);
    m_ui->moveFieldUpButton->setEnabled(hasCurrent && row > 0);
    m_ui->moveFieldDownButton->setEnabled(hasCurrent && row < rows - 1);
}

void CustomFieldsEditor::selectRow(int row, int column)
{
    // Explicit flags: QAbstractItemView::setCurrentIndex() would read the Ctrl of a Ctrl+D still held
    // and add to the selection instead of replacing it.
    m_ui->customFieldsView->selectionModel()->setCurrentIndex(
        m_model->index(row, column), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void CustomFieldsEditor::addField()
{
    const QModelIndex current = m_ui->customFieldsView->currentIndex();
    const int row = m_model->insertField({}, current.isValid() ? current.row() + 1 : -1);
    const QModelIndex name = m_model->index(row, CustomFieldsModel::NameColumn);
    m_ui->customFieldsView->setFocus(Qt::OtherFocusReason);
    selectRow(row);
    m_ui->customFieldsView->edit(name);
}

void CustomFieldsEditor::removeFields()
{
    QList<int> rows;
    const QModelIndexList selected = m_ui->customFieldsView->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows.append(index.row());
    if (rows.isEmpty() && m_ui->customFieldsView->currentIndex().isValid())
        rows.append(m_ui->customFieldsView->currentIndex().row());
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int row : std::as_const(rows))
        m_model->removeRows(row, 1);
    if (m_model->rowCount() > 0)
        selectRow(std::min(rows.isEmpty() ? 0 : rows.constLast(), m_model->rowCount() - 1));
}

void CustomFieldsEditor::duplicateField()
{
    const QModelIndex current = m_ui->customFieldsView->currentIndex();
    if (!current.isValid() || !m_model->duplicateRow(current.row()))
        return;
    selectRow(current.row() + 1, current.column());
}

void CustomFieldsEditor::moveField(int delta)
{
    const QModelIndex current = m_ui->customFieldsView->currentIndex();
    if (!current.isValid())
        return;
    const int to = current.row() + delta;
    if (!m_model->moveField(current.row(), to))
        return;
    selectRow(to, current.column());
    updateButtons();
}

void CustomFieldsEditor::paste()
{
    const QString text = QGuiApplication::clipboard()->text();
    const CustomFieldPaste paste = CustomFieldParser::parse(text);
    if (paste.fields.isEmpty() && !paste.hasErrors()) {
        Q_EMIT message(MessageBanner::Kind::Information, [] {
            return MessageBanner::Content{
                tr("Nothing to paste"),
                tr("Copy two columns (name and value) from a spreadsheet, or a JSON "
                   "object, then paste again.")};
        });
        return;
    }
    int row = -1;
    const QModelIndex current = m_ui->customFieldsView->currentIndex();
    if (current.isValid()) {
        // An empty row the agent just added is replaced rather than left behind as a problem.
        const CustomField field = m_model->field(current.row());
        if (field.name.trimmed().isEmpty() && field.value.isEmpty()) {
            row = current.row();
            m_model->removeRows(row, 1);
        } else {
            row = current.row() + 1;
        }
    }
    row = m_model->insertFields(paste.fields, row);
    if (!paste.fields.isEmpty()) {
        // The pasted rows stay selected; the current row is the last one, so Add continues below them.
        const int last = row + int(paste.fields.size()) - 1;
        QItemSelection selection(m_model->index(row, 0),
                                 m_model->index(last, CustomFieldsModel::ColumnCount - 1));
        m_ui->customFieldsView->selectionModel()->setCurrentIndex(m_model->index(last, 0),
                                                                  QItemSelectionModel::NoUpdate);
        m_ui->customFieldsView->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    }
    if (paste.hasErrors()) {
        Q_EMIT message(MessageBanner::Kind::Warning, [paste] {
            return MessageBanner::Content{paste.fields.isEmpty() ? tr("Nothing was pasted")
                                                                 : tr("Pasted %n field(s), with remarks",
                                                                      nullptr, int(paste.fields.size())),
                                          paste.errors.join(u'\n')};
        });
    }
}
