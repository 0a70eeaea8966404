#pragma once

#include <QtGlobal>

namespace kw::history {

// Energies over some span, each direction of a signed power on its own (never netted), in Wh.
struct EnergyTotals
{
    double pvWh = 0;               // produced
    double houseWh = 0;            // consumed
    double gridImportWh = 0;
    double gridExportWh = 0;
    double batteryChargeWh = 0;
    double batteryDischargeWh = 0;

    EnergyTotals &operator+=(const EnergyTotals &other);
    bool isZero() const;
    // 1 − imported / consumed, clamped to 0–100 %; 100 % when nothing was consumed.
    double autarkyPercent() const;
    // Share of the PV energy used on site: 1 − exported / produced, clamped to 0–100 %;
    // 0 % when nothing was produced (there was nothing to consume).
    double selfConsumptionPercent() const;
    bool operator==(const EnergyTotals &other) const = default;
};

} // namespace kw::history
