#include "core/global.h"
#include "core/history/historystore.h"
#include "core/profiles/profilestore.h"
#include "core/profiles/secretstore.h"
#include "core/profiles/settings.h"
#include "gui/dialogs/settingsdialog.h"
#include "gui/main/mainwindow.h"
#include "gui/widgets/messagebanner.h"
#include "support/persistencetest.h"
#include "support/windowdriver.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QGroupBox>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

namespace {
using WindowDriver::type;
ConnectionProfile alpha()
{
    ConnectionProfile p;
    p.name = u"Alpha"_s;
    p.server = u"alpha.example.com"_s;
    p.operation = u"alphaop"_s;
    p.closedStatuses = {u"finished"_s};
    p.attachmentPartName = u"files"_s;
    p.defaultCaseType = u"Request"_s;
    p.defaultStatus = u"open"_s;
    p.defaultPriority = u"low"_s;
    return p;
}
} // namespace

// The profile actions of the connection bar, driven through their dialogs as an agent would: new, rename,
// switch, form defaults, remove (and its token), export and import. Tokens live in the in-memory store.
class TestProfileWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<MemoryHistoryStore> m_history;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<MainWindow> m_window;

    QString path(const QString &name) const { return m_dir.filePath(u"%1-%2"_s.arg(m_counter).arg(name)); }

    template <typename T> T *widget(const QString &name) const
    {
        T *found = m_window->findChild<T *>(name);
        if (!found)
            qWarning("no widget named %s", qPrintable(name));
        return found;
    }

    // The visible dialog named `name`, once it is open (they open window-modal, without blocking).
    template <typename T> T *dialog(const QString &name) const
    {
        T *found = nullptr;
        const bool shown = QTest::qWaitFor(
            [&] { return (found = m_window->findChild<T *>(name)) && found->isVisible(); }, 5000);
        return shown ? found : nullptr;
    }

    void trigger(const QString &actionName)
    {
        auto *action = m_window->findChild<QAction *>(actionName);
        QVERIFY2(action, qPrintable(actionName));
        QVERIFY2(action->isEnabled(), qPrintable(actionName + u" is disabled"_s));
        action->trigger();
    }

    // The token the in-memory keychain holds for `id`; empty when none.
    QString tokenOf(const QString &id)
    {
        QSignalSpy read(m_secrets.get(), &SecretStore::tokenRead);
        m_secrets->readToken(id);
        if (!read.wait(5000))
            return u"<no answer>"_s;
        const auto result = read.at(0).at(0).value<SecretStore::Result>();
        return result.ok() ? result.token : QString();
    }

    // The window's stores, on files of this test and an in-memory keychain.
    void makeStores()
    {
        m_settings = std::make_unique<Settings>(path(u"settings.ini"_s));
        m_network = std::make_unique<QNetworkAccessManager>();
        m_history = std::make_unique<MemoryHistoryStore>();
        m_secrets = std::make_unique<SecretStore>(SecretStore::Mode::MemoryOnly);
        m_profiles = std::make_unique<ProfileStore>(path(u"profiles.json"_s), m_secrets.get());
    }

    void openWindow(const QList<ConnectionProfile> &seed)
    {
        makeStores();
        for (const ConnectionProfile &profile : seed)
            m_profiles->add(profile);
        m_window = std::make_unique<MainWindow>(m_network.get(), m_settings.get(), m_history.get());
        m_window->setProfiles(m_profiles.get(), m_secrets.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void chooseProfile(const QString &name)
    {
        auto *combo = widget<QComboBox>(u"profileCombo"_s);
        const int index = combo->findText(name);
        QVERIFY2(index >= 0, qPrintable(name));
        combo->setCurrentIndex(index);
        Q_EMIT combo->activated(index);
    }

    // Types `name` into the open name dialog and presses Enter.
    void answerNameDialog(const QString &dialogName, const QString &name)
    {
        auto *input = dialog<QInputDialog>(dialogName);
        QVERIFY2(input, qPrintable(dialogName));
        auto *edit = input->findChild<QLineEdit *>();
        QVERIFY(edit);
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QPushButton *ok = input->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled()); // a profile needs a name
        QTest::keyClicks(edit, u"   "_s);
        QVERIFY(!ok->isEnabled());
        edit->clear();
        QTest::keyClicks(edit, name);
        QVERIFY(ok->isEnabled());
        QTest::keyClick(edit, Qt::Key_Return);
        QTRY_VERIFY(!m_window->findChild<QInputDialog *>(dialogName));
    }

    void chooseFile(const QString &dialogName, const QString &fileName)
    {
        auto *files = dialog<QFileDialog>(dialogName);
        QVERIFY2(files, qPrintable(dialogName));
        files->selectFile(fileName);
        QTest::keyClick(files, Qt::Key_Return);
        QTRY_VERIFY(!m_window->findChild<QFileDialog *>(dialogName));
    }

    MessageBanner *banner() const { return widget<MessageBanner>(u"banner"_s); }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<SecretStore::Result>();
        QVERIFY(m_dir.isValid());
    }

    void init() { ++m_counter; }

    void cleanup()
    {
        m_window.reset();
        m_profiles.reset();
        m_secrets.reset();
        m_history.reset();
        m_network.reset();
        m_settings.reset();
    }

    void createRenameSwitchAndRemove()
    {
        openWindow({alpha()});
        const QString idAlpha = m_profiles->currentId();
        auto *combo = widget<QComboBox>(u"profileCombo"_s);
        QCOMPARE(combo->count(), 1);
        QVERIFY(!m_window->findChild<QAction *>(u"removeProfileAction"_s)->isEnabled()); // never the last
        type(widget<QLineEdit>(u"tokenEdit"_s), u"alpha-token"_s);
        QTRY_COMPARE(tokenOf(idAlpha), u"alpha-token"_s);

        // New: a copy of the current connection under the typed name, without the token.
        trigger(u"newProfileAction"_s);
        answerNameDialog(u"newProfileDialog"_s, u"Beta"_s);
        QCOMPARE(m_profiles->count(), 2);
        const QString idBeta = m_profiles->currentId();
        QVERIFY(idBeta != idAlpha);
        QCOMPARE(m_profiles->current().name, u"Beta"_s);
        QCOMPARE(combo->currentText(), u"Beta"_s);
        QCOMPARE(m_profiles->current().operation, u"alphaop"_s);
        QCOMPARE(m_profiles->current().closedStatuses, QStringList{u"finished"_s});
        QTRY_VERIFY(widget<QLineEdit>(u"tokenEdit"_s)->text().isEmpty());
        QCOMPARE(tokenOf(idBeta), QString());

        // Beta gets its own connection and token from the connection bar.
        type(widget<QComboBox>(u"serverCombo"_s), u"beta.example.com"_s);
        type(widget<QLineEdit>(u"operationEdit"_s), u"betaop"_s);
        type(widget<QLineEdit>(u"tokenEdit"_s), u"beta-token"_s);
        QCOMPARE(m_profiles->profile(idBeta).server, u"beta.example.com"_s);
        QCOMPARE(m_profiles->profile(idBeta).operation, u"betaop"_s);
        QTRY_COMPARE(tokenOf(idBeta), u"beta-token"_s);
        QCOMPARE(m_profiles->profile(idAlpha).operation, u"alphaop"_s);

        // Its form defaults and closed statuses, in Settings.
        QVERIFY(widget<QAction>(u"actionSettings"_s));
        widget<QAction>(u"actionSettings"_s)->trigger();
        auto *settings = dialog<SettingsDialog>(u"SettingsDialog"_s);
        QVERIFY(settings);
        QVERIFY(settings->findChild<QGroupBox *>(u"profileDefaultsGroup"_s)->isVisible());
        QCOMPARE(settings->findChild<QComboBox *>(u"defaultPriorityCombo"_s)->currentText(), u"low"_s);
        type(settings->findChild<QComboBox *>(u"defaultCaseTypeCombo"_s), u"Claims"_s);
        type(settings->findChild<QComboBox *>(u"defaultStatusCombo"_s), u"pending"_s);
        type(settings->findChild<QComboBox *>(u"defaultPriorityCombo"_s), u"high"_s);
        type(settings->findChild<QLineEdit *>(u"closedStatusesEdit"_s), u"done"_s);
        QTest::mouseClick(settings->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        QTRY_VERIFY(!m_window->findChild<SettingsDialog *>());
        const ConnectionProfile beta = m_profiles->profile(idBeta);
        QCOMPARE(beta.defaultCaseType, u"Claims"_s);
        QCOMPARE(beta.defaultStatus, u"pending"_s);
        QCOMPARE(beta.defaultPriority, u"high"_s);
        QCOMPARE(beta.closedStatuses, QStringList{u"done"_s});
        QCOMPARE(m_profiles->profile(idAlpha).defaultPriority, u"low"_s);
        m_window->newCase(); // keeps the case type the agent works on; status and priority start over
        QCOMPARE(widget<QComboBox>(u"statusCombo"_s)->currentText(), u"pending"_s);
        QCOMPARE(widget<QComboBox>(u"priorityCombo"_s)->currentText(), u"high"_s);

        // Rename: the dialog starts with the current name; a name in use gets a number.
        trigger(u"renameProfileAction"_s);
        QCOMPARE(dialog<QInputDialog>(u"renameProfileDialog"_s)->textValue(), u"Beta"_s);
        answerNameDialog(u"renameProfileDialog"_s, u"alpha"_s);
        QCOMPARE(m_profiles->profile(idBeta).name, u"alpha (2)"_s);
        trigger(u"renameProfileAction"_s);
        answerNameDialog(u"renameProfileDialog"_s, u"Beta office"_s);
        QCOMPARE(m_profiles->profile(idBeta).name, u"Beta office"_s);
        QCOMPARE(combo->currentText(), u"Beta office"_s);
        {
            ProfileStore reread(path(u"profiles.json"_s), nullptr);
            QVERIFY(reread.load());
            QCOMPARE(reread.profile(idBeta).name, u"Beta office"_s);
        }

        // Switching from the connection bar brings the other connection, token, defaults and checks.
        chooseProfile(u"Alpha"_s);
        QCOMPARE(m_profiles->currentId(), idAlpha);
        QCOMPARE(widget<QComboBox>(u"serverCombo"_s)->currentText(), u"alpha.example.com"_s);
        QCOMPARE(widget<QLineEdit>(u"operationEdit"_s)->text(), u"alphaop"_s);
        QTRY_COMPARE(widget<QLineEdit>(u"tokenEdit"_s)->text(), u"alpha-token"_s);
        m_window->newCase();
        QCOMPARE(widget<QComboBox>(u"priorityCombo"_s)->currentText(), u"low"_s);
        type(widget<QComboBox>(u"statusCombo"_s), u"finished"_s);
        QVERIFY(widget<QLabel>(u"solutionLabel"_s)->text().contains(u"required"_s)); // Alpha's closed status
        chooseProfile(u"Beta office"_s);
        QCOMPARE(widget<QComboBox>(u"serverCombo"_s)->currentText(), u"beta.example.com"_s);
        QCOMPARE(widget<QLineEdit>(u"operationEdit"_s)->text(), u"betaop"_s);
        QTRY_COMPARE(widget<QLineEdit>(u"tokenEdit"_s)->text(), u"beta-token"_s);
        QVERIFY(!widget<QLabel>(u"solutionLabel"_s)->text().contains(u"required"_s)); // not Beta's

        // Remove asks first; Escape keeps the profile.
        trigger(u"removeProfileAction"_s);
        auto *box = dialog<QMessageBox>(u"removeProfileBox"_s);
        QVERIFY(box);
        QVERIFY(box->text().contains(u"Beta office"_s));
        QTest::keyClick(box, Qt::Key_Escape);
        QTRY_VERIFY(!m_window->findChild<QMessageBox *>(u"removeProfileBox"_s));
        QCOMPARE(m_profiles->count(), 2);
        QCOMPARE(tokenOf(idBeta), u"beta-token"_s);

        trigger(u"removeProfileAction"_s);
        box = dialog<QMessageBox>(u"removeProfileBox"_s);
        QVERIFY(box);
        QTest::mouseClick(box->findChild<QPushButton *>(u"removeProfileButton"_s), Qt::LeftButton);
        QTRY_COMPARE(m_profiles->count(), 1);
        QCOMPARE(combo->count(), 1);
        QCOMPARE(m_profiles->currentId(), idAlpha);
        QCOMPARE(widget<QLineEdit>(u"operationEdit"_s)->text(), u"alphaop"_s);
        QTRY_COMPARE(tokenOf(idBeta), QString()); // its secret went with it
        QCOMPARE(tokenOf(idAlpha), u"alpha-token"_s);
        QVERIFY(!m_window->findChild<QAction *>(u"removeProfileAction"_s)->isEnabled());
        QFile file(path(u"profiles.json"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray saved = file.readAll();
        QVERIFY(!saved.contains("Beta office"));
        QVERIFY(!saved.contains("token"));
    }

    // The keychain is asked for the profile's token after the window's first frame, not while it is being
    // built: before show() nothing is read; once exposed, the token fills its field. A window that is never
    // exposed still gets its token, after FirstFrame's fallback.
    void theTokenIsReadAfterTheFirstFrame_data()
    {
        QTest::addColumn<bool>("shown");
        QTest::newRow("shown") << true;
        QTest::newRow("never exposed") << false;
    }

    void theTokenIsReadAfterTheFirstFrame()
    {
        QFETCH(bool, shown);
        makeStores();
        m_profiles->add(alpha());
        const QString token = u"wv-after-first-frame"_s;
        QSignalSpy written(m_secrets.get(), &SecretStore::tokenWritten);
        m_secrets->writeToken(m_profiles->currentId(), token);
        QVERIFY(written.wait(5000));

        QSignalSpy read(m_secrets.get(), &SecretStore::tokenRead);
        m_window = std::make_unique<MainWindow>(m_network.get(), m_settings.get(), m_history.get());
        m_window->setProfiles(m_profiles.get(), m_secrets.get());
        QTest::qWait(200); // an unheld read answers on the next turn of the event loop
        QCOMPARE(read.size(), 0);
        QVERIFY(m_secrets->isHeld());
        QVERIFY(m_secrets->pendingCount() > 0); // the read and the probe, waiting
        QCOMPARE(widget<QLineEdit>(u"tokenEdit"_s)->text(), QString());

        if (shown) {
            m_window->show();
            QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        }
        QTRY_COMPARE_WITH_TIMEOUT(widget<QLineEdit>(u"tokenEdit"_s)->text(), token, 5000);
        QVERIFY(!m_secrets->isHeld());
        // The connection is complete once the token is in: the cursor waits in the case's id, not in the
        // token field that was empty when the window appeared.
        if (shown)
            QTRY_COMPARE(m_window->focusWidget(), widget<QWidget>(u"wolkvoxIdEdit"_s));
        QCOMPARE(read.size(), 1);
        QTRY_COMPARE(m_secrets->pendingCount(), 0);
    }

    void exportAndImportWithoutTokens()
    {
        ConnectionProfile beta = alpha();
        beta.name = u"Beta"_s;
        beta.server = u"beta.example.com"_s;
        beta.defaultPriority = u"high"_s;
        openWindow({alpha(), beta});
        const QString idAlpha = m_profiles->currentId();
        type(widget<QLineEdit>(u"tokenEdit"_s), u"alpha-secret-token"_s);
        QTRY_COMPARE(tokenOf(idAlpha), u"alpha-secret-token"_s);

        // Export through the dialog: every profile, every field, no id, no token.
        const QString exported = path(u"exported.json"_s);
        trigger(u"exportProfilesAction"_s);
        chooseFile(u"exportProfilesDialog"_s, exported);
        QTRY_VERIFY(banner()->isVisible());
        QCOMPARE(banner()->kind(), MessageBanner::Kind::Success);
        QVERIFY2(banner()->title().startsWith(u"Exported 2 profile"_s), qPrintable(banner()->title()));
        QFile file(exported);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        file.close();
        QVERIFY(!bytes.contains("alpha-secret-token"));
        QCOMPARE(PersistenceTest::filesContaining(m_dir.path(), u"alpha-secret-token"_s), QStringList());
        const QJsonObject root = QJsonDocument::fromJson(bytes).object();
        QCOMPARE(root.value(u"format"_s).toString(), u"casedesk-profiles"_s);
        const QJsonArray list = root.value(u"profiles"_s).toArray();
        QCOMPARE(list.size(), 2);
        const QJsonObject first = list.at(0).toObject();
        QCOMPARE(first.value(u"name"_s).toString(), u"Alpha"_s);
        QCOMPARE(first.value(u"server"_s).toString(), u"alpha.example.com"_s);
        QCOMPARE(first.value(u"operation"_s).toString(), u"alphaop"_s);
        QCOMPARE(first.value(u"closed_statuses"_s).toArray(), QJsonArray{u"finished"_s});
        QCOMPARE(first.value(u"attachment_part_name"_s).toString(), u"files"_s);
        QCOMPARE(first.value(u"default_case_type"_s).toString(), u"Request"_s);
        QCOMPARE(first.value(u"default_status"_s).toString(), u"open"_s);
        QCOMPARE(first.value(u"default_priority"_s).toString(), u"low"_s);
        QVERIFY(!first.contains(u"id"_s));
        QVERIFY(!first.contains(u"token"_s));
        QCOMPARE(list.at(1).toObject().value(u"default_priority"_s).toString(), u"high"_s);

        // Importing them again: the names are taken, so the copies are numbered and the banner says so.
        trigger(u"importProfilesAction"_s);
        chooseFile(u"importProfilesDialog"_s, exported);
        QTRY_COMPARE(m_profiles->count(), 4);
        QCOMPARE(banner()->kind(), MessageBanner::Kind::Warning);
        QVERIFY2(banner()->title().startsWith(u"Imported 2 profile"_s), qPrintable(banner()->title()));
        QVERIFY(banner()->title().endsWith(u", with remarks"_s));
        QVERIFY2(
            banner()->text().contains(u"“Alpha” exists already; the imported one is called “Alpha (2)”."_s),
            qPrintable(banner()->text()));
        QVERIFY(banner()->text().contains(u"Enter the token of each imported profile to use it."_s));
        QCOMPARE(m_profiles->currentId(), idAlpha); // importing does not switch
        auto *combo = widget<QComboBox>(u"profileCombo"_s);
        QCOMPARE(combo->count(), 4);
        QVERIFY(combo->findText(u"Beta (2)"_s) >= 0);
        chooseProfile(u"Beta (2)"_s);
        const ConnectionProfile copy = m_profiles->current();
        QCOMPARE(copy.server, u"beta.example.com"_s);
        QCOMPARE(copy.defaultPriority, u"high"_s);
        QCOMPARE(tokenOf(copy.id), QString()); // tokens never travel
        QTRY_VERIFY(widget<QLineEdit>(u"tokenEdit"_s)->text().isEmpty());

        // A file that holds no profiles imports nothing and says why.
        const QString other = path(u"other.json"_s);
        {
            QFile bad(other);
            QVERIFY(bad.open(QIODevice::WriteOnly));
            bad.write("{\"format\": \"something-else\"}");
        }
        trigger(u"importProfilesAction"_s);
        chooseFile(u"importProfilesDialog"_s, other);
        QTRY_COMPARE(banner()->title(), u"No profile was imported"_s);
        QCOMPARE(banner()->kind(), MessageBanner::Kind::Error);
        QCOMPARE(banner()->text(), u"This is not a Casedesk profiles file."_s);
        QCOMPARE(m_profiles->count(), 4);
    }
};

QTEST_MAIN(TestProfileWindow)
#include "tst_profilewindow.moc"
