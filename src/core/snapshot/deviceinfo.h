#pragma once

#include <QString>

#include <optional>

namespace kw {

// What the device says about itself, vendor-neutral: for the status bar, the battery's time to
// full/empty and whether to draw a wallbox. Fields the device did not report stay empty.
struct DeviceInfo
{
    QString model;           // e.g. "SENEC.Home V3 hybrid duo"
    QString firmware;        // the version the vendor's own UI shows, e.g. "0826"
    QString serial;          // the device id
    std::optional<double> batteryCapacityWh; // nominal (design) capacity
    int wallboxCount = 0;

    // "SENEC.Home V3 hybrid · firmware 0826", leaving out what is unknown; empty if nothing is.
    QString summary() const;
    bool operator==(const DeviceInfo &other) const = default;
};

} // namespace kw
