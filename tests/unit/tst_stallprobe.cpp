#include "global.h"
#include "stallprobe.h"

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
        QTest::qWait(100);
        probe.stop();
        QVERIFY(probe.ticks() > 1);
        QVERIFY2(probe.longestStallMs() >= 140, qPrintable(QString::number(probe.longestStallMs())));
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
        QTest::qWait(20);
        QVERIFY(probe.longestStallMs() >= 50);
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
