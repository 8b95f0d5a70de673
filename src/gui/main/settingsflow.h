#pragma once

#include <QObject>
#include <QPointer>
#include <functional>

class CaseForm;
class ConnectionBar;
class QWidget;
class Settings;
class SettingsDialog;

// File → Settings…: the dialog on the current profile's connection settings and form defaults (Settings'
// own settings without profiles) and the window's language; what the agent accepts goes back to the profile,
// the language switches at once, and the window is told to apply the new defaults.
class SettingsFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsFlow)

public:
    struct Parts
    {
        QWidget *window;
        Settings *settings;
        ConnectionBar *connection;
        CaseForm *form; // offers its value lists as the defaults' suggestions
        // After the dialog was accepted; `profileChanged`: the current profile's defaults may have changed.
        std::function<void(bool profileChanged)> applied;
    };

    explicit SettingsFlow(const Parts &parts);
    ~SettingsFlow() override;

    // Opens the dialog (window-modal, no nested event loop), or raises the one already open.
    void open();

private:
    Parts m_parts;
    QPointer<SettingsDialog> m_dialog;
};
