#include "energyflows.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace kw::models {
namespace {

// A power the flow diagram can use: missing, NaN or infinite readings carry nothing.
double finite(const std::optional<double> &value)
{
    return value && std::isfinite(*value) ? *value : 0.0;
}

// Moves up to `wanted` from `available` into a path and returns what it carried.
double take(double &available, double &wanted)
{
    const double carried = std::min(available, wanted);
    available -= carried;
    wanted -= carried;
    return carried;
}

} // namespace

EnergyFlows EnergyFlows::fromSnapshot(const EnergySnapshot &snapshot)
{
    const double gridW = finite(snapshot.gridW);
    const double batteryW = finite(snapshot.batteryW);
    // What each node gives (sources) and takes (sinks); signs as in EnergySnapshot.
    double pv = std::max(finite(snapshot.pvW), 0.0);
    double gridImport = std::max(gridW, 0.0);
    double discharge = std::max(-batteryW, 0.0);
    double house = std::max(finite(snapshot.houseW), 0.0);
    double gridExport = std::max(-gridW, 0.0);
    double charge = std::max(batteryW, 0.0);

    EnergyFlows flows;
    // The order is the priority: own production first, the battery before the grid for the
    // house, PV before the grid for the battery.
    flows.pvToHouseW = take(pv, house);
    flows.batteryToHouseW = take(discharge, house);
    flows.gridToHouseW = take(gridImport, house);
    flows.pvToBatteryW = take(pv, charge);
    flows.gridToBatteryW = take(gridImport, charge);
    flows.pvToGridW = take(pv, gridExport);
    flows.batteryToGridW = take(discharge, gridExport);
    flows.unbalancedW = pv + gridImport + discharge + house + gridExport + charge;

    // The wallbox draws through the house: all of it, unless it reads more than the whole house
    // (meters sampled apart); the excess is no path's and is reported with the rest.
    const double wallbox = std::max(finite(snapshot.wallboxW), 0.0);
    flows.houseToWallboxW = std::min(wallbox, std::max(finite(snapshot.houseW), 0.0));
    flows.unbalancedW += wallbox - flows.houseToWallboxW;
    return flows;
}

} // namespace kw::models
