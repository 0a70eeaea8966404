#pragma once

#include "batterypack.h"
#include "cloudmodel.h"
#include "houseloadmodel.h"
#include "plantevent.h"
#include "plantsnapshot.h"
#include "solarmodel.h"
#include "wallboxmodel.h"

#include "snapshot/energysnapshot.h"

#include <QList>
#include <QString>

#include <array>
#include <functional>

namespace kw::sim {

// The simulated plant: PV (sun + clouds), house load, battery and the grid in between, advanced
// in fixed steps so its state depends only on the seed and the simulated time, never on when or
// how often it is looked at. Pure computation: no clock, no network.
//
// Before the simulated start it runs a coarse warm-up (30 s steps over the previous UTC days,
// three by default) so the battery starts at a plausible charge and the logs of those days have
// content; an observer may watch each warm-up step (the demo records them as history).
// From the start on it steps every simulated second. Every step keeps
//     grid = house − PV + battery      (grid + import, battery + charging)
// exactly, and the lifetime counters are the exact sums of power × step. With wallboxes the
// house includes their charging power; the battery is not emptied into the car. Wallboxes draw
// from dice of their own, so a seed's sun, clouds and household load stay the same with them.
class PlantModel
{
public:
    static constexpr qint64 StepMs = 1000;
    static constexpr qint64 WarmUpStepMs = 30'000;
    static constexpr int WarmUpDays = 3;
    static constexpr double PeakPvPowerW = 9500.0; // WIZARD.PWRCFG_PEAK_PV_POWER

    struct Powers
    {
        double pvW = 0;
        double houseW = 0; // wallboxes included
        double gridW = 0;
        double batteryW = 0;
        double wallboxW = 0;
        std::array<double, 3> housePhaseW{};
    };

    // Called after every warm-up step, with the model at that instant.
    using WarmUpObserver = std::function<void(const PlantModel &)>;

    // `wallboxes`: how many are installed (0–4, clamped), each with its own car.
    PlantModel(quint64 seed, qint64 startUtcMs, int warmUpDays = WarmUpDays,
               const WarmUpObserver &observer = {}, int wallboxes = 0);

    // Steps forward to the last step boundary at or before utcMs; earlier times are ignored.
    void advanceTo(qint64 utcMs);

    qint64 timeMs() const { return m_timeMs; }
    qint64 startMs() const { return m_startMs; }
    // Midnight UTC of the first warm-up day: the oldest day with a log.
    qint64 historyStartMs() const { return m_historyStartMs; }

    const Powers &powers() const { return m_powers; }
    int wallboxCount() const { return int(m_wallboxes.size()); }
    const WallboxReading &wallbox(int index) const { return m_wallboxReadings[index]; }
    double socPercent() const { return m_battery.socPercent(); }
    double batteryEnergyWh() const { return m_battery.energyWh(); }
    int stateCode() const { return m_stateCode; }
    const PlantCounters &counters() const { return m_counters; }
    const QList<PlantEvent> &journal() const { return m_journal; }

    PlantSnapshot snapshot() const;
    // Powers, SOC and state now, in Kilowatch's vendor-neutral form (German state text); the
    // wallbox power only with a wallbox installed.
    EnergySnapshot energySnapshot() const;

    // German STAT_STATE text as the device shows it, for the codes this plant produces.
    static QString stateName(int code);

private:
    void step(qint64 dtMs);
    int candidateState() const;
    void updateState(qint64 dtMs);
    void updateBalancing();
    void updateBatteryEdges();
    void record(PlantEvent::Kind kind, int from = 0, int to = 0, std::array<double, 6> values = {});
    double ambientC(qint64 utcMs) const;

    quint64 m_seed;
    qint64 m_startMs;
    qint64 m_historyStartMs;
    qint64 m_timeMs;
    qint64 m_bootMs;
    double m_hoursBase;

    SolarModel m_solar;
    CloudModel m_clouds;
    HouseLoadModel m_house;
    QList<WallboxModel> m_wallboxes;
    std::array<WallboxReading, WallboxModel::MaxWallboxes> m_wallboxReadings{};
    BatteryPack m_battery;

    Powers m_powers;
    PlantCounters m_counters;
    bool m_inverterAwake = false;
    int m_stateCode = -1;
    int m_pendingState = -1;
    qint64 m_pendingSinceMs = 0;
    std::array<bool, BatteryPack::ModuleCount> m_balancing{};
    bool m_fullLatched = false;
    bool m_emptyLatched = false;
    QList<PlantEvent> m_journal;
};

} // namespace kw::sim
