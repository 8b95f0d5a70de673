#include "core/global.h"
#include "core/history/historystore.h"
#include "core/model/validator.h"
#include "core/net/apiresult.h"
#include "core/profiles/settings.h"
#include "core/translations.h"
#include "gui/dialogs/settingsdialog.h"
#include "gui/main/mainwindow.h"
#include "support/mnemonics.h"

#include <QAbstractButton>
#include <QDockWidget>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QtTest>

// Spanish and Brazilian Portuguese as an agent sees them: the window, validation, server errors, plurals.
class TestTranslations : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QString plain(QString text) { return text.remove(u'&'); }

    template <typename T> static T *find(QWidget *root, const char *name)
    {
        T *widget = root->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qWarning("no widget %s", name);
        return widget;
    }

private Q_SLOTS:
    void cleanup() { Translations::install(u"en"_s, QLocale(QLocale::English, QLocale::UnitedStates)); }

    void resolve_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("language");
        QTest::newRow("es_CO") << u"es_CO"_s << u"es"_s;
        QTest::newRow("es_ES") << u"es_ES"_s << u"es"_s;
        QTest::newRow("es_MX") << u"es_MX"_s << u"es"_s;
        QTest::newRow("es") << u"es"_s << u"es"_s;
        QTest::newRow("pt_BR") << u"pt_BR"_s << u"pt_BR"_s;
        QTest::newRow("pt_PT") << u"pt_PT"_s << u"pt_BR"_s;
        QTest::newRow("pt") << u"pt"_s << u"pt_BR"_s;
        QTest::newRow("en_US") << u"en_US"_s << u"en"_s;
        QTest::newRow("fr_FR") << u"fr_FR"_s << u"en"_s;
        QTest::newRow("C") << u"C"_s << u"en"_s;
    }
    void resolve()
    {
        QFETCH(QString, locale);
        QFETCH(QString, language);
        QCOMPARE(Translations::resolve({}, QLocale(locale)), language);
        QCOMPARE(Translations::resolve(locale), language);
    }

    void explicitChoiceOverridesTheSystem()
    {
        QCOMPARE(Translations::resolve(u"pt_BR"_s, QLocale(u"es_CO"_s)), u"pt_BR"_s);
        QCOMPARE(Translations::resolve(QString(), QLocale(u"es_CO"_s)), u"es"_s);
    }

    void windowIsTranslated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("update");
        QTest::addColumn<QString>("solution");
        QTest::addColumn<QString>("responsible");
        QTest::addColumn<QString>("priority");
        QTest::newRow("es") << u"es"_s << u"Actualizar caso"_s << u"Solución"_s << u"Responsable"_s
                            << u"Prioridad"_s;
        QTest::newRow("pt_BR") << u"pt_BR"_s << u"Atualizar caso"_s << u"Solução"_s << u"Responsável"_s
                               << u"Prioridade"_s;
    }
    void windowIsTranslated()
    {
        QFETCH(QString, language);
        QFETCH(QString, update);
        QFETCH(QString, solution);
        QFETCH(QString, responsible);
        QFETCH(QString, priority);

        Settings settings(m_dir.filePath(u"settings-%1.ini"_s.arg(language)));
        QNetworkAccessManager network;
        MemoryHistoryStore history;
        MainWindow window(&network, &settings, &history);
        window.show();
        QCOMPARE(plain(find<QAbstractButton>(&window, "updateButton")->text()), u"Update case"_s);

        // Switching retranslates the open window at once, keeping what it shows.
        Translations::install(language);
        QTRY_COMPARE(plain(find<QAbstractButton>(&window, "updateButton")->text()), update);
        QVERIFY(plain(find<QLabel>(&window, "solutionLabel")->text()).startsWith(solution));
        const QList<QLabel *> labels = window.findChildren<QLabel *>();
        auto hasLabel = [&](const QString &text) {
            return std::any_of(labels.begin(), labels.end(),
                               [&](QLabel *l) { return plain(l->text()).startsWith(text); });
        };
        QVERIFY2(hasLabel(responsible), qPrintable(responsible));
        QVERIFY2(hasLabel(priority), qPrintable(priority));

        // A window built under the language shows it from the start, too.
        MainWindow second(&network, &settings, &history);
        QCOMPARE(plain(find<QAbstractButton>(&second, "updateButton")->text()), update);
        QVERIFY(plain(find<QLabel>(&second, "solutionLabel")->text()).startsWith(solution));

        SettingsDialog dialog;
        QVERIFY(plain(find<QLabel>(&dialog, "timeoutLabel")->text()) != u"Timeout:"_s);

        // Alt+letter must act, not cycle between two widgets, in every language.
        for (QWidget *root : {static_cast<QWidget *>(&second), static_cast<QWidget *>(&dialog)}) {
            const QStringList clashes = Mnemonics::clashes(root);
            QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u"; "_s)));
        }

        Translations::install(u"en"_s);
        QTRY_COMPARE(plain(find<QAbstractButton>(&window, "updateButton")->text()), u"Update case"_s);
    }

    void qtOwnStringsAreTranslated()
    {
        Translations::install(u"es"_s);
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Cancelar"_s);
        Translations::install(u"pt_BR"_s);
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Cancelar"_s);
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Save"), u"Salvar"_s);
    }

    void validationMessagesAreTranslated()
    {
        CaseUpdate update;
        update.server = u"crm.wolkvox.com"_s;
        update.operation = u"op"_s;
        update.wolkvoxId = u"abc"_s;
        update.caseType = u"Request"_s;
        update.responsible = u"ana@op"_s;
        update.priority = u"low"_s;
        update.status = u"Cerrado"_s;
        const QString english = Validator::validate(update, {}).constFirst().message;
        QVERIFY(english.contains(u"solution"_s));

        Translations::install(u"es"_s);
        QString message = Validator::validate(update, {}).constFirst().message;
        QVERIFY2(message.contains(u"solución"_s, Qt::CaseInsensitive), qPrintable(message));
        QVERIFY(message.contains(u"Cerrado"_s)); // the value itself is never translated

        Translations::install(u"pt_BR"_s);
        message = Validator::validate(update, {}).constFirst().message;
        QVERIFY2(message.contains(u"solução"_s, Qt::CaseInsensitive), qPrintable(message));
    }

    void serverErrorsAreExplainedInTheAgentsLanguage()
    {
        const ApiResult quota = ApiResult::fromHttpAnswer(
            403, "{\"code\":403,\"error\":\"FORBIDDEN\",\"msg\":\"TOKEN LIMIT EXCEEDED\"}");
        const ApiResult html = ApiResult::fromHttpAnswer(502, "<html>Bad gateway</html>", "text/html");
        const QString englishQuota = quota.explanation();
        const QString englishHtml = html.explanation();
        for (const QString &language : {u"es"_s, u"pt_BR"_s}) {
            Translations::install(language);
            QVERIFY(quota.explanation() != englishQuota);
            QVERIFY(!quota.explanation().isEmpty());
            QVERIFY(html.explanation() != englishHtml);
            QVERIFY(html.explanation().contains(u"502"_s));
            QVERIFY(quota.outcomeText() != u"Rejected by the CRM"_s);
        }
    }

    void plurals_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("one");
        QTest::addColumn<QString>("many");
        QTest::newRow("en") << u"en"_s << u"1 field"_s << u"3 fields"_s;
        QTest::newRow("es") << u"es"_s << u"1 campo"_s << u"3 campos"_s;
        QTest::newRow("pt_BR") << u"pt_BR"_s << u"1 campo"_s << u"3 campos"_s;
    }
    void plurals()
    {
        QFETCH(QString, language);
        QFETCH(QString, one);
        QFETCH(QString, many);
        Translations::install(language);
        const char *source = "Pasted %n field(s), with remarks";
        const QString single = QCoreApplication::translate("CustomFieldsEditor", source, nullptr, 1);
        const QString several = QCoreApplication::translate("CustomFieldsEditor", source, nullptr, 3);
        QVERIFY2(single.contains(one), qPrintable(single));
        QVERIFY2(several.contains(many), qPrintable(several));
        QVERIFY(!single.contains(u"(s)"_s));
    }

    void formatsFollowTheLanguage()
    {
        Translations::install(u"es"_s, QLocale(u"es_CO"_s));
        QCOMPARE(QLocale().name(), u"es_CO"_s); // the system's regional formats are kept
        Translations::install(u"pt_BR"_s, QLocale(u"en_US"_s));
        QCOMPARE(QLocale().name(), u"pt_BR"_s);
        QVERIFY(QLocale().formattedDataSize(1536).contains(u','));
        Translations::install(u"en"_s, QLocale(u"en_US"_s));
        QVERIFY(QLocale().formattedDataSize(1536).contains(u'.'));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
