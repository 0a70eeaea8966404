#include "poll/backoffpolicy.h"
#include "poll/connectionstate.h"

#include <QSet>
#include <QTest>

using kw::BackoffPolicy;

class TestBackoffPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void baseDoublesUpToTheCap()
    {
        const BackoffPolicy policy(10'000);
        QCOMPARE(policy.maxDelayMs(), 300'000);
        QCOMPARE(policy.baseDelayMs(1), 10'000);
        QCOMPARE(policy.baseDelayMs(2), 20'000);
        QCOMPARE(policy.baseDelayMs(3), 40'000);
        QCOMPARE(policy.baseDelayMs(5), 160'000);
        QCOMPARE(policy.baseDelayMs(6), 300'000);
        QCOMPARE(policy.baseDelayMs(1000), 300'000); // no overflow
        QCOMPARE(policy.baseDelayMs(0), 10'000);
    }

    void boundsHold()
    {
        BackoffPolicy policy(10'000);
        policy.seed(42);
        for (int failures = 1; failures <= 12; ++failures) {
            const int base = policy.baseDelayMs(failures);
            const int low = policy.minDelayMsFor(failures);
            const int high = policy.maxDelayMsFor(failures);
            QVERIFY(low >= 10'000);
            QVERIFY(high <= 300'000);
            QCOMPARE(low, qMax(10'000, int(base * 0.8)));
            QCOMPARE(high, qMin(300'000, int(base * 1.2)));
            for (int i = 0; i < 200; ++i) {
                const int delay = policy.delayMs(failures);
                QVERIFY2(delay >= low && delay <= high,
                         qPrintable(QStringLiteral("failures %1: %2 not in [%3, %4]")
                                        .arg(failures).arg(delay).arg(low).arg(high)));
            }
        }
        // Never sooner than the poll interval, never later than 5 min.
        QCOMPARE(policy.delayMs(1, 0.0), 10'000);
        QCOMPARE(policy.delayMs(20, 0.999), 300'000);
        QCOMPARE(policy.delayMs(20, 0.0), 240'000);
        QCOMPARE(policy.delayMs(3, 0.5), 40'000);
    }

    void jitterSpreadsAndSeedRepeats()
    {
        BackoffPolicy a(2'000);
        BackoffPolicy b(2'000);
        a.seed(7);
        b.seed(7);
        QSet<int> distinct;
        for (int i = 0; i < 50; ++i) {
            const int delay = a.delayMs(4);
            QCOMPARE(delay, b.delayMs(4));
            distinct.insert(delay);
        }
        QVERIFY(distinct.size() > 20); // jitter, not a fixed delay
        // Another seed gives another sequence.
        BackoffPolicy c(2'000);
        BackoffPolicy d(2'000);
        c.seed(8);
        d.seed(9);
        QList<int> fromC, fromD;
        for (int i = 0; i < 10; ++i) {
            fromC.append(c.delayMs(4));
            fromD.append(d.delayMs(4));
        }
        QVERIFY(fromC != fromD);
    }

    void noJitterIsExact()
    {
        BackoffPolicy policy(1'000, 8'000, 0.0);
        QCOMPARE(policy.delayMs(1), 1'000);
        QCOMPARE(policy.delayMs(2), 2'000);
        QCOMPARE(policy.delayMs(4), 8'000);
        QCOMPARE(policy.delayMs(5), 8'000);
    }

    void stateNames()
    {
        QCOMPARE(kw::connectionStateName(kw::ConnectionState::CertificateChanged),
                 QStringLiteral("certificate_changed"));
        QCOMPARE(kw::connectionStateName(kw::ConnectionState::BackingOff), QStringLiteral("backing_off"));
        QCOMPARE(kw::connectionStateText(kw::ConnectionState::Online), QStringLiteral("Online"));
        QVERIFY(kw::isActive(kw::ConnectionState::Offline));
        QVERIFY(!kw::isActive(kw::ConnectionState::CertificateChanged));
        QVERIFY(!kw::isActive(kw::ConnectionState::Paused));
    }
};

QTEST_GUILESS_MAIN(TestBackoffPolicy)
#include "tst_backoffpolicy.moc"
