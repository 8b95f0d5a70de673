#include "core/global.h"
#include "core/model/validator.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

// Validation reports every problem at once with a field and a stable rule id.
class TestValidator : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString file(const QString &name, qint64 size = 3)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.resize(size);
        return path;
    }

    static CaseUpdate valid()
    {
        CaseUpdate u;
        u.server = u"crm0001.wolkvox.com"_s;
        u.operation = u"modulodeprueba"_s;
        u.wolkvoxId = u"6074aaa0801374bbbbb781025ccc7d3"_s;
        u.caseType = u"Request"_s;
        u.responsible = u"ana@modulodeprueba"_s;
        u.status = u"open"_s;
        u.priority = u"low"_s;
        return u;
    }

    static QStringList rules(const QList<ValidationIssue> &issues)
    {
        QStringList out;
        for (const ValidationIssue &i : issues)
            out.append(i.field + u':' + i.rule
                       + (i.index >= 0 ? u'#' + QString::number(i.index) : QString()));
        return out;
    }

private Q_SLOTS:
    void validUpdateHasNoIssues() { QVERIFY(Validator::validate(valid(), {}).isEmpty()); }

    void everyProblemAtOnce()
    {
        CaseUpdate u;
        const QList<ValidationIssue> issues = Validator::validate(u, {});
        QCOMPARE(rules(issues),
                 (QStringList{u"server:server-invalid"_s, u"operation:required"_s, u"wolkvox-id:required"_s,
                              u"case-type:required"_s, u"responsible:required"_s, u"status:required"_s,
                              u"priority:required"_s}));
        for (const ValidationIssue &i : issues)
            QVERIFY2(!i.message.isEmpty(), qPrintable(i.rule));
    }

    void responsible_data()
    {
        QTest::addColumn<QString>("responsible");
        QTest::addColumn<bool>("ok");
        QTest::newRow("user@operation") << u"ana@modulodeprueba"_s << true;
        QTest::newRow("dots") << u"ana.perez@op.example"_s << true;
        QTest::newRow("surrounding spaces") << u"  ana@op  "_s << true;
        QTest::newRow("no at") << u"ana"_s << false;
        QTest::newRow("two ats") << u"ana@op@x"_s << false;
        QTest::newRow("empty user") << u"@op"_s << false;
        QTest::newRow("empty operation") << u"ana@"_s << false;
        QTest::newRow("inner space") << u"ana perez@op"_s << false;
    }
    void responsible()
    {
        QFETCH(QString, responsible);
        QFETCH(bool, ok);
        CaseUpdate u = valid();
        u.responsible = responsible;
        const QStringList found = rules(Validator::validate(u, {}));
        QCOMPARE(found.contains(u"responsible:responsible-format"_s), !ok);
    }

    void closedStatusNeedsSolution_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("solution");
        QTest::addColumn<bool>("needsSolution");
        QTest::newRow("open") << u"open"_s << QString() << false;
        QTest::newRow("closed") << u"closed"_s << QString() << true;
        QTest::newRow("Cerrado mixed case") << u"Cerrado"_s << QString() << true;
        QTest::newRow("FECHADO") << u"FECHADO"_s << QString() << true;
        QTest::newRow("resolvido padded") << u" resolvido "_s << QString() << true;
        QTest::newRow("Resuelto with blank solution") << u"Resuelto"_s << u"   "_s << true;
        QTest::newRow("resolved with solution") << u"resolved"_s << u"Replaced the router"_s << false;
        QTest::newRow("closedish is not closed") << u"closed later"_s << QString() << false;
    }
    void closedStatusNeedsSolution()
    {
        QFETCH(QString, status);
        QFETCH(QString, solution);
        QFETCH(bool, needsSolution);
        CaseUpdate u = valid();
        u.status = status;
        u.solution = solution;
        QCOMPARE(rules(Validator::validate(u, {})).contains(u"solution:solution-required"_s), needsSolution);
    }

    void closedStatusesAreASetting()
    {
        CaseUpdate u = valid();
        u.status = u"Finalizado"_s;
        ConnectionSettings settings;
        QVERIFY(Validator::validate(u, settings).isEmpty());
        settings.closedStatuses = {u"finalizado"_s};
        QCOMPARE(rules(Validator::validate(u, settings)), QStringList{u"solution:solution-required"_s});
        u.status = u"closed"_s; // no longer closed for this connection
        QVERIFY(Validator::validate(u, settings).isEmpty());
    }

    void customFields()
    {
        CaseUpdate u = valid();
        u.customFields = {{u"ciudad"_s, u"Bogotá"_s},
                          {u""_s, u"x"_s},
                          {u"ciudad"_s, u"Cali"_s},
                          {u"  "_s, u"y"_s},
                          {u"canal"_s, u""_s}};
        QCOMPARE(rules(Validator::validate(u, {})),
                 (QStringList{u"form:field-name-empty#1"_s, u"form:field-name-duplicate#2"_s,
                              u"form:field-name-empty#3"_s}));
    }

    void attachments_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<qint64>("size");
        QTest::addColumn<QString>("rule");
        QTest::newRow("pdf") << u"informe.pdf"_s << qint64(10) << QString();
        QTest::newRow("upper-case JPG") << u"FOTO.JPG"_s << qint64(10) << QString();
        QTest::newRow("7z") << u"logs.7z"_s << qint64(10) << QString();
        QTest::newRow("non-ASCII name") << u"informe_año_ção.xlsx"_s << qint64(10) << QString();
        QTest::newRow("double extension") << u"llamada.2024.mp3"_s << qint64(10) << QString();
        QTest::newRow("exe") << u"setup.exe"_s << qint64(10) << u"attachment-extension"_s;
        QTest::newRow("no extension") << u"README"_s << qint64(10) << u"attachment-extension"_s;
        QTest::newRow("pdf.exe") << u"invoice.pdf.exe"_s << qint64(10) << u"attachment-extension"_s;
        QTest::newRow("too large") << u"video.mp4"_s << qint64(2048) << u"attachment-too-large"_s;
        QTest::newRow("exactly the limit") << u"video2.mp4"_s << qint64(1024) << QString();
    }
    void attachments()
    {
        QFETCH(QString, name);
        QFETCH(qint64, size);
        QFETCH(QString, rule);
        ConnectionSettings settings;
        settings.maxAttachmentBytes = 1024;
        CaseUpdate u = valid();
        u.attachments = {file(name, size)};
        const QStringList found = rules(Validator::validate(u, settings));
        QCOMPARE(found, rule.isEmpty() ? QStringList() : QStringList{u"file:"_s + rule + u"#0"_s});
    }

    void missingAndUnreadableAttachments()
    {
        CaseUpdate u = valid();
        const QString unreadable = file(u"secret.pdf"_s);
        QFile::setPermissions(unreadable, QFileDevice::Permissions());
        u.attachments = {m_dir.filePath(u"gone.pdf"_s), m_dir.path(), unreadable};
        QStringList expected{u"file:attachment-missing#0"_s, u"file:attachment-not-file#1"_s};
        if (!QFileInfo(unreadable)
                 .isReadable()) // root can read anything; the rule is still exercised as non-root
            expected.append(u"file:attachment-unreadable#2"_s);
        QCOMPARE(rules(Validator::validate(u, {})), expected);
    }

    void allowedExtensionsAreASetting()
    {
        ConnectionSettings settings;
        settings.allowedExtensions = ConnectionSettings::splitList(u".TXT, log;pdf"_s);
        QCOMPARE(settings.allowedExtensions, (QStringList{u".TXT"_s, u"log"_s, u"pdf"_s}));
        QVERIFY(settings.isAllowedExtension(u"notes.txt"_s));
        QVERIFY(settings.isAllowedExtension(u"a.LOG"_s));
        QVERIFY(!settings.isAllowedExtension(u"a.jpg"_s));
    }

    void messagesNameTheProblem()
    {
        CaseUpdate u = valid();
        u.responsible = u"ana"_s;
        const QList<ValidationIssue> issues = Validator::validate(u, {});
        QCOMPARE(issues.size(), 1);
        QVERIFY(issues.first().message.contains(u"ana"_s));
        QVERIFY(issues.first().message.contains(u"user@operation"_s));
    }
};

QTEST_GUILESS_MAIN(TestValidator)
#include "tst_validator.moc"
