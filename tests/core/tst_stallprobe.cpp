#include "core/global.h"
#include "dev/stallprobe.h"

#include <QElapsedTimer>
#include <QtTest>

// The bench's stall probe: a blocked event loop shows as a stall at least as long as the block. Only lower
// bounds are asserted, so a busy machine cannot make the test fail.
class TestStallProbe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aBlockedLoopIsAStall()
    {
        StallProbe probe;
        probe.start();
        QTest::qWait(50); // the timer ticks a few times first
        QTimer::singleShot(0, this, [] {
            QElapsedTimer block;
            block.start();
            while (block.elapsed() < 150) { } // the event loop cannot turn meanwhile
        });
        // Until the probe's next tick: a plain qWait(100) could return as soon as the 150 ms block let it,
        // before the late timer was handled (seen once in the sanitizer build).
        QTRY_VERIFY2_WITH_TIMEOUT(probe.longestStallMs() >= 140,
                                  qPrintable(QString::number(probe.longestStallMs())), 10000);
        probe.stop();
        QVERIFY(probe.ticks() > 1);
        QVERIFY(probe.noticeableStalls() >= 1);
        QVERIFY(probe.report().startsWith("casedesk-stall-probe: longest_stall_ms="));
    }

    void restartForgetsEarlierStalls()
    {
        StallProbe probe;
        probe.start();
        QTest::qWait(20);
        QElapsedTimer block;
        block.start();
        while (block.elapsed() < 60) { }
        QTRY_VERIFY_WITH_TIMEOUT(probe.longestStallMs() >= 50, 10000);
        probe.start();
        QCOMPARE(probe.ticks(), 0);
        QCOMPARE(probe.noticeableStalls(), 0);
        QCOMPARE(probe.longestStallMs(), 0.0);
    }

    void offUnlessAskedFor()
    {
        qunsetenv("CASEDESK_STALL_PROBE");
        QVERIFY(!StallProbe::installFromEnvironment(QCoreApplication::instance()));
        QVERIFY(!StallProbe::instance());
    }
};

QTEST_GUILESS_MAIN(TestStallProbe)
#include "tst_stallprobe.moc"
