#include "gui/dialogs/aboutdialog.h"

#include "core/global.h"
#include "gui/widgets/icons.h"
#include "ui_aboutdialog.h"

#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QPushButton>
#include <QSysInfo>

namespace {
QString link(const QString &url, const QString &text)
{
    return u"<a href=\"%1\">%2</a>"_s.arg(url.toHtmlEscaped(), text.toHtmlEscaped());
}

QString homepage()
{
    return QString::fromLatin1(Casedesk::Homepage);
}
} // namespace

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AboutDialog>())
{
    m_ui->setupUi(this);
    m_ui->iconLabel->setPixmap(Icons::icon(Icons::Id::Application).pixmap(96, 96));
    m_copyButton = m_ui->buttonBox->addButton(QString(), QDialogButtonBox::ActionRole);
    m_copyButton->setObjectName(u"copyVersionButton"_s);
    m_copyButton->setIcon(Icons::icon(Icons::Id::Copy));
    connect(m_copyButton, &QPushButton::clicked, this,
            [] { QGuiApplication::clipboard()->setText(versionReport()); });
    fillTexts();
}

AboutDialog::~AboutDialog() = default;

QString AboutDialog::versionReport()
{
    return tr("Casedesk %1 with Qt %2 (built with Qt %3) on %4")
        .arg(QString::fromLatin1(Casedesk::Version), QString::fromLatin1(qVersion()),
             QString::fromLatin1(QT_VERSION_STR), QSysInfo::prettyProductName());
}

void AboutDialog::fillTexts()
{
    m_ui->titleLabel->setText(
        u"<h2>%1</h2>"_s.arg(tr("Casedesk %1").arg(QString::fromLatin1(Casedesk::Version)).toHtmlEscaped()));
    m_ui->qtVersionLabel->setText(
        tr("Qt %1 (built with Qt %2)")
            .arg(QString::fromLatin1(qVersion()), QString::fromLatin1(QT_VERSION_STR)));
    // One whole sentence for the translators, the link's markup included; only the address is filled in.
    m_ui->licenceLabel->setText(tr("Copyright © 2026 The Casedesk authors. Casedesk is free software under "
                                   "the <a href=\"%1\">MIT licence</a>.")
                                    .arg(QString(homepage() + u"/blob/main/LICENSE"_s).toHtmlEscaped()));
    m_ui->linksLabel->setText(u"%1<br>%2"_s.arg(link(homepage(), tr("Project page and bug reports")),
                                                link(homepage() + u"/blob/main/docs/ARCHITECTURE.md"_s,
                                                     tr("How Casedesk uses the wolkvox cases API"))));
    m_copyButton->setText(tr("&Copy version information"));
    m_copyButton->setToolTip(tr("For a support request: Casedesk's, Qt's and the system's versions"));
}

void AboutDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillTexts();
    }
}
