#pragma once

#include "gui/widgets/messagebanner.h"

#include <QObject>
#include <functional>

class ProfileStore;
class QAction;
class QMenu;
class QToolButton;
class Settings;
struct ConnectionProfile;

// The connection bar's profile actions — new, rename, remove, import, export — each through its dialog,
// window-modal without a nested event loop.
class ProfileMenu final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileMenu)

public:
    // The current connection a new profile starts from (server and operation as typed).
    using CurrentConnection = std::function<ConnectionProfile()>;

    // Dialogs open over `button`'s window; the stores are the caller's and must outlive the menu.
    ProfileMenu(QToolButton *button, ProfileStore *profiles, Settings *settings, CurrentConnection current);
    ~ProfileMenu() override;

    void retranslate();
    void updateActions(); // Remove needs a second profile

Q_SIGNALS:
    // Before the current profile changes or goes away: a token still being typed belongs to it.
    void aboutToLeaveProfile();
    // The profile whose token is being typed is removed: that token goes with it.
    void removingCurrentProfile();
    void message(MessageBanner::Kind kind, const MessageBanner::Render &render);

private:
    void askName(const QString &objectName, const QString &title, const QString &label, const QString &name,
                 std::function<void(const QString &)> accepted);
    void newProfile();
    void renameProfile();
    void removeProfile();
    void importProfiles();
    void importFrom(const QString &fileName);
    void exportProfiles();
    void exportTo(const QString &fileName);

    QWidget *m_window;
    ProfileStore *m_profiles;
    Settings *m_settings;
    CurrentConnection m_current;
    QMenu *m_menu;
    QAction *m_new;
    QAction *m_rename;
    QAction *m_remove;
    QAction *m_import;
    QAction *m_export;
};
