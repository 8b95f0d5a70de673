#include "core/global.h"
#include "core/model/casecomparison.h"

#include <QtTest>

// What an update changes in a loaded case, what moved in the CRM meanwhile, and the summary the window shows.
class TestCaseComparison : public QObject
{
    Q_OBJECT

private:
    static CaseRecord loaded()
    {
        CaseRecord r;
        r.wolkvoxId = u"6074aaa"_s;
        r.caseType = u"Request"_s;
        r.responsible = u"ana@op"_s;
        r.status = u"open"_s;
        r.priority = u"low"_s;
        r.solution = QString();
        r.customFields = {{u"canal"_s, u"WhatsApp"_s}, {u"ciudad"_s, u"Bogotá"_s}};
        for (const auto f :
             {CaseRecord::Field::WolkvoxId, CaseRecord::Field::CaseType, CaseRecord::Field::Responsible,
              CaseRecord::Field::Status, CaseRecord::Field::Priority, CaseRecord::Field::Solution,
              CaseRecord::Field::CustomFields})
            r.setPresent(f);
        return r;
    }

private Q_SLOTS:
    void nothingChangesWhenTheFormIsTheCase()
    {
        const CaseRecord r = loaded();
        CaseUpdate u = r.toUpdate(u"crm"_s, u"op"_s);
        QVERIFY(CaseComparison::changes(r, u).isEmpty());
        // The CRM compares case types and users ignoring case; blanks never count.
        u.caseType = u" request "_s;
        u.responsible = u"ANA@op"_s;
        u.customFields = {};
        QVERIFY(CaseComparison::changes(r, u).isEmpty());
        QVERIFY(CaseComparison::summary({}).isEmpty());
    }

    void changesAndTheirSummary()
    {
        const CaseRecord r = loaded();
        CaseUpdate u = r.toUpdate(u"crm"_s, u"op"_s);
        u.priority = u"high"_s;
        u.responsible = u"luis@op"_s;
        u.status = u"Open"_s; // statuses compare exactly: a change
        u.customFields = {{u"ciudad"_s, u"Cali"_s}, {u"nuevo"_s, u"sí"_s}};
        const QList<FieldChange> changes = CaseComparison::changes(r, u);
        const QList<FieldChange> expected{
            {u"responsible"_s, u"ana@op"_s, u"luis@op"_s}, {u"status"_s, u"open"_s, u"Open"_s},
            {u"priority"_s, u"low"_s, u"high"_s},          {u"form:ciudad"_s, u"Bogotá"_s, u"Cali"_s},
            {u"form:nuevo"_s, QString(), u"sí"_s},
        };
        QCOMPARE(changes, expected);
        QCOMPARE(
            CaseComparison::summary(changes),
            u"responsible: ana@op → luis@op; status: open → Open; priority: low → high; ciudad: Bogotá → "
            "Cali; nuevo: (empty) → sí"_s);
    }

    void anEmptySolutionIsNotSent()
    {
        CaseRecord r = loaded();
        r.solution = u"Se cambió el módem"_s;
        CaseUpdate u = r.toUpdate(u"crm"_s, u"op"_s);
        u.solution.clear();
        QVERIFY(CaseComparison::changes(r, u).isEmpty());
        u.solution = u"Otra"_s;
        QCOMPARE(CaseComparison::changes(r, u).size(), 1);
        QCOMPARE(CaseComparison::changes(r, u).constFirst().field, u"solution"_s);
    }

    void longValuesAreShortenedInTheSummary()
    {
        const QString longText = QString(100, u'x');
        const QString summary = CaseComparison::summary({{u"solution"_s, QString(), longText + u"\nline"_s}});
        QVERIFY(summary.startsWith(u"solution: (empty) → "_s));
        QVERIFY(summary.endsWith(u"…"_s));
        QVERIFY(!summary.contains(u'\n'));
        QVERIFY(summary.size() < 70);
    }

    void driftSinceTheLoad()
    {
        const CaseRecord before = loaded();
        CaseRecord now = before;
        QVERIFY(CaseComparison::drift(before, now).isEmpty());
        now.status = u"closed"_s;
        now.solution = u"Resuelto por teléfono"_s;
        now.customFields = {{u"canal"_s, u"Correo"_s}, {u"ciudad"_s, u"Bogotá"_s}, {u"extra"_s, u"1"_s}};
        const QList<FieldChange> drift = CaseComparison::drift(before, now);
        const QList<FieldChange> expected{
            {u"status"_s, u"open"_s, u"closed"_s},
            {u"solution"_s, QString(), u"Resuelto por teléfono"_s},
            {u"form:canal"_s, u"WhatsApp"_s, u"Correo"_s},
            {u"form:extra"_s, QString(), u"1"_s},
        };
        QCOMPARE(drift, expected);
        // A field the second read lacks is unknown there, not changed.
        CaseRecord partial = before;
        partial.setPresent(CaseRecord::Field::Priority, false);
        partial.priority.clear();
        QVERIFY(CaseComparison::drift(before, partial).isEmpty());
    }

    void conflictsAndRebase()
    {
        const CaseRecord was = loaded();
        CaseUpdate mine = was.toUpdate(u"crm"_s, u"op"_s);
        mine.priority = u"high"_s; // only I changed it
        mine.status = u"in progress"_s; // both changed it, differently
        CaseRecord theirs = was;
        theirs.status = u"escalated"_s;
        theirs.responsible = u"luis@op"_s; // only they changed it
        theirs.customFields = {{u"canal"_s, u"Correo"_s}, {u"ciudad"_s, u"Bogotá"_s}};

        const QList<FieldConflict> fields = CaseComparison::conflicts(was, mine, theirs);
        QCOMPARE(fields.size(), 4);
        const auto find = [&](const QString &name) {
            for (const FieldConflict &f : fields) {
                if (f.field == name)
                    return f;
            }
            return FieldConflict{};
        };
        QVERIFY(find(u"status"_s).isConflict());
        QCOMPARE(find(u"status"_s).loaded, u"open"_s);
        QCOMPARE(find(u"status"_s).mine, u"in progress"_s);
        QCOMPARE(find(u"status"_s).theirs, u"escalated"_s);
        QVERIFY(!find(u"priority"_s).isConflict());
        QVERIFY(find(u"priority"_s).mineChanged && !find(u"priority"_s).theirsChanged);
        QVERIFY(find(u"responsible"_s).theirsChanged && !find(u"responsible"_s).mineChanged);
        QVERIFY(find(u"form:canal"_s).theirsChanged);

        const CaseUpdate keepTheirs
            = CaseComparison::rebase(mine, was, theirs, CaseComparison::Resolution::KeepTheirs);
        QCOMPARE(keepTheirs.status, u"escalated"_s);
        QCOMPARE(keepTheirs.priority, u"high"_s);
        QCOMPARE(keepTheirs.responsible, u"luis@op"_s); // sending "ana" again would undo their change
        QCOMPARE(keepTheirs.customFields.constFirst().value, u"Correo"_s);
        const CaseUpdate keepMine
            = CaseComparison::rebase(mine, was, theirs, CaseComparison::Resolution::KeepMine);
        QCOMPARE(keepMine.status, u"in progress"_s);
        QCOMPARE(keepMine.priority, u"high"_s);
        QCOMPARE(keepMine.responsible, u"luis@op"_s);
    }

    void labels()
    {
        QCOMPARE(CaseComparison::fieldLabel(u"case-type"_s), u"case type"_s);
        QCOMPARE(CaseComparison::fieldLabel(u"form:Ciudad de origen"_s), u"Ciudad de origen"_s);
    }
};

QTEST_GUILESS_MAIN(TestCaseComparison)
#include "tst_casecomparison.moc"
