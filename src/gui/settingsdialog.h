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

    // "" follows the system; otherwise one of Translations::available().
    void setLanguage(const QString &language);
    QString language() const;

public Q_SLOTS:
    // Refuses to close while the CA bundle is unusable, and says why next to it.
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void restoreDefaults();
    void chooseCaBundle();
    bool checkCaBundle(); // shows the problem; true when the field is empty or the file usable
    void fillLanguages();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    ConnectionSettings m_base;
};
