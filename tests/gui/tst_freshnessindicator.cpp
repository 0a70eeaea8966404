// FreshnessIndicator: the data's age against the poll interval, green → amber → red.
#include "freshnessindicator.h"

#include <QLocale>
#include <QTest>

using kw::gui::FreshnessIndicator;
using Level = FreshnessIndicator::Level;

class TestFreshnessIndicator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void levels_data()
    {
        QTest::addColumn<qint64>("ageMs");
        QTest::addColumn<int>("intervalMs");
        QTest::addColumn<Level>("level");
        QTest::newRow("no data") << qint64(-1) << 10'000 << Level::NoData;
        QTest::newRow("just polled") << qint64(500) << 10'000 << Level::Fresh;
        QTest::newRow("one slow answer") << qint64(25'000) << 10'000 << Level::Fresh;
        QTest::newRow("three missed") << qint64(30'000) << 10'000 << Level::Late;
        QTest::newRow("almost stale") << qint64(119'999) << 10'000 << Level::Late;
        QTest::newRow("stale") << qint64(120'000) << 10'000 << Level::Stale;
        // A slow interval stretches both limits.
        QTest::newRow("hourly, 2 h") << qint64(7'200'000) << 3'600'000 << Level::Fresh;
        QTest::newRow("hourly, 3 h") << qint64(10'800'000) << 3'600'000 << Level::Late;
        QTest::newRow("hourly, 10 h") << qint64(36'000'000) << 3'600'000 << Level::Stale;
        // The demo's 2 s never turns amber before 30 s.
        QTest::newRow("2 s interval, 20 s") << qint64(20'000) << 2'000 << Level::Fresh;
    }
    void levels()
    {
        QFETCH(qint64, ageMs);
        QFETCH(int, intervalMs);
        QFETCH(Level, level);
        QCOMPARE(FreshnessIndicator::levelFor(ageMs, intervalMs), level);
    }

    void ageTexts()
    {
        QCOMPARE(FreshnessIndicator::ageText(-1), QStringLiteral("no data yet"));
        QCOMPARE(FreshnessIndicator::ageText(900), QStringLiteral("just now"));
        QCOMPARE(FreshnessIndicator::ageText(12'400), QStringLiteral("12 s ago"));
        QCOMPARE(FreshnessIndicator::ageText(185'000), QStringLiteral("3 min ago"));
        QCOMPARE(FreshnessIndicator::ageText(3 * 3'600'000), QStringLiteral("3 h ago"));
    }

    // The label follows the clock: fresh after a poll, red once nothing came for long.
    void followsTheClock()
    {
        qint64 now = 1'000'000;
        FreshnessIndicator indicator;
        indicator.setClock([&now] { return now; });
        indicator.setPollIntervalMs(10'000);
        QCOMPARE(indicator.level(), Level::NoData);
        QVERIFY2(indicator.text().contains(QStringLiteral("No data yet")), qPrintable(indicator.text()));
        indicator.markFresh();
        QCOMPARE(indicator.level(), Level::Fresh);
        QVERIFY2(indicator.text().contains(QStringLiteral("#2e9d4f")), qPrintable(indicator.text()));
        now += 45'000;
        indicator.refresh();
        QCOMPARE(indicator.level(), Level::Late);
        QVERIFY(indicator.text().contains(QStringLiteral("45 s ago")));
        QVERIFY(indicator.text().contains(QStringLiteral("#e0a800")));
        now += 600'000;
        indicator.refresh();
        QCOMPARE(indicator.level(), Level::Stale);
        QVERIFY(indicator.text().contains(QStringLiteral("#d32f2f")));
        QVERIFY(indicator.toolTip().contains(QStringLiteral("out of date")));
    }

    // It ticks by itself while shown, and not while hidden.
    void ticksOnlyWhileShown()
    {
        qint64 now = 1'000'000;
        FreshnessIndicator indicator;
        indicator.setClock([&now] { return now; });
        indicator.markFresh();
        now += 40'000;
        indicator.show();
        QTRY_VERIFY_WITH_TIMEOUT(indicator.text().contains(QStringLiteral("40 s ago")), 3000);
        indicator.hide();
        now += 600'000;
        QTest::qWait(1500);
        QVERIFY(indicator.text().contains(QStringLiteral("40 s ago")));
    }
};

QTEST_MAIN(TestFreshnessIndicator)
#include "tst_freshnessindicator.moc"
