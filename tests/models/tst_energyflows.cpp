// The energy-flow decomposition the dashboard draws: paths source → sink that conserve power.
#include "energyflows.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <limits>

using kw::EnergySnapshot;
using kw::models::EnergyFlows;

namespace {

EnergySnapshot snapshot(double pvW, double houseW, double gridW, double batteryW)
{
    EnergySnapshot s;
    s.pvW = pvW;
    s.houseW = houseW;
    s.gridW = gridW;
    s.batteryW = batteryW;
    return s;
}

EnergyFlows flows(double pvToHouse, double pvToBattery, double pvToGrid, double gridToHouse,
                  double gridToBattery, double batteryToHouse, double batteryToGrid)
{
    EnergyFlows f;
    f.pvToHouseW = pvToHouse;
    f.pvToBatteryW = pvToBattery;
    f.pvToGridW = pvToGrid;
    f.gridToHouseW = gridToHouse;
    f.gridToBatteryW = gridToBattery;
    f.batteryToHouseW = batteryToHouse;
    f.batteryToGridW = batteryToGrid;
    return f;
}

} // namespace

Q_DECLARE_METATYPE(EnergyFlows)

class TestEnergyFlows : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void typicalMoments_data()
    {
        QTest::addColumn<EnergySnapshot>("input");
        QTest::addColumn<EnergyFlows>("expected");
        //                                       pv     house   grid   battery
        QTest::newRow("sunny noon: house, battery, export")
            << snapshot(5000, 800, -2200, 2000) << flows(800, 2000, 2200, 0, 0, 0, 0);
        QTest::newRow("evening: battery feeds the house")
            << snapshot(0, 600, 0, -600) << flows(0, 0, 0, 0, 0, 600, 0);
        QTest::newRow("night, battery empty: grid feeds the house")
            << snapshot(0, 400, 400, 0) << flows(0, 0, 0, 400, 0, 0, 0);
        QTest::newRow("cheap-tariff charging from the grid")
            << snapshot(0, 300, 2300, 2000) << flows(0, 0, 0, 300, 2000, 0, 0);
        QTest::newRow("cloud: PV, battery and grid share the house")
            << snapshot(300, 1000, 200, -500) << flows(300, 0, 0, 200, 0, 500, 0);
        QTest::newRow("battery exports (grid service)")
            << snapshot(0, 200, -1000, -1200) << flows(0, 0, 0, 0, 0, 200, 1000);
        QTest::newRow("morning: PV charges, grid tops up the house")
            << snapshot(700, 900, 1200, 1000) << flows(700, 0, 0, 900 - 700, 1000, 0, 0);
        QTest::newRow("PV -0.0 at night") << snapshot(-0.0, 250, 250, 0) << flows(0, 0, 0, 250, 0, 0, 0);
        QTest::newRow("all zero") << snapshot(0, 0, 0, 0) << flows(0, 0, 0, 0, 0, 0, 0);
    }

    void typicalMoments()
    {
        QFETCH(EnergySnapshot, input);
        QFETCH(EnergyFlows, expected);
        const EnergyFlows got = EnergyFlows::fromSnapshot(input);
        QCOMPARE(got, expected);
        QCOMPARE(got.unbalancedW, 0.0);
    }

    // Balanced snapshots of every kind: each node's paths add up to what it gives or takes, no
    // path is negative, and nothing is left unexplained.
    void everyBalancedSnapshotIsConserved()
    {
        QRandomGenerator random(20261121);
        for (int i = 0; i < 20'000; ++i) {
            const double pv = random.bounded(12'000.0);
            const double house = random.bounded(15'000.0);
            const double battery = random.bounded(12'000.0) - 6'000.0;
            const double grid = house - pv + battery;
            const EnergyFlows f = EnergyFlows::fromSnapshot(snapshot(pv, house, grid, battery));
            const double tolerance = 1e-9 * (pv + house + std::abs(battery) + std::abs(grid) + 1);
            for (double path : {f.pvToHouseW, f.pvToBatteryW, f.pvToGridW, f.gridToHouseW,
                                f.gridToBatteryW, f.batteryToHouseW, f.batteryToGridW})
                QVERIFY(path >= 0);
            QVERIFY(std::abs(f.fromPvW() - pv) <= tolerance);
            QVERIFY(std::abs(f.toHouseW() - house) <= tolerance);
            QVERIFY(std::abs(f.fromGridW() - std::max(grid, 0.0)) <= tolerance);
            QVERIFY(std::abs(f.toGridW() - std::max(-grid, 0.0)) <= tolerance);
            QVERIFY(std::abs(f.fromBatteryW() - std::max(-battery, 0.0)) <= tolerance);
            QVERIFY(std::abs(f.toBatteryW() - std::max(battery, 0.0)) <= tolerance);
            QVERIFY(f.unbalancedW <= tolerance);
            // Physically impossible pairs never appear together.
            QVERIFY(!(f.gridToBatteryW > tolerance && f.pvToGridW > tolerance));
            QVERIFY(!(f.gridToBatteryW > tolerance && f.batteryToGridW > tolerance));
        }
    }

    void unbalancedReadingsAreReportedNotHidden()
    {
        // The house reads 100 W more than the sources deliver (meters sample at different times).
        const EnergyFlows f = EnergyFlows::fromSnapshot(snapshot(1000, 1100, 0, 0));
        QCOMPARE(f.pvToHouseW, 1000.0);
        QCOMPARE(f.unbalancedW, 100.0);
        // PV 200 W more than anything takes.
        QCOMPARE(EnergyFlows::fromSnapshot(snapshot(1200, 1000, 0, 0)).unbalancedW, 200.0);
    }

    void missingAndNonFiniteValuesCarryNothing()
    {
        EnergySnapshot partial;
        partial.houseW = 500;
        partial.gridW = 500; // PV and battery missing
        QCOMPARE(EnergyFlows::fromSnapshot(partial), flows(0, 0, 0, 500, 0, 0, 0));

        const double nan = std::numeric_limits<double>::quiet_NaN();
        const double inf = std::numeric_limits<double>::infinity();
        const EnergyFlows f = EnergyFlows::fromSnapshot(snapshot(nan, 400, 400, inf));
        QCOMPARE(f, flows(0, 0, 0, 400, 0, 0, 0));
        QVERIFY(std::isfinite(f.unbalancedW));
    }

    // The wallbox is part of the house's consumption and is fed through it.
    void wallboxIsFedThroughTheHouse()
    {
        EnergySnapshot s = snapshot(2000, 4200, 2200, 0); // house 4,200 W of which 3,700 W charge the car
        s.wallboxW = 3700;
        const EnergyFlows f = EnergyFlows::fromSnapshot(s);
        EnergyFlows expected = flows(2000, 0, 0, 2200, 0, 0, 0);
        expected.houseToWallboxW = 3700;
        QCOMPARE(f, expected);
        QCOMPARE(f.houseOwnW(), 500.0);
        QCOMPARE(f.unbalancedW, 0.0);

        // An idle wallbox carries nothing and leaves the house as it was.
        s.wallboxW = 0;
        QCOMPARE(EnergyFlows::fromSnapshot(s).houseToWallboxW, 0.0);
        QCOMPARE(EnergyFlows::fromSnapshot(s).houseOwnW(), 4200.0);
    }

    // Random balanced snapshots with a wallbox: every node's paths still add up, the house passes
    // exactly the wallbox's power on and keeps the rest.
    void everyBalancedSnapshotWithWallboxIsConserved()
    {
        QRandomGenerator random(20261122);
        for (int i = 0; i < 20'000; ++i) {
            const double pv = random.bounded(12'000.0);
            const double own = random.bounded(6'000.0);
            // A quarter of the time the car is not charging.
            const double wallbox = random.bounded(4) == 0 ? 0.0 : random.bounded(22'000.0);
            const double house = own + wallbox;
            const double battery = random.bounded(12'000.0) - 6'000.0;
            const double grid = house - pv + battery;
            EnergySnapshot s = snapshot(pv, house, grid, battery);
            s.wallboxW = wallbox;
            const EnergyFlows f = EnergyFlows::fromSnapshot(s);
            const double tolerance = 1e-9 * (pv + house + std::abs(battery) + std::abs(grid) + 1);
            for (double path : {f.pvToHouseW, f.pvToBatteryW, f.pvToGridW, f.gridToHouseW,
                                f.gridToBatteryW, f.batteryToHouseW, f.batteryToGridW, f.houseToWallboxW})
                QVERIFY(path >= 0);
            QVERIFY(std::abs(f.fromPvW() - pv) <= tolerance);
            QVERIFY(std::abs(f.toHouseW() - house) <= tolerance);
            QVERIFY(std::abs(f.fromGridW() - std::max(grid, 0.0)) <= tolerance);
            QVERIFY(std::abs(f.toGridW() - std::max(-grid, 0.0)) <= tolerance);
            QVERIFY(std::abs(f.fromBatteryW() - std::max(-battery, 0.0)) <= tolerance);
            QVERIFY(std::abs(f.toBatteryW() - std::max(battery, 0.0)) <= tolerance);
            // The house node: what comes in leaves for the wallbox or stays.
            QCOMPARE(f.houseToWallboxW, wallbox);
            QVERIFY(std::abs(f.houseOwnW() - own) <= tolerance);
            QVERIFY(std::abs(f.toHouseW() - (f.houseOwnW() + f.houseToWallboxW)) <= tolerance);
            QVERIFY(f.unbalancedW <= tolerance);
        }
    }

    // A wallbox reading more than the whole house is clamped to it, and the rest reported.
    void wallboxBeyondTheHouseIsReported()
    {
        EnergySnapshot s = snapshot(0, 1000, 1000, 0);
        s.wallboxW = 1500;
        const EnergyFlows f = EnergyFlows::fromSnapshot(s);
        QCOMPARE(f.gridToHouseW, 1000.0);
        QCOMPARE(f.houseToWallboxW, 1000.0);
        QCOMPARE(f.houseOwnW(), 0.0);
        QCOMPARE(f.unbalancedW, 500.0);
        // Both kinds of inconsistency add up: 100 W missing at the house, 500 W at the wallbox.
        s.gridW = 900;
        QCOMPARE(EnergyFlows::fromSnapshot(s).unbalancedW, 600.0);
    }

    void missingAndNonFiniteWallboxCarriesNothing()
    {
        EnergySnapshot s = snapshot(0, 800, 800, 0);
        QCOMPARE(EnergyFlows::fromSnapshot(s).houseToWallboxW, 0.0); // no wallbox at all
        for (const double bad : {std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::infinity(), -300.0}) {
            s.wallboxW = bad;
            const EnergyFlows f = EnergyFlows::fromSnapshot(s);
            QCOMPARE(f.houseToWallboxW, 0.0);
            QCOMPARE(f.houseOwnW(), 800.0);
            QCOMPARE(f.unbalancedW, 0.0);
        }
        // A wallbox without a house reading: nothing to feed it, all of it unexplained.
        EnergySnapshot noHouse;
        noHouse.wallboxW = 2000;
        QCOMPARE(EnergyFlows::fromSnapshot(noHouse).houseToWallboxW, 0.0);
        QCOMPARE(EnergyFlows::fromSnapshot(noHouse).unbalancedW, 2000.0);
    }
};

QTEST_GUILESS_MAIN(TestEnergyFlows)
#include "tst_energyflows.moc"
