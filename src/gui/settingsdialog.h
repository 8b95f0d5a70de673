#pragma once

#include "connectionsettings.h"

#include <QDialog>
#include <memory>

namespace Ui {
class SettingsDialog;
}

// Edits the connection settings that validation and sending depend on.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    ~SettingsDialog() override;

    void setConnectionSettings(const ConnectionSettings &settings);
    // The edited values; fields the dialog does not show keep what setConnectionSettings() gave.
    ConnectionSettings connectionSettings() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void restoreDefaults();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    ConnectionSettings m_base;
};
