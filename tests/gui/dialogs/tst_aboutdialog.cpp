#include "core/global.h"
#include "core/history/historystore.h"
#include "core/profiles/settings.h"
#include "gui/dialogs/aboutdialog.h"
#include "gui/main/mainwindow.h"

#include <QAction>
#include <QClipboard>
#include <QLabel>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

// Help → About Casedesk: what a support request needs, reachable from the menu.
class TestAboutDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsVersionsLicenceAndLinks()
    {
        AboutDialog dialog;
        auto text = [&dialog](const char *name) {
            auto *label = dialog.findChild<QLabel *>(QString::fromLatin1(name));
            return label ? label->text() : QString();
        };
        QVERIFY(text("titleLabel").contains(u"Casedesk %1"_s.arg(QString::fromLatin1(Casedesk::Version))));
        QVERIFY(text("qtVersionLabel").contains(QString::fromLatin1(qVersion())));
        QVERIFY(text("qtVersionLabel").contains(QString::fromLatin1(QT_VERSION_STR)));
        QVERIFY(text("licenceLabel").contains(u"MIT licence"_s));
        QVERIFY(text("licenceLabel").contains(u"/LICENSE\""_s));
        const QString links = text("linksLabel");
        QVERIFY(links.contains(u"href=\"%1\""_s.arg(QString::fromLatin1(Casedesk::Homepage))));
        QVERIFY(links.contains(u"docs/ARCHITECTURE.md"_s));
        QVERIFY(dialog.findChild<QLabel *>(u"linksLabel"_s)->openExternalLinks());
    }

    void copiesTheVersionReport()
    {
        AboutDialog dialog;
        auto *copy = dialog.findChild<QPushButton *>(u"copyVersionButton"_s);
        QVERIFY(copy);
        QGuiApplication::clipboard()->clear();
        copy->click();
        const QString report = QGuiApplication::clipboard()->text();
        QCOMPARE(report, AboutDialog::versionReport());
        QVERIFY(report.contains(QString::fromLatin1(Casedesk::Version)));
        QVERIFY(report.contains(QString::fromLatin1(qVersion())));
    }

    // Help → About Casedesk opens one dialog however often it is chosen; Help → About Qt is there too.
    void reachedFromTheHelpMenu()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Settings settings(dir.filePath(u"casedesk.ini"_s));
        MemoryHistoryStore history;
        QNetworkAccessManager network;
        MainWindow window(&network, &settings, &history);
        window.show();
        auto *help = window.findChild<QMenu *>(u"helpMenu"_s);
        QVERIFY(help);
        QAction *about = window.findChild<QAction *>(u"actionAbout"_s);
        QAction *aboutQt = window.findChild<QAction *>(u"actionAboutQt"_s);
        QVERIFY(about && aboutQt);
        QVERIFY(help->actions().contains(about));
        QVERIFY(help->actions().contains(aboutQt));
        about->trigger();
        about->trigger();
        const auto dialogs = window.findChildren<AboutDialog *>();
        QCOMPARE(dialogs.size(), 1);
        QTRY_VERIFY(dialogs.constFirst()->isVisible());
        dialogs.constFirst()->close();
    }
};

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
