#pragma once

// A synthetic but plausible sample for filling history stores in chart tests and benchmarks:
// PV on a sine day (with a ripple), a wandering house load with an evening bump, the battery
// taking or giving the difference within its limits and the grid closing the balance exactly.
#include "snapshot/energysnapshot.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace kwtest {

inline kw::EnergySnapshot sunnyDaySample(qint64 timeMs)
{
    constexpr qint64 DayMs = 24 * 3'600'000LL;
    const double dayPhase = double(timeMs % DayMs) / double(DayMs);
    const double sun = std::max(0.0, std::sin((dayPhase - 0.25) * 2 * std::numbers::pi));
    const double pv = 6500 * sun + 150 * std::sin(double(timeMs) / 47'000.0) * sun;
    const double house = 450 + 350 * std::sin(double(timeMs) / 600'000.0) + (dayPhase > 0.75 ? 900 : 0);
    const double battery = std::clamp(pv - house, -2500.0, 3000.0);
    kw::EnergySnapshot s;
    s.timestampMs = timeMs;
    s.pvW = pv;
    s.houseW = house;
    s.batteryW = battery;
    s.gridW = house - pv + battery;
    s.socPercent = 20 + 60 * sun;
    s.stateCode = 14;
    return s;
}

} // namespace kwtest
