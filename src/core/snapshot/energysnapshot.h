#pragma once

#include <QList>
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
    // Charging power of all wallboxes together. Part of houseW (the house feeds them): the house's
    // own consumption is houseW − wallboxW. Only set for a device with a wallbox installed, so
    // nullopt also means "no wallbox".
    std::optional<double> wallboxW;

    int stateCode = -1;  // vendor state number, −1 when unknown
    QString stateText;   // the vendor's state in words (device language)
    // The public grid is down and the system runs on backup power (or says the grid failed).
    bool gridOutage = false;
    // The device reports one of its error states (stateText says which).
    bool deviceFault = false;
    // The battery management reports an error (stateText says which). Not the same as a module
    // alarm below: a device may be in a BMS error state with every module quiet, or not.
    bool batteryFault = false;
    // Battery modules raising an alarm, numbered from 1 (empty: none). nullopt when this answer
    // did not carry the alarm flags — they come with the slower poll set — so "unknown" is never
    // read as "all clear".
    std::optional<QList<int>> alarmingModules;

    bool isComplete() const { return pvW && houseW && gridW && batteryW && socPercent; }
    bool operator==(const EnergySnapshot &other) const = default;
};

} // namespace kw
