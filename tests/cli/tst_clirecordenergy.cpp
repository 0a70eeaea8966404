// The accuracy check, end to end: kilowatch-sim at 30× speed on a sunny morning,
// `kilowatch-cli record --clock device --interval 1` for 150 real seconds (75 simulated minutes),
// then `kilowatch-cli totals`. Each energy must be within 3 % (or 0.05 kWh) of what the simulated
// plant's own counters say over exactly the recorded span.
#include "clirunner.h"
#include "simprocess.h"

#include "history/historystore.h"
#include "plantmodel.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

namespace {

constexpr quint64 Seed = 21;
const char *const Start = "2026-06-21T06:30:00Z"; // 08:30 in Germany, midsummer
constexpr int RecordSeconds = 150;

// The plant's lifetime counters at `utcMs`, from a model of its own: the plant depends only on
// seed and simulated time, so this is exactly what the simulator's counters were then.
kw::sim::PlantCounters countersAt(qint64 startMs, qint64 utcMs)
{
    kw::sim::PlantModel plant(Seed, startMs);
    plant.advanceTo(utcMs);
    return plant.counters();
}

} // namespace

class TestCliRecordEnergy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordedEnergyMatchesThePlantsCounters()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        SimProcess sim;
        QVERIFY2(sim.start({QStringLiteral("--seed"), QString::number(Seed),
                            QStringLiteral("--speed"), QStringLiteral("30"),
                            QStringLiteral("--start"), QLatin1StringView(Start),
                            QStringLiteral("--firmware"), QStringLiteral("0824")}),
                 qPrintable(sim.error()));
        const QString db = dir.filePath(QStringLiteral("history.sqlite"));

        const CliRun record = runCli({QStringLiteral("record"), sim.baseUrl().toString(),
                                      QStringLiteral("--db"), db,
                                      QStringLiteral("--clock"), QStringLiteral("device"),
                                      QStringLiteral("--interval"), QStringLiteral("1"),
                                      QStringLiteral("--duration"), QString::number(RecordSeconds),
                                      QStringLiteral("--trust-file"),
                                      dir.filePath(QStringLiteral("trust.json"))},
                                     {}, (RecordSeconds + 60) * 1000);
        QVERIFY2(record.exitCode == 0, record.err.constData());
        const QJsonObject summary = QJsonDocument::fromJson(record.out).object();
        // One poll per real second, minus the odd slow one.
        QVERIFY2(summary.value(u"samples").toInt() >= RecordSeconds * 8 / 10, record.out.constData());

        // The span actually recorded, as stamped by the device clock.
        kw::history::HistoryStore store;
        QString error;
        QVERIFY2(store.open(db, &error), qPrintable(error));
        const auto firstMs = store.firstSampleMs();
        const auto lastMs = store.lastSampleMs();
        QVERIFY(firstMs && lastMs);
        store.close();
        const qint64 startMs = QDateTime::fromString(QLatin1StringView(Start), Qt::ISODate)
                                   .toMSecsSinceEpoch();
        // Device-clock stamps: about 30 simulated seconds apart, 75 simulated minutes in all.
        QVERIFY2(*lastMs - *firstMs > 60LL * 60 * 1000,
                 qPrintable(QStringLiteral("recorded span only %1 s").arg((*lastMs - *firstMs) / 1000)));
        QVERIFY(*firstMs >= startMs && *firstMs < startMs + 10 * 60 * 1000);

        const CliRun totals = runCli({QStringLiteral("totals"), QStringLiteral("--db"), db,
                                      QStringLiteral("--day"), QStringLiteral("2026-06-21"),
                                      QStringLiteral("--time-zone"), QStringLiteral("UTC")});
        QVERIFY2(totals.exitCode == 0, totals.err.constData());
        const QJsonObject got = QJsonDocument::fromJson(totals.out).object();

        const kw::sim::PlantCounters before = countersAt(startMs, *firstMs);
        const kw::sim::PlantCounters after = countersAt(startMs, *lastMs);
        struct Check
        {
            const char16_t *key;
            double expectedKWh;
        };
        const Check checks[] = {
            {u"pv_kwh", (after.pvWh - before.pvWh) / 1000},
            {u"house_kwh", (after.houseWh - before.houseWh) / 1000},
            {u"grid_import_kwh", (after.gridImportWh - before.gridImportWh) / 1000},
            {u"grid_export_kwh", (after.gridExportWh - before.gridExportWh) / 1000},
            {u"battery_charge_kwh", (after.batteryChargeWh - before.batteryChargeWh) / 1000},
            {u"battery_discharge_kwh",
             (after.batteryDischargeWh - before.batteryDischargeWh) / 1000},
        };
        // A sunny morning: the check is about real energy, not zeros agreeing with zeros.
        QVERIFY2(checks[0].expectedKWh > 2.0, qPrintable(QString::number(checks[0].expectedKWh)));
        for (const Check &check : checks) {
            const QString key = QString::fromUtf16(check.key);
            QVERIFY2(got.contains(key), qPrintable(key));
            const double recorded = got.value(key).toDouble();
            const double allowed = std::max(0.03 * check.expectedKWh, 0.05);
            qInfo("%-22s recorded %8.4f kWh, plant %8.4f kWh, off by %.2f %%", qPrintable(key),
                  recorded, check.expectedKWh,
                  check.expectedKWh > 0 ? 100.0 * (recorded - check.expectedKWh) / check.expectedKWh
                                        : 0.0);
            QVERIFY2(std::abs(recorded - check.expectedKWh) <= allowed,
                     qPrintable(QStringLiteral("%1: recorded %2 kWh, plant %3 kWh")
                                    .arg(key).arg(recorded).arg(check.expectedKWh)));
        }
        const double autarky = got.value(u"autarky_percent").toDouble(-1);
        QVERIFY(autarky >= 0 && autarky <= 100);
        const double selfConsumption = got.value(u"self_consumption_percent").toDouble(-1);
        QVERIFY(selfConsumption >= 0 && selfConsumption <= 100);
    }
};

QTEST_GUILESS_MAIN(TestCliRecordEnergy)
#include "tst_clirecordenergy.moc"
