#pragma once

#include <QtGlobal>

#include <array>

namespace kw::sim {

// Something that happened in the simulated plant, recorded as it steps; LogGenerator turns these
// into device log lines. Kept free of text so the physics stays independent of the log format.
struct PlantEvent
{
    enum class Kind : quint8 {
        StateChanged,     // from → to (STAT_STATE codes)
        CloudArrived,     // values: depth %, duration minutes
        InverterWoke,     // values: PV W
        InverterSlept,
        BalancingStarted, // from: module index, to: cell mask
        BalancingStopped, // from: module index
        BatteryFull,
        BatteryEmpty,
        Sample,           // values: PV, house, grid, battery W, SOC %, battery °C
    };

    qint64 utcMs = 0;
    Kind kind = Kind::Sample;
    int from = 0;
    int to = 0;
    std::array<double, 6> values{};
};

} // namespace kw::sim
