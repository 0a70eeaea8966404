#pragma once

#include "batterypack.h"
#include "wallboxmodel.h"

#include <QtGlobal>

#include <array>

namespace kw::sim {

// Lifetime energy totals in Wh: exact sums of power × step over every simulated step.
struct PlantCounters
{
    double pvWh = 0;
    double houseWh = 0;
    double gridImportWh = 0;
    double gridExportWh = 0;
    double batteryChargeWh = 0;
    double batteryDischargeWh = 0;
    double wallboxWh = 0; // part of houseWh
};

// Everything the device would report at one simulated instant, derived from the plant's state.
// Signs: grid + import, battery + charging.
struct PlantSnapshot
{
    qint64 utcMs = 0;
    int utcOffsetMinutes = 60;

    double pvW = 0;
    double houseW = 0; // everything behind the grid meter but PV and battery, wallboxes included
    double wallboxW = 0;
    double gridW = 0;
    double batteryW = 0;
    double socPercent = 0;
    int stateCode = 21;
    bool inverterAwake = false;

    // Grid meter (PM1OBJ1)
    std::array<double, 3> gridPhaseW{};
    std::array<double, 3> phaseVoltageV{};
    std::array<double, 3> phaseCurrentA{};
    double frequencyHz = 50.0;

    // PV strings (PV1.MPP_*); the third tracker is not connected.
    std::array<double, 3> mppPowerW{};
    std::array<double, 3> mppVoltageV{};
    std::array<double, 3> mppCurrentA{};

    // Battery
    std::array<BatteryPack::ModuleReading, BatteryPack::ModuleCount> modules{};
    double packVoltageV = 0;
    double packCurrentA = 0;
    int minCellMv = 0;
    int maxCellMv = 0;
    double batteryTempC = 0;
    double minTempC = 0;
    double maxTempC = 0;

    // Wallboxes (WALLBOX.*, one slot each); the first wallboxCount slots are installed.
    int wallboxCount = 0;
    std::array<WallboxReading, WallboxModel::MaxWallboxes> wallboxes{};

    double caseTempC = 0;
    double mcuTempC = 0;
    double hoursOfOperation = 0;
    qint64 uptimeMs = 0;

    PlantCounters counters;
};

} // namespace kw::sim
