#include "core/global.h"
#include "core/history/sqlitehistorystore.h"
#include "core/profiles/profilestore.h"
#include "core/profiles/secretstore.h"
#include "core/profiles/settings.h"
#include "core/translations.h"
#include "gui/main/connectionbar.h"
#include "gui/main/mainwindow.h"
#include "support/fitcheck.h"
#include "support/simulatorprocess.h"
#include "support/windowdriver.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleOptionComboBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QToolButton>
#include <QTreeView>
#include <QtTest>
#include <memory>

namespace {
using WindowDriver::type;
constexpr int NetworkTimeout = 30000;
const QString Token = QString::fromLatin1(SimulatorProcess::DemoToken);
const QString Operation = QString::fromLatin1(SimulatorProcess::DemoOperation);
const QString CaseId = QString::fromLatin1(SimulatorProcess::DemoCase);

} // namespace

// The main window at 1024 × 700 and at half a 1366 screen (683 px), in each language, connected and with a
// profile whose name is long: no label or button is cut, the connection bar wraps rather than squeezing
// its fields, and the server, operation, token and wolkvox-id keep room for what they must show.
class TestMainWindowFit : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SimulatorProcess m_sim;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<SqliteHistoryStore> m_history;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<MainWindow> m_window;

    template <typename T> T *widget(const QString &name) const
    {
        T *found = m_window->findChild<T *>(name);
        if (!found)
            qWarning("no widget named %s", qPrintable(name));
        return found;
    }

    // Every shown label, button, group and input of the window measured against the room it got.
    QStringList cutWidgets(const QString &where) const { return FitCheck::cutWidgets(m_window.get(), where); }

    // The fields that must show a whole value: at least that much room for text.
    QStringList narrowFields(const QString &where) const
    {
        QStringList narrow;
        const auto room = [](QWidget *w) {
            QLineEdit *edit = qobject_cast<QLineEdit *>(w);
            if (auto *combo = qobject_cast<QComboBox *>(w))
                edit = combo->lineEdit();
            return edit->width() - edit->textMargins().left() - edit->textMargins().right() - 4;
        };
        const auto check = [&](const QString &name, int needed) {
            QWidget *w = widget<QWidget>(name);
            if (room(w) < needed)
                narrow.append(
                    u"%1: %2 has %3 px for text, needs %4"_s.arg(where, name).arg(room(w)).arg(needed));
        };
        const QFontMetrics metrics = widget<QWidget>(u"serverCombo"_s)->fontMetrics();
        check(u"serverCombo"_s, metrics.horizontalAdvance(u"crm0001.wolkvox.com"_s));
        check(u"serverCombo"_s, 20 * metrics.averageCharWidth());
        check(u"operationEdit"_s, 14 * metrics.averageCharWidth());
        check(u"tokenEdit"_s, 12 * metrics.averageCharWidth());
        check(u"wolkvoxIdEdit"_s, metrics.horizontalAdvance(CaseId)); // its 31 hexadecimal digits
        return narrow;
    }

    // The lists and the multi-line fields keep rows to work in: a short window scrolls the form instead of
    // squeezing them to a header. `rows` is the minimum each shows, in lines of its own font.
    QStringList squeezedViews(const QString &where) const
    {
        QStringList squeezed;
        const auto check = [&](const QString &name, int rows) {
            auto *view = widget<QAbstractScrollArea>(name);
            int line = view->fontMetrics().height();
            if (auto *table = qobject_cast<QTableView *>(view))
                line = table->verticalHeader()->defaultSectionSize();
            else if (auto *tree = qobject_cast<QTreeView *>(view))
                line = std::max(line, tree->sizeHintForRow(0));
            if (view->viewport()->height() < rows * line)
                squeezed.append(u"%1: %2 shows %3 px, needs %4 rows of %5 px"_s.arg(where, name)
                                    .arg(view->viewport()->height())
                                    .arg(rows)
                                    .arg(line));
        };
        check(u"solutionEdit"_s, 2);
        check(u"customFieldsView"_s, 2);
        check(u"formPreview"_s, 2);
        check(u"attachmentsView"_s, 2);
        check(u"historyView"_s, 4);
        return squeezed;
    }

    QStringList fitProblems(const QString &where, const QSize &size) const
    {
        QStringList problems = cutWidgets(where) + narrowFields(where) + squeezedViews(where);
        if (m_window->size() != size)
            problems.append(u"%1: the window is %2 × %3, not %4 × %5 (its minimum: %6 × %7)"_s.arg(where)
                                .arg(m_window->width())
                                .arg(m_window->height())
                                .arg(size.width())
                                .arg(size.height())
                                .arg(m_window->minimumSizeHint().width())
                                .arg(m_window->minimumSizeHint().height()));
        return problems;
    }

    // Rows that wrap and splitters that turn do so a few turns of the event loop after what changed.
    void verifyFits(const QString &where, const QSize &size)
    {
        QTRY_VERIFY2(fitProblems(where, size).isEmpty(), qPrintable(fitProblems(where, size).join(u"\n"_s)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_sim.start(), qPrintable(m_sim.errorText()));
        m_settings = std::make_unique<Settings>(m_dir.filePath(u"settings.ini"_s));
        m_network = std::make_unique<QNetworkAccessManager>();
        // A history file, as agents have: its search and filters are shown, and must fit too.
        m_history = std::make_unique<SqliteHistoryStore>(m_dir.filePath(u"history.sqlite"_s));
        QVERIFY2(m_history->open(), qPrintable(m_history->error()));
        m_secrets = std::make_unique<SecretStore>(SecretStore::Mode::MemoryOnly);
        m_profiles = std::make_unique<ProfileStore>(m_dir.filePath(u"profiles.json"_s), m_secrets.get());
        m_profiles->ensureOne(ProfileStore::fromSettings(*m_settings));
        ConnectionProfile other;
        other.name = u"Cobranza Bogotá"_s;
        m_profiles->add(other);
        m_window = std::make_unique<MainWindow>(m_network.get(), m_settings.get(), m_history.get());
        m_window->setProfiles(m_profiles.get(), m_secrets.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));

        // Connected: the status beside Test connection is as long as it gets.
        type(widget<QComboBox>(u"serverCombo"_s), m_sim.server());
        type(widget<QLineEdit>(u"operationEdit"_s), Operation);
        type(widget<QLineEdit>(u"tokenEdit"_s), Token);
        type(widget<QLineEdit>(u"wolkvoxIdEdit"_s), CaseId);
        QSignalSpy tested(m_window.get(), &MainWindow::connectionTested);
        m_window->testConnection();
        QVERIFY(tested.wait(NetworkTimeout));
        QVERIFY(tested.at(0).at(0).value<ApiResult>().isSuccess());
    }

    void cleanupTestCase()
    {
        m_window.reset();
        Translations::install(u"en"_s, QLocale(QLocale::English, QLocale::UnitedStates));
        m_sim.stop();
    }

    void windowFits_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        for (const QString &language : {u"en"_s, u"es"_s, u"pt_BR"_s}) {
            QTest::addRow("%s 1024x700", qPrintable(language)) << language << QSize(1024, 700);
            QTest::addRow("%s 683x700", qPrintable(language)) << language << QSize(683, 700);
        }
    }

    void windowFits()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        Translations::install(language);
        QCoreApplication::processEvents(); // the language change reaches every widget
        m_window->resize(size);
        verifyFits(language, size);

        // At 1024 px the connection fits one or two rows; at 683 px it wraps, never squeezing a field.
        auto *bar = widget<ConnectionBar>(u"connectionBar"_s);
        QVERIFY2(bar->rowCount() <= (size.width() >= 1024 ? 2 : 3),
                 qPrintable(QString::number(bar->rowCount())));
        if (size.width() < 800)
            QVERIFY(bar->rowCount() >= 2);
    }

    // At half a laptop screen the form is taller than its room: it scrolls, and moving the focus (Tab, an
    // Alt+letter, a banner's link) brings the field into view.
    void focusedFieldScrollsIntoView()
    {
        Translations::install(u"en"_s);
        QCoreApplication::processEvents();
        m_window->resize(683, 700);
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        auto *area = widget<QScrollArea>(u"editorScrollArea"_s);
        QVERIFY2(area->verticalScrollBar()->maximum() > 0, "the form fits: nothing to scroll at this size");
        const auto inView = [area](const QString &name) {
            auto *w = area->findChild<QWidget *>(name);
            const QRect shown(w->mapTo(area->viewport(), QPoint(0, 0)), w->size());
            return area->viewport()->rect().contains(shown);
        };
        QVERIFY(inView(u"wolkvoxIdEdit"_s));
        QVERIFY(!inView(u"attachmentsView"_s));
        widget<QWidget>(u"attachmentsView"_s)->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(inView(u"attachmentsView"_s));
        QVERIFY(!inView(u"wolkvoxIdEdit"_s));
        widget<QWidget>(u"wolkvoxIdEdit"_s)->setFocus(Qt::BacktabFocusReason);
        QTRY_VERIFY(inView(u"wolkvoxIdEdit"_s));
    }

    // A language switch at the same size rearranges what wraps: the longer labels and choices get room
    // without the window being resized.
    void languageSwitchRewraps()
    {
        // Widths between half a laptop screen and 1024 px, where English fits rows the others do not.
        for (int width = 683; width <= 1024; width += 31) {
            const QSize size(width, 700);
            Translations::install(u"en"_s);
            QCoreApplication::processEvents();
            m_window->resize(size);
            verifyFits(u"en %1 before"_s.arg(width), size);
            for (const QString &language : {u"es"_s, u"pt_BR"_s}) {
                Translations::install(language);
                QCoreApplication::processEvents(); // the language change reaches every widget
                verifyFits(u"%1 %2 after a switch"_s.arg(language).arg(width), size);
            }
        }
    }

    // The window's icon is set after its first frame, which does not show it.
    void windowGetsItsIcon() { QTRY_VERIFY(!m_window->windowIcon().isNull()); }

    void builtInProfileFollowsTheLanguage()
    {
        auto *combo = widget<QComboBox>(u"profileCombo"_s);
        const QString builtIn = m_profiles->profiles().constFirst().id;
        const auto shown = [&] { return combo->itemText(combo->findData(builtIn)); };
        Translations::install(u"es"_s);
        QCoreApplication::processEvents();
        QCOMPARE(shown(), u"Predeterminado"_s);
        Translations::install(u"en"_s);
        QCoreApplication::processEvents();
        QCOMPARE(shown(), u"Default"_s);
        QCOMPARE(m_profiles->profile(builtIn).name, u"Default"_s); // stored as made, whatever the language

        // Renamed, it is the agent's name in every language.
        QVERIFY(m_profiles->rename(builtIn, u"Soporte"_s));
        Translations::install(u"es"_s);
        QCoreApplication::processEvents();
        QCOMPARE(shown(), u"Soporte"_s);
        QVERIFY(m_profiles->rename(builtIn, u"Default"_s));
        QVERIFY(!m_profiles->profile(builtIn).builtIn);
        QCOMPARE(shown(), u"Default"_s);
        Translations::install(u"en"_s);
        QCoreApplication::processEvents();
    }

    // Icon-only buttons drawn flat (auto-raised) look disabled until hovered: an enabled one has a frame.
    void iconButtonsLookEnabled_data()
    {
        QTest::addColumn<QString>("style");
        QTest::newRow("Fusion") << u"Fusion"_s;
        QTest::newRow("Windows") << u"Windows"_s;
    }

    void iconButtonsLookEnabled()
    {
        QFETCH(QString, style);
        std::unique_ptr<QStyle> owned(QStyleFactory::create(style));
        QVERIFY(owned);
        QStyle *previous = m_window->style();
        const auto buttons = m_window->findChildren<QToolButton *>();
        QStringList flat;
        for (QToolButton *button : buttons) {
            if (!button->isVisibleTo(m_window.get()) || button->icon().isNull()
                || button->objectName() == u"bannerCloseButton"_s)
                continue;
            button->setStyle(owned.get());
            const bool wasEnabled = button->isEnabled();
            button->setEnabled(true);
            const QImage image = button->grab().toImage();
            button->setEnabled(wasEnabled);
            button->setStyle(previous);
            // The outermost ring of pixels: a frame or a raised panel differs from the window behind it.
            const QColor window = button->palette().color(QPalette::Window);
            int differing = 0;
            int ring = 0;
            const int inset = int(image.devicePixelRatio()) * 2;
            for (int x = 0; x < image.width(); ++x) {
                for (int y = 0; y < image.height(); ++y) {
                    if (x >= inset && y >= inset && x < image.width() - inset && y < image.height() - inset)
                        continue;
                    ++ring;
                    const QColor pixel = image.pixelColor(x, y);
                    if (std::abs(pixel.lightness() - window.lightness()) > 12)
                        ++differing;
                }
            }
            if (differing * 4 < ring)
                flat.append(
                    u"%1 (%2 of %3 edge pixels)"_s.arg(button->objectName()).arg(differing).arg(ring));
        }
        QVERIFY2(flat.isEmpty(), qPrintable(u"flat under %1: %2"_s.arg(style, flat.join(u", "_s))));
    }

    void connectionBarTakesOneRowWhenWide()
    {
        Translations::install(u"en"_s);
        QCoreApplication::processEvents();
        m_window->resize(1600, 900);
        verifyFits(u"en 1600"_s, QSize(1600, 900));
        QCOMPARE(widget<ConnectionBar>(u"connectionBar"_s)->rowCount(), 1);
    }
};

QTEST_MAIN(TestMainWindowFit)
#include "tst_mainwindowfit.moc"
