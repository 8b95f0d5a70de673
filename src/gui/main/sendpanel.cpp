#include "gui/main/sendpanel.h"

#include "core/global.h"
#include "core/model/casefield.h"
#include "core/send/updatesender.h"
#include "gui/widgets/icons.h"
#include "ui_sendpanel.h"

#include <QAction>
#include <QEvent>
#include <QKeySequence>
#include <QLocale>

namespace {
QString rateText(qint64 bytes, qint64 elapsedMs)
{
    const qint64 perSecond = elapsedMs > 0 ? bytes * 1000 / elapsedMs : 0;
    return QLocale().formattedDataSize(perSecond, 1);
}

// Fields whose emptiness is listed by name ("Still needed: status, priority") rather than by sentence.
bool listedByName(const QString &wireName)
{
    const auto field = CaseFields::fromWireName(wireName);
    return field && *field != CaseField::Solution && *field != CaseField::Form && *field != CaseField::File;
}

QString cancelToolTip()
{
    //: %1 is the key that does the same (Esc), as the system names it
    return SendPanel::tr("Stop the upload (%1)")
        .arg(QKeySequence(Qt::Key_Escape).toString(QKeySequence::NativeText));
}
} // namespace

SendPanel::SendPanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SendPanel>())
{
    m_ui->setupUi(this);
    m_ui->updateButton->setIcon(Icons::icon(Icons::Id::Send));
    m_ui->cancelButton->setIcon(Icons::icon(Icons::Id::Cancel));
    m_ui->deliveryLabel->hide();
    m_ui->changeSummaryLabel->hide();
    connect(m_ui->updateButton, &QPushButton::clicked, this, &SendPanel::updateClicked);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &SendPanel::cancelClicked);
    connect(m_ui->problemsLabel, &QLabel::linkActivated, this,
            [this](const QString &link) { Q_EMIT problemActivated(link.section(u':', 1)); });
    setSending(false);
    m_ui->cancelButton->setToolTip(cancelToolTip());
}

SendPanel::~SendPanel() = default;

void SendPanel::setUpdateAction(QAction *update)
{
    m_update = update;
}

void SendPanel::follow(UpdateSender *sender)
{
    connect(sender, &UpdateSender::requestStarted, this, &SendPanel::showWaiting);
    connect(sender, &UpdateSender::connected, this,
            [this, sender] { showConnecting(sender->currentRequest(), sender->plan().requestCount()); });
    connect(sender, &UpdateSender::uploadProgress, this, &SendPanel::showProgress);
}

QWidget *SendPanel::firstField() const
{
    return m_ui->cancelButton;
}

QWidget *SendPanel::lastField() const
{
    return m_ui->updateButton;
}

void SendPanel::setProblems(const QList<ValidationIssue> &problems)
{
    m_problems = problems;
    renderProblems();
}

void SendPanel::renderProblems()
{
    QStringList missing;
    QStringList others;
    QStringList all;
    for (const ValidationIssue &issue : std::as_const(m_problems)) {
        all.append(issue.message);
        const QString target
            = issue.index >= 0 ? issue.field + u'#' + QString::number(issue.index) : issue.field;
        if (issue.rule == Rules::Required && listedByName(issue.field)) {
            const QString name = CaseFields::displayName(*CaseFields::fromWireName(issue.field));
            missing.append(u"<a href=\"field:%1\">%2</a>"_s.arg(target, name.toHtmlEscaped()));
        } else {
            others.append(u"<a href=\"field:%1\">%2</a>"_s.arg(target, issue.message.toHtmlEscaped()));
        }
    }

    QString text;
    if (m_problems.isEmpty()) {
        text = (m_readyNote.isEmpty() ? tr("Ready to send.") : m_readyNote).toHtmlEscaped();
    } else {
        QStringList parts;
        if (!missing.isEmpty())
            parts.append(tr("Still needed: %1.").toHtmlEscaped().arg(QLocale().createSeparatedList(missing)));
        parts += others;
        text = parts.join(u"&nbsp;&nbsp;· "_s);
    }
    m_ui->problemsLabel->setText(text);
    m_ui->problemsLabel->setToolTip(all.join(u'\n'));

    const QString keys = m_update ? m_update->shortcut().toString(QKeySequence::NativeText) : QString();
    const QString tip = m_problems.isEmpty() ? tr("Send the update to the CRM (%1)").arg(keys)
                                             : tr("Fix these first:\n%1").arg(u"• "_s + all.join(u"\n• "_s));
    m_ui->updateButton->setToolTip(tip);
    m_ui->updateButton->setAccessibleDescription(all.join(u' '));
    if (m_update)
        m_update->setToolTip(tip);
}

void SendPanel::setDeliveryNote(const QString &note)
{
    m_ui->deliveryLabel->setText(note);
    m_ui->deliveryLabel->setVisible(!note.isEmpty());
}

void SendPanel::setChangeSummary(bool loaded, const QString &summary)
{
    m_loaded = loaded;
    m_summary = summary;
    renderSummary();
}

void SendPanel::renderSummary()
{
    QLabel *label = m_ui->changeSummaryLabel;
    label->setVisible(m_loaded);
    if (!m_loaded)
        return;
    label->setText(m_summary.isEmpty()
                       //: Above Update case, for a case loaded from the CRM and not changed since
                       ? tr("No change yet: the form holds the case as it was loaded.")
                       //: Above Update case, for a case loaded from the CRM; %1 lists the changes, e.g.
                       //: "priority: low → high"
                       : tr("Will change: %1").arg(m_summary));
    label->setToolTip(label->text());
}

void SendPanel::setReadyNote(const QString &note)
{
    if (note == m_readyNote)
        return;
    m_readyNote = note;
    renderProblems();
}

void SendPanel::showActivity(const QString &text)
{
    m_ui->progressBar->setRange(0, 0);
    m_ui->progressLabel->setText(text);
}

void SendPanel::setCanSend(bool canSend)
{
    m_ui->updateButton->setEnabled(canSend);
}

void SendPanel::setSending(bool sending)
{
    m_ui->progressBar->setVisible(sending);
    m_ui->progressLabel->setVisible(sending);
    m_ui->cancelButton->setVisible(sending);
    m_ui->cancelButton->setEnabled(sending);
    m_ui->problemsLabel->setVisible(!sending);
    if (sending) {
        m_ui->progressBar->setRange(0, 0); // busy until the first progress report
        m_ui->progressBar->setValue(0);
        m_uploadClock.start();
    }
}

void SendPanel::showWaiting()
{
    m_ui->progressLabel->setText(tr("Waiting for a free connection…"));
}

void SendPanel::showConnecting(int request, int requests)
{
    m_request = request;
    m_requests = requests;
    m_uploadClock.start();
    m_ui->progressBar->setRange(0, 0);
    m_ui->progressLabel->setText(
        requests > 1 ? tr("Update %1 of %2: connecting…").arg(request + 1).arg(requests) : tr("Connecting…"));
}

void SendPanel::showProgress(qint64 sent, qint64 total)
{
    const QLocale locale;
    const qint64 elapsed = m_uploadClock.elapsed();
    QString text;
    if (total > 0 && sent < total) {
        m_ui->progressBar->setRange(0, 1000);
        m_ui->progressBar->setValue(int(sent * 1000 / total));
        text = tr("%1 of %2 · %3/s")
                   .arg(locale.formattedDataSize(sent, 1), locale.formattedDataSize(total, 1),
                        rateText(sent, elapsed));
    } else {
        // Everything is on its way; the CRM still has to answer.
        m_ui->progressBar->setRange(0, 0);
        text = tr("%1 sent · waiting for the CRM's answer…")
                   .arg(locale.formattedDataSize(std::max(sent, total), 1));
    }
    if (m_requests > 1) {
        //: %1 and %2 count the updates of one case sent one file at a time; %3 is the progress of this one
        text = tr("Update %1 of %2: %3").arg(m_request + 1).arg(m_requests).arg(text);
    }
    m_ui->progressLabel->setText(text);
}

void SendPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_ui->cancelButton->setToolTip(cancelToolTip());
        renderProblems();
        renderSummary();
    }
}
