#include "gui/main/casefiller.h"

#include "core/global.h"
#include "core/history/historystore.h"
#include "core/model/casecomparison.h"
#include "core/model/casefield.h"
#include "core/model/deliveryplan.h"
#include "core/profiles/draftstore.h"
#include "core/profiles/profilestore.h"
#include "core/profiles/settings.h"
#include "core/vocabulary/vocabularystore.h"
#include "gui/main/attachmentseditor.h"
#include "gui/main/caseform.h"
#include "gui/main/connectionbar.h"
#include "gui/main/customfieldseditor.h"
#include "gui/main/draftcontroller.h"
#include "gui/main/mainwindow.h"
#include "gui/main/outcomebanner.h"
#include "gui/main/sendflow.h"
#include "gui/main/sendpanel.h"
#include "gui/main/vocabularyactions.h"
#include "gui/widgets/messagebanner.h"

#include <QAction>
#include <QDateTime>
#include <algorithm>

// The strings stay in MainWindow's translation context: they are the window's.

CaseFiller::CaseFiller(const Parts &parts)
    : QObject(parts.window)
    , m_parts(parts)
{
    Q_ASSERT(parts.window && parts.settings && parts.history && parts.drafts && parts.send
             && parts.vocabularyActions);
}

CaseFiller::~CaseFiller() = default;

std::optional<CaseBaseline> CaseFiller::loadedCase() const
{
    // Another id typed over it: the form no longer shows the loaded case.
    if (!m_loaded || m_loaded->record.wolkvoxId.compare(m_parts.form->idText(), Qt::CaseInsensitive) != 0)
        return std::nullopt;
    return m_loaded;
}

void CaseFiller::fillForm(const CaseUpdate &update, const QStringList &delivered)
{
    m_loading = true;
    m_parts.form->load(update);
    m_parts.customFields->setFields(update.customFields);
    m_parts.attachments->setPaths(update.attachments, delivered);
    m_loading = false;
}

void CaseFiller::loadUpdate(const CaseUpdate &update, const QStringList &delivered)
{
    m_loading = true;
    m_parts.connection->setServer(update.server);
    m_parts.connection->setOperation(update.operation);
    m_loading = false;
    m_loaded.reset();
    fillForm(update, delivered);
    revalidate();
    const int already = int(delivered.size());
    m_parts.banner->show(MessageBanner::Kind::Information, [id = update.wolkvoxId, already] {
        QString text
            = MainWindow::tr("Case %1 is back in the form: correct it and press Update case.").arg(id);
        if (already > 0) {
            text
                += u' '
                + MainWindow::tr(
                       "%n of its files already reached the CRM and are not sent again unless you tick them.",
                       nullptr, already);
        }
        return MessageBanner::Content{MainWindow::tr("Loaded into the form"), text};
    });
    m_parts.form->firstField()->setFocus(Qt::OtherFocusReason);
}

void CaseFiller::loadAttempt(const HistoryEntry &entry)
{
    HistoryStore *history = m_parts.history;
    SendGuard *guard = m_parts.send->guard();
    const CaseUpdate update = history->wholeUpdate(entry);
    // Files an answered request carried are with the case already: listed, not sent again unless ticked.
    bool succeeded = false;
    QStringList delivered = SendGuard::deliveredBy(
        entry.deliveryGroup != 0 ? history->deliveryGroup(entry.deliveryGroup) : QList<HistoryEntry>{entry},
        &succeeded);
    for (const QString &path : guard->deliveredFiles(update)) {
        if (!delivered.contains(path))
            delivered.append(path);
    }
    if (succeeded)
        guard->rememberSuccess(update, delivered, entry.time);
    loadUpdate(update, delivered);
    m_loaded = CaseBaseline::fromJson(entry.baseline); // the case as it was loaded before that attempt
    revalidate();
}

void CaseFiller::showLoadedCase(const CaseBaseline &baseline)
{
    const CaseUpdate current = m_parts.currentUpdate();
    CaseUpdate update = baseline.record.toUpdate(current.server, current.operation);
    update.attachments = current.attachments; // files are the agent's, not the CRM's: they stay
    m_loaded = baseline;
    fillForm(update, {});
    if (m_vocabulary && m_vocabulary->recordCase(current.operation, baseline.record))
        m_parts.form->refreshValueLists();
    m_parts.send->guard()->setTokenVerified(current.server, current.operation, m_parts.connection->token(),
                                            true);
    update.attachments.clear();
    m_parts.drafts->setClean(update); // the CRM's values are not edits; attached files still are
    revalidate();
    m_parts.form->focusField(CaseFields::wireName(CaseField::CaseType));
}

void CaseFiller::showReread(const CaseBaseline &now, const CaseUpdate &update)
{
    m_loaded = now;
    fillForm(update, {});
    revalidate();
}

void CaseFiller::sendFinished(const UpdateSender::Report &report, const CaseUpdate &sent)
{
    if (report.isSuccess()) {
        rememberSuccessful(sent);
        // The CRM has the sent values now: they are what a further correction changes.
        if (m_loaded && m_loaded->record.wolkvoxId.compare(sent.wolkvoxId, Qt::CaseInsensitive) == 0) {
            m_loaded->record = CaseBaseline::applied(m_loaded->record, sent);
            m_loaded->readAt = QDateTime::currentDateTimeUtc();
        }
        m_parts.drafts->setClean(sent);
        m_parts.drafts->saveNow();
    } else if (m_vocabulary && m_vocabulary->recordRejection(sent, report.result)) {
        m_parts.form->refreshValueLists(); // a refused value is no longer offered
    }
    revalidate();
}

void CaseFiller::rememberSuccessful(const CaseUpdate &update)
{
    Settings *settings = m_parts.settings;
    settings->setLastServer(update.server);
    settings->setLastOperation(update.operation);
    settings->rememberCaseType(update.operation, update.caseType);
    settings->rememberStatus(update.operation, update.caseType, update.status);
    settings->rememberPriority(update.operation, update.caseType, update.priority);
    settings->rememberResponsible(update.responsible);
    if (m_vocabulary)
        m_vocabulary->recordSuccess(update);
    m_parts.connection->refreshServers();
    m_parts.form->refreshValueLists();
}

void CaseFiller::restoreDraft(const Draft &draft)
{
    // Back to the profile the case was typed for, when it still exists.
    ProfileStore *profiles = m_parts.connection->profiles();
    if (profiles && profiles->contains(draft.profileId) && profiles->currentId() != draft.profileId)
        profiles->setCurrent(draft.profileId);
    // The connection stays the window's (profile or command line); only the case comes back.
    CaseUpdate restored = draft.update;
    const CaseUpdate current = m_parts.currentUpdate();
    restored.server = current.server;
    restored.operation = current.operation;
    // Files attached while the question was open (dropped, or given to a second start) stay.
    for (const QString &path : current.attachments) {
        if (!restored.attachments.contains(path))
            restored.attachments.append(path);
    }
    loadUpdate(restored, {});
}

void CaseFiller::applyProfileDefaults()
{
    const ConnectionProfile profile = m_parts.connection->currentProfile();
    if (!profile.id.isEmpty())
        m_parts.form->applyDefaults(profile.defaultCaseType, profile.defaultStatus, profile.defaultPriority);
}

void CaseFiller::newCase()
{
    m_loading = true;
    m_parts.form->clearCase();
    m_parts.customFields->setFields({});
    m_parts.attachments->setPaths({});
    applyProfileDefaults();
    m_loading = false;
    m_loaded.reset();
    m_parts.banner->dismiss();
    m_parts.drafts->markClean();
    m_parts.drafts->saveNow();
    revalidate();
    m_parts.form->firstField()->setFocus(Qt::OtherFocusReason);
}

void CaseFiller::revalidate()
{
    if (m_loading)
        return;
    m_parts.drafts->schedule();
    const CaseUpdate update = m_parts.currentUpdate();
    const ConnectionSettings settings = m_parts.connectionSettings();
    QList<ValidationIssue> issues = Validator::validate(update, settings);
    if (m_parts.connection->token().isEmpty()) {
        issues.append({CaseFields::wireName(CaseField::Token), -1, Rules::Required,
                       MainWindow::tr("Enter the operation's Wolkvox-Token.")});
    }
    std::stable_sort(issues.begin(), issues.end(), [](const ValidationIssue &a, const ValidationIssue &b) {
        return CaseFields::order(a.field) < CaseFields::order(b.field);
    });
    m_problems = issues;

    // A case loaded from the CRM: what the update changes in it, marked in place and summed up.
    const std::optional<CaseBaseline> loaded = loadedCase();
    const QList<FieldChange> changes
        = loaded ? CaseComparison::changes(loaded->record, update) : QList<FieldChange>();
    m_unchanged = loaded && changes.isEmpty() && update.attachments.isEmpty();
    const bool sent = m_parts.send->guard()->isSameAsLastSuccess(update);

    m_parts.connection->showIssues(issues);
    m_parts.form->showIssues(issues, settings);
    m_parts.form->showChanges(changes);
    m_parts.customFields->showIssues(issues, update.formJson());
    m_parts.customFields->showChanges(changes);
    m_parts.attachments->showIssues(issues);
    m_parts.attachments->setAllowedExtensions(settings.allowedExtensions);
    m_parts.sendPanel->setProblems(issues);
    m_parts.sendPanel->setChangeSummary(loaded.has_value(), CaseComparison::summary(changes));
    const QString next = m_parts.newCaseAction->shortcut().toString(QKeySequence::NativeText);
    m_parts.sendPanel->setReadyNote(
        sent ? MainWindow::tr("Sent: the CRM has these values. Change something to send a correction, or "
                              "start the next case (%1).")
                   .arg(next)
            : m_unchanged ? MainWindow::tr("Nothing to send yet: change a field of the loaded case first.")
                          : QString());
    m_parts.sendPanel->setDeliveryNote(
        DeliveryPlan::make(update, settings).summary(settings.attachmentPartName));
    // "Case updated" describes the form only while it shows what was sent.
    if (!sent)
        m_parts.banner->clearTopic(OutcomeBanner::SentTopic);
    m_parts.vocabularyActions->refresh();
    m_parts.checked();
}

void CaseFiller::focusField(const QString &target)
{
    const QString field = target.section(u'#', 0, 0);
    bool ok = false;
    const int row = target.section(u'#', 1, 1).toInt(&ok);
    if (field == CaseFields::wireName(CaseField::Form))
        m_parts.customFields->focusRow(ok ? row : -1);
    else if (field == CaseFields::wireName(CaseField::File))
        m_parts.attachments->focusRow(ok ? row : -1);
    else if (!m_parts.connection->focusField(field))
        m_parts.form->focusField(field);
}
