#include "gui/main/settingsflow.h"

#include "core/profiles/profilestore.h"
#include "core/profiles/settings.h"
#include "core/translations.h"
#include "gui/dialogs/settingsdialog.h"
#include "gui/main/caseform.h"
#include "gui/main/connectionbar.h"
#include "gui/widgets/dialogs.h"

SettingsFlow::SettingsFlow(const Parts &parts)
    : QObject(parts.window)
    , m_parts(parts)
{ }

SettingsFlow::~SettingsFlow() = default;

void SettingsFlow::open()
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    ConnectionBar *connection = m_parts.connection;
    Settings *settings = m_parts.settings;
    auto *dialog = new SettingsDialog(m_parts.window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    Dialogs::returnKeyboardWhenGone(dialog, m_parts.window);
    dialog->setConnectionSettings(connection->connectionSettings());
    dialog->setLanguage(settings->language());
    const ConnectionProfile profile = connection->currentProfile();
    if (!profile.id.isEmpty()) {
        dialog->setFormDefaults({profile.defaultCaseType, profile.defaultStatus, profile.defaultPriority},
                                m_parts.form->caseTypes(), m_parts.form->statuses(),
                                m_parts.form->priorities());
    }
    connect(dialog, &QDialog::accepted, this, [this, dialog, connection, settings] {
        if (dialog->language() != settings->language()) {
            settings->setLanguage(dialog->language());
            Translations::install(Translations::resolve(dialog->language())); // retranslates every window
        }
        ConnectionProfile current = connection->currentProfile();
        ProfileStore *profiles = connection->profiles();
        const bool onProfile = !current.id.isEmpty() && profiles;
        if (onProfile) {
            // The dialog edits the current profile's settings.
            current.setConnectionSettings(dialog->connectionSettings());
            const SettingsDialog::FormDefaults defaults = dialog->formDefaults();
            current.defaultCaseType = defaults.caseType;
            current.defaultStatus = defaults.status;
            current.defaultPriority = defaults.priority;
            profiles->update(current);
        } else {
            settings->setConnectionSettings(dialog->connectionSettings());
        }
        settings->sync();
        m_parts.applied(onProfile);
    });
    m_dialog = dialog;
    dialog->open(); // window-modal, no nested event loop
}
