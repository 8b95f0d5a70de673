#include "settingsdialog.h"

#include "global.h"
#include "translations.h"
#include "ui_settingsdialog.h"

#include <QEvent>
#include <QPushButton>

namespace {
constexpr qint64 Mebibyte = qint64(1) << 20;
}

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
{
    m_ui->setupUi(this);
    m_ui->partNameCombo->addItems(ConnectionSettings::attachmentPartNames());
    fillLanguages();
    connect(m_ui->buttonBox->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &SettingsDialog::restoreDefaults);
    setConnectionSettings({});
    m_ui->profileDefaultsGroup->hide();
    resize(width(), sizeHint().height());
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::setConnectionSettings(const ConnectionSettings &settings)
{
    m_base = settings;
    m_ui->timeoutSpin->setValue(settings.timeoutSeconds);
    m_ui->partNameCombo->setCurrentText(settings.attachmentPartName);
    m_ui->closedStatusesEdit->setText(settings.closedStatuses.join(u", "_s));
    m_ui->allowedExtensionsEdit->setText(settings.allowedExtensions.join(u", "_s));
    m_ui->maxFileSizeSpin->setValue(
        int(std::clamp<qint64>((settings.maxAttachmentBytes + Mebibyte - 1) / Mebibyte,
                               m_ui->maxFileSizeSpin->minimum(), m_ui->maxFileSizeSpin->maximum())));
}

ConnectionSettings SettingsDialog::connectionSettings() const
{
    ConnectionSettings settings = m_base;
    settings.timeoutSeconds = m_ui->timeoutSpin->value();
    const QString partName = m_ui->partNameCombo->currentText().trimmed();
    settings.attachmentPartName
        = partName.isEmpty() ? ConnectionSettings::attachmentPartNames().constFirst() : partName;
    settings.closedStatuses = ConnectionSettings::splitList(m_ui->closedStatusesEdit->text());
    QStringList extensions;
    for (QString extension : ConnectionSettings::splitList(m_ui->allowedExtensionsEdit->text())) {
        while (extension.startsWith(u'.'))
            extension.remove(0, 1);
        if (!extension.isEmpty())
            extensions.append(extension.toLower());
    }
    settings.allowedExtensions = extensions;
    settings.maxAttachmentBytes = qint64(m_ui->maxFileSizeSpin->value()) * Mebibyte;
    return settings;
}

void SettingsDialog::setFormDefaults(const FormDefaults &defaults, const QStringList &caseTypes,
                                     const QStringList &statuses, const QStringList &priorities)
{
    const auto fill = [](QComboBox *combo, const QStringList &items, const QString &value) {
        combo->clear();
        combo->addItems(items);
        combo->setCurrentIndex(combo->findText(value, Qt::MatchFixedString));
        combo->setEditText(value);
    };
    fill(m_ui->defaultCaseTypeCombo, caseTypes, defaults.caseType);
    fill(m_ui->defaultStatusCombo, statuses, defaults.status);
    fill(m_ui->defaultPriorityCombo, priorities, defaults.priority);
    m_ui->profileDefaultsGroup->show();
    resize(width(), sizeHint().height());
}

SettingsDialog::FormDefaults SettingsDialog::formDefaults() const
{
    return {m_ui->defaultCaseTypeCombo->currentText().trimmed(),
            m_ui->defaultStatusCombo->currentText().trimmed(),
            m_ui->defaultPriorityCombo->currentText().trimmed()};
}

void SettingsDialog::fillLanguages()
{
    const QString chosen = language();
    const QSignalBlocker blocker(m_ui->languageCombo);
    m_ui->languageCombo->clear();
    m_ui->languageCombo->addItem(
        tr("System default (%1)").arg(Translations::displayName(Translations::resolve({}))), QString());
    // Each language in its own name, so someone who cannot read the current one still finds theirs.
    for (const QString &code : Translations::available())
        m_ui->languageCombo->addItem(Translations::displayName(code), code);
    setLanguage(chosen);
}

void SettingsDialog::setLanguage(const QString &language)
{
    const int index = m_ui->languageCombo->findData(language);
    m_ui->languageCombo->setCurrentIndex(std::max(0, index));
}

QString SettingsDialog::language() const
{
    return m_ui->languageCombo->currentData().toString();
}

void SettingsDialog::restoreDefaults()
{
    const ConnectionSettings base = m_base;
    setConnectionSettings({});
    m_base = base;
}

void SettingsDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillLanguages();
    }
}
