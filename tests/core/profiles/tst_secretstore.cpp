#include "core/global.h"
#include "core/profiles/secretstore.h"
#include "support/persistencetest.h"

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

namespace {
constexpr auto ChildVariable = "CASEDESK_KEYCHAIN_CHILD";
constexpr auto TokenVariable = "CASEDESK_TEST_TOKEN";

using Start = void (SecretStore::*)(const QString &, const QObject *, SecretStore::Callback);

// Runs one operation to its end; the result's profileId is empty if it never finished.
SecretStore::Result run(SecretStore &store, Start start, const QString &id)
{
    SecretStore::Result result;
    bool done = false;
    (store.*start)(id, nullptr, [&](const SecretStore::Result &r) {
        result = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 30000))
        return {}; // never finished: an empty profileId
    return result;
}

SecretStore::Result write(SecretStore &store, const QString &id, const QString &token)
{
    SecretStore::Result result;
    bool done = false;
    store.writeToken(id, token, nullptr, [&](const SecretStore::Result &r) {
        result = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 30000))
        return {}; // never finished: an empty profileId
    return result;
}

SecretStore::Result probe(SecretStore &store)
{
    SecretStore::Result result;
    bool done = false;
    store.probe(nullptr, [&](const SecretStore::Result &r) {
        result = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 30000))
        return {}; // never finished: an empty profileId
    return result;
}

} // namespace

// Runs inside a prepared environment (a private D-Bus with gnome-keyring, or no D-Bus at all).
class KeychainChild : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void realKeychain()
    {
        const QString token = qEnvironmentVariable(TokenVariable);
        QVERIFY(!token.isEmpty());
        SecretStore writer;
        QSignalSpy persistence(&writer, &SecretStore::persistenceChanged);
        const SecretStore::Result probed = probe(writer);
        QVERIFY2(probed.ok(), qPrintable(probed.error));
        QVERIFY2(writer.isPersistent(), qPrintable(writer.memoryOnlyReason()));

        const SecretStore::Result written = write(writer, u"profile-1"_s, token);
        QVERIFY2(written.ok(), qPrintable(written.error));
        QVERIFY(written.persistent);
        QVERIFY(write(writer, u"profile-2"_s, u"other-token"_s).ok());

        // A fresh store has no session copy: what it reads comes from the Secret Service.
        SecretStore reader;
        const SecretStore::Result read = run(reader, &SecretStore::readToken, u"profile-1"_s);
        QVERIFY2(read.ok(), qPrintable(read.error));
        QVERIFY(read.persistent);
        QCOMPARE(read.token, token);
        QCOMPARE(run(reader, &SecretStore::readToken, u"profile-unknown"_s).status,
                 SecretStore::Status::NotFound);

        // Overwriting replaces; removing removes one key only.
        QVERIFY(write(writer, u"profile-2"_s, u"replaced"_s).ok());
        QVERIFY(run(writer, &SecretStore::removeToken, u"profile-1"_s).ok());
        SecretStore later;
        QCOMPARE(run(later, &SecretStore::readToken, u"profile-1"_s).status, SecretStore::Status::NotFound);
        QCOMPARE(run(later, &SecretStore::readToken, u"profile-2"_s).token, u"replaced"_s);
        QVERIFY(run(later, &SecretStore::removeToken, u"profile-never-stored"_s).ok());
        QVERIFY(run(later, &SecretStore::removeToken, u"profile-2"_s).ok());
        QCOMPARE(persistence.size(), 0);
        QVERIFY(later.isPersistent());
    }

    void noKeychain()
    {
        const QString token = qEnvironmentVariable(TokenVariable);
        QVERIFY(!token.isEmpty());
        SecretStore store;
        QVERIFY(store.isPersistent()); // not known yet
        QSignalSpy persistence(&store, &SecretStore::persistenceChanged);
        probe(store);
        QVERIFY(!store.isPersistent());
        QCOMPARE(persistence.size(), 1);
        QCOMPARE(persistence.at(0).at(0).toBool(), false);
        QVERIFY(!store.memoryOnlyReason().isEmpty());

        const SecretStore::Result written = write(store, u"profile-1"_s, token);
        QVERIFY(written.ok());
        QVERIFY(!written.persistent);
        QCOMPARE(written.error, store.memoryOnlyReason()); // the window can say so next to the field
        QCOMPARE(run(store, &SecretStore::readToken, u"profile-1"_s).token, token);
        QVERIFY(run(store, &SecretStore::removeToken, u"profile-1"_s).ok());
        QCOMPARE(run(store, &SecretStore::readToken, u"profile-1"_s).status, SecretStore::Status::NotFound);

        // Without a probe, the first write finds out and still keeps the token for the session.
        SecretStore direct;
        QSignalSpy directPersistence(&direct, &SecretStore::persistenceChanged);
        const SecretStore::Result kept = write(direct, u"profile-2"_s, token);
        QVERIFY(kept.ok());
        QVERIFY(!kept.persistent);
        QCOMPARE(directPersistence.size(), 1);
        QCOMPARE(run(direct, &SecretStore::readToken, u"profile-2"_s).token, token);
        QCOMPARE(direct.pendingCount(), 0);
    }
};

// The token store: the real Secret Service where one can be started, memory only where none runs, and
// in both cases nothing on disk.
class TestSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void memoryOnlyMode()
    {
        SecretStore store(SecretStore::Mode::MemoryOnly);
        QVERIFY(!store.isPersistent());
        QVERIFY(!store.memoryOnlyReason().isEmpty());
        QCOMPARE(SecretStore::serviceName(), u"Casedesk"_s);
        QSignalSpy written(&store, &SecretStore::tokenWritten);
        QSignalSpy read(&store, &SecretStore::tokenRead);
        QSignalSpy removed(&store, &SecretStore::tokenRemoved);

        const SecretStore::Result w = write(store, u"p"_s, u"tok"_s);
        QVERIFY(w.ok());
        QVERIFY(!w.persistent);
        QCOMPARE(written.size(), 1);
        const SecretStore::Result r = run(store, &SecretStore::readToken, u"p"_s);
        QCOMPARE(r.token, u"tok"_s);
        QCOMPARE(r.profileId, u"p"_s);
        QCOMPARE(read.size(), 1);
        QCOMPARE(read.at(0).at(0).value<SecretStore::Result>().token, u"tok"_s);
        QVERIFY(run(store, &SecretStore::removeToken, u"p"_s).ok());
        QCOMPARE(removed.size(), 1);
        QCOMPARE(run(store, &SecretStore::readToken, u"p"_s).status, SecretStore::Status::NotFound);
    }

    void answersAreAsynchronousAndRespectTheirContext()
    {
        SecretStore store(SecretStore::Mode::MemoryOnly);
        bool called = false;
        store.writeToken(u"p"_s, u"t"_s, nullptr, [&](const SecretStore::Result &) { called = true; });
        QVERIFY(!called); // never inside the call, like a keychain job
        QCOMPARE(store.pendingCount(), 1);
        QTRY_VERIFY(called);
        QCOMPARE(store.pendingCount(), 0);

        bool calledForGone = false;
        QSignalSpy read(&store, &SecretStore::tokenRead);
        {
            QObject context;
            store.readToken(u"p"_s, &context, [&](const SecretStore::Result &) { calledForGone = true; });
        }
        QTRY_COMPARE(read.size(), 1); // the signal still fires
        QVERIFY(!calledForGone); // the callback of a destroyed context does not
    }

    // Held, nothing is asked and nothing answers; released, the jobs start in the order they were asked
    // for, so a read after a write sees what was written.
    void heldJobsWaitThenStartInOrder()
    {
        SecretStore store(SecretStore::Mode::MemoryOnly);
        store.hold();
        QVERIFY(store.isHeld());
        QStringList answers;
        const auto note = [&](const QString &what) {
            return [&answers, what](const SecretStore::Result &r) { answers << what + u'=' + r.token; };
        };
        store.writeToken(u"p"_s, u"first"_s, nullptr, note(u"write"_s));
        store.readToken(u"p"_s, nullptr, note(u"read"_s));
        store.writeToken(u"p"_s, u"second"_s, nullptr, note(u"write"_s));
        store.readToken(u"p"_s, nullptr, note(u"read"_s));
        QCOMPARE(store.pendingCount(), 4);
        QTest::qWait(200); // unheld, memory answers come on the next turn of the event loop
        QCOMPARE(answers, QStringList());

        store.release();
        QVERIFY(!store.isHeld());
        QTRY_COMPARE(store.pendingCount(), 0);
        QCOMPARE(answers, (QStringList{u"write="_s, u"read=first"_s, u"write="_s, u"read=second"_s}));

        // Released, a job starts at once again.
        store.readToken(u"p"_s, nullptr, note(u"read"_s));
        QTRY_COMPARE(answers.size(), 5);
        QCOMPARE(answers.last(), u"read=second"_s);
    }

    void realSecretServiceRoundTrip()
    {
        const QString runSession = PersistenceTest::secretServiceRunner();
        if (runSession.isEmpty())
            QSKIP("dbus-run-session or gnome-keyring-daemon is missing (Debian: dbus, gnome-keyring)");

        QTemporaryDir root;
        QVERIFY(root.isValid());
        const QString token = u"wv-tok-"_s + QUuid::createUuid().toString(QUuid::Id128);
        const QProcessEnvironment env
            = PersistenceTest::keychainChildEnvironment(root.path(), ChildVariable, TokenVariable, token);
        // A private session bus; gnome-keyring unlocks (creating) a login keyring, then this binary runs.
        PersistenceTest::runTestChild(runSession,
                                      PersistenceTest::secretServiceArguments(
                                          QCoreApplication::applicationFilePath(), {u"realKeychain"_s}),
                                      env, root.path());
        if (QTest::currentTestFailed())
            return;
        // The keyring file is encrypted: the token is nowhere in plain text.
        QCOMPARE(PersistenceTest::filesContaining(root.path(), token), QStringList());
    }

    void withoutDBusTokensStayInMemory()
    {
        QTemporaryDir root;
        QVERIFY(root.isValid());
        const QString token = u"wv-tok-"_s + QUuid::createUuid().toString(QUuid::Id128);
        PersistenceTest::runTestChild(
            QCoreApplication::applicationFilePath(), {u"noKeychain"_s},
            PersistenceTest::keychainChildEnvironment(root.path(), ChildVariable, TokenVariable, token),
            root.path());
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(PersistenceTest::filesContaining(root.path(), token), QStringList());
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(ChildVariable)) {
        KeychainChild child;
        return QTest::qExec(&child, argc, argv);
    }
    TestSecretStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_secretstore.moc"
