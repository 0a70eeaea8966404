#pragma once

#include "poll/connectionstate.h"
#include "snapshot/energysnapshot.h"

#include <QtGlobal>

#include <optional>

namespace kw::gui {

// What the tray icon shows, reduced to what can be seen at 16 px: the SOC in whole percent, which
// way the battery and the grid flow, and whether the data is live. Small on purpose: two
// snapshots that look the same give equal states, so the icon is redrawn only when it changes.
struct TrayIconState
{
    enum class Battery : quint8 { Unknown, Idle, Charging, Discharging };
    enum class Grid : quint8 { Unknown, Balanced, Importing, Exporting, Outage };

    std::optional<int> socPercent; // 0 … 100; nullopt: unknown (the ring stays empty)
    Battery battery = Battery::Unknown;
    Grid grid = Grid::Unknown;
    bool reachable = false; // false: drawn grey (no data, offline, stopped, certificate question)
    bool paused = false;    // polling paused by the user: grey with a pause sign

    // The state for the last snapshot (nullopt: none yet) in connection state `state`. Powers
    // below PowerFormatter::IdleThresholdW count as idle / balanced, so a battery trickling a few
    // watts does not make the arrow flicker.
    static TrayIconState from(const std::optional<EnergySnapshot> &snapshot, ConnectionState state);

    bool operator==(const TrayIconState &other) const = default;
};

} // namespace kw::gui
