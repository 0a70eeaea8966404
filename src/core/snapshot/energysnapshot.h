#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace kw {

// Vendor-neutral picture of the system at one instant. Signs are fixed for every vendor:
// grid + = import, battery + = charging. A value the device did not deliver is nullopt, never 0.
struct EnergySnapshot
{
    qint64 timestampMs = 0; // UTC milliseconds (host or device clock, see the poller)

    std::optional<double> pvW;
    std::optional<double> houseW;
    std::optional<double> gridW;    // + import from the grid, − export
    std::optional<double> batteryW; // + charging, − discharging
    std::optional<double> socPercent;

    int stateCode = -1;  // vendor state number, −1 when unknown
    QString stateText;   // the vendor's state in words (device language)

    bool isComplete() const { return pvW && houseW && gridW && batteryW && socPercent; }
    bool operator==(const EnergySnapshot &other) const = default;
};

} // namespace kw
