#include "gui/main/profilemenu.h"

#include "core/global.h"
#include "core/profiles/profilestore.h"
#include "gui/widgets/dialogs.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QInputDialog>
#include <QMenu>
#include <QPushButton>
#include <QToolButton>

namespace {
const QString ProfilesFolder = u"profiles"_s;
}

ProfileMenu::ProfileMenu(QToolButton *button, ProfileStore *profiles, Settings *settings,
                         CurrentConnection current)
    : QObject(button)
    , m_window(button->window())
    , m_profiles(profiles)
    , m_settings(settings)
    , m_current(std::move(current))
    , m_menu(new QMenu(button))
{
    m_menu->setObjectName(u"profileMenu"_s);
    const auto add = [this](const QString &name, void (ProfileMenu::*slot)()) {
        QAction *action = m_menu->addAction(QString());
        action->setObjectName(name);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_new = add(u"newProfileAction"_s, &ProfileMenu::newProfile);
    m_rename = add(u"renameProfileAction"_s, &ProfileMenu::renameProfile);
    m_remove = add(u"removeProfileAction"_s, &ProfileMenu::removeProfile);
    m_menu->addSeparator();
    m_import = add(u"importProfilesAction"_s, &ProfileMenu::importProfiles);
    m_export = add(u"exportProfilesAction"_s, &ProfileMenu::exportProfiles);
    button->setMenu(m_menu);
    connect(profiles, &ProfileStore::profilesChanged, this, &ProfileMenu::updateActions);
    retranslate();
    updateActions();
}

ProfileMenu::~ProfileMenu() = default;

void ProfileMenu::retranslate()
{
    m_new->setText(tr("&New profile…"));
    m_rename->setText(tr("&Rename…"));
    //: Deletes the profile and its saved token
    m_remove->setText(tr("&Delete…"));
    m_import->setText(tr("&Import…"));
    m_export->setText(tr("&Export…"));
}

void ProfileMenu::updateActions()
{
    m_remove->setEnabled(m_profiles->count() > 1);
}

void ProfileMenu::askName(const QString &objectName, const QString &title, const QString &label,
                          const QString &name, std::function<void(const QString &)> accepted)
{
    // Window-modal without a nested event loop, like every other dialog of the window.
    auto *dialog = new QInputDialog(m_window);
    dialog->setObjectName(objectName);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    Dialogs::returnKeyboardWhenGone(dialog, m_window);
    dialog->setWindowTitle(title);
    dialog->setLabelText(label);
    dialog->setInputMode(QInputDialog::TextInput);
    dialog->setTextValue(name);
    connect(dialog, &QInputDialog::textValueSelected, this, [accepted](const QString &text) {
        if (const QString trimmed = text.trimmed(); !trimmed.isEmpty())
            accepted(trimmed);
    });
    dialog->open();
    // A profile needs a name: OK waits for one.
    if (auto *buttons = dialog->findChild<QDialogButtonBox *>()) {
        QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
        const auto update = [ok](const QString &text) { ok->setEnabled(!text.trimmed().isEmpty()); };
        connect(dialog, &QInputDialog::textValueChanged, ok, update);
        update(name);
    }
}

void ProfileMenu::newProfile()
{
    askName(u"newProfileDialog"_s, tr("New profile"), tr("Name of the new profile:"), QString(),
            [this](const QString &name) {
                // Starts as a copy of the current connection, without its token.
                ConnectionProfile profile = m_current();
                profile.id.clear();
                profile.name = name;
                Q_EMIT aboutToLeaveProfile();
                m_profiles->setCurrent(m_profiles->add(profile));
            });
}

void ProfileMenu::renameProfile()
{
    const ConnectionProfile profile = m_profiles->current();
    if (profile.id.isEmpty())
        return;
    askName(u"renameProfileDialog"_s, tr("Rename profile"), tr("New name:"), profile.displayName(),
            [this, id = profile.id](const QString &name) { m_profiles->rename(id, name); });
}

void ProfileMenu::removeProfile()
{
    const ConnectionProfile profile = m_profiles->current();
    if (profile.id.isEmpty() || m_profiles->count() < 2)
        return;
    Dialogs::ask(m_window, u"removeProfileBox"_s, QMessageBox::Question, tr("Delete profile"),
                 tr("Delete the profile “%1” and its saved token?").arg(profile.displayName()),
                 tr("Its server, operation, settings and form defaults will be deleted; the history of its "
                    "updates stays."),
                 {{tr("&Delete"), QMessageBox::DestructiveRole, u"removeProfileButton"_s,
                   [this, id = profile.id] {
                       if (m_profiles->currentId() == id)
                           Q_EMIT removingCurrentProfile();
                       m_profiles->remove(id); // the store removes the token too
                   }},
                  {{}, QMessageBox::RejectRole, {}, {}, QMessageBox::Cancel, true, true}});
}

void ProfileMenu::importProfiles()
{
    Dialogs::openFiles(m_window, m_settings,
                       {u"importProfilesDialog"_s,
                        tr("Import profiles"),
                        {tr("Profiles (*.json)"), tr("All files (*)")},
                        ProfilesFolder,
                        {},
                        {},
                        {}},
                       false, [this](const QStringList &paths) { importFrom(paths.constFirst()); });
}

void ProfileMenu::importFrom(const QString &fileName)
{
    const ProfileStore::ImportResult result = m_profiles->importFromFile(fileName);
    const int count = int(result.importedIds.size());
    const MessageBanner::Kind kind = count == 0 ? MessageBanner::Kind::Error
        : result.ok()                           ? MessageBanner::Kind::Success
                                                : MessageBanner::Kind::Warning;
    Q_EMIT message(kind, [result, count] {
        // Each remark is a sentence of its own, one per line.
        QStringList lines = result.problems;
        if (count > 0)
            lines.append(tr("Enter the token of each imported profile to use it."));
        const QString title = count == 0 ? tr("No profile was imported")
            : result.ok()                ? tr("Imported %n profile(s)", nullptr, count)
                                         : tr("Imported %n profile(s), with remarks", nullptr, count);
        return MessageBanner::Content{title, lines.join(u'\n')};
    });
}

void ProfileMenu::exportProfiles()
{
    Dialogs::saveFile(m_window, m_settings,
                      {u"exportProfilesDialog"_s,
                       tr("Export profiles"),
                       {tr("Profiles (*.json)"), tr("All files (*)")},
                       ProfilesFolder,
                       {},
                       u"casedesk-profiles.json"_s,
                       u"json"_s},
                      [this](const QString &path) { exportTo(path); });
}

void ProfileMenu::exportTo(const QString &fileName)
{
    const bool ok = m_profiles->exportToFile(fileName);
    Q_EMIT message(ok ? MessageBanner::Kind::Success : MessageBanner::Kind::Error,
                   [ok, fileName, count = m_profiles->count(), error = m_profiles->error()] {
                       if (ok) {
                           return MessageBanner::Content{
                               tr("Exported %n profile(s)", nullptr, count),
                               tr("Saved to %1, without tokens.").arg(QDir::toNativeSeparators(fileName))};
                       }
                       return MessageBanner::Content{tr("The profiles could not be exported"), error};
                   });
}
