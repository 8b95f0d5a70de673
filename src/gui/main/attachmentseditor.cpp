#include "gui/main/attachmentseditor.h"

#include "core/global.h"
#include "core/profiles/settings.h"
#include "gui/main/attachmentsmodel.h"
#include "gui/widgets/dialogs.h"
#include "gui/widgets/fieldheight.h"
#include "gui/widgets/icons.h"
#include "ui_attachmentseditor.h"

#include <QAction>
#include <QEvent>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <algorithm>

namespace {
const QString AttachmentsFolder = u"attachments"_s;
}

AttachmentsEditor::AttachmentsEditor(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::AttachmentsEditor>())
    , m_model(new AttachmentsModel(this))
    , m_watcher(new QFileSystemWatcher(this))
{
    m_ui->setupUi(this);
    QTreeView *view = m_ui->attachmentsView;
    view->setModel(m_model);
    // The name takes the room; size and check take what they need.
    view->header()->setStretchLastSection(false);
    view->header()->setSectionResizeMode(AttachmentsModel::NameColumn, QHeaderView::Stretch);
    view->header()->setSectionResizeMode(AttachmentsModel::SizeColumn, QHeaderView::ResizeToContents);
    view->header()->setSectionResizeMode(AttachmentsModel::ProblemColumn, QHeaderView::ResizeToContents);
    FieldHeight::keepRows(view, 2);

    m_ui->addAttachmentButton->setIcon(Icons::icon(Icons::Id::AddFiles));
    m_ui->removeAttachmentButton->setIcon(Icons::icon(Icons::Id::Remove));
    m_add = new QAction(Icons::icon(Icons::Id::AddFiles), QString(), view);
    m_add->setObjectName(u"addAttachmentAction"_s);
    m_add->setShortcut(QKeySequence(Qt::Key_Insert));
    m_add->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_remove = new QAction(Icons::icon(Icons::Id::Remove), QString(), view);
    m_remove->setObjectName(u"removeAttachmentAction"_s);
    m_remove->setShortcut(QKeySequence(QKeySequence::Delete));
    m_remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    view->addAction(m_add);
    view->addAction(m_remove);
    connect(m_add, &QAction::triggered, this, &AttachmentsEditor::chooseFiles);
    connect(m_remove, &QAction::triggered, this, &AttachmentsEditor::removeSelected);
    connect(m_ui->addAttachmentButton, &QToolButton::clicked, this, &AttachmentsEditor::chooseFiles);
    connect(m_ui->removeAttachmentButton, &QToolButton::clicked, this, &AttachmentsEditor::removeSelected);

    connect(m_model, &AttachmentsModel::pathsChanged, this, [this] {
        watchFiles();
        m_ui->attachmentsHintLabel->setVisible(m_model->rowCount() == 0);
        Q_EMIT changed();
    });
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const bool any = m_ui->attachmentsView->selectionModel()->hasSelection();
        m_ui->removeAttachmentButton->setEnabled(any);
        m_remove->setEnabled(any);
    });
    m_ui->removeAttachmentButton->setEnabled(false);
    m_remove->setEnabled(false);
    // A file that changes or disappears is flagged again before the agent sends.
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, [this] {
        m_model->refresh();
        Q_EMIT changed();
    });
    retranslate();
}

AttachmentsEditor::~AttachmentsEditor() = default;

void AttachmentsEditor::setSettings(Settings *settings)
{
    m_settings = settings;
}

void AttachmentsEditor::setAllowedExtensions(const QStringList &extensions)
{
    m_extensions = extensions;
}

QWidget *AttachmentsEditor::headingLabel() const
{
    return m_ui->attachmentsLabel;
}

QWidget *AttachmentsEditor::firstField() const
{
    return m_ui->addAttachmentButton;
}

QWidget *AttachmentsEditor::lastField() const
{
    return m_ui->attachmentsView;
}

int AttachmentsEditor::headerButtonHeight() const
{
    return m_ui->addAttachmentButton->sizeHint().height();
}

QStringList AttachmentsEditor::paths() const
{
    return m_model->paths();
}

void AttachmentsEditor::setPaths(const QStringList &paths, const QStringList &delivered)
{
    m_model->setPaths(paths, delivered);
}

void AttachmentsEditor::addPaths(const QStringList &paths)
{
    m_model->addPaths(paths);
}

int AttachmentsEditor::count() const
{
    return m_model->rowCount();
}

void AttachmentsEditor::refresh()
{
    m_model->refresh();
}

void AttachmentsEditor::showIssues(const QList<ValidationIssue> &issues)
{
    m_model->setIssues(issues);
}

void AttachmentsEditor::focusRow(int row)
{
    m_ui->attachmentsView->setFocus(Qt::ShortcutFocusReason);
    if (row >= 0) {
        m_ui->attachmentsView->selectionModel()->setCurrentIndex(
            m_model->index(row, AttachmentsModel::NameColumn),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
}

QStringList AttachmentsEditor::droppedFiles(const QMimeData *mime)
{
    return AttachmentsModel::localFiles(mime);
}

void AttachmentsEditor::chooseFiles()
{
    QStringList patterns;
    for (const QString &extension : std::as_const(m_extensions))
        patterns.append(u"*."_s + extension);
    // The folder of the last file attached to this case, else the one last used, else Documents.
    const QStringList current = m_model->allPaths();
    const QString caseFolder = current.isEmpty() ? QString() : QFileInfo(current.constLast()).absolutePath();
    Dialogs::FileRequest request{
        u"attachmentsDialog"_s,
        tr("Attach files"),
        {tr("Files the CRM accepts (%1)").arg(patterns.join(u' ')), tr("All files (*)")},
        AttachmentsFolder,
        {},
        {},
        {}};
    if (!caseFolder.isEmpty()) {
        request.purpose.clear();
        request.fallbackFolder = caseFolder;
    }
    Dialogs::openFiles(window(), m_settings, request, true, [this](const QStringList &paths) {
        if (m_settings)
            m_settings->setLastDirectory(AttachmentsFolder, QFileInfo(paths.constFirst()).absolutePath());
        addPaths(paths);
    });
}

void AttachmentsEditor::removeSelected()
{
    QList<int> rows;
    const QModelIndexList selected = m_ui->attachmentsView->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows.append(index.row());
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int row : std::as_const(rows))
        m_model->removeRows(row, 1);
}

void AttachmentsEditor::watchFiles()
{
    const QStringList watched = m_watcher->files();
    if (!watched.isEmpty())
        m_watcher->removePaths(watched);
    QStringList existing;
    for (const QString &path : m_model->allPaths()) {
        if (QFileInfo(path).isFile())
            existing.append(path);
    }
    if (!existing.isEmpty())
        m_watcher->addPaths(existing);
}

void AttachmentsEditor::retranslate()
{
    m_model->retranslate();
    m_add->setText(tr("&Add files…"));
    m_remove->setText(tr("&Remove files"));
    m_ui->addAttachmentButton->setToolTip(
        //: %1 is the key that does the same
        tr("Choose files to attach (%1); you can also drop files here")
            .arg(m_add->shortcut().toString(QKeySequence::NativeText)));
    m_ui->removeAttachmentButton->setToolTip(
        //: %1 is the key that does the same
        tr("Remove the selected files (%1)").arg(m_remove->shortcut().toString(QKeySequence::NativeText)));
}

void AttachmentsEditor::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
}
