#include "gui/main/vocabularyactions.h"

#include "core/global.h"
#include "core/vocabulary/vocabularyfile.h"
#include "core/vocabulary/vocabularystore.h"
#include "gui/widgets/dialogs.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QLocale>
#include <QMenu>

namespace {
const QString Purpose = u"value-lists"_s;
const QString Topic = u"value-lists"_s;
constexpr int ShownErrors = 5;
} // namespace

VocabularyActions::VocabularyActions(QWidget *window, Settings *settings, std::function<Current()> current)
    : QObject(window)
    , m_window(window)
    , m_settings(settings)
    , m_current(std::move(current))
    , m_import(new QAction(this))
    , m_export(new QAction(this))
    , m_closes(new QAction(this))
{
    m_import->setObjectName(u"actionImportValueLists"_s);
    m_export->setObjectName(u"actionExportValueLists"_s);
    m_closes->setObjectName(u"actionStatusCloses"_s);
    m_closes->setCheckable(true);
    connect(m_import, &QAction::triggered, this, &VocabularyActions::importFile);
    connect(m_export, &QAction::triggered, this, &VocabularyActions::exportFile);
    connect(m_closes, &QAction::triggered, this, &VocabularyActions::setClosed);
    retranslate();
}

VocabularyActions::~VocabularyActions() = default;

void VocabularyActions::setStore(VocabularyStore *store)
{
    m_store = store;
    refresh();
}

void VocabularyActions::addTo(QMenu *file, QAction *fileBefore, QMenu *caseMenu, QAction *caseBefore)
{
    file->insertActions(fileBefore, {m_import, m_export});
    file->insertSeparator(fileBefore);
    caseMenu->insertAction(caseBefore, m_closes);
    caseMenu->insertSeparator(caseBefore);
}

VocabularyStore *VocabularyActions::store() const
{
    return m_store;
}

void VocabularyActions::retranslate()
{
    m_import->setText(tr("&Import value lists…"));
    m_import->setToolTip(
        tr("Add the case types, statuses, priorities and users of a team's file (CSV or JSON) "
           "to the lists the form offers"));
    m_export->setText(tr("E&xport value lists…"));
    m_export->setToolTip(tr("Save what Casedesk learned of each operation's values to a CSV or JSON file for "
                            "the team"));
    refresh();
}

void VocabularyActions::refresh()
{
    const bool open = m_store && m_store->isOpen();
    m_import->setEnabled(open);
    m_export->setEnabled(open);
    const Current current = m_current ? m_current() : Current();
    const bool known = open && !current.operation.trimmed().isEmpty() && !current.caseType.trimmed().isEmpty()
        && !current.status.trimmed().isEmpty();
    m_closes->setEnabled(known);
    if (!known) {
        //: Case menu item, disabled until a case type and a status are chosen
        m_closes->setText(tr("The status clo&ses the case"));
        m_closes->setChecked(false);
        return;
    }
    const std::optional<bool> learned
        = m_store->isClosed(current.operation, current.caseType, current.status);
    //: Case menu item, checked when the status needs a solution; %1 the status, %2 the case type
    m_closes->setText(
        tr("“%1” clo&ses cases of type “%2”").arg(current.status.trimmed(), current.caseType.trimmed()));
    m_closes->setToolTip(
        tr("Checked: the status closes the case, so an update with it needs a solution. "
           "Casedesk learns this from the CRM's answers; set it here when it knows better."));
    m_closes->setChecked(learned.value_or(current.closedByProfile));
}

void VocabularyActions::setClosed(bool closed)
{
    const Current current = m_current ? m_current() : Current();
    if (!m_store || !m_store->setClosed(current.operation, current.caseType, current.status, closed)) {
        const QString error = m_store ? m_store->error() : QString();
        Q_EMIT message(
            MessageBanner::Kind::Error,
            [error] {
                return MessageBanner::Content{tr("The value lists could not be changed"), error};
            },
            Topic);
    }
    refresh();
    Q_EMIT changed();
}

void VocabularyActions::importFile()
{
    if (!m_store)
        return;
    const Dialogs::FileRequest request{u"valueListsImportDialog"_s,
                                       tr("Import value lists"),
                                       {tr("Value lists (*.csv *.json)"), tr("All files (*)")},
                                       Purpose,
                                       {},
                                       {},
                                       {}};
    Dialogs::openFiles(m_window, m_settings, request, false, [this](const QStringList &files) {
        const QString path = files.constFirst();
        const QString name = QDir::toNativeSeparators(path);
        const VocabularyFile::Read read = VocabularyFile::readFile(path);
        if (!read.ok()) {
            const QStringList errors = read.errors;
            Q_EMIT message(
                MessageBanner::Kind::Error,
                [name, errors] {
                    QStringList shown = errors.mid(0, ShownErrors);
                    if (errors.size() > ShownErrors)
                        shown.append(
                            tr("… and %n more problem(s).", nullptr, int(errors.size() - ShownErrors)));
                    //: %1 is the file's path
                    return MessageBanner::Content{tr("Nothing was imported from %1").arg(name),
                                                  shown.join(u'\n')};
                },
                Topic);
            return;
        }
        const std::optional<VocabularyStore::MergeReport> merged = m_store->merge(read.entries);
        if (!merged) {
            const QString error = m_store->error();
            Q_EMIT message(
                MessageBanner::Kind::Error,
                [name, error] {
                    return MessageBanner::Content{tr("Nothing was imported from %1").arg(name),
                                                  tr("The history file could not be written: %1").arg(error)};
                },
                Topic);
            return;
        }
        const int added = merged->added;
        const int updated = merged->updated;
        Q_EMIT message(
            MessageBanner::Kind::Success,
            [name, added, updated] {
                return MessageBanner::Content{
                    tr("Value lists imported from %1").arg(name),
                    tr("%n new value(s) added.", nullptr, added) + u' '
                        + tr("%n known value(s) brought up to date.", nullptr, updated)};
            },
            Topic);
        refresh();
        Q_EMIT changed();
    });
}

void VocabularyActions::exportFile()
{
    if (!m_store)
        return;
    const Dialogs::FileRequest request{u"valueListsExportDialog"_s,
                                       tr("Export value lists"),
                                       {tr("CSV files (*.csv)"), tr("JSON files (*.json)")},
                                       Purpose,
                                       {},
                                       u"casedesk-value-lists.csv"_s,
                                       u"csv"_s};
    QFileDialog *dialog = Dialogs::saveFile(m_window, m_settings, request, [this](const QString &path) {
        const QString name = QDir::toNativeSeparators(path);
        const QList<VocabularyEntry> entries = m_store->entries();
        QString error;
        if (!VocabularyFile::writeFile(path, entries, &error)) {
            Q_EMIT message(
                MessageBanner::Kind::Error,
                [name, error] {
                    return MessageBanner::Content{tr("The value lists could not be saved to %1").arg(name),
                                                  error};
                },
                Topic);
            return;
        }
        const int count = int(entries.size());
        Q_EMIT message(
            MessageBanner::Kind::Success,
            [name, count] {
                return MessageBanner::Content{tr("Value lists exported"),
                                              tr("%n value(s) saved to %1.", nullptr, count).arg(name)};
            },
            Topic);
    });
    // The JSON filter writes JSON: the suffix follows the filter chosen.
    connect(dialog, &QFileDialog::filterSelected, dialog, [dialog](const QString &filter) {
        dialog->setDefaultSuffix(filter.contains(u"*.json"_s) ? u"json"_s : u"csv"_s);
    });
}
