#include "core/global.h"
#include "core/profiles/profilestore.h"
#include "core/profiles/secretstore.h"
#include "core/profiles/settings.h"
#include "support/persistencetest.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

namespace {
ConnectionProfile sample(const QString &name)
{
    ConnectionProfile p;
    p.name = name;
    p.server = u"crm0001.wolkvox.com"_s;
    p.operation = u"ventas"_s;
    p.closedStatuses = {u"Cerrado"_s, u"Resuelto"_s};
    p.attachmentPartName = u"files"_s;
    p.defaultCaseType = u"Reclamos"_s;
    p.defaultStatus = u"Abierto"_s;
    p.defaultPriority = u"Alta"_s;
    p.timeoutSeconds = 90;
    p.allowedExtensions = {u"pdf"_s, u"png"_s};
    p.maxAttachmentBytes = 10 << 20;
    return p;
}

SecretStore::Result waitFor(SecretStore &secrets,
                            void (SecretStore::*start)(const QString &, const QObject *,
                                                       SecretStore::Callback),
                            const QString &id)
{
    SecretStore::Result result;
    bool done = false;
    (secrets.*start)(id, nullptr, [&](const SecretStore::Result &r) {
        result = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        return {}; // never finished: an empty profileId
    return result;
}
} // namespace

// Named connection profiles: kept across restarts, never with a token, imported and exported as JSON with
// every problem explained, and removing one removes its token.
class TestProfileStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_file = 0;
    QString nextPath() { return m_dir.filePath(u"profiles-%1.json"_s.arg(++m_file)); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void missingFileIsEmpty()
    {
        ProfileStore store(nextPath(), nullptr);
        QVERIFY(store.load());
        QCOMPARE(store.count(), 0);
        QVERIFY(store.currentId().isEmpty());
        QVERIFY(store.current().id.isEmpty());
    }

    void addRenameRemoveAndReload()
    {
        const QString path = nextPath();
        QString first;
        QString second;
        {
            ProfileStore store(path, nullptr);
            QVERIFY(store.load());
            QSignalSpy changed(&store, &ProfileStore::profilesChanged);
            QSignalSpy current(&store, &ProfileStore::currentChanged);
            first = store.add(sample(u"Ventas Bogotá"_s));
            second = store.add(sample(u"ventas bogotá"_s)); // same name, other case: made unique
            QVERIFY(!first.isEmpty());
            QVERIFY(first != second);
            QCOMPARE(store.profile(second).name, u"ventas bogotá (2)"_s);
            QCOMPARE(store.currentId(), first); // the first profile becomes current
            QCOMPARE(current.size(), 1);
            QCOMPARE(changed.size(), 2);
            QVERIFY(store.setCurrent(second));
            QVERIFY(!store.setCurrent(u"nope"_s));
            QVERIFY(store.rename(second, u"Soporte"_s));
            QVERIFY(store.rename(first, u"soporte"_s));
            QCOMPARE(store.profile(first).name, u"soporte (2)"_s);
            QVERIFY(store.rename(first, u"Ventas"_s));
        }
        ProfileStore reopened(path, nullptr);
        QVERIFY(reopened.load());
        QCOMPARE(reopened.count(), 2);
        QCOMPARE(reopened.currentId(), second);
        ConnectionProfile expected = sample(u"Ventas"_s);
        expected.id = first;
        QCOMPARE(reopened.profile(first), expected);
        QCOMPARE(reopened.current().name, u"Soporte"_s);

        QVERIFY(reopened.remove(second));
        QCOMPARE(reopened.currentId(), first); // the remaining one takes over
        ProfileStore again(path, nullptr);
        QVERIFY(again.load());
        QCOMPARE(again.count(), 1);
        QCOMPARE(again.currentId(), first);
    }

    void removingAProfileRemovesItsToken()
    {
        SecretStore secrets(SecretStore::Mode::MemoryOnly);
        ProfileStore store(nextPath(), &secrets);
        QVERIFY(store.load());
        const QString id = store.add(sample(u"Con token"_s));
        bool written = false;
        secrets.writeToken(id, u"tok-123"_s, this, [&](const SecretStore::Result &r) { written = r.ok(); });
        QTRY_VERIFY(written);
        QCOMPARE(waitFor(secrets, &SecretStore::readToken, id).token, u"tok-123"_s);

        QSignalSpy removed(&secrets, &SecretStore::tokenRemoved);
        QVERIFY(store.remove(id));
        QTRY_COMPARE(removed.size(), 1);
        QCOMPARE(waitFor(secrets, &SecretStore::readToken, id).status, SecretStore::Status::NotFound);
    }

    void fileNeverHoldsAToken()
    {
        SecretStore secrets(SecretStore::Mode::MemoryOnly);
        const QString path = nextPath();
        ProfileStore store(path, &secrets);
        QVERIFY(store.load());
        const QString id = store.add(sample(u"Ventas"_s));
        bool written = false;
        secrets.writeToken(id, u"SECRET-abc-987"_s, this,
                           [&](const SecretStore::Result &) { written = true; });
        QTRY_VERIFY(written);
        store.update(store.profile(id));
        QVERIFY(PersistenceTest::filesContaining(m_dir.path(), u"SECRET-abc-987"_s).isEmpty());
        QVERIFY(!store.exportJson().contains("SECRET"));
        QVERIFY(!store.exportJson().contains("token"));
    }

    void exportImportRoundTrip()
    {
        ProfileStore source(nextPath(), nullptr);
        QVERIFY(source.load());
        const QString a = source.add(sample(u"Ventas"_s));
        ConnectionProfile other = sample(u"Soporte"_s);
        other.server = u"crm0002.wolkvox.com"_s;
        other.closedStatuses = {u"closed"_s};
        source.add(other);

        const QString file = m_dir.filePath(u"export.json"_s);
        QVERIFY(source.exportToFile(file));
        QFile in(file);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QByteArray json = in.readAll();
        QVERIFY(!json.contains("\"id\"")); // ids are local to one installation
        QVERIFY(!json.contains("token"));
        QCOMPARE(QJsonDocument::fromJson(json).object().value(u"format"_s).toString(),
                 u"casedesk-profiles"_s);

        ProfileStore target(nextPath(), nullptr);
        QVERIFY(target.load());
        target.add(sample(u"Ventas"_s)); // a name clash
        const ProfileStore::ImportResult result = target.importFromFile(file);
        QCOMPARE(result.importedIds.size(), 2);
        QCOMPARE(result.problems.size(), 1); // the renamed one is reported
        QVERIFY(result.problems.at(0).contains(u"Ventas (2)"_s));
        QCOMPARE(target.count(), 3);
        for (const QString &id : result.importedIds)
            QVERIFY(!source.contains(id)); // fresh ids, never another profile's token

        ConnectionProfile imported = target.profile(result.importedIds.at(0));
        ConnectionProfile expected = source.profile(a);
        expected.id = imported.id;
        expected.name = u"Ventas (2)"_s;
        QCOMPARE(imported, expected);
        QCOMPARE(target.profile(result.importedIds.at(1)).server, u"crm0002.wolkvox.com"_s);

        // Only the chosen profiles are exported.
        const QJsonArray one
            = QJsonDocument::fromJson(source.exportJson({a})).object().value(u"profiles"_s).toArray();
        QCOMPARE(one.size(), 1);
    }

    void importValidates_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("imported");
        QTest::addColumn<QStringList>("problemWords");

        QTest::newRow("not json") << QByteArray("{profiles: [") << 0 << QStringList{u"not a profiles file"_s};
        QTest::newRow("other format") << QByteArray("{\"format\":\"something-else\",\"profiles\":[]}") << 0
                                      << QStringList{u"not a Casedesk"_s};
        QTest::newRow("newer version")
            << QByteArray("{\"format\":\"casedesk-profiles\",\"version\":9,\"profiles\":[]}") << 0
            << QStringList{u"newer version"_s};
        QTest::newRow("empty") << QByteArray("{\"format\":\"casedesk-profiles\",\"profiles\":[]}") << 0
                               << QStringList{u"no profiles"_s};
        QTest::newRow("profiles not a list")
            << QByteArray("{\"profiles\":{}}") << 0 << QStringList{u"must be a list"_s};
        QTest::newRow("no name") << QByteArray("{\"profiles\":[{\"server\":\"crm.wolkvox.com\"}]}") << 0
                                 << QStringList{u"without a name"_s};
        QTest::newRow("bad server") << QByteArray(
            "{\"profiles\":[{\"name\":\"X\",\"server\":\"crm wolkvox com\"}]}")
                                    << 0 << QStringList{u"not usable"_s};
        QTest::newRow("token is ignored") << QByteArray(
            "{\"profiles\":[{\"name\":\"T\",\"server\":\"crm.wolkvox.com\",\"token\":\"abc\"}]}")
                                          << 1 << QStringList{u"token"_s};
        QTest::newRow("wrong types keep defaults")
            << QByteArray("{\"profiles\":[{\"name\":\"W\",\"operation\":5,\"closed_statuses\":\"closed\","
                          "\"timeout_seconds\":-3,\"max_attachment_bytes\":\"big\"}]}")
            << 1 << QStringList{u"operation"_s, u"closed_statuses"_s, u"timeout"_s, u"size limit"_s};
        QTest::newRow("a single profile object")
            << QByteArray("{\"name\":\"Solo\",\"operation\":\"ventas\"}") << 1 << QStringList();
        QTest::newRow("a bare list") << QByteArray("[{\"name\":\"A\"},42,{\"name\":\"B\"}]") << 2
                                     << QStringList{u"not a profile"_s};
    }

    void importValidates()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, imported);
        QFETCH(QStringList, problemWords);
        ProfileStore store(nextPath(), nullptr);
        QVERIFY(store.load());
        const ProfileStore::ImportResult result = store.importJson(json);
        QCOMPARE(result.importedIds.size(), imported);
        QCOMPARE(store.count(), imported);
        QCOMPARE(result.problems.size(), problemWords.size());
        for (int i = 0; i < problemWords.size(); ++i)
            QVERIFY2(result.problems.at(i).contains(problemWords.at(i), Qt::CaseInsensitive),
                     qPrintable(result.problems.at(i)));
        for (const QString &id : result.importedIds) {
            const ConnectionProfile p = store.profile(id);
            QVERIFY(p.timeoutSeconds >= 1);
            QVERIFY(p.maxAttachmentBytes > 0);
        }
        // Nothing imported ever carries a token into the file.
        QFile file(store.filePath());
        if (file.open(QIODevice::ReadOnly))
            QVERIFY(!file.readAll().contains("token"));
    }

    void damagedFileIsNotOverwrittenOnLoad()
    {
        const QString path = nextPath();
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"format\":\"casedesk-profiles\",\"profiles\":[");
        file.close();
        ProfileStore store(path, nullptr);
        QVERIFY(!store.load());
        QVERIFY(store.error().contains(u"damaged"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("{\"format\":\"casedesk-profiles\",\"profiles\":["));
    }

    void firstStartSeedsFromSettings()
    {
        Settings settings(m_dir.filePath(u"settings.ini"_s));
        settings.setLastServer(u"crm0003.wolkvox.com"_s);
        settings.setLastOperation(u"cobranza"_s);
        ConnectionSettings connection;
        connection.timeoutSeconds = 45;
        connection.attachmentPartName = u"file[]"_s;
        settings.setConnectionSettings(connection);

        ProfileStore store(nextPath(), nullptr);
        QVERIFY(store.load());
        const QString id = store.ensureOne(ProfileStore::fromSettings(settings));
        QCOMPARE(store.count(), 1);
        QCOMPARE(store.currentId(), id);
        const ConnectionProfile p = store.current();
        QCOMPARE(p.name, u"Default"_s);
        QCOMPARE(p.server, u"crm0003.wolkvox.com"_s);
        QCOMPARE(p.operation, u"cobranza"_s);
        QCOMPARE(p.timeoutSeconds, 45);
        QCOMPARE(p.attachmentPartName, u"file[]"_s);
        QCOMPARE(p.connectionSettings().timeoutSeconds, 45);
        QCOMPARE(store.ensureOne(sample(u"Other"_s)), id); // only when there are none
        QCOMPARE(store.count(), 1);
    }

    // The profile made on first start is stored as "Default" and shown in the current language until the
    // agent names it: renamed, copied, exported or imported, it is an ordinary profile.
    void builtInProfileKeepsItsNameUntilRenamed()
    {
        const QString path = nextPath();
        QString id;
        {
            ProfileStore store(path, nullptr);
            QVERIFY(store.load());
            id = store.ensureOne(ConnectionProfile());
            QVERIFY(store.current().builtIn);
            QCOMPARE(store.current().name, u"Default"_s);
            QCOMPARE(store.current().displayName(), ConnectionProfile::builtInName());

            // A new profile starts as a copy of the current one: not built-in, and never named like it.
            ConnectionProfile copy = store.current();
            copy.name = u"Default"_s;
            const QString copyId = store.add(copy);
            QVERIFY(!store.profile(copyId).builtIn);
            QCOMPARE(store.profile(copyId).name, u"Default (2)"_s);
            QCOMPARE(store.uniqueName(ConnectionProfile::builtInName()), u"Default (3)"_s);

            // Confirming the shown name is not a rename; other settings saved keep it built-in.
            QVERIFY(store.rename(id, ConnectionProfile::builtInName()));
            QVERIFY(store.profile(id).builtIn);
            ConnectionProfile edited = store.profile(id);
            edited.timeoutSeconds = 45;
            QVERIFY(store.update(edited));
            QVERIFY(store.profile(id).builtIn);

            // Exported under the name it shows, as an ordinary profile; imported, an ordinary one.
            const QJsonObject exported = QJsonDocument::fromJson(store.exportJson({id}))
                                             .object()
                                             .value(u"profiles"_s)
                                             .toArray()
                                             .at(0)
                                             .toObject();
            QCOMPARE(exported.value(u"name"_s).toString(), ConnectionProfile::builtInName());
            QVERIFY(!exported.contains(u"built_in"_s));
            ProfileStore other(nextPath(), nullptr);
            QVERIFY(other.load());
            const ProfileStore::ImportResult imported
                = other.importJson(R"({"profiles":[{"name":"Default","built_in":true}]})");
            QCOMPARE(imported.importedIds.size(), 1);
            QVERIFY(!other.profile(imported.importedIds.at(0)).builtIn);
        }
        {
            ProfileStore reopened(path, nullptr);
            QVERIFY(reopened.load());
            QVERIFY(reopened.profile(id).builtIn); // kept across restarts
            QVERIFY(reopened.rename(id, u"Soporte"_s));
            QVERIFY(!reopened.profile(id).builtIn);
            QCOMPARE(reopened.profile(id).displayName(), u"Soporte"_s);
        }
        ProfileStore again(path, nullptr);
        QVERIFY(again.load());
        QVERIFY(!again.profile(id).builtIn);
        QCOMPARE(again.profile(id).name, u"Soporte"_s);
    }

    // A profiles file from before the flag: its "Default" profile is the built-in one.
    void profileNamedDefaultInAnOlderFileIsTheBuiltInOne()
    {
        const QString path = nextPath();
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"format":"casedesk-profiles","version":1,"current":"a","profiles":[)"
                   R"({"id":"a","name":"Default"},{"id":"b","name":"Default"},{"id":"c","name":"Ventas"}]})");
        file.close();
        ProfileStore store(path, nullptr);
        QVERIFY(store.load());
        QVERIFY(store.profile(u"a"_s).builtIn);
        QVERIFY(!store.profile(u"b"_s).builtIn); // only one
        QVERIFY(!store.profile(u"c"_s).builtIn);
    }

    void unwritableFileReportsSaveFailure()
    {
        QFile blocker(m_dir.filePath(u"blocker"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        ProfileStore store(blocker.fileName() + u"/profiles.json"_s, nullptr);
        QVERIFY(store.load());
        QSignalSpy failed(&store, &ProfileStore::saveFailed);
        const QString id = store.add(sample(u"X"_s));
        QVERIFY(!id.isEmpty()); // kept for the session
        QCOMPARE(failed.size(), 1);
        QVERIFY(!store.error().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
