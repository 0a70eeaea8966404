#include "energytotals.h"

#include <algorithm>

namespace kw::history {

EnergyTotals &EnergyTotals::operator+=(const EnergyTotals &other)
{
    pvWh += other.pvWh;
    houseWh += other.houseWh;
    gridImportWh += other.gridImportWh;
    gridExportWh += other.gridExportWh;
    batteryChargeWh += other.batteryChargeWh;
    batteryDischargeWh += other.batteryDischargeWh;
    return *this;
}

bool EnergyTotals::isZero() const
{
    return pvWh == 0 && houseWh == 0 && gridImportWh == 0 && gridExportWh == 0
        && batteryChargeWh == 0 && batteryDischargeWh == 0;
}

double EnergyTotals::autarkyPercent() const
{
    // `!(x > 0)` also catches NaN: an unusable denominator means "nothing was consumed".
    if (!(houseWh > 0))
        return 100.0;
    return std::clamp((1.0 - gridImportWh / houseWh) * 100.0, 0.0, 100.0);
}

double EnergyTotals::selfConsumptionPercent() const
{
    if (!(pvWh > 0))
        return 0.0;
    return std::clamp((1.0 - gridExportWh / pvWh) * 100.0, 0.0, 100.0);
}

} // namespace kw::history
