#include "core/batch/batchimport.h"
#include "core/batch/columnmapping.h"
#include "core/csv/csvreader.h"
#include "core/global.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using Kind = CsvProblem::Kind;
using Target = ColumnMapping::Target;

// Reading what spreadsheets export and what people paste, and turning it into checked updates.
class TestCsvReader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return path;
    }

    static BatchDefaults demoDefaults()
    {
        BatchDefaults d;
        d.server = u"crm0001.wolkvox.com"_s;
        d.operation = u"modulodeprueba"_s;
        return d;
    }

    static QStringList rules(const PlannedRow &row)
    {
        QStringList out;
        for (const ValidationIssue &issue : row.issues)
            out.append(issue.rule);
        return out;
    }

private Q_SLOTS:
    void rfc4180QuotingAndLineNumbers()
    {
        // Quoted separators, doubled quotes and a line break inside a cell; CRLF endings.
        const QByteArray csv = "id,solution,status\r\n"
                               "a1,\"Router, replaced\",closed\r\n"
                               "a2,\"He said \"\"done\"\"\",open\r\n"
                               "a3,\"line one\r\nline two\",closed\r\n"
                               "a4,,open\r\n";
        const CsvTable table = CsvReader::read(csv);
        QVERIFY(table.isUsable());
        QCOMPARE(table.separator, QChar(u','));
        QVERIFY(table.crlf);
        QVERIFY(!table.hadBom);
        QCOMPARE(table.header, (QStringList{u"id"_s, u"solution"_s, u"status"_s}));
        QCOMPARE(table.rows.size(), 4);
        QCOMPARE(table.rows.at(0).cells.at(1), u"Router, replaced"_s);
        QCOMPARE(table.rows.at(1).cells.at(1), u"He said \"done\""_s);
        QCOMPARE(table.rows.at(2).cells.at(1), u"line one\nline two"_s);
        QCOMPARE(table.rows.at(3).cells.at(1), QString());
        // Physical lines: the quoted line break makes row 4 start on line 6.
        QCOMPARE(table.rows.at(0).line, 2);
        QCOMPARE(table.rows.at(2).line, 4);
        QCOMPARE(table.rows.at(3).line, 6);
        QCOMPARE(table.rows.at(3).number, 4);
        QVERIFY(table.rowProblems.isEmpty());
    }

    void bomAndSemicolonFromSpanishExcel()
    {
        const QByteArray csv = "\xef\xbb\xbfwolkvox-id;Estado;Solución\n"
                               "6074aaa;Cerrado;\"Se cambió; el equipo\"\n";
        const CsvTable table = CsvReader::read(csv);
        QVERIFY(table.isUsable());
        QVERIFY(table.hadBom);
        QCOMPARE(table.separator, QChar(u';'));
        QCOMPARE(table.header.at(0), u"wolkvox-id"_s); // no BOM left in the first header
        QCOMPARE(table.header.at(2), u"Solución"_s);
        QCOMPARE(table.rows.at(0).cells.at(2), u"Se cambió; el equipo"_s);
    }

    void pastedTabSeparatedText()
    {
        // What a spreadsheet puts on the clipboard: TAB-separated, a multi-line cell quoted.
        const QString text = u"ID\tResponsável\tSolução\n"
                             "ff31\tjoao.silva@atendimentobrasil\t\"Trocado\no roteador\"\n"
                             "9a84\tfernanda.souza@atendimentobrasil\tok\n"_s;
        const CsvTable table = CsvReader::readText(text);
        QVERIFY(table.isUsable());
        QCOMPARE(table.separator, QChar(u'\t'));
        QCOMPARE(table.rows.size(), 2);
        QCOMPARE(table.rows.at(0).cells.at(2), u"Trocado\no roteador"_s);
        QCOMPARE(table.rows.at(1).line, 4);
    }

    void separatorDetection_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QChar>("separator");
        QTest::newRow("comma") << u"a,b,c"_s << QChar(u',');
        QTest::newRow("semicolon") << u"a;b;c"_s << QChar(u';');
        QTest::newRow("tab") << u"a\tb\tc"_s << QChar(u'\t');
        QTest::newRow("semicolon wins over a comma inside a name") << u"a,x;b;c"_s << QChar(u';');
        QTest::newRow("quoted separators do not count") << u"\"a;b;c\",d"_s << QChar(u',');
        QTest::newRow("single column") << u"id"_s << QChar(u',');
        QTest::newRow("only the first line counts") << u"a,b\nc;d;e;f"_s << QChar(u',');
    }

    void separatorDetection()
    {
        QFETCH(QString, header);
        QFETCH(QChar, separator);
        QCOMPARE(CsvReader::detectSeparator(header), separator);
    }

    void unbalancedQuoteIsAFileProblemWithItsLine()
    {
        const QByteArray csv = "id,status\n"
                               "a1,open\n"
                               "a2,\"open\n"
                               "a3,closed\n";
        const CsvTable table = CsvReader::read(csv);
        QVERIFY(!table.isUsable());
        QCOMPARE(table.fileProblems.size(), 1);
        QCOMPARE(table.fileProblems.at(0).kind, Kind::UnbalancedQuote);
        QCOMPARE(table.fileProblems.at(0).line, 3);
        QVERIFY(table.fileProblems.at(0).message.contains(u"line 3"_s));
        QVERIFY(table.rows.isEmpty()); // nothing after a broken quote can be trusted
    }

    void unbalancedQuoteInTheHeader()
    {
        const CsvTable table = CsvReader::read("\"id,status\na1,open\n");
        QCOMPARE(table.fileProblems.value(0).kind, Kind::UnbalancedQuote);
        QCOMPARE(table.fileProblems.value(0).line, 1);
    }

    void raggedRowsAreRowProblems()
    {
        const QByteArray csv = "id,status,priority\n"
                               "a1,open,low\n"
                               "a2,open\n"
                               "a3,open,low,extra\n"
                               "a4,open,low,,\n"; // trailing empty cells are harmless
        const CsvTable table = CsvReader::read(csv);
        QVERIFY(table.isUsable());
        QCOMPARE(table.rows.size(), 4);
        QCOMPARE(table.rowProblems.size(), 2);
        QCOMPARE(table.rowProblems.at(0).kind, Kind::RaggedRow);
        QCOMPARE(table.rowProblems.at(0).row, 2);
        QCOMPARE(table.rowProblems.at(0).line, 3);
        // English plural forms come from the translation files; the numbers are what matters here.
        QVERIFY(table.rowProblems.at(0).message.startsWith(u"Row 2 (line 3) has 2 cell"_s));
        QVERIFY(table.rowProblems.at(0).message.endsWith(u"but the header has 3."_s));
        QCOMPARE(table.rowProblems.at(1).row, 3);
        QVERIFY(table.rowProblems.at(1).message.contains(u"has 4 cell"_s));
        QCOMPARE(table.rows.at(3).cells.size(), 3);
        QCOMPARE(table.problemsOfRow(2).size(), 1);
        QVERIFY(table.problemsOfRow(4).isEmpty());
    }

    void latin1IsRefusedWithTheLine()
    {
        // "Solución" written by a Windows-1252 editor: 0xF3 is not UTF-8.
        const QByteArray csv = "id,solution\na1,ok\na2,Soluci\xf3n aplicada\n";
        const CsvTable table = CsvReader::read(csv);
        QVERIFY(!table.isUsable());
        QCOMPARE(table.fileProblems.at(0).kind, Kind::NotUtf8);
        QCOMPARE(table.fileProblems.at(0).line, 3);
        QVERIFY(table.fileProblems.at(0).message.contains(u"Line 3"_s));
        QVERIFY(table.fileProblems.at(0).message.contains(u"0xF3"_s));
        QVERIFY(table.fileProblems.at(0).message.contains(u"UTF-8"_s));
        QVERIFY(table.rows.isEmpty());
    }

    void utf8Validation_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("firstInvalid");
        QTest::newRow("ascii") << QByteArray("abc") << -1;
        QTest::newRow("two-byte") << QByteArray("a\xc3\xb3") << -1;
        QTest::newRow("four-byte emoji") << QByteArray("\xf0\x9f\x98\x80!") << -1;
        QTest::newRow("latin-1") << QByteArray("ab\xe9") << 2;
        QTest::newRow("overlong slash") << QByteArray("\xc0\xaf") << 0;
        QTest::newRow("surrogate") << QByteArray("x\xed\xa0\x80") << 1;
        QTest::newRow("truncated") << QByteArray("xy\xe2\x82") << 2;
        QTest::newRow("past unicode") << QByteArray("\xf4\x90\x80\x80") << 0;
        QTest::newRow("lone continuation") << QByteArray("a\x80") << 1;
    }

    void utf8Validation()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, firstInvalid);
        QCOMPARE(int(CsvReader::firstInvalidUtf8(bytes)), firstInvalid);
    }

    void emptyAndHeaderOnlyFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("kind");
        QTest::newRow("zero bytes") << QByteArray() << int(Kind::Empty);
        QTest::newRow("only a BOM") << QByteArray("\xef\xbb\xbf") << int(Kind::Empty);
        QTest::newRow("blank lines") << QByteArray("\r\n\n  \n") << int(Kind::Empty);
        QTest::newRow("header only") << QByteArray("id,status,priority") << int(Kind::HeaderOnly);
        QTest::newRow("header and newline") << QByteArray("id,status\r\n") << int(Kind::HeaderOnly);
        QTest::newRow("header and empty rows") << QByteArray("id,status\n,\n\n,,\n") << int(Kind::HeaderOnly);
        QTest::newRow("binary") << QByteArray("PK\x03\x04\0\0\x14", 7) << int(Kind::Binary);
    }

    void emptyAndHeaderOnlyFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, kind);
        const CsvTable table = CsvReader::read(bytes);
        QCOMPARE(table.fileProblems.size(), 1);
        QCOMPARE(int(table.fileProblems.at(0).kind), kind);
        QVERIFY(!table.fileProblems.at(0).message.isEmpty());
        QVERIFY(table.rows.isEmpty());
    }

    void blankLinesAndEmptyRowsAreSkipped()
    {
        const CsvTable table = CsvReader::read("\n\nid,status\n\na1,open\n,\n\na2,closed\n,,\n");
        QVERIFY(table.isUsable());
        QCOMPARE(table.headerLine, 3);
        QCOMPARE(table.rows.size(), 2);
        QCOMPARE(table.rows.at(1).number, 2);
        QCOMPARE(table.rows.at(1).line, 8);
        QVERIFY(table.rowProblems.isEmpty());
    }

    void strayQuoteIsARowProblem()
    {
        const CsvTable table = CsvReader::read("id,solution\na1,\"said \"hi\" twice\"\na2,5\" screen\n");
        QVERIFY(table.isUsable());
        QCOMPARE(table.rowProblems.size(), 1);
        QCOMPARE(table.rowProblems.at(0).kind, Kind::StrayQuote);
        QCOMPARE(table.rowProblems.at(0).row, 1);
        // A quote inside an unquoted cell is plain text, as every spreadsheet reads it.
        QCOMPARE(table.rows.at(1).cells.at(1), u"5\" screen"_s);
    }

    void utf16FromExcelUnicodeText()
    {
        const QString text = u"id\testado\n6074\tCerrado\n"_s;
        QByteArray bytes("\xff\xfe");
        bytes.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
        const CsvTable table = CsvReader::read(bytes);
        QVERIFY(table.isUsable());
        QCOMPARE(table.separator, QChar(u'\t'));
        QCOMPARE(table.rows.at(0).cells, (QStringList{u"6074"_s, u"Cerrado"_s}));
    }

    void unnamedAndRepeatedHeadersAreNotices()
    {
        const CsvTable table = CsvReader::read("id,,status,Status\na1,x,open,closed\n");
        QVERIFY(table.isUsable());
        QCOMPARE(table.header.at(1), u"Column 2"_s);
        QCOMPARE(table.notices.size(), 2);
        QCOMPARE(table.notices.at(0).kind, Kind::EmptyHeader);
        QCOMPARE(table.notices.at(1).kind, Kind::DuplicateHeader);
    }

    void headersAreRecognisedInThreeLanguages_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<int>("target"); // -1: not a field
        QTest::newRow("wolkvox-id") << u"wolkvox-id"_s << int(Target::WolkvoxId);
        QTest::newRow("Wolkvox ID") << u"  Wolkvox ID "_s << int(Target::WolkvoxId);
        QTest::newRow("wolkvox_id") << u"wolkvox_id"_s << int(Target::WolkvoxId);
        QTest::newRow("ID") << u"ID"_s << int(Target::WolkvoxId);
        QTest::newRow("Case ID") << u"Case ID"_s << int(Target::WolkvoxId);
        QTest::newRow("ID del caso") << u"ID del caso"_s << int(Target::WolkvoxId);
        QTest::newRow("Caso") << u"Caso"_s << int(Target::WolkvoxId);
        QTest::newRow("ID do caso") << u"ID do caso"_s << int(Target::WolkvoxId);
        QTest::newRow("case-type") << u"case-type"_s << int(Target::CaseType);
        QTest::newRow("Tipo de caso") << u"Tipo de caso"_s << int(Target::CaseType);
        QTest::newRow("Tipo") << u"Tipo"_s << int(Target::CaseType);
        QTest::newRow("status") << u"status"_s << int(Target::Status);
        QTest::newRow("Estado") << u"Estado"_s << int(Target::Status);
        QTest::newRow("Situação") << u"Situação"_s << int(Target::Status);
        QTest::newRow("priority") << u"Priority"_s << int(Target::Priority);
        QTest::newRow("prioridad") << u"prioridad"_s << int(Target::Priority);
        QTest::newRow("PRIORIDADE") << u"PRIORIDADE"_s << int(Target::Priority);
        QTest::newRow("responsible") << u"Responsible"_s << int(Target::Responsible);
        QTest::newRow("responsable") << u"responsable"_s << int(Target::Responsible);
        QTest::newRow("Responsável") << u"Responsável"_s << int(Target::Responsible);
        QTest::newRow("solution") << u"solution"_s << int(Target::Solution);
        QTest::newRow("Solución") << u"Solución"_s << int(Target::Solution);
        QTest::newRow("solução") << u"solução"_s << int(Target::Solution);
        QTest::newRow("SOLUCAO without accent") << u"SOLUCAO"_s << int(Target::Solution);
        QTest::newRow("attachments") << u"Attachments"_s << int(Target::Attachments);
        QTest::newRow("adjuntos") << u"adjuntos"_s << int(Target::Attachments);
        QTest::newRow("anexos") << u"Anexos"_s << int(Target::Attachments);
        QTest::newRow("operação") << u"Operação"_s << int(Target::Operation);
        QTest::newRow("unknown") << u"Canal"_s << -1;
        QTest::newRow("idCase is another id") << u"idCase number"_s << -1;
        QTest::newRow("empty") << QString() << -1;
    }

    void headersAreRecognisedInThreeLanguages()
    {
        QFETCH(QString, header);
        QFETCH(int, target);
        const auto recognised = ColumnMapping::recognise(header);
        QCOMPARE(recognised ? int(*recognised) : -1, target);
    }

    void automaticMapping()
    {
        const QStringList header{u"ID"_s,     u"Estado"_s, u"Canal"_s,     u"form:Ciudad"_s,
                                 u"Status"_s, u"Notas"_s,  u"Prioridade"_s};
        ColumnMapping mapping = ColumnMapping::automatic(header);
        QCOMPARE(mapping.columnOf(Target::WolkvoxId), 0);
        QCOMPARE(mapping.columnOf(Target::Status), 1); // the first column naming a field fills it
        QCOMPARE(mapping.column(4).target, Target::Ignore);
        QVERIFY(mapping.column(4).recognised);
        QCOMPARE(mapping.column(2).target, Target::Ignore); // unknown columns are ignored by default
        QCOMPARE(mapping.column(3).target, Target::CustomField);
        QCOMPARE(mapping.column(3).customName, u"Ciudad"_s);
        QCOMPARE(mapping.columnOf(Target::Priority), 6);
        QVERIFY(mapping.problems().isEmpty());

        mapping.setUnknownColumns(ColumnMapping::UnknownColumns::CustomFields);
        QCOMPARE(mapping.column(2).target, Target::CustomField);
        QCOMPARE(mapping.column(2).customName, u"Canal"_s);
        QCOMPARE(mapping.column(4).target, Target::Ignore); // a recognised column keeps its choice

        // A field is filled from one column only.
        mapping.setTarget(4, Target::Status);
        QCOMPARE(mapping.columnOf(Target::Status), 4);
        QCOMPARE(mapping.column(1).target, Target::Ignore);

        mapping.setTarget(5, Target::CustomField, u"Ciudad"_s);
        QCOMPARE(mapping.problems().size(), 1);
        QVERIFY(mapping.problems().at(0).contains(u"Ciudad"_s));

        QCOMPARE(ColumnMapping::fromJson(mapping.toJson()), mapping);
        QCOMPARE(mapping.findColumn(u"prioridade"_s), 6);
        QCOMPARE(mapping.findColumn(u"Notas"_s), 5);
        QCOMPARE(mapping.findColumn(u"nothing"_s), -1);
    }

    void targetIdsRoundTrip()
    {
        for (const Target target : ColumnMapping::targets()) {
            QCOMPARE(ColumnMapping::targetFromId(ColumnMapping::targetId(target)), target);
            QVERIFY(!ColumnMapping::targetName(target).isEmpty());
        }
        QCOMPARE(ColumnMapping::targetId(Target::CaseType), u"case-type"_s);
        QVERIFY(!ColumnMapping::targetFromId(u"bogus"));
    }

    void importPlansEveryRowWithTheFormsRules()
    {
        write(u"files/acta.pdf"_s, "%PDF-1.4");
        write(u"files/foto ñ.png"_s, "\x89PNG");
        write(u"files/notes.txt"_s, "text");
        const QByteArray csv
            = "\xef\xbb\xbfID del caso;Tipo de caso;Responsable;Estado;Prioridad;Solución;"
              "Adjuntos;Canal;form:ciudad\r\n"
              // 1: valid, two attachments relative to the file, a custom field
              "6074aaa;Request;ana@modulodeprueba;closed;low;\"Router; replaced\";"
              "files/acta.pdf | files/foto ñ.png;WhatsApp;Bogotá\r\n"
              // 2: closed without a solution, bad responsible
              "64cb13a;Request;ana;closed;low;;;;\r\n"
              // 3: missing attachment and a disallowed extension
              "5f7beb4;Request;ana@modulodeprueba;open;low;;missing.pdf|files/notes.txt;;\r\n"
              // 4: the same case as row 1
              "6074AAA;Request;ana@modulodeprueba;open;low;;;;\r\n"
              // 5: empty custom cell: the field is not sent
              "5347129;Request;ana@modulodeprueba;open;high;;;;\r\n";
        const QString path = write(u"correcciones.csv"_s, csv);
        const BatchImport import = BatchImport::fromFile(path, demoDefaults());
        QVERIFY2(import.isUsable(),
                 qPrintable(import.fileProblems().join(u' ') + import.mappingProblems().join(u' ')));
        QCOMPARE(import.sourceName(), u"correcciones.csv"_s);
        QCOMPARE(import.sourcePath(), QFileInfo(path).absoluteFilePath());
        QCOMPARE(import.sourceSha256().size(), 64);
        QCOMPARE(import.rowCount(), 5);

        const PlannedRow &first = import.rows().at(0);
        QVERIFY2(first.isValid(), qPrintable(rules(first).join(u',')));
        QCOMPARE(first.update.server, u"crm0001.wolkvox.com"_s);
        QCOMPARE(first.update.operation, u"modulodeprueba"_s);
        QCOMPARE(first.update.wolkvoxId, u"6074aaa"_s);
        QCOMPARE(first.update.solution, u"Router; replaced"_s);
        QCOMPARE(first.update.attachments,
                 (QStringList{m_dir.filePath(u"files/acta.pdf"_s), m_dir.filePath(u"files/foto ñ.png"_s)}));
        // "Canal" is unknown and ignored by default; "form:ciudad" is a custom field by its name.
        QCOMPARE(first.update.customFields, (QList<CustomField>{{u"ciudad"_s, u"Bogotá"_s}}));

        QCOMPARE(rules(import.rows().at(1)), (QStringList{u"responsible-format"_s, u"solution-required"_s}));
        QCOMPARE(rules(import.rows().at(2)),
                 (QStringList{u"attachment-missing"_s, u"attachment-extension"_s}));
        QCOMPARE(rules(import.rows().at(3)), (QStringList{u"duplicate-case"_s}));
        QVERIFY(import.rows().at(3).issues.at(0).message.contains(u"row 1"_s));
        QVERIFY(import.rows().at(4).isValid());
        QVERIFY(import.rows().at(4).update.customFields.isEmpty());
        QCOMPARE(import.validCount(), 2);
        QCOMPARE(import.invalidCount(), 3);

        // The user turns unknown columns into custom fields: the plan follows.
        BatchImport remapped = import;
        ColumnMapping mapping = remapped.mapping();
        mapping.setUnknownColumns(ColumnMapping::UnknownColumns::CustomFields);
        remapped.setMapping(mapping);
        QCOMPARE(remapped.rows().at(0).update.customFields,
                 (QList<CustomField>{{u"Canal"_s, u"WhatsApp"_s}, {u"ciudad"_s, u"Bogotá"_s}}));

        // Same bytes, same identity.
        QCOMPARE(BatchImport::fromFile(path, demoDefaults()).sourceSha256(), import.sourceSha256());
    }

    void defaultsFillMissingColumns()
    {
        const QString path = write(u"sweep.csv"_s, "wolkvox-id\n6074aaa\n64cb13a\n");
        BatchDefaults defaults = demoDefaults();
        BatchImport import = BatchImport::fromFile(path, defaults);
        QCOMPARE(import.mappingProblems().size(), 4); // case type, responsible, status, priority
        QVERIFY(import.mappingProblems().join(u' ').contains(u"status"_s));
        QVERIFY(!import.rows().at(0).isValid());

        ConnectionProfile profile;
        profile.server = u"crm0001.wolkvox.com"_s;
        profile.operation = u"modulodeprueba"_s;
        profile.defaultCaseType = u"Request"_s;
        profile.defaultStatus = u"closed"_s;
        profile.defaultPriority = u"low"_s;
        defaults = BatchDefaults::fromProfile(profile);
        defaults.responsible = u"supervisor@modulodeprueba"_s;
        import.setDefaults(defaults);
        QVERIFY(import.mappingProblems().isEmpty());
        // "closed" is a closed status: every row needs the solution, and a default can give it.
        QCOMPARE(rules(import.rows().at(0)), QStringList{u"solution-required"_s});
        defaults.solution = u"Bulk close after the migration"_s;
        import.setDefaults(defaults);
        QCOMPARE(import.validCount(), 2);
        const CaseUpdate &u = import.rows().at(1).update;
        QCOMPARE(u.caseType, u"Request"_s);
        QCOMPARE(u.status, u"closed"_s);
        QCOMPARE(u.priority, u"low"_s);
        QCOMPARE(u.responsible, u"supervisor@modulodeprueba"_s);
        QCOMPARE(u.solution, u"Bulk close after the migration"_s);
    }

    void noCaseIdColumnIsAMappingProblem()
    {
        BatchDefaults defaults = demoDefaults();
        defaults.caseType = defaults.status = defaults.priority = u"x"_s;
        defaults.responsible = u"a@b"_s;
        const BatchImport import = BatchImport::fromText(u"Cliente\tCanal\nAna\tWhatsApp\n"_s, defaults);
        QVERIFY(!import.isUsable());
        QCOMPARE(import.mappingProblems().size(), 1);
        QVERIFY(import.mappingProblems().at(0).contains(u"case id"_s));
    }

    void raggedRowsCannotBeSent()
    {
        const BatchImport import = BatchImport::fromBytes("id,case type,responsible,status,priority\n"
                                                          "a1,Request,ana@modulodeprueba,open,low\n"
                                                          "a2,Request,ana@modulodeprueba,open\n",
                                                          m_dir.filePath(u"ragged.csv"_s), demoDefaults());
        QVERIFY(import.isUsable());
        QVERIFY(import.rows().at(0).isValid());
        QCOMPARE(rules(import.rows().at(1)).value(0), u"ragged-row"_s);
        QVERIFY(import.rows().at(1).issues.at(0).message.startsWith(u"Row 2 (line 3) has 4 cell"_s));
        QVERIFY(import.rows().at(1).issues.at(0).message.endsWith(u"but the header has 5."_s));
    }

    void malformedFilesPlanNothing_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unbalanced quote") << QByteArray("id,status\na1,\"open\n") << u"line 2"_s;
        QTest::newRow("latin-1") << QByteArray("id,status\na1,Cerr\xe1"
                                               "do\n")
                                 << u"Line 2"_s;
        QTest::newRow("empty") << QByteArray() << u"empty"_s;
        QTest::newRow("header only") << QByteArray("wolkvox-id;status\r\n") << u"no rows"_s;
    }

    void malformedFilesPlanNothing()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, mentions);
        const QString path = write(u"bad.csv"_s, bytes);
        const BatchImport import = BatchImport::fromFile(path, demoDefaults());
        QVERIFY(!import.isUsable());
        QCOMPARE(import.fileProblems().size(), 1);
        QVERIFY2(import.fileProblems().at(0).contains(mentions), qPrintable(import.fileProblems().at(0)));
        QCOMPARE(import.rowCount(), 0);
        QVERIFY(import.mappingProblems().isEmpty()); // one clear message, not a cascade
    }

    void unreadableFileIsAFileProblem()
    {
        const BatchImport missing = BatchImport::fromFile(m_dir.filePath(u"nope.csv"_s), demoDefaults());
        QCOMPARE(missing.fileProblems().size(), 1);
        QVERIFY(missing.fileProblems().at(0).contains(u"nope.csv"_s));
        const BatchImport folder = BatchImport::fromFile(m_dir.path(), demoDefaults());
        QCOMPARE(folder.fileProblems().size(), 1);
    }

    void attachmentCellsSplitOnBars()
    {
        QCOMPARE(BatchImport::splitAttachments(u" a.pdf |b/c.png||  "_s, u"/base"_s),
                 (QStringList{u"/base/a.pdf"_s, u"/base/b/c.png"_s}));
        QCOMPARE(BatchImport::splitAttachments(u"/abs/x.pdf"_s, u"/base"_s), QStringList{u"/abs/x.pdf"_s});
        QVERIFY(BatchImport::splitAttachments(QString(), u"/base"_s).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
