#pragma once

#include "core/model/connectionsettings.h"

#include <QDialog>
#include <QStringList>
#include <memory>

namespace Ui {
class SettingsDialog;
}

// Edits the current profile's connection settings and form defaults, and the window's language. What an
// integrator sets once (timeout, attachment part name, how several attachments travel, CA bundle) sits apart
// under Advanced.
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

    // What a new case of the current profile starts with (case type, status, priority; empty for none),
    // with the values the form offers as suggestions. Hidden until set: without profiles there are none.
    struct FormDefaults
    {
        QString caseType;
        QString status;
        QString priority;
    };
    void setFormDefaults(const FormDefaults &defaults, const QStringList &caseTypes,
                         const QStringList &statuses, const QStringList &priorities);
    FormDefaults formDefaults() const;

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
    void fillDeliveries();
    void explainDelivery();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    ConnectionSettings m_base;
};
