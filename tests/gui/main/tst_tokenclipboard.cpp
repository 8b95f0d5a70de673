#include "core/global.h"
#include "core/history/historystore.h"
#include "core/profiles/settings.h"
#include "gui/main/mainwindow.h"
#include "support/simulatorprocess.h"
#include "support/windowdriver.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>
#include <functional>
#include <memory>

namespace {
using WindowDriver::type;
const QString Token = QString::fromLatin1(SimulatorProcess::DemoToken);
const QString WrongToken = u"CANARY-5be1d0a4-wrong-token"_s;
const QString Sentinel = u"what the agent copied before"_s;
} // namespace

// The clipboard: the token gets there only when the agent shows it and copies it from the token field.
// While masked it cannot be copied or cut, and no copy action of the window ("Copy details" of an
// attempt, by button or Ctrl+C) ever carries it, whatever the CRM answered.
class TestTokenClipboard : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<MemoryHistoryStore> m_history;
    std::unique_ptr<MainWindow> m_window;

    template <typename T> T *widget(const QString &name) const { return m_window->findChild<T *>(name); }
    QLineEdit *tokenEdit() const { return widget<QLineEdit>(u"tokenEdit"_s); }

    void click(const QString &name)
    {
        auto *button = widget<QAbstractButton>(name);
        QVERIFY2(button && button->isVisible() && button->isEnabled(), qPrintable(name));
        QTest::mouseClick(button, Qt::LeftButton);
    }

    // Every copy gesture a person can make on the focused token field.
    void tryEveryCopyGesture()
    {
        QLineEdit *edit = tokenEdit();
        edit->setFocus(Qt::OtherFocusReason);
        QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(edit, Qt::Key_C, Qt::ControlModifier);
        QTest::keyClick(edit, Qt::Key_Insert, Qt::ControlModifier);
        edit->selectAll();
        edit->copy(); // what the context menu's Copy calls
    }

    static QString clipboardText() { return QGuiApplication::clipboard()->text(QClipboard::Clipboard); }

    static bool selectionHasToken()
    {
        QClipboard *clipboard = QGuiApplication::clipboard();
        return clipboard->supportsSelection() && clipboard->text(QClipboard::Selection).contains(Token);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ApiResult>();
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        m_settings = std::make_unique<Settings>(m_dir.filePath(u"settings.ini"_s));
        m_network = std::make_unique<QNetworkAccessManager>();
        m_history = std::make_unique<MemoryHistoryStore>();
        m_window = std::make_unique<MainWindow>(m_network.get(), m_settings.get(), m_history.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QGuiApplication::clipboard()->setText(Sentinel);
    }

    void cleanup()
    {
        m_window.reset();
        m_history.reset();
        m_network.reset();
        m_settings.reset();
        QGuiApplication::clipboard()->clear();
    }

    void maskedTokenCannotBeCopiedOrCut()
    {
        type(tokenEdit(), Token);
        QCOMPARE(tokenEdit()->echoMode(), QLineEdit::Password);
        tryEveryCopyGesture();
        QCOMPARE(clipboardText(), Sentinel);
        QVERIFY(!selectionHasToken());
        // Cutting copies nothing either (Qt still deletes the selection, as for any cut).
        const auto cutGestures = {
            std::function<void()>([this] { QTest::keyClick(tokenEdit(), Qt::Key_X, Qt::ControlModifier); }),
            std::function<void()>(
                [this] { QTest::keyClick(tokenEdit(), Qt::Key_Delete, Qt::ShiftModifier); }),
            std::function<void()>([this] { tokenEdit()->cut(); }),
        };
        for (const auto &cut : cutGestures) {
            type(tokenEdit(), Token);
            tokenEdit()->selectAll();
            cut();
            QCOMPARE(clipboardText(), Sentinel);
            QVERIFY(!selectionHasToken());
        }
        // A token handed in from WOLKVOX_TOKEN is masked the same way.
        m_window->setToken(WrongToken);
        tryEveryCopyGesture();
        QCOMPARE(clipboardText(), Sentinel);
    }

    void shownTokenIsCopiedOnlyWhenTheAgentCopiesIt()
    {
        type(tokenEdit(), Token);
        click(u"showTokenButton"_s);
        QCOMPARE(tokenEdit()->echoMode(), QLineEdit::Normal);
        QCOMPARE(clipboardText(), Sentinel); // showing it copies nothing
        tryEveryCopyGesture();
        QCOMPARE(clipboardText(), Token); // the agent's own, deliberate copy
        click(u"showTokenButton"_s);
        QCOMPARE(tokenEdit()->echoMode(), QLineEdit::Password);
    }

    void copyDetailsNeverCarriesTheToken_data()
    {
        QTest::addColumn<QStringList>("simArgs");
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("expected"); // something the copied report must hold
        QTest::newRow("updated") << QStringList() << Token << u"Succesfully update record"_s;
        QTest::newRow("rejected token") << QStringList() << WrongToken << u"PLEASE VALIDATE TOKEN"_s;
        QTest::newRow("html page") << QStringList{u"--fault"_s, u"html502"_s} << Token << u"502"_s;
        QTest::newRow("cross-origin redirect")
            << QStringList{u"--fault"_s, u"redirect"_s} << Token << u"127.0.0.1:1"_s;
    }
    void copyDetailsNeverCarriesTheToken()
    {
        QFETCH(QStringList, simArgs);
        QFETCH(QString, token);
        QFETCH(QString, expected);
        SimulatorProcess sim;
        QVERIFY2(sim.start(simArgs), qPrintable(sim.errorText()));
        type(widget<QComboBox>(u"serverCombo"_s), sim.server());
        type(widget<QLineEdit>(u"operationEdit"_s), QString::fromLatin1(SimulatorProcess::DemoOperation));
        type(tokenEdit(), token);
        type(widget<QLineEdit>(u"wolkvoxIdEdit"_s), QString::fromLatin1(SimulatorProcess::DemoCase));
        type(widget<QComboBox>(u"caseTypeCombo"_s), u"Request"_s);
        type(widget<QLineEdit>(u"responsibleEdit"_s), u"ana@modulodeprueba"_s);
        type(widget<QComboBox>(u"statusCombo"_s), u"open"_s);
        type(widget<QComboBox>(u"priorityCombo"_s), u"high"_s);
        QSignalSpy finished(m_window.get(), &MainWindow::updateFinished);
        click(u"updateButton"_s);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);

        click(u"copyHistoryButton"_s);
        const QString copied = clipboardText();
        QVERIFY2(copied.contains(expected), qPrintable(copied));
        QVERIFY2(!copied.contains(token), qPrintable(copied));
        QVERIFY(!selectionHasToken());
        QGuiApplication::clipboard()->setText(Sentinel);
        auto *history = widget<QTableView>(u"historyView"_s);
        history->setFocus();
        QTest::keyClick(history, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(clipboardText(), copied);
    }
};

QTEST_MAIN(TestTokenClipboard)
#include "tst_tokenclipboard.moc"
