#include "core/global.h"
#include "core/profiles/settings.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

// Typed settings over a temporary INI file: defaults from one table, remembered values, never the token.
class TestSettings : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString freshPath() { return m_dir.filePath(u"settings-%1.ini"_s.arg(++m_counter)); }

private Q_SLOTS:
    void defaultsComeFromTheTable()
    {
        Settings settings(freshPath());
        const ConnectionSettings defaults;
        QCOMPARE(settings.connectionSettings(), defaults);
        QCOMPARE(settings.lastServer(), QString());
        QCOMPARE(settings.value(Settings::Key::TimeoutSeconds).toInt(),
                 ConnectionSettings::DefaultTimeoutSeconds);
        QCOMPARE(Settings::defaultValue(Settings::Key::AttachmentPartName).toString(), u"file"_s);
        QVERIFY(!Settings::path(Settings::Key::WindowGeometry).isEmpty());
        QCOMPARE(Settings::standardCaseTypes(),
                 (QStringList{u"Request"_s, u"Complaints"_s, u"Claims"_s, u"Suggestions"_s}));
    }

    void connectionSettingsRoundTrip()
    {
        const QString path = freshPath();
        ConnectionSettings changed;
        changed.timeoutSeconds = 15;
        changed.attachmentPartName = u"file[]"_s;
        changed.closedStatuses = {u"Cerrado"_s};
        changed.allowedExtensions = {u"pdf"_s, u"png"_s};
        changed.maxAttachmentBytes = 5 * 1024 * 1024;
        {
            Settings settings(path);
            settings.setConnectionSettings(changed);
        }
        Settings reopened(path);
        QCOMPARE(reopened.connectionSettings(), changed);

        // An empty list is a choice, not "use the defaults".
        changed.closedStatuses = {};
        reopened.setConnectionSettings(changed);
        QCOMPARE(reopened.connectionSettings().closedStatuses, QStringList());
    }

    void rememberedPerOperationAndCaseType()
    {
        Settings settings(freshPath());
        settings.rememberCaseType(u"op/one"_s, u"Incidentes"_s);
        settings.rememberCaseType(u"op/one"_s, u"Request"_s); // standard: not a custom type
        settings.rememberCaseType(u"op/one"_s, u"Reclamações"_s);
        QCOMPARE(settings.customCaseTypes(u"op/one"_s), (QStringList{u"Reclamações"_s, u"Incidentes"_s}));
        QCOMPARE(settings.customCaseTypes(u"other"_s), QStringList());

        settings.rememberStatus(u"op/one"_s, u"Incidentes"_s, u"Abierto"_s);
        settings.rememberStatus(u"op/one"_s, u"Incidentes"_s, u"En proceso"_s);
        settings.rememberStatus(u"op/one"_s, u"Incidentes"_s, u"abierto"_s); // same, moves to the front
        QCOMPARE(settings.statuses(u"op/one"_s, u"Incidentes"_s),
                 (QStringList{u"abierto"_s, u"En proceso"_s, u"open"_s, u"closed"_s}));
        QCOMPARE(settings.statuses(u"op/one"_s, u"Request"_s), (QStringList{u"open"_s, u"closed"_s}));
        settings.rememberPriority(u"op/one"_s, u"Incidentes"_s, u"Alta"_s);
        QCOMPARE(settings.priorities(u"op/one"_s, u"Incidentes"_s).constFirst(), u"Alta"_s);
        QCOMPARE(settings.priorities(u"other"_s, u"Incidentes"_s),
                 (QStringList{u"low"_s, u"medium"_s, u"high"_s}));
    }

    void responsiblesMostRecentFirstAndCapped()
    {
        Settings settings(freshPath());
        for (int i = 0; i < Settings::MaxResponsibles + 10; ++i)
            settings.rememberResponsible(u"user%1@op"_s.arg(i));
        settings.rememberResponsible(u"user5@op"_s);
        const QStringList list = settings.responsibles();
        QCOMPARE(list.size(), Settings::MaxResponsibles);
        QCOMPARE(list.constFirst(), u"user5@op"_s);
        QVERIFY(!list.contains(u"user0@op"_s));
    }

    void layoutStates()
    {
        const QString path = freshPath();
        {
            Settings settings(path);
            settings.setWindowGeometry("geo");
            settings.setSplitterState(u"main"_s, "split");
            settings.setHeaderState(u"history view"_s, "head");
            settings.setLastServer(u" crm0001.wolkvox.com "_s);
            settings.setLastOperation(u"modulodeprueba"_s);
            settings.setSecondaryWindowGeometry(u"batch"_s, "batch-geo");
            settings.setLastDirectory(u"batch/import"_s, u"/data/sheets"_s);
        }
        Settings settings(path);
        QCOMPARE(settings.windowGeometry(), QByteArray("geo"));
        QCOMPARE(settings.splitterState(u"main"_s), QByteArray("split"));
        QCOMPARE(settings.headerState(u"history view"_s), QByteArray("head"));
        QCOMPARE(settings.splitterState(u"other"_s), QByteArray());
        QCOMPARE(settings.lastServer(), u"crm0001.wolkvox.com"_s);
        QCOMPARE(settings.lastOperation(), u"modulodeprueba"_s);
        QCOMPARE(settings.secondaryWindowGeometry(u"batch"_s), QByteArray("batch-geo"));
        QCOMPARE(settings.secondaryWindowGeometry(u"other"_s), QByteArray());
        QCOMPARE(settings.lastDirectory(u"batch/import"_s), u"/data/sheets"_s);
        QCOMPARE(settings.lastDirectory(u"batch/export"_s), QString());
    }

    void externalQSettings()
    {
        QSettings backing(freshPath(), QSettings::IniFormat);
        Settings settings(&backing);
        settings.setLastOperation(u"x"_s);
        QCOMPARE(backing.value(Settings::path(Settings::Key::LastOperation)).toString(), u"x"_s);
        QCOMPARE(settings.fileName(), backing.fileName());
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
