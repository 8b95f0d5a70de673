#include "core/global.h"
#include "core/history/historystore.h"
#include "core/model/connectionsettings.h"
#include "core/profiles/settings.h"
#include "gui/main/mainwindow.h"
#include "gui/widgets/messagebanner.h"
#include "support/simulatorprocess.h"
#include "support/testfiles.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonArray>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

namespace {
constexpr int NetworkTimeout = 30000;
const QString Token = QString::fromLatin1(SimulatorProcess::DemoToken);
const QString Operation = QString::fromLatin1(SimulatorProcess::DemoOperation);
} // namespace

// The window's updates as the CRM's PHP receives them: several attachments under each part name and
// delivery mode arrive byte-exact, or the banner says they cannot have; the history says which files went
// in which request; and the window's updates share one connection, opened ahead without a request. Only
// MainWindow's public API and widgets found by objectName.
class TestDeliveries : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_serial = 0;

    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<MemoryHistoryStore> m_history;
    std::unique_ptr<MainWindow> m_window;

    // A window on its own settings (attachment part name and delivery), history and network, with the
    // connection filled in before it shows, as after a start with a remembered server and token.
    void openWindow(const SimulatorProcess &sim, const ConnectionSettings &connection)
    {
        m_window.reset();
        m_settings = std::make_unique<Settings>(m_dir.filePath(u"settings-%1.ini"_s.arg(++m_serial)));
        m_settings->setConnectionSettings(connection);
        m_network = std::make_unique<QNetworkAccessManager>();
        m_history = std::make_unique<MemoryHistoryStore>();
        m_window = std::make_unique<MainWindow>(m_network.get(), m_settings.get(), m_history.get());
        m_window->setServer(sim.server());
        m_window->setOperation(Operation);
        m_window->setToken(Token);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    template <typename T> T *widget(const QString &name) const
    {
        T *found = m_window->findChild<T *>(name);
        if (!found)
            qWarning("no widget named %s", qPrintable(name));
        return found;
    }
    MessageBanner *banner() const { return widget<MessageBanner>(u"banner"_s); }

    QString newCase()
    {
        return QString::fromLatin1(
            QCryptographicHash::hash(QByteArray("window" + QByteArray::number(++m_serial)),
                                     QCryptographicHash::Sha1)
                .toHex()
                .left(31));
    }

    QStringList files(int count)
    {
        static const QStringList extensions{u"pdf"_s, u"png"_s, u"jpg"_s};
        const QString folder = m_dir.filePath(u"files-%1"_s.arg(++m_serial));
        QStringList out;
        for (int i = 0; i < count; ++i) {
            QByteArray bytes
                = "window file " + QByteArray::number(m_serial) + '.' + QByteArray::number(i) + '\n';
            for (int b = 0; b < 400 * (i + 1); ++b)
                bytes += char((b * 17 + i) & 0xff);
            out.append(TestFiles::write(u"%1/foto-%2.%3"_s.arg(folder).arg(i).arg(extensions.at(i)), bytes));
        }
        return out;
    }

    CaseUpdate caseWith(const SimulatorProcess &sim, const QString &id, const QStringList &attachments) const
    {
        CaseUpdate update;
        update.server = sim.server();
        update.operation = Operation;
        update.wolkvoxId = id;
        update.caseType = u"Request"_s;
        update.responsible = u"ana@modulodeprueba"_s;
        update.status = u"open"_s;
        update.priority = u"low"_s;
        update.attachments = attachments;
        return update;
    }

    // Fills the form, checks what the send area says will happen, presses Update and waits for the banner.
    void send(const CaseUpdate &update, QString *deliveryNote = nullptr)
    {
        m_window->loadUpdate(update);
        QPushButton *button = widget<QPushButton>(u"updateButton"_s);
        QVERIFY(button);
        QTRY_VERIFY2(button->isEnabled(), qPrintable(button->toolTip()));
        if (deliveryNote) {
            const QLabel *note = widget<QLabel>(u"deliveryLabel"_s);
            *deliveryNote = note && note->isVisible() ? note->text() : QString();
        }
        QSignalSpy finished(m_window.get(), &MainWindow::updateFinished);
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, NetworkTimeout);
        QTRY_VERIFY(banner()->isVisible());
    }

    // API requests per connection the client opened, in the order accepted (admin calls left out).
    static QList<int> clientConnections(const SimulatorProcess &sim)
    {
        QList<int> out;
        const QJsonArray list = sim.admin(u"/__sim/connections"_s).value(u"connections"_s).toArray();
        for (const QJsonValue &value : list) {
            if (value[u"admin_requests"_s].toInt() == 0)
                out.append(value[u"requests"_s].toInt());
        }
        return out;
    }

    // The history's attempts, oldest first.
    QList<HistoryEntry> attempts() const
    {
        QList<HistoryEntry> out;
        for (int row = m_history->count() - 1; row >= 0; --row)
            out.append(m_history->entry(row));
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ApiResult>();
        QVERIFY(m_dir.isValid());
    }

    void cleanup()
    {
        m_window.reset();
        m_history.reset();
        m_network.reset();
        m_settings.reset();
    }

    void everyFileArrivesOrTheBannerSaysWhichCannot_data()
    {
        QTest::addColumn<QString>("partName");
        QTest::addColumn<QString>("deliveryId");
        for (const QString &part : ConnectionSettings::attachmentPartNames()) {
            for (const QString &delivery : {u"automatic"_s, u"one-per-file"_s, u"one-request"_s})
                QTest::addRow("%s, %s", qPrintable(part), qPrintable(delivery)) << part << delivery;
        }
    }

    void everyFileArrivesOrTheBannerSaysWhichCannot()
    {
        QFETCH(QString, partName);
        QFETCH(QString, deliveryId);
        SimulatorProcess sim; // PHP's reading of repeated part names, as by default
        QVERIFY2(sim.start({u"--quiet"_s, u"--accept-unknown-ids"_s}), qPrintable(sim.errorText()));
        ConnectionSettings connection;
        connection.attachmentPartName = partName;
        connection.attachmentDelivery = ConnectionSettings::deliveryFromId(deliveryId).value();
        openWindow(sim, connection);

        const bool keepsAll = partName.endsWith(u"[]"_s);
        const bool split = deliveryId == u"one-per-file"_s || (deliveryId == u"automatic"_s && !keepsAll);
        const bool lossy = !split && !keepsAll;
        for (const int count : {2, 3}) {
            const QString id = newCase();
            const QStringList paths = files(count);
            const int before = m_history->count();
            QString note;
            send(caseWith(sim, id, paths), &note);

            // Before Update the send area said what would happen and what it costs.
            if (split)
                QVERIFY2(note.contains(u"one file each"_s), qPrintable(note));
            else if (lossy)
                QVERIFY2(note.contains(u"keeps only the last one"_s), qPrintable(note));
            else
                QVERIFY2(note.isEmpty(), qPrintable(note));

            const QJsonObject stored = sim.storedCase(Operation, id);
            const QJsonArray arrived = stored.value(u"files"_s).toArray();
            QCOMPARE(stored.value(u"update_requests"_s).toInt(), split ? count : 1);
            if (lossy) {
                QVERIFY2(banner()->kind() != MessageBanner::Kind::Success, qPrintable(banner()->title()));
                QCOMPARE(arrived.size(), 1);
                QCOMPARE(arrived.at(0)[u"sha256"_s].toString().toLatin1(),
                         TestFiles::sha256(paths.constLast()));
            } else {
                QCOMPARE(banner()->kind(), MessageBanner::Kind::Success);
                QCOMPARE(arrived.size(), count);
                for (int i = 0; i < count; ++i) {
                    QCOMPARE(arrived.at(i)[u"sha256"_s].toString().toLatin1(),
                             TestFiles::sha256(paths.at(i)));
                    QCOMPARE(arrived.at(i)[u"size"_s].toInteger(), QFileInfo(paths.at(i)).size());
                }
            }

            // The history: one attempt per request, with its files and its place in the update.
            const QList<HistoryEntry> sent = attempts().mid(before);
            QCOMPARE(sent.size(), split ? count : 1);
            for (int i = 0; i < sent.size(); ++i) {
                const HistoryEntry &attempt = sent.at(i);
                QCOMPARE(attempt.update.attachments, split ? QStringList{paths.at(i)} : paths);
                QCOMPARE(attempt.deliveryPart, split ? i + 1 : 0);
                QCOMPARE(attempt.deliveryParts, split ? count : 0);
                QCOMPARE(attempt.deliveryGroup, split ? sent.constFirst().id : 0);
                QCOMPARE(attempt.result.outcome,
                         lossy ? ApiResult::Outcome::Incomplete : ApiResult::Outcome::Success);
            }
        }
    }

    void updatesShareOneConnectionOpenedAheadWithoutARequest()
    {
        SimulatorProcess sim;
        // Idle connections kept longer than by default, so a slow test machine sees the same connection.
        QVERIFY2(sim.start({u"--quiet"_s, u"--accept-unknown-ids"_s, u"--keep-alive-timeout-s"_s, u"120"_s}),
                 qPrintable(sim.errorText()));
        openWindow(sim, {});

        // The connection is complete and the window active: it opened the connection, and sent nothing.
        QTRY_COMPARE_WITH_TIMEOUT(clientConnections(sim), QList<int>{0}, NetworkTimeout);
        QCOMPARE(sim.stats().value(u"requests"_s).toInt(), 0);

        // The first update travels on it; the ones after it too, attachments or not.
        send(caseWith(sim, newCase(), {}));
        QCOMPARE(banner()->kind(), MessageBanner::Kind::Success);
        QCOMPARE(clientConnections(sim), QList<int>{1});
        send(caseWith(sim, newCase(), files(1)));
        send(caseWith(sim, newCase(), files(2))); // two requests: one per file
        send(caseWith(sim, newCase(), {}));
        QCOMPARE(banner()->kind(), MessageBanner::Kind::Success);
        QCOMPARE(sim.stats().value(u"requests"_s).toInt(), 5);
        QCOMPARE(clientConnections(sim), QList<int>{5});
    }
};

QTEST_MAIN(TestDeliveries)
#include "tst_deliveries.moc"
