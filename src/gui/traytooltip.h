#pragma once

#include "poll/connectionstate.h"
#include "powerformatter.h"
#include "snapshot/energysnapshot.h"

#include <QString>
#include <QtGlobal>

#include <optional>

namespace kw::gui {

// The tray icon's tooltip, plain text (most trays show no markup), most important line first:
//
//   Kilowatch · battery 78 %
//   Normal operation · updated 12 s ago
//   PV 5.20 kW · house 1.10 kW
//   Grid 2.50 kW export
//   Battery 1.60 kW charging
//
// Powers in one unit, chosen as the flow diagram chooses it (PowerFormatter::unitFor over PV,
// house, grid and battery), directions in words. The second line is the device's state in
// words while the data is live, else the connection's ("Offline, retrying · last data 3 min
// ago"). Ages are host-clock ages (when the data arrived here), as in the status bar.
//
// Windows cuts a tray tooltip at 127 characters (NOTIFYICONDATA::szTip holds 128 UTF-16 units);
// fitted() drops whole lines from the end instead, so what is left still reads.
class TrayToolTip
{
public:
    static constexpr qsizetype WindowsMaxChars = 127;

    // `snapshot`: the last data (nullopt: none yet); `ageMs`: since it arrived, host clock.
    static QString text(const std::optional<EnergySnapshot> &snapshot, ConnectionState state,
                        qint64 ageMs);
    // `text` cut after its last whole line within `maxChars` (at least the first line, cut).
    static QString fitted(const QString &text, qsizetype maxChars);
    // The one unit for the snapshot's powers: the flow diagram's choice.
    static PowerUnit unitFor(const EnergySnapshot &snapshot);
};

} // namespace kw::gui
