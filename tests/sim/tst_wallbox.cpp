// The simulated wallbox: charging sessions that make sense, a plant that still balances with the
// car in the house load, the WALLBOX.* live values, and the whole way device → snapshot over HTTP.

#include "civiltime.h"
#include "livevariables.h"
#include "plantmodel.h"
#include "senecsimulator.h"
#include "variabletable.h"
#include "wallboxmodel.h"

#include "senec/senecbackend.h"
#include "senec/senecrequestbuilder.h"
#include "senec/senecresponse.h"

#include "simhttpclient.h"

#include <QDateTime>
#include <QTest>

#include <cmath>

using namespace kw::sim;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 MinuteMs = 60'000;

qint64 utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
}

// The UTC instant of a local (CET/CEST) time away from the night of a clock change.
qint64 utcOfLocal(qint64 localMs)
{
    return localMs - qint64(CivilTime::utcOffsetMinutes(localMs - 2 * 3'600'000)) * MinuteMs;
}

// The first evening (three-phase) session of wallbox 0 from `fromDay` on that charges at least
// `minimumMinutes` at full power.
WallboxModel::Session firstEvening(quint64 seed, qint64 fromDay, int minimumMinutes = 45)
{
    const WallboxModel model(seed, 0);
    for (qint64 day = fromDay; day < fromDay + 60; ++day) {
        for (const WallboxModel::Session &s : model.sessionsOn(day)) {
            if (s.phases == 3 && s.endMs - s.startMs >= minimumMinutes * MinuteMs)
                return s;
        }
    }
    return {};
}

qint64 localDayOf(const char *iso)
{
    return CivilTime::utcDay(CivilTime::localMs(utc(iso)));
}

double valueAt(const LiveValues &values, const char16_t *key, int index = 0)
{
    return std::get<double>(values.value(QString::fromUtf16(key)).value(index, 0.0));
}

} // namespace

class TestWallbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sessionsArePlausible();
    void readingFollowsTheSession();
    void deterministicBySeedAndTime();
    void plantBalancesWithTheCarInTheHouse();
    void noWallboxIsTheSamePlant();
    void liveValuesCarryTheWallbox();
    void liveAnswerOverHttpGivesTheSnapshotsWallbox();
};

void TestWallbox::sessionsArePlausible()
{
    int evenings = 0;
    int middays = 0;
    const qint64 firstDay = localDayOf("2024-05-01T12:00:00Z");
    for (const quint64 seed : {1, 2, 3}) {
        const WallboxModel model(seed, 0);
        qint64 lastUnplugMs = 0;
        for (qint64 day = firstDay; day < firstDay + 60; ++day) {
            const QList<WallboxModel::Session> sessions = model.sessionsOn(day);
            QVERIFY(sessions.size() <= 2);
            for (const WallboxModel::Session &s : sessions) {
                QVERIFY(s.plugMs < s.startMs && s.startMs < s.endMs && s.endMs < s.unplugMs);
                QVERIFY(s.plugMs >= lastUnplugMs); // one car: sessions never overlap
                lastUnplugMs = s.unplugMs;
                const double hourPlugged = double(s.plugMs - day * CivilTime::MsPerDay) / 3'600'000.0;
                const double chargingH = double(s.endMs - s.startMs) / 3'600'000.0;
                if (s.phases == 3) {
                    ++evenings;
                    QCOMPARE(s.powerW, 11040.0);
                    QVERIFY(hourPlugged >= 17.0 && hourPlugged < 21.0);
                    // 8–30 kWh at 11 kW, and gone the next morning.
                    QVERIFY(chargingH > 0.7 && chargingH < 3.0);
                    QVERIFY(s.unplugMs > (day + 1) * CivilTime::MsPerDay + 6 * 3'600'000);
                } else {
                    ++middays;
                    QCOMPARE(s.phases, 1);
                    QCOMPARE(s.powerW, 3680.0);
                    QVERIFY(hourPlugged >= 10.5 && hourPlugged < 12.5);
                    QVERIFY(chargingH >= 1.5 && chargingH <= 4.1);
                }
            }
        }
    }
    // Three cars over 60 days: about half the evenings, a fair share of the middays.
    QVERIFY2(evenings > 60 && evenings < 120, qPrintable(QString::number(evenings)));
    QVERIFY2(middays > 20 && middays < 100, qPrintable(QString::number(middays)));
}

void TestWallbox::readingFollowsTheSession()
{
    const WallboxModel::Session s = firstEvening(4, localDayOf("2024-06-10T12:00:00Z"));
    QVERIFY(s.powerW > 0);
    const WallboxModel model(4, 0);
    const auto at = [&](qint64 localMs) { return model.reading(utcOfLocal(localMs)); };

    const WallboxReading before = at(s.plugMs - MinuteMs);
    QVERIFY(!before.connected);
    QCOMPARE(before.powerW, 0.0);
    QCOMPARE(before.stateCode, 0xA1);

    const WallboxReading plugged = at(s.plugMs + 10'000);
    QVERIFY(plugged.connected);
    QCOMPARE(plugged.powerW, 0.0);
    QCOMPARE(plugged.stateCode, 0xB1);

    const WallboxReading ramping = at(s.startMs + 20'000);
    QVERIFY(ramping.powerW > 1000.0 && ramping.powerW < 11040.0);

    const WallboxReading charging = at((s.startMs + s.endMs) / 2);
    QCOMPARE(charging.stateCode, 0xC2);
    QCOMPARE(charging.powerW, 11040.0);
    QCOMPARE(charging.phases, 3);
    QCOMPARE(charging.phaseW[0] + charging.phaseW[1] + charging.phaseW[2], charging.powerW);
    QCOMPARE(charging.phaseW[0], charging.phaseW[2]);

    // The last minutes taper off before the car is full.
    const WallboxReading tapering = at(s.endMs - 3 * MinuteMs);
    QVERIFY(tapering.powerW > 0.25 * 11040.0 && tapering.powerW < 0.9 * 11040.0);

    const WallboxReading full = at(s.endMs + MinuteMs);
    QVERIFY(full.connected);
    QCOMPARE(full.powerW, 0.0);
    QCOMPARE(full.stateCode, 0xB2);

    const WallboxReading gone = at(s.unplugMs + MinuteMs);
    QVERIFY(!gone.connected);
    QCOMPARE(gone.stateCode, 0xA1);

    // A single-phase midday session charges on L1 only.
    const WallboxModel solar(4, 0);
    for (qint64 day = localDayOf("2024-06-01T12:00:00Z"); day < localDayOf("2024-08-01T12:00:00Z"); ++day) {
        for (const WallboxModel::Session &m : solar.sessionsOn(day)) {
            if (m.phases != 1)
                continue;
            const WallboxReading r = solar.reading(utcOfLocal((m.startMs + m.endMs) / 2));
            QCOMPARE(r.powerW, 3680.0);
            QCOMPARE(r.phaseW[0], 3680.0);
            QCOMPARE(r.phaseW[1] + r.phaseW[2], 0.0);
            return;
        }
    }
    QFAIL("no midday session in two summer months");
}

void TestWallbox::deterministicBySeedAndTime()
{
    const qint64 t0 = utc("2024-07-01T00:00:00Z");
    QList<qint64> times;
    for (qint64 t = t0; t <= t0 + 14 * CivilTime::MsPerDay; t += 7 * MinuteMs + 13'000)
        times.append(t);
    const WallboxModel a(9, 0);
    const WallboxModel b(9, 0);
    const WallboxModel other(9, 1);
    // b is asked backwards; the answers do not depend on the order.
    QList<double> backwards(times.size());
    for (qsizetype i = times.size() - 1; i >= 0; --i)
        backwards[i] = b.reading(times.at(i)).powerW;
    double energy = 0;
    int differing = 0;
    for (qsizetype i = 0; i < times.size(); ++i) {
        const double power = a.reading(times.at(i)).powerW;
        QCOMPARE(power, backwards.at(i));
        energy += power;
        differing += power != other.reading(times.at(i)).powerW ? 1 : 0;
    }
    QVERIFY(energy > 0);
    QVERIFY(differing > 0); // the second wallbox has a car of its own
}

void TestWallbox::plantBalancesWithTheCarInTheHouse()
{
    const quint64 seed = 5;
    const WallboxModel::Session s = firstEvening(seed, localDayOf("2024-06-20T12:00:00Z"));
    QVERIFY(s.powerW > 0);
    // From before the car arrives until after it is full.
    const qint64 t0 = utcOfLocal(s.plugMs - 30 * MinuteMs);
    const qint64 t1 = utcOfLocal(s.endMs + 30 * MinuteMs);
    PlantModel plant(seed, t0, 1, {}, 1);
    QCOMPARE(plant.wallboxCount(), 1);
    const PlantCounters c0 = plant.counters();
    double houseWh = 0, wallboxWh = 0, dischargeWhWhileCharging = 0, ownDeficitWhWhileCharging = 0;
    double maxWallboxW = 0;
    const double h = 1.0 / 3600.0;
    for (qint64 t = t0 + PlantModel::StepMs; t <= t1; t += PlantModel::StepMs) {
        plant.advanceTo(t);
        const PlantModel::Powers &p = plant.powers();
        if (std::abs(p.gridW - (p.houseW - p.pvW + p.batteryW)) > 1e-9)
            QFAIL("grid != house - pv + battery");
        if (p.wallboxW != plant.wallbox(0).powerW || p.houseW - p.wallboxW < 150.0)
            QFAIL(qPrintable(QStringLiteral("house %1 W, wallbox %2 W").arg(p.houseW).arg(p.wallboxW)));
        const PlantSnapshot snap = plant.snapshot();
        if (std::abs(snap.gridPhaseW[0] + snap.gridPhaseW[1] + snap.gridPhaseW[2] - p.gridW) > 1e-6)
            QFAIL("the grid meter's phases do not add up to the grid power");
        houseWh += p.houseW * h;
        wallboxWh += p.wallboxW * h;
        maxWallboxW = std::max(maxWallboxW, p.wallboxW);
        if (p.wallboxW > 1000.0) {
            dischargeWhWhileCharging += std::max(-p.batteryW, 0.0) * h;
            ownDeficitWhWhileCharging += std::max(p.houseW - p.wallboxW - p.pvW, 0.0) * h;
        }
    }
    const PlantCounters &c = plant.counters();
    QCOMPARE(maxWallboxW, 11040.0);
    QVERIFY(wallboxWh > 7000.0); // at least the 8 kWh minus the ramps
    QVERIFY(std::abs((c.wallboxWh - c0.wallboxWh) - wallboxWh) < 1e-6);
    QVERIFY(std::abs((c.houseWh - c0.houseWh) - houseWh) < 1e-6);
    // The battery covers at most the house's own deficit, never the car (a little lag aside).
    QVERIFY2(dischargeWhWhileCharging <= ownDeficitWhWhileCharging * 1.02 + 5.0,
             qPrintable(QStringLiteral("%1 Wh discharged, house deficit %2 Wh")
                            .arg(dischargeWhWhileCharging).arg(ownDeficitWhWhileCharging)));
    // The vendor-neutral snapshot carries it, and its house includes it.
    const kw::EnergySnapshot e = plant.energySnapshot();
    QVERIFY(e.wallboxW);
    QCOMPARE(*e.houseW, plant.powers().houseW);
}

void TestWallbox::noWallboxIsTheSamePlant()
{
    const qint64 t0 = utc("2024-06-21T15:00:00Z");
    PlantModel plain(8, t0, 1);
    PlantModel none(8, t0, 1, {}, 0);
    PlantModel car(8, t0, 1, {}, 1);
    for (qint64 t = t0; t <= t0 + 6 * 3'600'000; t += 10 * MinuteMs) {
        plain.advanceTo(t);
        none.advanceTo(t);
        car.advanceTo(t);
        QCOMPARE(none.powers().houseW, plain.powers().houseW);
        QCOMPARE(none.powers().batteryW, plain.powers().batteryW);
        QCOMPARE(none.powers().gridW, plain.powers().gridW);
        // The car changes the load, not the sun or the household.
        QCOMPARE(car.powers().pvW, plain.powers().pvW);
        QCOMPARE(car.powers().houseW - car.powers().wallboxW, plain.powers().houseW);
    }
    QCOMPARE(none.counters().houseWh, plain.counters().houseWh);
    QVERIFY(!plain.energySnapshot().wallboxW);
    QCOMPARE(plain.wallboxCount(), 0);
    // Out-of-range counts are clamped to the device's four slots.
    QCOMPARE(PlantModel(8, t0, 0, {}, 9).wallboxCount(), WallboxModel::MaxWallboxes);
}

void TestWallbox::liveValuesCarryTheWallbox()
{
    const quint64 seed = 6;
    const WallboxModel::Session s = firstEvening(seed, localDayOf("2024-09-02T12:00:00Z"));
    QVERIFY(s.powerW > 0);
    PlantModel plant(seed, utcOfLocal((s.startMs + s.endMs) / 2), 1, {}, 1);
    const VariableTable &table = VariableTable::bundled(u"0826"_s);
    const LiveValues values = LiveVariables(seed, table.presentSectionNames()).values(plant.snapshot());
    const PlantModel::Powers &p = plant.powers();
    QCOMPARE(p.wallboxW, 11040.0);
    QCOMPARE(valueAt(values, u"WIZARD.SETUP_NUMBER_WALLBOXES"), 1.0);
    QCOMPARE(valueAt(values, u"WALLBOX.APPARENT_CHARGING_POWER"), 11040.0);
    QCOMPARE(valueAt(values, u"WALLBOX.STATE"), double(0xC2));
    QCOMPARE(valueAt(values, u"WALLBOX.EV_CONNECTED"), 1.0);
    QCOMPARE(valueAt(values, u"WALLBOX.PHASES_USED"), 3.0);
    QCOMPARE(valueAt(values, u"WALLBOX.L2_CHARGING_CURRENT"), 16.0);
    QCOMPARE(valueAt(values, u"WALLBOX.L3_USED"), 1.0);
    for (int slot = 1; slot < 4; ++slot) {
        QCOMPARE(valueAt(values, u"WALLBOX.APPARENT_CHARGING_POWER", slot), 0.0);
        QCOMPARE(valueAt(values, u"WALLBOX.STATE", slot), 0.0);
    }
    // As on the real device, the house figure leaves the wallbox out.
    QCOMPARE(valueAt(values, u"ENERGY.GUI_HOUSE_POW"), p.houseW - p.wallboxW);
    QCOMPARE(valueAt(values, u"ENERGY.GUI_GRID_POW"), p.gridW);

    // Without a wallbox every slot is empty and none is installed.
    PlantModel plain(seed, utcOfLocal((s.startMs + s.endMs) / 2), 1);
    const LiveValues none = LiveVariables(seed, table.presentSectionNames()).values(plain.snapshot());
    QCOMPARE(valueAt(none, u"WIZARD.SETUP_NUMBER_WALLBOXES"), 0.0);
    QCOMPARE(valueAt(none, u"WALLBOX.APPARENT_CHARGING_POWER"), 0.0);
    QCOMPARE(valueAt(none, u"ENERGY.GUI_HOUSE_POW"), plain.powers().houseW);
}

void TestWallbox::liveAnswerOverHttpGivesTheSnapshotsWallbox()
{
    const quint64 seed = 7;
    const WallboxModel::Session s = firstEvening(seed, localDayOf("2024-06-05T12:00:00Z"), 60);
    QVERIFY(s.powerW > 0);
    SimulatorOptions options;
    options.seed = seed;
    options.wallboxes = 1;
    options.warmUpDays = 1;
    options.start = QDateTime::fromMSecsSinceEpoch(utcOfLocal(s.startMs + 20 * MinuteMs), Qt::UTC);
    SenecSimulator sim(options);
    QVERIFY2(sim.start(), qPrintable(sim.errorString()));

    // What the poller sends every interval, answered by the simulated device.
    const QList<QByteArray> bodies = kw::senec::SenecRequestBuilder(kw::senec::SenecBackend::liveSet()).bodies();
    QCOMPARE(bodies.size(), 1);
    QNetworkAccessManager manager;
    const kw::test::HttpResult answer = kw::test::postLala(manager, sim.baseUrl(), sim.certificate(), bodies.first());
    QCOMPARE(answer.status, 200);
    const auto parsed = kw::senec::parseSenecResponse(answer.body);
    QVERIFY(parsed.response);
    const kw::EnergySnapshot snapshot = kw::senec::SenecBackend().snapshot(*parsed.response, 0);
    const kw::EnergySnapshot truth = sim.groundTruth();

    QVERIFY(snapshot.wallboxW);
    QCOMPARE(*snapshot.wallboxW, 11040.0);
    QCOMPARE(*truth.wallboxW, 11040.0);
    // The house includes the car again, and the device's figures balance with it (float32 on
    // the wire: to a fraction of a watt).
    QVERIFY(*snapshot.houseW > 11040.0 + 150.0);
    QVERIFY2(std::abs(*snapshot.gridW - (*snapshot.houseW - *snapshot.pvW + *snapshot.batteryW)) < 0.05,
             qPrintable(QStringLiteral("grid %1, house %2, pv %3, battery %4")
                            .arg(*snapshot.gridW).arg(*snapshot.houseW).arg(*snapshot.pvW).arg(*snapshot.batteryW)));
    QVERIFY(std::abs(*snapshot.houseW - *truth.houseW) < 100.0); // at most a simulated second apart

    // The same device without a wallbox: no wallbox in the snapshot.
    options.wallboxes = 0;
    SenecSimulator plain(options);
    QVERIFY(plain.start());
    const kw::test::HttpResult plainAnswer = kw::test::postLala(manager, plain.baseUrl(), plain.certificate(), bodies.first());
    const auto plainParsed = kw::senec::parseSenecResponse(plainAnswer.body);
    QVERIFY(plainParsed.response);
    const kw::EnergySnapshot plainSnapshot = kw::senec::SenecBackend().snapshot(*plainParsed.response, 0);
    QVERIFY(!plainSnapshot.wallboxW);
    QVERIFY(plainSnapshot.houseW && *plainSnapshot.houseW < 11040.0);
}

QTEST_GUILESS_MAIN(TestWallbox)
#include "tst_wallbox.moc"
