#include "gui/dialogs/settingsdialog.h"

#include "core/global.h"
#include "core/net/cabundle.h"
#include "core/translations.h"
#include "gui/widgets/dialogs.h"
#include "ui_settingsdialog.h"

#include <QDir>
#include <QEvent>
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
    fillDeliveries();
    connect(m_ui->deliveryCombo, &QComboBox::currentIndexChanged, this, &SettingsDialog::explainDelivery);
    connect(m_ui->partNameCombo, &QComboBox::currentTextChanged, this, &SettingsDialog::explainDelivery);
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
    m_ui->deliveryCombo->setCurrentIndex(std::max(
        0, m_ui->deliveryCombo->findData(ConnectionSettings::deliveryId(settings.attachmentDelivery))));
    m_ui->checkCaseCheck->setChecked(settings.checkCaseBeforeSending);
    explainDelivery();
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
    if (const auto delivery
        = ConnectionSettings::deliveryFromId(m_ui->deliveryCombo->currentData().toString()))
        settings.attachmentDelivery = *delivery;
    settings.checkCaseBeforeSending = m_ui->checkCaseCheck->isChecked();
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
    // The folder of the file chosen before, else Documents; window-modal, no nested event loop.
    const QString current = m_ui->caBundleEdit->text().trimmed();
    const Dialogs::FileRequest request{u"caBundleDialog"_s,
                                       tr("Choose a CA bundle"),
                                       {tr("Certificates (*.pem *.crt *.cer)"), tr("All files (*)")},
                                       {},
                                       current.isEmpty() ? QString() : QFileInfo(current).absolutePath(),
                                       {},
                                       {}};
    Dialogs::openFiles(this, nullptr, request, false, [this](const QStringList &files) {
        m_ui->caBundleEdit->setText(QDir::toNativeSeparators(files.constFirst()));
        checkCaBundle();
    });
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

void SettingsDialog::fillDeliveries()
{
    using Delivery = ConnectionSettings::AttachmentDelivery;
    QComboBox *combo = m_ui->deliveryCombo;
    const QString chosen = combo->currentData().toString();
    const QSignalBlocker blocker(combo);
    combo->clear();
    //: How several attachments of one update are sent; the part names stay in English
    combo->addItem(tr("Automatic"), ConnectionSettings::deliveryId(Delivery::Automatic));
    //: How several attachments of one update are sent
    combo->addItem(tr("One update per file"), ConnectionSettings::deliveryId(Delivery::OneUpdatePerFile));
    //: How several attachments of one update are sent
    combo->addItem(tr("All files in one request"), ConnectionSettings::deliveryId(Delivery::OneRequest));
    combo->setCurrentIndex(std::max(0, combo->findData(chosen)));
}

void SettingsDialog::explainDelivery()
{
    const auto delivery = ConnectionSettings::deliveryFromId(m_ui->deliveryCombo->currentData().toString());
    ConnectionSettings probe;
    probe.attachmentPartName = m_ui->partNameCombo->currentText().trimmed();
    const bool keepsAll = probe.partNameKeepsEveryFile();
    QString note;
    switch (delivery.value_or(ConnectionSettings::AttachmentDelivery::Automatic)) {
    case ConnectionSettings::AttachmentDelivery::Automatic:
        note = keepsAll ? tr("With the part name “%1” every file goes in one request: one call of the daily "
                             "quota per update.")
                              .arg(probe.attachmentPartName)
                        : tr("With the part name “%1” the CRM keeps only the last file of a request, so each "
                             "file goes in an update of its own: one call of the daily quota per file.")
                              .arg(probe.attachmentPartName);
        break;
    case ConnectionSettings::AttachmentDelivery::OneUpdatePerFile:
        note = tr("The same fields are sent once per file, so every file arrives whatever the part name: one "
                  "call of the daily quota per file.");
        break;
    case ConnectionSettings::AttachmentDelivery::OneRequest:
        note = keepsAll
            ? tr("Every file goes in one request: one call of the daily quota per update.")
            : tr("Every file goes in one request, but under the part name “%1” the CRM keeps only "
                 "the last one: the others are lost. One call of the daily quota per update.")
                  .arg(probe.attachmentPartName);
        break;
    }
    m_ui->deliveryNoteLabel->setText(note);
    m_ui->deliveryCombo->setToolTip(note);
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
        fillDeliveries();
        explainDelivery();
        checkCaBundle();
    }
}
