#include "core/global.h"
#include "core/history/historystore.h"
#include "core/profiles/profilestore.h"
#include "core/profiles/secretstore.h"
#include "core/profiles/settings.h"
#include "gui/main/mainwindow.h"
#include "support/persistencetest.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

namespace {
constexpr auto ChildVariable = "CASEDESK_KEYCHAIN_WINDOW_CHILD";
constexpr auto TokenVariable = "CASEDESK_TEST_TOKEN";
const QString SessionOnlyNotice
    = u"No keychain is available: the token is kept only until Casedesk closes."_s;

// One start of the window on the files under XDG_DATA_HOME: a new keychain connection, a new profile
// store read from disk, a new window. Destroying it is closing Casedesk.
struct Session
{
    Session()
        : folder(qEnvironmentVariable("XDG_DATA_HOME"))
        , settings(folder + u"/settings.ini"_s)
        , profiles(folder + u"/profiles.json"_s, &secrets)
        , window(&network, &settings, &history)
    { }

    template <typename T> T *widget(const QString &name) const { return window.findChild<T *>(name); }
    QLineEdit *tokenEdit() const { return widget<QLineEdit>(u"tokenEdit"_s); }
    QLabel *notice() const { return widget<QLabel>(u"tokenStorageLabel"_s); }

    void open()
    {
        QVERIFY(profiles.load());
        window.setProfiles(&profiles, &secrets);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // The window asked the keychain once; wait for its answer before judging the notice.
        QTRY_COMPARE(secrets.pendingCount(), 0);
    }

    void typeToken(const QString &token)
    {
        QLineEdit *edit = tokenEdit();
        edit->setFocus(Qt::OtherFocusReason);
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, token);
        Q_EMIT edit->editingFinished(); // as when Tab leaves the field: saved at once
    }

    void choose(const QString &name)
    {
        auto *combo = widget<QComboBox>(u"profileCombo"_s);
        const int index = combo->findText(name);
        QVERIFY2(index >= 0, qPrintable(name));
        combo->setCurrentIndex(index);
        Q_EMIT combo->activated(index);
    }

    QString folder;
    Settings settings;
    QNetworkAccessManager network;
    MemoryHistoryStore history;
    SecretStore secrets; // the OS keychain, or memory when none answers
    ProfileStore profiles;
    MainWindow window;
};

// What a fresh keychain connection holds for `id`: NotFound, or the token.
SecretStore::Result readFresh(const QString &id)
{
    SecretStore secrets;
    SecretStore::Result result;
    bool done = false;
    secrets.readToken(id, nullptr, [&](const SecretStore::Result &r) {
        result = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 30000))
        return {};
    return result;
}

void seedProfiles()
{
    ProfileStore profiles(qEnvironmentVariable("XDG_DATA_HOME") + u"/profiles.json"_s, nullptr);
    QVERIFY(profiles.load());
    for (const char *name : {"Alpha", "Beta"}) {
        ConnectionProfile profile;
        profile.name = QString::fromLatin1(name);
        profile.server = profile.name.toLower() + u".example.com"_s;
        profile.operation = profile.name.toLower() + u"op"_s;
        profiles.add(profile);
    }
    QCOMPARE(profiles.count(), 2);
}
} // namespace

// Runs inside a prepared environment: a private D-Bus with gnome-keyring, or no D-Bus at all.
class KeychainWindowChild : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokenSurvivesARestart()
    {
        const QString token = qEnvironmentVariable(TokenVariable);
        const QString betaToken = token + u"-beta"_s;
        QVERIFY(!token.isEmpty());
        seedProfiles();
        QString alphaId;
        QString betaId;
        {
            Session first;
            first.open();
            QVERIFY2(first.secrets.isPersistent(), qPrintable(first.secrets.memoryOnlyReason()));
            QVERIFY(!first.notice()->isVisible());
            alphaId = first.profiles.currentId();
            QCOMPARE(first.profiles.current().name, u"Alpha"_s);

            QSignalSpy written(&first.secrets, &SecretStore::tokenWritten);
            first.typeToken(token);
            QTRY_COMPARE(written.size(), 1);
            auto result = written.at(0).at(0).value<SecretStore::Result>();
            QVERIFY2(result.ok() && result.persistent, qPrintable(result.error));

            first.choose(u"Beta"_s);
            betaId = first.profiles.currentId();
            QTRY_VERIFY(first.tokenEdit()->text().isEmpty());
            first.typeToken(betaToken);
            QTRY_COMPARE(written.size(), 2);
            result = written.at(1).at(0).value<SecretStore::Result>();
            QVERIFY2(result.ok() && result.persistent, qPrintable(result.error));
            QCOMPARE(result.profileId, betaId);
            QVERIFY(!first.notice()->isVisible());
            first.window.close();
        }
        {
            // The next start: nothing in memory; the tokens come back from the Secret Service.
            Session second;
            second.open();
            QVERIFY(second.secrets.isPersistent());
            QCOMPARE(second.profiles.currentId(), betaId); // the last profile used
            QTRY_COMPARE(second.tokenEdit()->text(), betaToken);
            QVERIFY(!second.notice()->isVisible());
            second.choose(u"Alpha"_s);
            QTRY_COMPARE(second.tokenEdit()->text(), token);
            QVERIFY(!second.notice()->isVisible());

            // Removing Beta through its menu action removes its secret from the Secret Service.
            second.choose(u"Beta"_s);
            QTRY_COMPARE(second.tokenEdit()->text(), betaToken);
            auto *remove = second.window.findChild<QAction *>(u"removeProfileAction"_s);
            QVERIFY(remove && remove->isEnabled());
            remove->trigger();
            QMessageBox *box = nullptr;
            QTRY_VERIFY((box = second.window.findChild<QMessageBox *>(u"removeProfileBox"_s))
                        && box->isVisible());
            QTest::mouseClick(box->findChild<QPushButton *>(u"removeProfileButton"_s), Qt::LeftButton);
            QTRY_COMPARE(second.profiles.count(), 1);
            QTRY_COMPARE(second.secrets.pendingCount(), 0);
            QTRY_COMPARE(second.tokenEdit()->text(), token); // back on Alpha
            second.window.close();
        }
        QCOMPARE(readFresh(betaId).status, SecretStore::Status::NotFound);
        const SecretStore::Result alpha = readFresh(alphaId);
        QVERIFY(alpha.ok() && alpha.persistent);
        QCOMPARE(alpha.token, token);
    }

    void noKeychainSaysSessionOnly()
    {
        const QString token = qEnvironmentVariable(TokenVariable);
        QVERIFY(!token.isEmpty());
        seedProfiles();
        {
            Session first;
            first.open();
            QVERIFY(!first.secrets.isPersistent());
            QTRY_VERIFY(first.notice()->isVisible());
            QCOMPARE(first.notice()->text(), SessionOnlyNotice);
            QVERIFY(first.notice()->toolTip().contains(u"No keychain service is available"_s));

            // For the session the token still follows its profile.
            first.typeToken(token);
            QTRY_COMPARE(first.secrets.pendingCount(), 0);
            first.choose(u"Beta"_s);
            QTRY_VERIFY(first.tokenEdit()->text().isEmpty());
            first.choose(u"Alpha"_s);
            QTRY_COMPARE(first.tokenEdit()->text(), token);
            first.window.close();
        }
        {
            // After a restart it must be typed again, and the window says so again.
            Session second;
            second.open();
            QTRY_VERIFY(second.notice()->isVisible());
            QCOMPARE(second.notice()->text(), SessionOnlyNotice);
            QCOMPARE(second.profiles.current().name, u"Alpha"_s);
            QCOMPARE(second.tokenEdit()->text(), QString());
            second.window.close();
        }
    }
};

// The window against the real Secret Service (gnome-keyring on a private D-Bus) and without any keychain;
// afterwards every file the child left is searched for the token.
class TestKeychainWindow : public QObject
{
    Q_OBJECT

private:
    static QProcessEnvironment environment(const QString &root, const QString &token)
    {
        QProcessEnvironment env
            = PersistenceTest::keychainChildEnvironment(root, ChildVariable, TokenVariable, token);
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        return env;
    }

private Q_SLOTS:
    void realSecretService()
    {
        const QString runSession = PersistenceTest::secretServiceRunner();
        if (runSession.isEmpty())
            QSKIP("dbus-run-session or gnome-keyring-daemon is missing (Debian: dbus, gnome-keyring)");
        QTemporaryDir root;
        QVERIFY(root.isValid());
        const QString token = u"wv-tok-"_s + QUuid::createUuid().toString(QUuid::Id128);
        PersistenceTest::runTestChild(
            runSession,
            PersistenceTest::secretServiceArguments(QCoreApplication::applicationFilePath(),
                                                    {u"tokenSurvivesARestart"_s}),
            environment(root.path(), token), root.path());
        if (QTest::currentTestFailed())
            return;
        // The token was kept by gnome-keyring (its encrypted file exists), and no file holds it in clear.
        QVERIFY(!QDir(root.filePath(u"data/keyrings"_s)).entryList(QDir::Files).isEmpty());
        QVERIFY(QFile::exists(root.filePath(u"data/profiles.json"_s)));
        QCOMPARE(PersistenceTest::filesContaining(root.path(), token), QStringList());
    }

    void withoutKeychain()
    {
        QTemporaryDir root;
        QVERIFY(root.isValid());
        const QString token = u"wv-tok-"_s + QUuid::createUuid().toString(QUuid::Id128);
        PersistenceTest::runTestChild(QCoreApplication::applicationFilePath(),
                                      {u"noKeychainSaysSessionOnly"_s}, environment(root.path(), token),
                                      root.path());
        if (QTest::currentTestFailed())
            return;
        QVERIFY(QFile::exists(root.filePath(u"data/profiles.json"_s)));
        QCOMPARE(PersistenceTest::filesContaining(root.path(), token), QStringList());
    }
};

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(ChildVariable)) {
        KeychainWindowChild child;
        return QTest::qExec(&child, argc, argv);
    }
    TestKeychainWindow test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychainwindow.moc"
