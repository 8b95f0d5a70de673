#include "gui/dialogs/settingsdialog.h"

#include "core/net/cabundle.h"
#include "core/global.h"
#include "core/translations.h"
#include "ui_settingsdialog.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
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
    connect(m_ui->caBundleBrowseButton, &QPushButton::clicked, this, &SettingsDialog::chooseCaBundle);
    connect(m_ui->caBundleEdit, &QLineEdit::editingFinished, this, &SettingsDialog::checkCaBundle);
    connect(m_ui->caBundleEdit, &QLineEdit::textChanged, this, [this] {
        if (m_ui->caBundleEdit->text().trimmed().isEmpty())
            checkCaBundle(); // cleared: nothing left to complain about
    });
    m_ui->caBundleProblemLabel->hide();
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
    m_ui->caBundleEdit->setText(QDir::toNativeSeparators(settings.caBundlePath));
    checkCaBundle();
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
    settings.caBundlePath = QDir::fromNativeSeparators(m_ui->caBundleEdit->text().trimmed());
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

bool SettingsDialog::checkCaBundle()
{
    const QString path = QDir::fromNativeSeparators(m_ui->caBundleEdit->text().trimmed());
    const CaBundle::Loaded bundle = path.isEmpty() ? CaBundle::Loaded() : CaBundle::load(path);
    if (bundle.ok() && !path.isEmpty()) {
        m_ui->caBundleProblemLabel->setText(tr("%n certificate(s) trusted in addition to the system's.",
                                               nullptr, int(bundle.certificates.size())));
    } else {
        m_ui->caBundleProblemLabel->setText(bundle.error);
    }
    m_ui->caBundleProblemLabel->setVisible(!path.isEmpty());
    m_ui->caBundleProblemLabel->setProperty("problem", !bundle.ok());
    m_ui->caBundleEdit->setAccessibleDescription(bundle.error);
    return bundle.ok();
}

void SettingsDialog::chooseCaBundle()
{
    auto *dialog = new QFileDialog(this, tr("Choose a CA bundle"));
    dialog->setObjectName(u"caBundleDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setNameFilters({tr("Certificates (*.pem *.crt *.cer)"), tr("All files (*)")});
    const QString current = m_ui->caBundleEdit->text().trimmed();
    if (!current.isEmpty())
        dialog->setDirectory(QFileInfo(current).absolutePath());
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) {
        m_ui->caBundleEdit->setText(QDir::toNativeSeparators(file));
        checkCaBundle();
    });
    dialog->open(); // window-modal, no nested event loop
}

void SettingsDialog::accept()
{
    if (!checkCaBundle()) {
        m_ui->caBundleEdit->setFocus(Qt::OtherFocusReason);
        m_ui->caBundleEdit->selectAll();
        return;
    }
    QDialog::accept();
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
        checkCaBundle();
    }
}
