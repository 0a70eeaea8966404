#pragma once

#include "snapshot/energysnapshot.h"

#include <QtGlobal>

#include <algorithm>

namespace kw::models {

// The power flowing along each path of the energy-flow diagram, source → sink, in W (all ≥ 0).
//
// A snapshot only says how much each node gives or takes (PV produces, the house consumes, the
// grid and the battery do either). The paths are decomposed with the priorities a home system
// follows: PV serves the house first, then charges the battery, then exports; the battery
// discharging serves the house before it exports; grid import serves the house before it charges
// the battery. For a balanced snapshot (grid = house − PV + battery) every source's paths sum to
// what it gives and every sink's paths to what it takes; what a noisy reading leaves unexplained is
// reported as unbalancedW instead of being pushed into a path that did not carry it.
//
// A wallbox is a consumer behind the house (the snapshot's house includes it): house → wallbox
// carries the wallbox's power, at most the house's, and the house keeps the rest for itself.
struct EnergyFlows
{
    double pvToHouseW = 0;
    double pvToBatteryW = 0;
    double pvToGridW = 0;
    double gridToHouseW = 0;
    double gridToBatteryW = 0;
    double batteryToHouseW = 0;
    double batteryToGridW = 0;
    double houseToWallboxW = 0;
    // Power no path explains (≥ 0): what sources give and sinks take beyond the paths. 0 for a
    // balanced snapshot; |grid − house + PV − battery| otherwise, plus what a wallbox reads
    // beyond the whole house's consumption.
    double unbalancedW = 0;

    // Every path computed from the snapshot's powers; missing values count as 0.
    static EnergyFlows fromSnapshot(const EnergySnapshot &snapshot);

    double fromPvW() const { return pvToHouseW + pvToBatteryW + pvToGridW; }
    double fromGridW() const { return gridToHouseW + gridToBatteryW; }
    double fromBatteryW() const { return batteryToHouseW + batteryToGridW; }
    double toHouseW() const { return pvToHouseW + gridToHouseW + batteryToHouseW; }
    double toBatteryW() const { return pvToBatteryW + gridToBatteryW; }
    double toGridW() const { return pvToGridW + batteryToGridW; }
    // The house's own consumption as drawn: what reaches it, less what it passes on to the
    // wallbox (≥ 0); house − wallbox for a balanced snapshot.
    double houseOwnW() const { return std::max(toHouseW() - houseToWallboxW, 0.0); }

    bool operator==(const EnergyFlows &other) const = default;
};

} // namespace kw::models
