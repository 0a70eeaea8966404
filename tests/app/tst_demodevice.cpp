// DemoDevice: the demo's history holds the plant's month before the start, joining the live
// simulator's data without a seam, in a real SQLite file.
#include "demodevice.h"
#include "history/historystore.h"
#include "senecsimulator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using kw::app::DemoDevice;

class TestDemoDevice : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordsTheMonthBeforeTheStart()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QDateTime start(QDate(2026, 6, 21), QTime(7, 30), QTimeZone::utc());
        DemoDevice demo(start, 1.0);
        QVERIFY2(demo.start(), qPrintable(demo.errorString()));
        QCOMPARE(demo.startMs(), start.toMSecsSinceEpoch());

        kw::history::HistoryStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("demo.sqlite"))));
        QElapsedTimer timer;
        timer.start();
        const qint64 appended = demo.recordPastDays(store);
        QString error;
        QVERIFY2(store.flush(&error), qPrintable(error));
        qInfo("recorded %lld samples in %lld ms", appended, timer.elapsed());

        // 30 s steps from midnight UTC 30 days before the start's day up to the start.
        const qint64 firstDayMs = start.date().addDays(-DemoDevice::HistoryDays).startOfDay(QTimeZone::utc()).toMSecsSinceEpoch();
        const qint64 expected = (start.toMSecsSinceEpoch() - firstDayMs) / 30'000;
        QCOMPARE(appended, expected);
        QVERIFY(store.firstSampleMs());
        QVERIFY(*store.firstSampleMs() <= firstDayMs + 60'000);
        QCOMPARE(*store.lastSampleMs(), start.toMSecsSinceEpoch());

        // Every whole day has energy, and the days balance: what came in went somewhere.
        const auto days = store.dailyEnergy(start.date().addDays(-28), start.date().addDays(-2), QTimeZone::utc());
        QCOMPARE(days.size(), 27);
        for (const auto &day : days) {
            const auto &t = day.totals;
            QVERIFY2(t.houseWh > 1000, qPrintable(day.day.toString(Qt::ISODate)));
            const double in = t.pvWh + t.gridImportWh + t.batteryDischargeWh;
            const double out = t.houseWh + t.gridExportWh + t.batteryChargeWh;
            QVERIFY2(std::abs(in - out) < 0.01 * in, qPrintable(day.day.toString(Qt::ISODate)));
        }

        // No seam: the last recorded state is the live simulator's first one.
        const auto last = store.rawSamples(start.toMSecsSinceEpoch(), start.toMSecsSinceEpoch() + 1);
        QCOMPARE(last.size(), 1);
        kw::sim::SenecSimulator &simulator = demo.simulator();
        const kw::EnergySnapshot live = simulator.groundTruth();
        QVERIFY(live.timestampMs - start.toMSecsSinceEpoch() < 10'000);
        QVERIFY2(std::abs(*live.socPercent - *last.constFirst().socPercent) < 0.2,
                 qPrintable(QStringLiteral("%1 vs %2").arg(*live.socPercent).arg(*last.constFirst().socPercent)));
    }
};

QTEST_GUILESS_MAIN(TestDemoDevice)
#include "tst_demodevice.moc"
