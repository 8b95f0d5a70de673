#include "core/batch/batchstore.h"
#include "core/global.h"
#include "core/history/historystore.h"
#include "core/profiles/profilestore.h"
#include "core/profiles/secretstore.h"
#include "core/profiles/settings.h"
#include "core/translations.h"
#include "gui/batch/batchwindow.h"
#include "gui/dialogs/shortcutsdialog.h"
#include "gui/main/connectionbar.h"
#include "gui/main/mainwindow.h"
#include "support/mnemonics.h"
#include "support/simulatorprocess.h"
#include "support/windowdriver.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDialog>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>
#include <QtTest>
#include <memory>

namespace {
using WindowDriver::type;
constexpr int NetworkTimeout = 30000;
const QString Token = QString::fromLatin1(SimulatorProcess::DemoToken);
const QString Operation = QString::fromLatin1(SimulatorProcess::DemoOperation);
const QString CaseId = QString::fromLatin1(SimulatorProcess::DemoCase);

// Alt+A … Alt+Z and Alt+0 … Alt+9: every letter a mnemonic can use here (the texts are Latin).
QList<Qt::Key> mnemonicKeys()
{
    QList<Qt::Key> keys;
    for (int key = Qt::Key_A; key <= Qt::Key_Z; ++key)
        keys.append(Qt::Key(key));
    for (int key = Qt::Key_0; key <= Qt::Key_9; ++key)
        keys.append(Qt::Key(key));
    return keys;
}

QString keyName(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::AltModifier)
{
    return QKeySequence(QKeyCombination(modifiers, key)).toString(QKeySequence::PortableText);
}
} // namespace

// The main window's keyboard in English, Spanish and Portuguese: no Alt+letter (nor a letter in an open
// menu) sends an update or uses a call of the quota, each label's letter goes to its field, an open
// completion list gives way to Alt+letter and Tab, Help → Keyboard shortcuts lists every key, and tooltips
// name keys as the system does. Against the simulator, counting what reaches it.
class TestKeyboard : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SimulatorProcess m_sim;
    int m_counter = 0;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<MemoryHistoryStore> m_history;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<BatchStore> m_batches;
    std::unique_ptr<MainWindow> m_window;
    QTimer m_dialogCloser; // modal dialogs a key opens (About Qt) are closed from inside their loop

    template <typename T> T *widget(const QString &name) const
    {
        T *found = m_window->findChild<T *>(name);
        if (!found)
            qWarning("no widget named %s", qPrintable(name));
        return found;
    }

    // Every call the simulator answered: updates, queries and token information, refused ones too.
    int simulatorCalls() const
    {
        const QJsonObject stats = m_sim.stats();
        return stats.value(u"requests"_s).toInt() + stats.value(u"queries"_s).toInt()
            + stats.value(u"token_info_calls"_s).toInt();
    }

    void openWindow()
    {
        m_window.reset();
        ++m_counter;
        m_settings = std::make_unique<Settings>(m_dir.filePath(u"settings-%1.ini"_s.arg(m_counter)));
        m_settings->setLastServer(m_sim.server());
        m_settings->setLastOperation(Operation);
        // Values the completers offer.
        m_settings->rememberResponsible(u"ana@modulodeprueba"_s);
        m_settings->rememberResponsible(u"andres@modulodeprueba"_s);
        m_settings->rememberCaseType(Operation, u"Request"_s);
        m_settings->rememberStatus(Operation, u"Request"_s, u"open"_s);
        m_settings->rememberStatus(Operation, u"Request"_s, u"on hold"_s);
        m_settings->rememberPriority(Operation, u"Request"_s, u"high"_s);
        m_network = std::make_unique<QNetworkAccessManager>();
        m_history = std::make_unique<MemoryHistoryStore>();
        m_secrets = std::make_unique<SecretStore>(SecretStore::Mode::MemoryOnly);
        m_profiles = std::make_unique<ProfileStore>(m_dir.filePath(u"profiles-%1.json"_s.arg(m_counter)),
                                                    m_secrets.get());
        m_profiles->ensureOne(ProfileStore::fromSettings(*m_settings));
        m_window = std::make_unique<MainWindow>(m_network.get(), m_settings.get(), m_history.get());
        m_window->setProfiles(m_profiles.get(), m_secrets.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    static void closePopups()
    {
        while (QWidget *popup = QApplication::activePopupWidget())
            popup->close();
    }

    // Whatever a key opened besides the window (a dialog, a file dialog, another window) goes again.
    void closeOtherWindows()
    {
        closePopups();
        const auto windows = QApplication::topLevelWidgets();
        for (QWidget *window : windows) {
            if (window == m_window.get() || !window->isVisible())
                continue;
            if (auto *dialog = qobject_cast<QDialog *>(window))
                dialog->reject();
            else
                window->close();
        }
        QCoreApplication::processEvents();
        if (!m_window->isVisible()) { // File → Quit
            m_window->show();
            QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        }
        if (!m_window->isActiveWindow()) {
            m_window->activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        }
    }

    // A connection and a case the simulator accepts: Update and Test connection are both ready, so a key
    // that reached either would really send.
    void fillEverything()
    {
        type(widget<QComboBox>(u"serverCombo"_s), m_sim.server());
        type(widget<QLineEdit>(u"operationEdit"_s), Operation);
        type(widget<QLineEdit>(u"tokenEdit"_s), Token);
        type(widget<QLineEdit>(u"wolkvoxIdEdit"_s), CaseId);
        type(widget<QComboBox>(u"caseTypeCombo"_s), u"Request"_s);
        type(widget<QLineEdit>(u"responsibleEdit"_s), u"ana@modulodeprueba"_s);
        type(widget<QComboBox>(u"statusCombo"_s), u"open"_s);
        type(widget<QComboBox>(u"priorityCombo"_s), u"high"_s);
        const QList<ValidationIssue> problems = m_window->problems();
        QVERIFY2(problems.isEmpty(),
                 qPrintable(problems.isEmpty() ? QString() : problems.constFirst().message));
        QVERIFY(widget<QAction>(u"actionUpdate"_s)->isEnabled());
        QVERIFY(widget<QAction>(u"actionTestConnection"_s)->isEnabled());
        // Offscreen, a closed completion list stays the active window: the keys go to the window again.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    // The widget Alt+`letter` should act on when exactly one shown label, button, group box or menu of the
    // window has that letter; null when none or several do (clashes are tst_translations' to report).
    QHash<QChar, QObject *> uniqueMnemonics() const
    {
        QHash<QChar, QList<QObject *>> owners;
        const auto widgets = m_window->findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            if (w->window() != m_window.get() || !w->isVisibleTo(m_window.get()))
                continue;
            QString text;
            if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy())
                text = label->text();
            else if (auto *button = qobject_cast<QAbstractButton *>(w))
                text = button->text();
            else if (auto *group = qobject_cast<QGroupBox *>(w))
                text = group->title();
            if (const QChar letter = Mnemonics::of(text); !letter.isNull())
                owners[letter].append(w);
        }
        const auto actions = m_window->menuBar()->actions();
        for (QAction *action : actions) {
            if (const QChar letter = Mnemonics::of(action->text()); !letter.isNull())
                owners[letter].append(action);
        }
        QHash<QChar, QObject *> unique;
        for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
            if (it.value().size() == 1)
                unique.insert(it.key(), it.value().constFirst());
        }
        return unique;
    }

    // Nothing was sent or asked of the CRM because of `what`: no update, no connection test, no query.
    void verifyNothingSent(const QString &what, QSignalSpy &updateSpy, QSignalSpy &testSpy)
    {
        QCoreApplication::processEvents(); // a request queued by the key would have started now
        auto *bar = widget<ConnectionBar>(u"connectionBar"_s);
        QVERIFY2(!m_window->isSending(), qPrintable(what + u" sent the update"_s));
        QVERIFY2(!bar->isTesting(), qPrintable(what + u" tested the connection"_s));
        QVERIFY2(updateSpy.isEmpty(), qPrintable(what + u" triggered Update"_s));
        QVERIFY2(testSpy.isEmpty(), qPrintable(what + u" triggered Test connection"_s));
        // (Keeping the connection warm opens one without a request: Qt's "preconnect-" replies.)
        const auto replies = m_network->findChildren<QNetworkReply *>();
        const bool requested = std::any_of(replies.cbegin(), replies.cend(), [](const QNetworkReply *reply) {
            return !reply->request().url().scheme().startsWith(u"preconnect-"_s);
        });
        QVERIFY2(!requested, qPrintable(what + u" started a request to the CRM"_s));
    }

    // Every Alt+letter on the window as it is, from a field: it does what its one owner does, never sends.
    void walkWindow(const QString &where, QSignalSpy &updateSpy, QSignalSpy &testSpy)
    {
        const QHash<QChar, QObject *> unique = uniqueMnemonics();
        for (const Qt::Key key : mnemonicKeys()) {
            widget<QWidget>(u"wolkvoxIdEdit"_s)->setFocus(Qt::OtherFocusReason);
            const QString what = u"%1: %2"_s.arg(where, keyName(key));
            QTest::keyClick(QApplication::focusWidget(), key, Qt::AltModifier);
            QObject *owner = unique.value(QChar(key).toLower());
            if (auto *label = qobject_cast<QLabel *>(owner)) {
                // The label's letter goes to its field (a combo's editor is the combo's).
                QWidget *focus = QApplication::focusWidget();
                QWidget *buddy = label->buddy();
                QVERIFY2(
                    focus && (focus == buddy || buddy->isAncestorOf(focus) || focus->focusProxy() == buddy),
                    qPrintable(u"%1 should go to %2, went to %3"_s.arg(
                        what, buddy->objectName(), focus ? focus->objectName() : u"nothing"_s)));
                if (QTest::currentTestFailed())
                    return;
            }
            verifyNothingSent(what, updateSpy, testSpy);
            closeOtherWindows();
            if (!m_window->problems().isEmpty())
                fillEverything();
            if (QTest::currentTestFailed())
                return;
        }
    }

    // Each menu open, every letter and Alt+letter typed into it: none of its items sends.
    void walkMenus(const QString &where, QSignalSpy &updateSpy, QSignalSpy &testSpy)
    {
        const auto menus = m_window->findChildren<QMenu *>();
        QVERIFY(menus.size() >= 4); // File, Case, Help and the profile actions
        for (QMenu *menu : menus) {
            for (const Qt::KeyboardModifiers modifiers : {Qt::NoModifier, Qt::AltModifier}) {
                for (const Qt::Key key : mnemonicKeys()) {
                    const QString what
                        = u"%1: %2 in the %3 menu"_s.arg(where, keyName(key, modifiers), menu->objectName());
                    menu->popup(m_window->mapToGlobal(QPoint(20, 20)));
                    QVERIFY2(menu->isVisible(), qPrintable(what));
                    QTest::keyClick(menu, key, modifiers);
                    verifyNothingSent(what, updateSpy, testSpy);
                    closeOtherWindows();
                    if (!m_window->problems().isEmpty())
                        fillEverything(); // Case → New case emptied the form: a misfire must still send
                    if (QTest::currentTestFailed())
                        return;
                }
            }
        }
    }

    QStringList toolTips(QWidget *window) const
    {
        QStringList tips;
        const auto widgets = window->findChildren<QWidget *>();
        for (QWidget *w : widgets)
            tips.append(w->toolTip());
        const auto actions = window->findChildren<QAction *>();
        for (QAction *action : actions)
            tips.append(action->toolTip());
        return tips;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_sim.start(), qPrintable(m_sim.errorText()));
        m_dialogCloser.setInterval(0);
        connect(&m_dialogCloser, &QTimer::timeout, this, [] {
            if (QWidget *modal = QApplication::activeModalWidget(); modal && modal->isVisible())
                modal->close();
        });
    }

    void cleanup()
    {
        m_dialogCloser.stop();
        closePopups();
        m_window.reset();
        m_batches.reset();
        Translations::install(u"en"_s, QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void cleanupTestCase() { m_sim.stop(); }

    void languages_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : {u"en"_s, u"es"_s, u"pt_BR"_s})
            QTest::newRow(qPrintable(language)) << language;
    }

    void noAltLetterReachesTheCrm_data() { languages_data(); }
    void noAltLetterReachesTheCrm()
    {
        QFETCH(QString, language);
        Translations::install(language);
        openWindow();
        fillEverything();
        QSignalSpy updateSpy(widget<QAction>(u"actionUpdate"_s), &QAction::triggered);
        QSignalSpy testSpy(widget<QAction>(u"actionTestConnection"_s), &QAction::triggered);
        const int before = simulatorCalls();
        m_dialogCloser.start();

        walkWindow(language, updateSpy, testSpy);
        if (QTest::currentTestFailed())
            return;
        walkMenus(language, updateSpy, testSpy);
        if (QTest::currentTestFailed())
            return;

        // With a failed connection test in the banner (and whatever buttons it offers), once more.
        m_dialogCloser.stop();
        type(widget<QLineEdit>(u"tokenEdit"_s), u"WRONGTOKEN"_s);
        QSignalSpy tested(m_window.get(), &MainWindow::connectionTested);
        m_window->testConnection();
        QVERIFY(tested.wait(NetworkTimeout));
        QVERIFY(!tested.at(0).at(0).value<ApiResult>().isSuccess());
        QTRY_VERIFY(m_network->findChildren<QNetworkReply *>().isEmpty());
        testSpy.clear();
        m_dialogCloser.start();
        walkWindow(language + u", after a failed test"_s, updateSpy, testSpy);

        // The simulator saw the one test this function made, nothing else.
        QCOMPARE(simulatorCalls(), before + 1);
    }

    void completionListGivesWayToFocusKeys_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("key"); // "alt" (the next field's mnemonic) or "tab"
        QTest::addColumn<QString>("next");
        QTest::newRow("server, Alt+O") << u"serverCombo"_s << u"crm"_s << u"alt:o"_s << u"operationEdit"_s;
        QTest::newRow("server, Tab") << u"serverCombo"_s << u"crm"_s << u"tab"_s << u"operationEdit"_s;
        QTest::newRow("responsible, Alt+A")
            << u"responsibleEdit"_s << u"an"_s << u"alt:a"_s << u"statusCombo"_s;
        QTest::newRow("responsible, Tab") << u"responsibleEdit"_s << u"an"_s << u"tab"_s << u"statusCombo"_s;
        QTest::newRow("status, Alt+P") << u"statusCombo"_s << u"o"_s << u"alt:p"_s << u"priorityCombo"_s;
        QTest::newRow("status, Shift+Tab")
            << u"statusCombo"_s << u"o"_s << u"backtab"_s << u"responsibleEdit"_s;
        QTest::newRow("case type, Alt+W") << u"caseTypeCombo"_s << u"r"_s << u"alt:w"_s << u"wolkvoxIdEdit"_s;
        QTest::newRow("priority, Alt+N") << u"priorityCombo"_s << u"h"_s << u"alt:n"_s << u"solutionEdit"_s;
    }

    void completionListGivesWayToFocusKeys()
    {
        QFETCH(QString, field);
        QFETCH(QString, typed);
        QFETCH(QString, key);
        QFETCH(QString, next);
        openWindow();
        fillEverything(); // the case type fills the status and priority lists
        auto *target = widget<QWidget>(field);
        QLineEdit *input = qobject_cast<QLineEdit *>(target);
        if (auto *combo = qobject_cast<QComboBox *>(target))
            input = combo->lineEdit();
        QVERIFY(input && input->completer());
        input->setFocus(Qt::OtherFocusReason);
        input->clear();
        QTest::keyClicks(input, typed);
        QAbstractItemView *popup = input->completer()->popup();
        QTRY_VERIFY(popup->isVisible());
        QCOMPARE(QApplication::activePopupWidget(), popup);

        // Keys go where the system sends them while a popup is open: to the popup.
        if (key == u"tab"_s)
            QTest::keyClick(popup, Qt::Key_Tab);
        else if (key == u"backtab"_s)
            QTest::keyClick(popup, Qt::Key_Backtab, Qt::ShiftModifier);
        else
            QTest::keyClick(popup, Qt::Key(QChar(key.back()).toUpper().unicode()), Qt::AltModifier);

        QVERIFY2(!popup->isVisible(), "the completion list stayed open");
        QWidget *focus = QApplication::focusWidget();
        QWidget *expected = widget<QWidget>(next);
        QVERIFY2(focus == expected || expected->isAncestorOf(focus),
                 qPrintable(u"the key was swallowed: focus is on %1, not %2"_s.arg(
                     focus ? focus->objectName() : u"nothing"_s, next)));
        // What was typed stays as typed (nothing was completed behind the agent's back by Alt+letter).
        if (key.startsWith(u"alt"_s))
            QCOMPARE(input->text(), typed);
    }

    void shortcutsDialogListsEveryKey_data() { languages_data(); }
    void shortcutsDialogListsEveryKey()
    {
        QFETCH(QString, language);
        Translations::install(language);
        openWindow();
        m_batches = std::make_unique<BatchStore>(m_dir.filePath(u"batches-%1.sqlite"_s.arg(m_counter)));
        QVERIFY(m_batches->open());
        m_window->setBatchStore(m_batches.get());
        m_window->showBatchWindow();
        BatchWindow *batch = m_window->batchWindow();
        QVERIFY(batch);

        // Every key an action of either window answers to is in the list.
        QList<QKeySequence> listed;
        for (const ShortcutsDialog::Shortcut &shortcut : ShortcutsDialog::shortcuts())
            listed += shortcut.keys;
        for (QWidget *window : {static_cast<QWidget *>(m_window.get()), static_cast<QWidget *>(batch)}) {
            const auto actions = window->findChildren<QAction *>();
            for (QAction *action : actions) {
                if (action->menu())
                    continue;
                const auto keys = action->shortcuts();
                for (const QKeySequence &key : keys)
                    QVERIFY2(listed.contains(key),
                             qPrintable(u"%1 (%2) of %3 is not in Help → Keyboard shortcuts"_s.arg(
                                 key.toString(QKeySequence::PortableText), action->objectName(),
                                 window->objectName())));
            }
        }

        // Help → Keyboard shortcuts (F1) opens it, its keys as this system names them in this language.
        batch->close();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_F1);
        ShortcutsDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<ShortcutsDialog *>()) && dialog->isVisible());
        auto *view = dialog->findChild<QTreeWidget *>(u"shortcutsView"_s);
        QVERIFY(view);
        QStringList shownKeys;
        for (int i = 0; i < view->topLevelItemCount(); ++i) {
            for (int j = 0; j < view->topLevelItem(i)->childCount(); ++j)
                shownKeys.append(view->topLevelItem(i)->child(j)->text(0));
        }
        for (const QKeySequence &key :
             {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::Key_Insert),
              QKeySequence(QKeySequence::Delete), QKeySequence(Qt::ALT | Qt::Key_Up),
              QKeySequence(QKeySequence::Refresh)}) {
            const QString native = key.toString(QKeySequence::NativeText);
            QVERIFY2(std::any_of(shownKeys.cbegin(), shownKeys.cend(),
                                 [&](const QString &text) { return text.contains(native); }),
                     qPrintable(native + u" is not shown"_s));
        }
        // A language switch while it is open says every row again (key names too: Del is Supr in Spanish).
        Translations::install(language == u"es"_s ? u"pt_BR"_s : u"es"_s);
        QCoreApplication::processEvents();
        QStringList rows;
        for (int i = 0; i < view->topLevelItemCount(); ++i) {
            for (int j = 0; j < view->topLevelItem(i)->childCount(); ++j) {
                const QTreeWidgetItem *item = view->topLevelItem(i)->child(j);
                rows.append(view->topLevelItem(i)->text(0) + u" | "_s + item->text(0) + u" | "_s
                            + item->text(1));
            }
        }
        QStringList expected;
        for (const ShortcutsDialog::Shortcut &shortcut : ShortcutsDialog::shortcuts())
            expected.append(shortcut.section + u" | "_s + shortcut.keyText + u" | "_s + shortcut.description);
        QCOMPARE(rows, expected);
        dialog->close();
    }

    void toolTipsNameKeysAsTheSystemDoes_data() { languages_data(); }
    void toolTipsNameKeysAsTheSystemDoes()
    {
        QFETCH(QString, language);
        Translations::install(language);
        openWindow();
        // Each button whose action has a key says that key as the system names it in this language.
        const QList<QPair<QString, QKeySequence>> buttons{
            {u"addFieldButton"_s, QKeySequence(Qt::Key_Insert)},
            {u"duplicateFieldButton"_s, QKeySequence(Qt::CTRL | Qt::Key_D)},
            {u"removeFieldButton"_s, QKeySequence(QKeySequence::Delete)},
            {u"moveFieldUpButton"_s, QKeySequence(Qt::ALT | Qt::Key_Up)},
            {u"moveFieldDownButton"_s, QKeySequence(Qt::ALT | Qt::Key_Down)},
            {u"pasteFieldsButton"_s, QKeySequence(QKeySequence::Paste)},
            {u"addAttachmentButton"_s, QKeySequence(Qt::Key_Insert)},
            {u"removeAttachmentButton"_s, QKeySequence(QKeySequence::Delete)},
            {u"cancelButton"_s, QKeySequence(Qt::Key_Escape)},
            {u"loadIntoFormButton"_s, QKeySequence(Qt::CTRL | Qt::Key_L)},
            {u"copyHistoryButton"_s, QKeySequence(QKeySequence::Copy)},
        };
        for (const auto &[name, key] : buttons) {
            const QString tip = widget<QWidget>(name)->toolTip();
            const QString native = key.toString(QKeySequence::NativeText);
            QVERIFY2(tip.contains(native), qPrintable(u"%1: “%2” does not say %3"_s.arg(name, tip, native)));
        }
        // No tooltip of either window spells a key the system names otherwise.
        m_batches = std::make_unique<BatchStore>(m_dir.filePath(u"batches-tips-%1.sqlite"_s.arg(m_counter)));
        QVERIFY(m_batches->open());
        m_window->setBatchStore(m_batches.get());
        m_window->showBatchWindow();
        QStringList tips = toolTips(m_window.get()) + toolTips(m_window->batchWindow());
        const QStringList typed{u"(Insert)"_s, u"(Delete)"_s, u"(Esc)"_s, u"Ctrl+"_s, u"Alt+"_s};
        for (const QString &tip : std::as_const(tips)) {
            for (const QString &word : typed) {
                // A key name that happens to be the system's own in this language is fine.
                QString spelled = tip;
                for (const QKeySequence &key :
                     {QKeySequence(Qt::Key_Insert), QKeySequence(QKeySequence::Delete),
                      QKeySequence(Qt::Key_Escape), QKeySequence(Qt::CTRL | Qt::Key_L),
                      QKeySequence(Qt::CTRL | Qt::Key_D), QKeySequence(Qt::CTRL | Qt::Key_Return),
                      QKeySequence(Qt::CTRL | Qt::Key_R), QKeySequence(QKeySequence::Copy),
                      QKeySequence(QKeySequence::Paste), QKeySequence(QKeySequence::Open),
                      QKeySequence(QKeySequence::Refresh), QKeySequence(Qt::ALT | Qt::Key_Up),
                      QKeySequence(Qt::ALT | Qt::Key_Down)})
                    spelled.remove(key.toString(QKeySequence::NativeText));
                QVERIFY2(!spelled.contains(word), qPrintable(u"a tooltip spells a key: “%1”"_s.arg(tip)));
            }
        }
        m_window->batchWindow()->close();
    }
};

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
