#include "core/global.h"
#include "core/storage/historydatabase.h"
#include "core/vocabulary/vocabularyfile.h"
#include "core/vocabulary/vocabularystore.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using Kind = VocabularyEntry::Kind;
using Format = VocabularyFile::Format;

// The learned vocabulary on real SQLite: what is counted, what stops being offered, what closes a case, and
// a team's file in and out.
class TestVocabulary : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    qint64 m_now = 1764979200000;

    QString newPath() { return m_dir.filePath(u"history-%1.sqlite"_s.arg(++m_files)); }

    std::unique_ptr<VocabularyStore> openStore(const QString &path = {})
    {
        auto store = std::make_unique<VocabularyStore>(path.isEmpty() ? newPath() : path);
        store->setClock([this] { return ++m_now; });
        if (!store->open())
            qWarning("%s", qPrintable(store->error()));
        return store;
    }

    static CaseRecord record(const QString &type, const QString &status, const QString &priority,
                             const QString &responsible)
    {
        CaseRecord r;
        r.wolkvoxId = u"6074aaa"_s;
        r.caseType = type;
        r.status = status;
        r.priority = priority;
        r.responsible = responsible;
        return r;
    }
    static CaseUpdate update(const QString &type, const QString &status, const QString &priority,
                             const QString &responsible = u"ana@op"_s, const QString &solution = {})
    {
        CaseUpdate u;
        u.operation = u"op"_s;
        u.wolkvoxId = u"6074aaa"_s;
        u.caseType = type;
        u.status = status;
        u.priority = priority;
        u.responsible = responsible;
        u.solution = solution;
        return u;
    }
    static ApiResult refusal(const char *msg)
    {
        ApiResult r;
        r.outcome = ApiResult::Outcome::Rejected;
        r.httpStatus = 400;
        r.msg = QString::fromLatin1(msg);
        return r;
    }

    // A store with a bit of everything, for the file tests.
    std::unique_ptr<VocabularyStore> populated()
    {
        auto store = openStore();
        store->recordCase(u"op"_s, record(u"Request"_s, u"open"_s, u"low"_s, u"ana@op"_s));
        store->recordCase(u"op"_s, record(u"Request"_s, u"closed"_s, u"high"_s, u"luis@op"_s));
        store->recordSuccess(update(u"Incidentes"_s, u"Abierto"_s, u"Alta"_s, u"josé@op"_s));
        store->recordRejection(update(u"Request"_s, u"Cerrado"_s, u"low"_s),
                               refusal("THE STATUS DOES NOT EXIST FOR THIS CASE TYPE"));
        store->setClosed(u"op"_s, u"Request"_s, u"closed"_s, true);
        store->recordCase(u"otra operación"_s,
                          record(u"=HYPERLINK(\"x\")"_s, u"'quoted"_s, u"-1"_s, u"@x@y"_s));
        store->recordSuccess(update(u"Request"_s, u"in, \"progress\""_s, u"low"_s));
        return store;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void mostUsedFirst()
    {
        auto store = openStore();
        QVERIFY(store->recordCase(u"op"_s, record(u"Request"_s, u"open"_s, u"low"_s, u"ana@op"_s)));
        QVERIFY(store->recordCase(u"op"_s, record(u"Claims"_s, u"under review"_s, u"high"_s, u"luis@op"_s)));
        QVERIFY(store->recordSuccess(update(u"Claims"_s, u"under review"_s, u"high"_s, u"luis@op"_s)));
        QVERIFY(store->recordSuccess(update(u"request"_s, u"in progress"_s, u"low"_s, u"LUIS@op"_s)));
        QVERIFY(store->recordSuccess(update(u"Request"_s, u"in progress"_s, u"medium"_s, u"luis@op"_s)));

        // Case types and users ignore case; a loaded case's spelling is the one kept.
        QCOMPARE(store->caseTypes(u"op"_s), (QStringList{u"Request"_s, u"Claims"_s}));
        QCOMPARE(store->responsibles(u"OP"_s), (QStringList{u"luis@op"_s, u"ana@op"_s}));
        QCOMPARE(store->statuses(u"op"_s, u"REQUEST"_s), (QStringList{u"in progress"_s, u"open"_s}));
        QCOMPARE(store->statuses(u"op"_s, u"Claims"_s), QStringList{u"under review"_s});
        // A case type's own priorities first, then those of other case types.
        QCOMPARE(store->priorities(u"op"_s, u"Request"_s), (QStringList{u"low"_s, u"medium"_s, u"high"_s}));
        QCOMPARE(store->priorities(u"op"_s, u"Claims"_s), (QStringList{u"high"_s, u"low"_s, u"medium"_s}));
        QVERIFY(store->caseTypes(u"another"_s).isEmpty());
    }

    void aRefusedValueIsNoLongerOffered()
    {
        auto store = openStore();
        QVERIFY(store->recordCase(u"op"_s, record(u"Request"_s, u"open"_s, u"low"_s, u"ana@op"_s)));
        QVERIFY(store->recordSuccess(update(u"Request"_s, u"Cerrado"_s, u"low"_s)));
        QVERIFY(store->recordSuccess(update(u"Incidentes"_s, u"Cerrado"_s, u"Alta"_s)));
        QVERIFY(store->recordRejection(update(u"Request"_s, u"Cerrado"_s, u"low"_s),
                                       refusal("THE STATUS DOES NOT EXIST FOR THIS CASE TYPE")));
        QCOMPARE(store->statuses(u"op"_s, u"Request"_s), QStringList{u"open"_s});
        QCOMPARE(store->statuses(u"op"_s, u"Incidentes"_s), QStringList{u"Cerrado"_s}); // still fine there
        QVERIFY(store->recordRejection(update(u"Request"_s, u"open"_s, u"Alta"_s),
                                       refusal("THE PRIORITY DOES NOT EXIST FOR THIS CASE TYPE")));
        QVERIFY(!store->priorities(u"op"_s, u"Request"_s).contains(u"Alta"_s));
        QVERIFY(store->priorities(u"op"_s, u"Incidentes"_s).contains(u"Alta"_s));
        QVERIFY(store->recordRejection(update(u"Request"_s, u"open"_s, u"low"_s, u"nadie@op"_s),
                                       refusal("THE RESPONSIBLE USER DOES NOT EXIST")));
        QVERIFY(!store->responsibles(u"op"_s).contains(u"nadie@op"_s));
        // Other refusals teach nothing.
        QVERIFY(store->recordRejection(update(u"Request"_s, u"open"_s, u"low"_s),
                                       refusal("TOKEN LIMIT EXCEEDED")));
        QCOMPARE(store->statuses(u"op"_s, u"Request"_s), QStringList{u"open"_s});
        // Seen in a loaded case again: it exists after all.
        QVERIFY(store->recordCase(u"op"_s, record(u"Request"_s, u"Cerrado"_s, u"low"_s, u"ana@op"_s)));
        QVERIFY(store->statuses(u"op"_s, u"Request"_s).contains(u"Cerrado"_s));
    }

    void closedIsLearnedAndCanBeSetByHand()
    {
        auto store = openStore();
        QVERIFY(!store->isClosed(u"op"_s, u"Request"_s, u"closed"_s));
        QVERIFY(store->recordRejection(update(u"Request"_s, u"closed"_s, u"low"_s),
                                       refusal("THE SOLUTION IS REQUIRED FOR A CLOSED STATUS")));
        QCOMPARE(store->isClosed(u"op"_s, u"request"_s, u"closed"_s), std::optional<bool>(true));
        QCOMPARE(store->closedStatuses(u"op"_s), QStringList{u"closed"_s});
        // Accepted without a solution: an open status.
        QVERIFY(store->recordSuccess(update(u"Request"_s, u"in progress"_s, u"low"_s)));
        QCOMPARE(store->isClosed(u"op"_s, u"Request"_s, u"in progress"_s), std::optional<bool>(false));
        // Accepted with one: nothing learned.
        QVERIFY(store->recordSuccess(update(u"Request"_s, u"resolved"_s, u"low"_s, u"ana@op"_s, u"done"_s)));
        QVERIFY(!store->isClosed(u"op"_s, u"Request"_s, u"resolved"_s));
        // Refused for want of a solution although one was sent: not that reason.
        QVERIFY(store->recordRejection(update(u"Request"_s, u"odd"_s, u"low"_s, u"ana@op"_s, u"x"_s),
                                       refusal("THE SOLUTION IS REQUIRED FOR A CLOSED STATUS")));
        QVERIFY(!store->isClosed(u"op"_s, u"Request"_s, u"odd"_s));

        // By hand, and learning never overrides the hand.
        QVERIFY(store->setClosed(u"op"_s, u"Request"_s, u"in progress"_s, true));
        QVERIFY(store->recordSuccess(update(u"Request"_s, u"in progress"_s, u"low"_s)));
        QCOMPARE(store->isClosed(u"op"_s, u"Request"_s, u"in progress"_s), std::optional<bool>(true));
        QCOMPARE(store->closedStatuses(u"op"_s, u"Request"_s), (QStringList{u"closed"_s, u"in progress"_s}));
        QVERIFY(store->setClosed(u"op"_s, u"Request"_s, u"in progress"_s, std::nullopt)); // back to learning
        QVERIFY(store->recordSuccess(update(u"Request"_s, u"in progress"_s, u"low"_s)));
        QCOMPARE(store->isClosed(u"op"_s, u"Request"_s, u"in progress"_s), std::optional<bool>(false));
        QVERIFY(!store->setClosed(u"op"_s, {}, u"x"_s, true));
        QVERIFY(!store->error().isEmpty());
    }

    void refusalsAreReadFromTheMessage_data()
    {
        QTest::addColumn<QString>("msg");
        QTest::addColumn<int>("refusal");
        using R = VocabularyStore::Refusal;
        QTest::newRow("case type") << u"THE CASE TYPE DOES NOT EXIST"_s << int(R::CaseType);
        QTest::newRow("status") << u"THE STATUS DOES NOT EXIST FOR THIS CASE TYPE"_s << int(R::Status);
        QTest::newRow("priority") << u"the priority does not exist for this case type"_s << int(R::Priority);
        QTest::newRow("responsible") << u"THE RESPONSIBLE USER DOES NOT EXIST"_s << int(R::Responsible);
        QTest::newRow("solution") << u"THE SOLUTION IS REQUIRED FOR A CLOSED STATUS"_s
                                  << int(R::SolutionRequired);
        QTest::newRow("record") << u"THE RECORD DOES NOT EXIST"_s << int(R::None);
        QTest::newRow("quota") << u"TOKEN LIMIT EXCEEDED"_s << int(R::None);
    }
    void refusalsAreReadFromTheMessage()
    {
        QFETCH(QString, msg);
        QFETCH(int, refusal);
        ApiResult r;
        r.outcome = ApiResult::Outcome::Rejected;
        r.msg = msg;
        QCOMPARE(int(VocabularyStore::refusalOf(r)), refusal);
        r.outcome = ApiResult::Outcome::Success;
        QCOMPARE(VocabularyStore::refusalOf(r), VocabularyStore::Refusal::None);
    }

    void persistsAndMigratesAsItsOwnStep()
    {
        const QString path = newPath();
        {
            auto store = openStore(path);
            QVERIFY(store->recordCase(u"op"_s, record(u"Request"_s, u"open"_s, u"low"_s, u"ana@op"_s)));
        }
        {
            auto store = openStore(path);
            QCOMPARE(store->caseTypes(u"op"_s), QStringList{u"Request"_s});
        }
        // A file of the schema before (4): the step adds the table and leaves the rest alone; the steps
        // after it (the batch rows' read-first columns) run again on the way up.
        {
            HistoryDatabase db(path);
            QVERIFY(db.open());
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(u"DROP TABLE vocabulary"_s));
            for (const char *column : {"read_state", "decided_json", "baseline"})
                QVERIFY2(q.exec(u"ALTER TABLE batch_rows DROP COLUMN %1"_s.arg(QLatin1StringView(column))),
                         qPrintable(q.lastError().text()));
            QVERIFY(q.exec(u"PRAGMA user_version = 4"_s));
        }
        auto store = openStore(path);
        QVERIFY(store->isOpen());
        QVERIFY(store->caseTypes(u"op"_s).isEmpty());
        QVERIFY(store->recordCase(u"op"_s, record(u"Claims"_s, u"open"_s, u"low"_s, u"ana@op"_s)));
        QCOMPARE(store->caseTypes(u"op"_s), QStringList{u"Claims"_s});
    }

    void sharesTheHistoryConnection()
    {
        HistoryDatabase db(newPath());
        QVERIFY(db.open());
        VocabularyStore store(&db);
        QVERIFY(store.open());
        QSignalSpy changed(&store, &VocabularyStore::changed);
        QVERIFY(store.recordCase(u"op"_s, record(u"Request"_s, u"open"_s, u"low"_s, u"ana@op"_s)));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.constFirst().constFirst().toString(), u"op"_s);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(u"SELECT count(*) FROM vocabulary"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 4);
    }

    void roundTrip_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("csv") << int(Format::Csv);
        QTest::newRow("json") << int(Format::Json);
    }
    void roundTrip()
    {
        QFETCH(int, format);
        auto source = populated();
        const QList<VocabularyEntry> exported = source->entries();
        QVERIFY(exported.size() >= 10);
        const QByteArray bytes = VocabularyFile::write(exported, Format(format));
        const VocabularyFile::Read read = VocabularyFile::read(bytes, Format(format));
        QVERIFY2(read.ok(), qPrintable(read.errors.join(u'\n')));
        QCOMPARE(read.entries, exported);

        auto target = openStore();
        const auto report = target->merge(read.entries);
        QVERIFY2(report, qPrintable(target->error()));
        QCOMPARE(report->added, int(exported.size()));
        QCOMPARE(target->entries(), exported);
        // A spreadsheet would run these as formulas: the CSV guards them, the import takes the guard off.
        if (Format(format) == Format::Csv) {
            QVERIFY(bytes.contains(",\"'=HYPERLINK(\"\"x\"\")\","));
            QVERIFY(bytes.contains(",'-1,"));
            QVERIFY(bytes.startsWith("\xef\xbb\xbfoperation,kind,"));
        }
        QCOMPARE(target->caseTypes(u"otra operación"_s), QStringList{u"=HYPERLINK(\"x\")"_s});
        QCOMPARE(target->closedStatuses(u"op"_s, u"Request"_s), QStringList{u"closed"_s});
        QVERIFY(!target->statuses(u"op"_s, u"Request"_s).contains(u"Cerrado"_s));
    }

    void anEmptyVocabularyRoundTrips()
    {
        for (const Format format : {Format::Csv, Format::Json}) {
            const VocabularyFile::Read read = VocabularyFile::read(VocabularyFile::write({}, format), format);
            QVERIFY2(read.ok(), qPrintable(read.errors.join(u'\n')));
            QVERIFY(read.entries.isEmpty());
        }
        QVERIFY(!VocabularyFile::read({}, Format::Csv).ok()); // an empty file is not an export
    }

    void mergeLosesNothing()
    {
        auto store = openStore();
        QVERIFY(store->recordCase(u"op"_s, record(u"Request"_s, u"open"_s, u"low"_s, u"ana@op"_s)));
        QVERIFY(store->recordCase(u"op"_s, record(u"Request"_s, u"open"_s, u"low"_s, u"ana@op"_s)));
        QVERIFY(store->setClosed(u"op"_s, u"Request"_s, u"closed"_s, false));
        const QList<VocabularyEntry> before = store->entries();

        VocabularyEntry moreUses{u"op"_s, Kind::Status, u"Request"_s, u"open"_s, 10, 5, false, {}, false};
        VocabularyEntry fewerUses{u"op"_s, Kind::CaseType, {}, u"request"_s, 1, 1, false, {}, false};
        VocabularyEntry theirsClosed{u"op"_s, Kind::Status, u"Request"_s, u"closed"_s, 0,
                                     0,       false,        true,         true};
        VocabularyEntry refused{u"op"_s, Kind::Priority, u"Request"_s, u"low"_s, 0, 0, true, {}, false};
        VocabularyEntry added{u"op"_s, Kind::Responsible, {}, u"luis@op"_s, 3, 9, false, {}, false};
        const auto report = store->merge({moreUses, fewerUses, theirsClosed, refused, added});
        QVERIFY2(report, qPrintable(store->error()));
        QCOMPARE(report->added, 1);
        QCOMPARE(report->updated, 4);
        QCOMPARE(store->entries().size(), before.size() + 1);
        for (const VocabularyEntry &e : store->entries()) {
            if (e.kind == Kind::Status && e.value == u"open"_s)
                QCOMPARE(e.uses, 10);
            if (e.kind == Kind::CaseType)
                QCOMPARE(e.uses, 2);
            if (e.kind == Kind::Status && e.value == u"closed"_s)
                QCOMPARE(e.closed, std::optional<bool>(false)); // set by hand here: kept
        }
        QVERIFY(!store->priorities(u"op"_s, u"Request"_s).contains(u"low"_s)); // refused there: refused here
        QCOMPARE(store->responsibles(u"op"_s), (QStringList{u"luis@op"_s, u"ana@op"_s}));
    }

    void hostileFilesAreRefused_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        const QByteArray header = "operation,kind,case_type,value\n";
        QTest::newRow("latin-1") << int(Format::Csv) << QByteArray(header + "op,status,Request,Cerr\xe9\n")
                                 << u"UTF-8"_s;
        QTest::newRow("binary") << int(Format::Csv)
                                << QByteArray(header + QByteArray("op,status,Re\0q,x\n", 17))
                                << u"not a text file"_s;
        QTest::newRow("unknown column")
            << int(Format::Csv) << QByteArray("operation,kind,value,password\nop,status,x,y\n")
            << u"password"_s;
        QTest::newRow("no value column")
            << int(Format::Csv) << QByteArray("operation,kind\nop,status\n") << u"value"_s;
        QTest::newRow("unknown kind")
            << int(Format::Csv) << QByteArray(header + "op,color,,red\n") << u"color"_s;
        QTest::newRow("status without case type")
            << int(Format::Csv) << QByteArray(header + "op,status,,open\n") << u"the case type is empty"_s;
        QTest::newRow("responsible with a case type")
            << int(Format::Csv) << QByteArray(header + "op,responsible,Request,ana@op\n")
            << u"a responsible person belongs to no case type"_s;
        QTest::newRow("empty operation") << int(Format::Csv) << QByteArray(header + ",case_type,,Request\n")
                                         << u"the operation is empty"_s;
        QTest::newRow("control character")
            << int(Format::Csv) << QByteArray(header + "op,case_type,,Req\x07uest\n")
            << u"the value holds control"_s;
        QTest::newRow("direction override")
            << int(Format::Csv) << QByteArray(header + "op,case_type,,Req\xe2\x80\xaeuest\n")
            << u"direction"_s;
        QTest::newRow("too long") << int(Format::Csv)
                                  << QByteArray(header + "op,case_type,," + QByteArray(300, 'x') + '\n')
                                  << u"the value is longer than [0-9]+ characters"_s;
        QTest::newRow("twice") << int(Format::Csv)
                               << QByteArray(header + "op,case_type,,Request\nOP,case_type,,request\n")
                               << u"twice"_s;
        QTest::newRow("negative uses")
            << int(Format::Csv) << QByteArray("operation,kind,value,uses\nop,case_type,Request,-4\n")
            << u"-4"_s;
        QTest::newRow("ragged row") << int(Format::Csv)
                                    << QByteArray(header + "op,case_type,,Request,extra\n") << u"cell"_s;
        QTest::newRow("closed on a priority")
            << int(Format::Csv)
            << QByteArray("operation,kind,case_type,value,closed\nop,priority,R,low,closed\n")
            << u"only a status"_s;
        QTest::newRow("not json") << int(Format::Json) << QByteArray("{\"format\":") << u"JSON"_s;
        QTest::newRow("other format")
            << int(Format::Json) << QByteArray(R"({"format":"casedesk-history","entries":[]})")
            << u"casedesk-vocabulary"_s;
        QTest::newRow("newer version")
            << int(Format::Json) << QByteArray(R"({"format":"casedesk-vocabulary","version":7,"entries":[]})")
            << u"newer"_s;
        QTest::newRow("wrong types")
            << int(Format::Json)
            << QByteArray(R"({"format":"casedesk-vocabulary","version":1,"entries":[)"
                          R"({"operation":"op","kind":"case_type","value":3,"uses":"many"}]})")
            << u"value"_s;
        QTest::newRow("lone surrogate")
            << int(Format::Json)
            << QByteArray(R"({"format":"casedesk-vocabulary","version":1,"entries":[)"
                          "{\"operation\":\"op\",\"kind\":\"case_type\",\"value\":\"a\\ud800b\"}]}")
            << u"control|JSON"_s;
        QTest::newRow("unknown key")
            << int(Format::Json)
            << QByteArray(R"({"format":"casedesk-vocabulary","version":1,"entries":[)"
                          R"({"operation":"op","kind":"case_type","value":"x","sql":"DROP"}]})")
            << u"sql"_s;
        QTest::newRow("too large") << int(Format::Csv) << QByteArray(VocabularyFile::MaxBytes + 1, 'a')
                                   << u"larger"_s;
    }
    void hostileFilesAreRefused()
    {
        QFETCH(int, format);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        const VocabularyFile::Read read = VocabularyFile::read(bytes, Format(format));
        QVERIFY(!read.ok());
        QVERIFY(read.entries.isEmpty());
        const QRegularExpression expected(message, QRegularExpression::CaseInsensitiveOption);
        QVERIFY2(read.errors.join(u' ').contains(expected), qPrintable(read.errors.join(u'\n')));
        QVERIFY(read.errors.size() <= VocabularyFile::MaxErrors);
    }

    void aBadLineRefusesTheWholeFile()
    {
        auto store = populated();
        const QList<VocabularyEntry> before = store->entries();
        QByteArray bytes = VocabularyFile::write(before, Format::Csv);
        bytes += "op,status,,orphan,0,0,no,,no\r\n";
        const VocabularyFile::Read read = VocabularyFile::read(bytes, Format::Csv);
        QVERIFY(!read.ok());
        QVERIFY(read.entries.isEmpty());
        QVERIFY2(read.errors.constFirst().contains(u"Line %1"_s.arg(before.size() + 2)),
                 qPrintable(read.errors.constFirst()));
        QCOMPARE(store->entries(), before);
    }

    void files()
    {
        auto store = populated();
        const QList<VocabularyEntry> entries = store->entries(u"op"_s);
        QVERIFY(!entries.isEmpty());
        for (const VocabularyEntry &e : entries)
            QCOMPARE(e.operation, u"op"_s);
        for (const QString &name : {u"team.csv"_s, u"team.json"_s}) {
            QString error;
            QVERIFY2(VocabularyFile::writeFile(m_dir.filePath(name), entries, &error), qPrintable(error));
            const VocabularyFile::Read read = VocabularyFile::readFile(m_dir.filePath(name));
            QVERIFY2(read.ok(), qPrintable(read.errors.join(u'\n')));
            QCOMPARE(read.entries, entries);
        }
        QVERIFY(!VocabularyFile::readFile(m_dir.filePath(u"missing.csv"_s)).ok());
        QVERIFY(!VocabularyFile::readFile(m_dir.path()).ok());
        QString error;
        QVERIFY(!VocabularyFile::writeFile(m_dir.filePath(u"no/such/dir/x.csv"_s), entries, &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestVocabulary)
#include "tst_vocabulary.moc"
