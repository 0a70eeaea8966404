#pragma once

#include <QtGlobal>

namespace kw::history {

// One complete sample of the four powers, as the energy integration needs it. Signs as in
// kw::EnergySnapshot: grid + import / − export, battery + charging / − discharging.
struct PowerSample
{
    qint64 timeMs = 0; // UTC
    double pvW = 0;
    double houseW = 0;
    double gridW = 0;
    double batteryW = 0;
    bool operator==(const PowerSample &other) const = default;
};

} // namespace kw::history
