// Physics of the simulated plant: balance, battery bounds and integration, counters, determinism,
// cell voltages, the PV day curve, states, and that 30-second sampling integrates to the counters.

#include "batterypack.h"
#include "civiltime.h"
#include "livevariables.h"
#include "plantmodel.h"
#include "simclock.h"
#include "solarmodel.h"
#include "variabletable.h"

#include "senec/senecvaluecodec.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QTest>

#include <cmath>

using namespace kw::sim;

namespace {

qint64 utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
}

struct Integrals
{
    double pvWh = 0, houseWh = 0, importWh = 0, exportWh = 0, chargeWh = 0, dischargeWh = 0;
};

} // namespace

class TestPlantModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void civilTimeFollowsEuSummerTime();
    void clockRunsAtSpeedFromStart();
    void warmUpIsQuickAndStartsAtTheStart();
    void balanceHoldsEveryStepAndCountersAreExactIntegrals_data();
    void balanceHoldsEveryStepAndCountersAreExactIntegrals();
    void deterministicBySeedNotByCallPattern();
    void cellVoltagesFollowSoc();
    void meterAndTrackersAddUp();
    void pvDayCurveAndSeasons();
    void pvIsZeroAtNightAndEncodedAsNegativeZero();
    void stateMatchesWhatHappens();
    void sampledTrapezoidMatchesCounters_data();
    void sampledTrapezoidMatchesCounters();
    void liveVariablesMatchTheTable_data();
    void liveVariablesMatchTheTable();
};

void TestPlantModel::civilTimeFollowsEuSummerTime()
{
    QCOMPARE(CivilTime::utcOffsetMinutes(utc("2024-01-15T12:00:00Z")), 60);
    QCOMPARE(CivilTime::utcOffsetMinutes(utc("2024-06-21T12:00:00Z")), 120);
    QCOMPARE(CivilTime::utcOffsetMinutes(utc("2024-03-31T00:59:59Z")), 60);
    QCOMPARE(CivilTime::utcOffsetMinutes(utc("2024-03-31T01:00:00Z")), 120);
    QCOMPARE(CivilTime::utcOffsetMinutes(utc("2024-10-27T00:59:59Z")), 120);
    QCOMPARE(CivilTime::utcOffsetMinutes(utc("2024-10-27T01:00:00Z")), 60);
    QCOMPARE(CivilTime::utcOffsetMinutes(utc("2031-03-30T01:00:00Z")), 120); // last Sunday 2031
    QCOMPARE(CivilTime::utcOffsetMinutes(utc("2031-03-29T12:00:00Z")), 60);
    QCOMPARE(CivilTime::localHour(utc("2024-06-21T10:30:00Z")), 12.5);
    QCOMPARE(CivilTime::utcDay(utc("1969-12-31T23:00:00Z")), qint64(-1));
}

void TestPlantModel::clockRunsAtSpeedFromStart()
{
    qint64 realMs = 5000; // time already passed before the simulator was ready
    SimClock clock(utc("2024-06-21T06:00:00Z"), 30.0, [&realMs] { return realMs; });
    clock.restart();
    QCOMPARE(clock.nowMs(), utc("2024-06-21T06:00:00Z"));
    realMs += 1000;
    QCOMPARE(clock.nowMs(), utc("2024-06-21T06:00:30Z"));
    realMs += 120'000;
    QCOMPARE(clock.nowMs(), utc("2024-06-21T07:00:30Z"));
}

void TestPlantModel::warmUpIsQuickAndStartsAtTheStart()
{
    QElapsedTimer timer;
    timer.start();
    PlantModel plant(5, utc("2024-06-21T06:00:00.250Z"));
    // Many tests start simulators; three days of warm-up must stay cheap.
    QVERIFY2(timer.elapsed() < 1500, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(plant.timeMs(), utc("2024-06-21T06:00:00.250Z"));
    QCOMPARE(plant.historyStartMs(), utc("2024-06-18T00:00:00Z"));
    QVERIFY(!plant.journal().isEmpty());
    QVERIFY(plant.journal().constFirst().utcMs >= plant.historyStartMs());
    plant.advanceTo(utc("2024-06-21T06:00:01.249Z"));
    QCOMPARE(plant.timeMs(), utc("2024-06-21T06:00:00.250Z")); // not a full step yet
    plant.advanceTo(utc("2024-06-21T06:00:01.250Z"));
    QCOMPARE(plant.timeMs(), utc("2024-06-21T06:00:01.250Z"));
    plant.advanceTo(utc("2024-06-21T05:00:00Z")); // never backwards
    QCOMPARE(plant.timeMs(), utc("2024-06-21T06:00:01.250Z"));
}

void TestPlantModel::balanceHoldsEveryStepAndCountersAreExactIntegrals_data()
{
    QTest::addColumn<quint64>("seed");
    QTest::addColumn<QString>("start");
    QTest::addColumn<int>("hours");
    QTest::newRow("summer day") << quint64(1) << QStringLiteral("2024-06-21T03:00:00Z") << 18;
    QTest::newRow("winter evening and night") << quint64(2) << QStringLiteral("2024-12-10T14:00:00Z") << 16;
    QTest::newRow("spring") << quint64(3) << QStringLiteral("2025-04-02T05:00:00Z") << 10;
}

void TestPlantModel::balanceHoldsEveryStepAndCountersAreExactIntegrals()
{
    QFETCH(quint64, seed);
    QFETCH(QString, start);
    QFETCH(int, hours);
    const qint64 t0 = QDateTime::fromString(start, Qt::ISODate).toMSecsSinceEpoch();
    PlantModel plant(seed, t0);
    const PlantCounters c0 = plant.counters();
    const double e0 = plant.batteryEnergyWh();
    Integrals sum;
    double minSoc = 100, maxSoc = 0;
    const int steps = hours * 3600;
    for (int i = 1; i <= steps; ++i) {
        plant.advanceTo(t0 + qint64(i) * PlantModel::StepMs);
        const PlantModel::Powers &p = plant.powers();
        if (std::abs(p.gridW - (p.houseW - p.pvW + p.batteryW)) > 1e-9)
            QFAIL(qPrintable(QStringLiteral("grid != house - pv + battery at step %1").arg(i)));
        if (p.batteryW > BatteryPack::MaxChargeW + 1e-9 || p.batteryW < -BatteryPack::MaxDischargeW - 1e-9)
            QFAIL(qPrintable(QStringLiteral("battery power %1 W outside its limits").arg(p.batteryW)));
        if (p.pvW < 0 || p.houseW < 150 || p.houseW > 12000)
            QFAIL(qPrintable(QStringLiteral("implausible PV %1 W / house %2 W").arg(p.pvW).arg(p.houseW)));
        const double soc = plant.socPercent();
        if (soc < 0.0 || soc > 100.0)
            QFAIL("SOC outside [0, 100]");
        minSoc = std::min(minSoc, soc);
        maxSoc = std::max(maxSoc, soc);
        const double h = 1.0 / 3600.0;
        sum.pvWh += p.pvW * h;
        sum.houseWh += p.houseW * h;
        sum.importWh += std::max(p.gridW, 0.0) * h;
        sum.exportWh += std::max(-p.gridW, 0.0) * h;
        sum.chargeWh += std::max(p.batteryW, 0.0) * h;
        sum.dischargeWh += std::max(-p.batteryW, 0.0) * h;
    }
    const PlantCounters &c = plant.counters();
    const double eps = 1e-6;
    QVERIFY(std::abs((c.pvWh - c0.pvWh) - sum.pvWh) < eps);
    QVERIFY(std::abs((c.houseWh - c0.houseWh) - sum.houseWh) < eps);
    QVERIFY(std::abs((c.gridImportWh - c0.gridImportWh) - sum.importWh) < eps);
    QVERIFY(std::abs((c.gridExportWh - c0.gridExportWh) - sum.exportWh) < eps);
    QVERIFY(std::abs((c.batteryChargeWh - c0.batteryChargeWh) - sum.chargeWh) < eps);
    QVERIFY(std::abs((c.batteryDischargeWh - c0.batteryDischargeWh) - sum.dischargeWh) < eps);
    // SOC integrates battery power exactly (no conversion losses are modelled).
    QVERIFY(std::abs((plant.batteryEnergyWh() - e0) - (sum.chargeWh - sum.dischargeWh)) < eps);
    QVERIFY2(maxSoc - minSoc > 1.0, "the battery should have done something in these hours");
    // Lifetime counters start plausible and non-zero.
    QVERIFY(c0.pvWh > 1e6 && c0.houseWh > 1e6 && c0.gridImportWh > 1e5 && c0.batteryChargeWh > 1e5);
}

void TestPlantModel::deterministicBySeedNotByCallPattern()
{
    const qint64 t0 = utc("2024-05-10T07:00:00Z");
    const qint64 t1 = t0 + 2 * 3'600'000 + 456;
    PlantModel a(42, t0);
    PlantModel b(42, t0);
    PlantModel c(43, t0);
    a.advanceTo(t1);
    // b is looked at at odd moments, like requests arriving whenever.
    for (qint64 t = t0; t < t1; t += 7'919)
        b.advanceTo(t);
    b.advanceTo(t1);
    c.advanceTo(t1);
    QCOMPARE(a.timeMs(), b.timeMs());
    QCOMPARE(a.powers().pvW, b.powers().pvW);
    QCOMPARE(a.powers().houseW, b.powers().houseW);
    QCOMPARE(a.powers().batteryW, b.powers().batteryW);
    QCOMPARE(a.socPercent(), b.socPercent());
    QCOMPARE(a.counters().gridImportWh, b.counters().gridImportWh);
    QCOMPARE(a.journal().size(), b.journal().size());
    const PlantSnapshot sa = a.snapshot();
    const PlantSnapshot sb = b.snapshot();
    QCOMPARE(sa.modules[1].cellMv, sb.modules[1].cellMv);
    QCOMPARE(sa.phaseVoltageV, sb.phaseVoltageV);
    QVERIFY(a.powers().houseW != c.powers().houseW || a.socPercent() != c.socPercent());
}

void TestPlantModel::cellVoltagesFollowSoc()
{
    double previous = 0;
    for (int soc = 0; soc <= 100; soc += 5) {
        const double v = BatteryPack::openCircuitVoltage(soc);
        QVERIFY(v > previous);
        previous = v;
    }
    QVERIFY(std::abs(BatteryPack::openCircuitVoltage(0) - 3.3) < 0.01);
    QVERIFY(std::abs(BatteryPack::openCircuitVoltage(100) - 4.1) < 0.01);

    double lastMeanMv = 0;
    for (double soc : {5.0, 25.0, 50.0, 75.0, 95.0}) {
        const BatteryPack pack(9, soc, 0, 0);
        double sumMv = 0;
        for (int m = 0; m < BatteryPack::ModuleCount; ++m) {
            const auto module = pack.module(m, 0.0, 77, false);
            int cellSum = 0;
            for (int mv : module.cellMv) {
                QVERIFY(mv >= module.minCellMv && mv <= module.maxCellMv);
                QVERIFY2(std::abs(mv - 1000.0 * BatteryPack::openCircuitVoltage(module.socPercent)) <= 6.0,
                         "per-cell spread should be a few millivolts");
                cellSum += mv;
                sumMv += mv;
            }
            QVERIFY(module.maxCellMv - module.minCellMv <= 12);
            QVERIFY(module.maxCellMv > module.minCellMv); // some spread
            // Module voltage is the sum of its cells (cells rounded to whole mV for display).
            QVERIFY(std::abs(module.voltageV * 1000.0 - cellSum) <= 7.0);
        }
        const double meanMv = sumMv / (BatteryPack::ModuleCount * BatteryPack::CellsPerModule);
        QVERIFY(meanMv > lastMeanMv);
        lastMeanMv = meanMv;
    }
    // Charging lifts, discharging sags the cells (IR drop).
    const BatteryPack pack(9, 50, 0, 0);
    QVERIFY(pack.module(0, 1875.0, 1, false).minCellMv > pack.module(0, 0.0, 1, false).maxCellMv);
    QVERIFY(pack.module(0, -3750.0, 1, false).maxCellMv < pack.module(0, 0.0, 1, false).minCellMv);

    // Through the plant: the snapshot's pack voltage follows SOC over a day.
    PlantModel plant(4, utc("2024-06-21T02:00:00Z"));
    plant.advanceTo(utc("2024-06-21T02:00:10Z"));
    const PlantSnapshot s = plant.snapshot();
    QVERIFY(s.minCellMv >= 3300 && s.maxCellMv <= 4200);
    QVERIFY(std::abs(s.packVoltageV - 14.0 * BatteryPack::openCircuitVoltage(s.socPercent)) < 0.6);
    QVERIFY(std::abs(s.packCurrentA * s.packVoltageV - s.batteryW) < 0.01 * std::abs(s.batteryW) + 1.0);
}

void TestPlantModel::meterAndTrackersAddUp()
{
    PlantModel plant(12, utc("2024-06-21T05:00:00Z"));
    for (int hour = 0; hour < 16; ++hour) {
        plant.advanceTo(utc("2024-06-21T05:00:00Z") + qint64(hour) * 3'600'000);
        const PlantSnapshot s = plant.snapshot();
        // Grid meter: the phases add up to the grid flow; currents match power and voltage.
        QVERIFY(std::abs(s.gridPhaseW[0] + s.gridPhaseW[1] + s.gridPhaseW[2] - s.gridW) < 1e-6);
        for (int p = 0; p < 3; ++p) {
            QVERIFY(s.phaseVoltageV[p] > 220 && s.phaseVoltageV[p] < 245);
            QVERIFY(std::abs(s.phaseCurrentA[p] * s.phaseVoltageV[p] - std::abs(s.gridPhaseW[p])) < 1e-6);
        }
        QVERIFY(std::abs(s.frequencyHz - 50.0) < 0.1);
        // PV trackers: DC power of the two strings, P = U × I, AC after 97 % inverter efficiency.
        QVERIFY(std::abs(0.97 * (s.mppPowerW[0] + s.mppPowerW[1]) - s.pvW) < 1e-6);
        QCOMPARE(s.mppPowerW[2], 0.0);
        for (int i = 0; i < 2; ++i)
            QVERIFY(std::abs(s.mppVoltageV[i] * s.mppCurrentA[i] - s.mppPowerW[i]) < 1e-6);
        if (s.pvW > 0)
            QVERIFY(s.mppVoltageV[0] > 300 && s.mppVoltageV[0] < 400);
        // Battery modules carry equal shares of the current; temperatures are plausible.
        QVERIFY(std::abs(3 * s.modules[0].currentA - s.packCurrentA) < 1e-9);
        QVERIFY(s.minTempC > 10 && s.maxTempC < 45 && s.minTempC <= s.maxTempC);
        QVERIFY(s.caseTempC > s.batteryTempC && s.mcuTempC > s.caseTempC);
    }
}

void TestPlantModel::pvDayCurveAndSeasons()
{
    const SolarModel solar(9500.0);
    double summerPeak = 0;
    qint64 summerPeakAt = 0;
    for (qint64 t = utc("2024-06-21T00:00:00Z"); t < utc("2024-06-22T00:00:00Z"); t += 60'000) {
        const double p = solar.clearSkyPowerW(t);
        if (p > summerPeak) {
            summerPeak = p;
            summerPeakAt = t;
        }
    }
    double winterPeak = 0;
    for (qint64 t = utc("2024-12-21T00:00:00Z"); t < utc("2024-12-22T00:00:00Z"); t += 60'000)
        winterPeak = std::max(winterPeak, solar.clearSkyPowerW(t));
    QVERIFY2(summerPeak > 7000 && summerPeak <= 9500, qPrintable(QString::number(summerPeak)));
    QVERIFY2(winterPeak > 2000 && winterPeak < 0.65 * summerPeak, qPrintable(QString::number(winterPeak)));
    // Solar noon at 10° E in June: about 11:20 UTC (13:20 local summer time).
    QVERIFY(summerPeakAt > utc("2024-06-21T10:50:00Z") && summerPeakAt < utc("2024-06-21T11:50:00Z"));
    QCOMPARE(solar.clearSkyPowerW(utc("2024-06-21T01:00:00Z")), 0.0);
    QCOMPARE(solar.clearSkyPowerW(utc("2024-12-21T16:30:00Z")), 0.0);
    QVERIFY(solar.clearSkyPowerW(utc("2024-06-21T04:30:00Z")) > 0.0); // June sunrise ~03:00 UTC
}

void TestPlantModel::pvIsZeroAtNightAndEncodedAsNegativeZero()
{
    PlantModel plant(6, utc("2024-12-21T22:00:00Z"));
    plant.advanceTo(utc("2024-12-21T23:00:00Z"));
    QCOMPARE(plant.powers().pvW, 0.0);
    const VariableTable &table = VariableTable::bundled(QStringLiteral("0826"));
    const LiveVariables live(6, table.presentSectionNames());
    const LiveValues values = live.values(plant.snapshot());
    const VariableSpec *inverter = table.variable(QStringLiteral("ENERGY"), QStringLiteral("GUI_INVERTER_POWER"));
    QVERIFY(inverter);
    QCOMPARE(table.encode(*inverter, values).toString(), QStringLiteral("fl_80000000"));
    const VariableSpec *mpp = table.variable(QStringLiteral("PV1"), QStringLiteral("MPP_POWER"));
    QCOMPARE(table.encodedElements(*mpp, values),
             QStringList({QStringLiteral("fl_00000000"), QStringLiteral("fl_00000000"), QStringLiteral("fl_00000000")}));
    const VariableSpec *startup = table.variable(QStringLiteral("STECA"), QStringLiteral("STARTUP"));
    QCOMPARE(table.encode(*startup, values).toString(), QStringLiteral("u1_0130")); // 304 = Sleep

    const auto decoded = kw::senec::SenecValueCodec::decode(u"fl_80000000");
    QVERIFY(decoded.isOk());
    QVERIFY(std::signbit(*decoded.toFloat()));
}

void TestPlantModel::stateMatchesWhatHappens()
{
    const qint64 t0 = utc("2024-06-20T00:00:00Z");
    PlantModel plant(8, t0);
    QSet<int> seen;
    int consistent = 0, total = 0;
    int chargingRun = 0, dischargingRun = 0;
    for (int i = 1; i <= 48 * 3600; ++i) {
        plant.advanceTo(t0 + qint64(i) * 1000);
        const int state = plant.stateCode();
        const double b = plant.powers().batteryW;
        seen.insert(state);
        chargingRun = b > 30 ? chargingRun + 1 : 0;
        dischargingRun = b < -30 ? dischargingRun + 1 : 0;
        // After a minute of steady charging or discharging the state must say so.
        if (chargingRun > 60 && state != 14 && state != 54)
            QFAIL(qPrintable(QStringLiteral("charging for a minute but state %1").arg(state)));
        if (dischargingRun > 60 && state != 16 && state != 17)
            QFAIL(qPrintable(QStringLiteral("discharging for a minute but state %1").arg(state)));
        if (dischargingRun > 60 && (state == 17) != (plant.powers().pvW >= 30) && i % 600 == 0)
            QFAIL("PV + ENTLADEN must mean discharging while PV produces");
        ++total;
        if ((state == 14 || state == 54) == (b > 0) || std::abs(b) < 100)
            ++consistent;
    }
    QVERIFY(seen.contains(14));
    QVERIFY(seen.contains(16) || seen.contains(17));
    QVERIFY2(double(consistent) / total > 0.97, qPrintable(QString::number(double(consistent) / total)));
    for (const PlantEvent &e : plant.journal()) {
        if (e.kind == PlantEvent::Kind::StateChanged)
            QVERIFY(e.from != e.to);
    }
}

void TestPlantModel::sampledTrapezoidMatchesCounters_data()
{
    QTest::addColumn<quint64>("seed");
    for (quint64 seed : {1, 2, 3, 4, 5, 11, 12})
        QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
}

void TestPlantModel::sampledTrapezoidMatchesCounters()
{
    // What later client tests do: --speed 30 from a morning, one poll per real second (≈30 s
    // simulated, with jitter), trapezoid over the samples, compared with STATISTIC.LIVE_*.
    QFETCH(quint64, seed);
    const qint64 t0 = utc("2024-06-21T05:00:00Z");
    PlantModel plant(seed, t0);
    const PlantCounters c0 = plant.counters();
    struct Sample
    {
        qint64 t;
        PlantModel::Powers p;
    };
    QList<Sample> samples{{plant.timeMs(), plant.powers()}};
    qint64 t = t0;
    quint64 jitter = seed;
    while (t < t0 + 2 * 3'600'000) {
        jitter = jitter * 6364136223846793005ULL + 1442695040888963407ULL;
        t += 27'000 + qint64((jitter >> 33) % 6001); // 27–33 s
        plant.advanceTo(t);
        samples.append({plant.timeMs(), plant.powers()});
    }
    const auto trapezoid = [&samples](auto value) {
        double wh = 0;
        for (qsizetype i = 1; i < samples.size(); ++i) {
            const double dtH = double(samples[i].t - samples[i - 1].t) / 3'600'000.0;
            wh += 0.5 * (value(samples[i].p) + value(samples[i - 1].p)) * dtH;
        }
        return wh;
    };
    const PlantCounters &c = plant.counters();
    const auto check = [](const char *what, double sampled, double exact) {
        if (exact < 100.0)
            return; // too little energy for a relative comparison to mean anything
        const double error = std::abs(sampled - exact) / exact;
        QVERIFY2(error < 0.03, qPrintable(QStringLiteral("%1: sampled %2 Wh, exact %3 Wh (%4 %)")
                                              .arg(QLatin1StringView(what)).arg(sampled).arg(exact).arg(100 * error)));
    };
    check("pv", trapezoid([](const auto &p) { return p.pvW; }), c.pvWh - c0.pvWh);
    check("house", trapezoid([](const auto &p) { return p.houseW; }), c.houseWh - c0.houseWh);
    check("charge", trapezoid([](const auto &p) { return std::max(p.batteryW, 0.0); }), c.batteryChargeWh - c0.batteryChargeWh);
    check("discharge", trapezoid([](const auto &p) { return std::max(-p.batteryW, 0.0); }), c.batteryDischargeWh - c0.batteryDischargeWh);
    check("export", trapezoid([](const auto &p) { return std::max(-p.gridW, 0.0); }), c.gridExportWh - c0.gridExportWh);
    check("import", trapezoid([](const auto &p) { return std::max(p.gridW, 0.0); }), c.gridImportWh - c0.gridImportWh);
    QVERIFY(c.pvWh - c0.pvWh > 2000.0); // a June morning does produce
}

void TestPlantModel::liveVariablesMatchTheTable_data()
{
    QTest::addColumn<QString>("firmware");
    QTest::newRow("0824") << QStringLiteral("0824");
    QTest::newRow("0825") << QStringLiteral("0825");
    QTest::newRow("0826") << QStringLiteral("0826");
}

void TestPlantModel::liveVariablesMatchTheTable()
{
    QFETCH(QString, firmware);
    const VariableTable &table = VariableTable::bundled(firmware);
    QVERIFY(table.variableCount() > 480);
    PlantModel plant(3, utc("2024-06-21T09:00:00Z"));
    const LiveValues values = LiveVariables(3, table.presentSectionNames()).values(plant.snapshot());
    // Every live variable of the table gets a value of its own shape …
    for (const QString &section : table.presentSectionNames()) {
        for (const VariableSpec *spec : table.variables(section)) {
            if (!spec->live)
                continue;
            QVERIFY2(values.contains(spec->key()), qPrintable(spec->key()));
            if (spec->isArray && spec->key() != u"DEBUG.SECTIONS")
                QVERIFY2(values.value(spec->key()).size() == spec->defaults.size(), qPrintable(spec->key()));
            if (!spec->isArray)
                QCOMPARE(values.value(spec->key()).size(), 1);
        }
    }
    // … and every value produced belongs to a live variable (STATISTIC.CURRENT_STATE and
    // MEASURE_TIME only exist on 0824).
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        const qsizetype dot = it.key().indexOf(u'.');
        const VariableSpec *spec = table.variable(it.key().left(dot), it.key().mid(dot + 1));
        if (!spec && (it.key() == u"STATISTIC.CURRENT_STATE" || it.key() == u"STATISTIC.MEASURE_TIME"))
            continue;
        QVERIFY2(spec && spec->live, qPrintable(it.key()));
    }
}

QTEST_GUILESS_MAIN(TestPlantModel)
#include "tst_plantmodel.moc"
