#include "plantmodel.h"

#include "civiltime.h"
#include "simrandom.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>

namespace kw::sim {
namespace {

constexpr quint64 ChannelInit = 0x91A70001;
constexpr quint64 ChannelGridBias = 0x91A70002;
constexpr quint64 ChannelAmbient = 0x91A70003;
constexpr quint64 ChannelMeter = 0x91A70004;
constexpr quint64 ChannelTemps = 0x91A70005;

// The battery inverter follows its power target with a few seconds' lag, like the real one:
// load changes show up briefly on the grid before the battery catches them.
constexpr double BatteryLagS = 4.0;
constexpr double InverterEfficiency = 0.97;   // MPP (DC) power → AC
constexpr double InverterWakeW = 25.0;
constexpr double InverterSleepW = 8.0;
constexpr double StateThresholdW = 30.0;
constexpr qint64 StateDebounceMs = 20'000;
constexpr qint64 SampleEveryMs = 15 * 60'000;
// Beyond this the oldest half of the journal is dropped: only matters for runs of months.
constexpr qsizetype JournalLimit = 400'000;

qint64 floorDiv(qint64 a, qint64 b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

} // namespace

PlantModel::PlantModel(quint64 seed, qint64 startUtcMs, int warmUpDays, const WarmUpObserver &observer,
                       int wallboxes)
    : m_seed(seed)
    , m_startMs(startUtcMs)
    , m_historyStartMs((CivilTime::utcDay(startUtcMs) - std::max(0, warmUpDays)) * CivilTime::MsPerDay)
    , m_timeMs(m_historyStartMs)
    , m_bootMs(m_historyStartMs - qint64((2.0 + 30.0 * SimRandom::unit(seed, ChannelInit, 1)) * 86'400'000.0))
    , m_hoursBase(18'000.0 + 8'000.0 * SimRandom::unit(seed, ChannelInit, 2))
    , m_solar(PeakPvPowerW)
    , m_clouds(seed)
    , m_house(seed)
    , m_battery(seed, 30.0 + 40.0 * SimRandom::unit(seed, ChannelInit, 3), 0.0, 0.0)
{
    // Plausible lifetime totals for a 9.5 kWp system that has run a few years. They balance
    // (house = PV − export − charge + discharge + import) and stay below 8192 kWh so float32
    // still resolves them to half a watt-hour.
    const double pvKWh = 3000.0 + 2000.0 * SimRandom::unit(seed, ChannelInit, 4);
    m_counters.pvWh = pvKWh * 1000.0;
    m_counters.gridExportWh = 0.45 * m_counters.pvWh;
    m_counters.batteryChargeWh = 0.28 * m_counters.pvWh;
    m_counters.batteryDischargeWh = 0.26 * m_counters.pvWh;
    m_counters.gridImportWh = 0.35 * m_counters.pvWh;
    m_counters.houseWh = m_counters.pvWh - m_counters.gridExportWh - m_counters.batteryChargeWh
        + m_counters.batteryDischargeWh + m_counters.gridImportWh;
    m_battery = BatteryPack(seed, m_battery.socPercent(), m_counters.batteryChargeWh,
                            m_counters.batteryDischargeWh);
    for (int index = 0; index < std::clamp(wallboxes, 0, WallboxModel::MaxWallboxes); ++index)
        m_wallboxes.append(WallboxModel(seed, index));
    if (!m_wallboxes.isEmpty()) {
        // Years of car charging, bought from the grid as far as the totals go; they still balance.
        m_counters.wallboxWh = 0.15 * m_counters.pvWh;
        m_counters.houseWh += m_counters.wallboxWh;
        m_counters.gridImportWh += m_counters.wallboxWh;
    }

    while (m_timeMs < m_startMs) {
        step(std::min(WarmUpStepMs, m_startMs - m_timeMs));
        if (observer)
            observer(*this);
    }
}

EnergySnapshot PlantModel::energySnapshot() const
{
    EnergySnapshot s;
    s.timestampMs = m_timeMs;
    s.pvW = m_powers.pvW;
    s.houseW = m_powers.houseW;
    s.gridW = m_powers.gridW;
    s.batteryW = m_powers.batteryW;
    s.socPercent = socPercent();
    if (!m_wallboxes.isEmpty())
        s.wallboxW = m_powers.wallboxW;
    s.stateCode = m_stateCode;
    s.stateText = stateName(m_stateCode);
    return s;
}

void PlantModel::advanceTo(qint64 utcMs)
{
    while (m_timeMs + StepMs <= utcMs)
        step(StepMs);
}

double PlantModel::ambientC(qint64 utcMs) const
{
    // Utility room: warmer in summer, a little wander.
    const double dayOfYear = double(floorDiv(utcMs, CivilTime::MsPerDay) % 365);
    return 18.5 + 3.0 * std::cos(2.0 * std::numbers::pi * (dayOfYear - 200.0) / 365.0)
        + 0.6 * SimRandom::smoothNoise(m_seed, ChannelAmbient, utcMs, 3'600'000);
}

void PlantModel::step(qint64 dtMs)
{
    const qint64 previousMs = m_timeMs;
    m_timeMs += dtMs;
    const double dtS = double(dtMs) / 1000.0;

    // PV: clear sky × clouds, with an inverter that sleeps at night.
    const double clearW = m_solar.clearSkyPowerW(m_timeMs);
    const double rawPvW = clearW * m_clouds.transmission(m_timeMs);
    if (!m_inverterAwake && rawPvW >= InverterWakeW) {
        m_inverterAwake = true;
        record(PlantEvent::Kind::InverterWoke, 0, 0, {rawPvW});
    } else if (m_inverterAwake && rawPvW < InverterSleepW) {
        m_inverterAwake = false;
        record(PlantEvent::Kind::InverterSlept);
    }
    const double pvW = m_inverterAwake ? rawPvW : 0.0;
    if (clearW > 200.0) {
        for (const CloudModel::Cloud &cloud : m_clouds.cloudsStartingIn(previousMs, m_timeMs))
            record(PlantEvent::Kind::CloudArrived, 0, 0,
                   {100.0 * cloud.depth, double(cloud.durationMs) / 60'000.0});
    }

    HouseLoadModel::Load load = m_house.load(m_timeMs);
    const double ownW = load.totalW;
    double wallboxW = 0;
    for (int index = 0; index < m_wallboxes.size(); ++index) {
        m_wallboxReadings[index] = m_wallboxes[index].reading(m_timeMs);
        wallboxW += m_wallboxReadings[index].powerW;
        for (int p = 0; p < 3; ++p)
            load.phaseW[p] += m_wallboxReadings[index].phaseW[p];
    }
    load.totalW = ownW + wallboxW;

    // The controller aims for a small, wandering grid flow around zero (real devices hover
    // within a few tens of watts) and the battery covers the rest within its limits.
    const double gridBiasW = 6.0 + 10.0 * SimRandom::smoothNoise(m_seed, ChannelGridBias, m_timeMs, 300'000);
    const double withoutCarW = pvW - ownW + gridBiasW;
    double targetW = withoutCarW - wallboxW;
    // The car takes the PV surplus before the battery does, but the battery is not emptied into
    // the car (it is kept for the house's evening): it covers no more than the house's own
    // deficit, and the grid supplies the rest. Without a car this is the plain target.
    if (targetW < 0.0)
        targetW = std::max(targetW, std::min(withoutCarW, 0.0));
    const double follow = 1.0 - std::exp(-dtS / BatteryLagS);
    const double wantedW = m_powers.batteryW + (targetW - m_powers.batteryW) * follow;
    const double batteryW = m_battery.apply(wantedW, dtS, ambientC(m_timeMs));

    m_powers.pvW = pvW;
    m_powers.houseW = load.totalW;
    m_powers.wallboxW = wallboxW;
    m_powers.housePhaseW = load.phaseW;
    m_powers.batteryW = batteryW;
    m_powers.gridW = load.totalW - pvW + batteryW;

    const double hours = dtS / 3600.0;
    m_counters.pvWh += pvW * hours;
    m_counters.houseWh += load.totalW * hours;
    m_counters.wallboxWh += wallboxW * hours;
    m_counters.gridImportWh += std::max(m_powers.gridW, 0.0) * hours;
    m_counters.gridExportWh += std::max(-m_powers.gridW, 0.0) * hours;
    m_counters.batteryChargeWh += std::max(batteryW, 0.0) * hours;
    m_counters.batteryDischargeWh += std::max(-batteryW, 0.0) * hours;

    updateState(dtMs);
    updateBalancing();
    updateBatteryEdges();
    if (floorDiv(m_timeMs, SampleEveryMs) != floorDiv(previousMs, SampleEveryMs)) {
        record(PlantEvent::Kind::Sample, 0, 0,
               {pvW, load.totalW, m_powers.gridW, batteryW, m_battery.socPercent(),
                m_battery.temperatureC()});
    }
}

int PlantModel::candidateState() const
{
    const double soc = m_battery.socPercent();
    const double b = m_powers.batteryW;
    if (soc >= 99.95 && b < StateThresholdW)
        return 13; // AKKU VOLL
    if (soc <= 0.05 && b > -StateThresholdW)
        return 15; // AKKU LEER
    if (b >= StateThresholdW)
        return soc >= 95.0 ? 54 : 14; // LADESCHLUSSPHASE / LADEN
    if (b <= -StateThresholdW)
        return m_powers.pvW >= StateThresholdW ? 17 : 16; // PV + ENTLADEN / ENTLADEN
    return 21; // EIGENVERBRAUCH
}

void PlantModel::updateState(qint64 dtMs)
{
    const int candidate = candidateState();
    if (m_stateCode < 0) {
        m_stateCode = candidate;
        return;
    }
    if (candidate == m_stateCode) {
        m_pendingState = -1;
        return;
    }
    // Debounced so a load blip does not flap the state (and the log) every few seconds.
    if (candidate != m_pendingState) {
        m_pendingState = candidate;
        m_pendingSinceMs = m_timeMs - dtMs;
    }
    if (m_timeMs - m_pendingSinceMs >= StateDebounceMs) {
        record(PlantEvent::Kind::StateChanged, m_stateCode, candidate);
        m_stateCode = candidate;
        m_pendingState = -1;
    }
}

void PlantModel::updateBalancing()
{
    for (int m = 0; m < BatteryPack::ModuleCount; ++m) {
        const double soc = m_battery.moduleSocPercent(m);
        if (!m_balancing[m] && soc >= 92.0 && m_powers.batteryW > -StateThresholdW) {
            m_balancing[m] = true;
            const auto reading = m_battery.module(m, 0.0, 0, true);
            record(PlantEvent::Kind::BalancingStarted, m, reading.balanceMask);
        } else if (m_balancing[m] && (soc < 88.0 || m_powers.batteryW < -200.0)) {
            m_balancing[m] = false;
            record(PlantEvent::Kind::BalancingStopped, m);
        }
    }
}

void PlantModel::updateBatteryEdges()
{
    const double energy = m_battery.energyWh();
    if (!m_fullLatched && energy >= BatteryPack::CapacityWh) {
        m_fullLatched = true;
        record(PlantEvent::Kind::BatteryFull);
    } else if (m_fullLatched && m_battery.socPercent() < 98.0) {
        m_fullLatched = false;
    }
    if (!m_emptyLatched && energy <= 0.0) {
        m_emptyLatched = true;
        record(PlantEvent::Kind::BatteryEmpty);
    } else if (m_emptyLatched && m_battery.socPercent() > 2.0) {
        m_emptyLatched = false;
    }
}

void PlantModel::record(PlantEvent::Kind kind, int from, int to, std::array<double, 6> values)
{
    if (m_journal.size() >= JournalLimit)
        m_journal.remove(0, JournalLimit / 2);
    m_journal.append(PlantEvent{m_timeMs, kind, from, to, values});
}

PlantSnapshot PlantModel::snapshot() const
{
    PlantSnapshot s;
    s.utcMs = m_timeMs;
    s.utcOffsetMinutes = CivilTime::utcOffsetMinutes(m_timeMs);
    s.pvW = m_powers.pvW;
    s.houseW = m_powers.houseW;
    s.wallboxW = m_powers.wallboxW;
    s.gridW = m_powers.gridW;
    s.batteryW = m_powers.batteryW;
    s.socPercent = m_battery.socPercent();
    s.wallboxCount = int(m_wallboxes.size());
    for (int index = 0; index < s.wallboxCount; ++index)
        s.wallboxes[index] = m_wallboxReadings[index];
    s.stateCode = m_stateCode;
    s.inverterAwake = m_inverterAwake;
    s.counters = m_counters;

    // Measurement noise keyed by the step, so two looks at the same instant agree.
    const quint64 noiseKey = quint64(m_timeMs / StepMs);
    // The hybrid inverter feeds PV and battery symmetrically into all three phases.
    const double inverterPerPhaseW = (m_powers.pvW - m_powers.batteryW) / 3.0;
    for (int p = 0; p < 3; ++p) {
        s.gridPhaseW[p] = m_powers.housePhaseW[p] - inverterPerPhaseW;
        s.phaseVoltageV[p] = 230.5 + 2.0 * SimRandom::smoothNoise(m_seed, ChannelMeter + quint64(p), m_timeMs, 120'000)
            - 0.0006 * s.gridPhaseW[p];
        s.phaseCurrentA[p] = std::abs(s.gridPhaseW[p]) / s.phaseVoltageV[p];
    }
    s.frequencyHz = 50.0 + 0.025 * SimRandom::smoothNoise(m_seed, ChannelMeter + 8, m_timeMs, 20'000);

    if (m_inverterAwake) {
        const double dcW = m_powers.pvW / InverterEfficiency;
        const std::array<double, 2> share{0.55, 0.45};
        const std::array<double, 2> nominalV{392.0, 318.0};
        const double light = std::clamp(m_powers.pvW / (0.3 * PeakPvPowerW), 0.0, 1.0);
        for (int i = 0; i < 2; ++i) {
            s.mppPowerW[i] = dcW * share[i];
            s.mppVoltageV[i] = nominalV[i] * (0.86 + 0.14 * std::sqrt(light));
            s.mppCurrentA[i] = s.mppPowerW[i] / s.mppVoltageV[i];
        }
    }

    s.minCellMv = std::numeric_limits<int>::max();
    s.maxCellMv = std::numeric_limits<int>::min();
    s.minTempC = 1e9;
    s.maxTempC = -1e9;
    double voltageSum = 0;
    for (int m = 0; m < BatteryPack::ModuleCount; ++m) {
        s.modules[m] = m_battery.module(m, m_powers.batteryW, noiseKey, m_balancing[m]);
        voltageSum += s.modules[m].voltageV;
        s.packCurrentA += s.modules[m].currentA;
        s.minCellMv = std::min(s.minCellMv, s.modules[m].minCellMv);
        s.maxCellMv = std::max(s.maxCellMv, s.modules[m].maxCellMv);
        s.minTempC = std::min(s.minTempC, s.modules[m].minTempC);
        s.maxTempC = std::max(s.maxTempC, s.modules[m].maxTempC);
    }
    s.packVoltageV = voltageSum / BatteryPack::ModuleCount;
    s.batteryTempC = m_battery.temperatureC();
    s.caseTempC = s.batteryTempC + 7.0 + 0.0009 * (m_powers.pvW + std::abs(m_powers.batteryW))
        + 0.3 * SimRandom::smoothNoise(m_seed, ChannelTemps, m_timeMs, 600'000);
    s.mcuTempC = s.caseTempC + 9.5 + 0.4 * SimRandom::smoothNoise(m_seed, ChannelTemps + 1, m_timeMs, 600'000);
    s.hoursOfOperation = m_hoursBase + double(m_timeMs - m_historyStartMs) / 3'600'000.0;
    s.uptimeMs = m_timeMs - m_bootMs;
    return s;
}

QString PlantModel::stateName(int code)
{
    switch (code) {
    case 13: return QStringLiteral("AKKU VOLL");
    case 14: return QStringLiteral("LADEN");
    case 15: return QStringLiteral("AKKU LEER");
    case 16: return QStringLiteral("ENTLADEN");
    case 17: return QStringLiteral("PV + ENTLADEN");
    case 21: return QStringLiteral("EIGENVERBRAUCH");
    case 54: return QStringLiteral("LADESCHLUSSPHASE");
    default: return QStringLiteral("ZUSTAND %1").arg(code);
    }
}

} // namespace kw::sim
