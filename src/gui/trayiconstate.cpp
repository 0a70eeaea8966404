#include "trayiconstate.h"

#include "powerformatter.h"

#include <algorithm>
#include <cmath>

namespace kw::gui {

TrayIconState TrayIconState::from(const std::optional<EnergySnapshot> &snapshot, ConnectionState state)
{
    TrayIconState icon;
    icon.paused = state == ConnectionState::Paused;
    // A single failed poll (BackingOff) keeps the colours: these devices miss an answer now and
    // then, and a tray icon blinking grey for it would cry wolf. Offline is the notifier's
    // "unreachable" too.
    const bool live = state == ConnectionState::Online || state == ConnectionState::BackingOff
                   || state == ConnectionState::Connecting;
    icon.reachable = snapshot.has_value() && live;
    if (!snapshot)
        return icon;

    if (snapshot->socPercent && std::isfinite(*snapshot->socPercent))
        icon.socPercent = static_cast<int>(std::lround(std::clamp(*snapshot->socPercent, 0.0, 100.0)));

    if (const auto batteryW = snapshot->batteryW; batteryW && std::isfinite(*batteryW)) {
        if (std::abs(*batteryW) < PowerFormatter::IdleThresholdW)
            icon.battery = Battery::Idle;
        else
            icon.battery = *batteryW > 0 ? Battery::Charging : Battery::Discharging;
    }

    if (snapshot->gridOutage) {
        icon.grid = Grid::Outage;
    } else if (const auto gridW = snapshot->gridW; gridW && std::isfinite(*gridW)) {
        if (std::abs(*gridW) < PowerFormatter::IdleThresholdW)
            icon.grid = Grid::Balanced;
        else
            icon.grid = *gridW > 0 ? Grid::Importing : Grid::Exporting;
    }
    return icon;
}

} // namespace kw::gui
