#pragma once

#include "energytotals.h"
#include "powersample.h"

#include <QMap>

namespace kw::history {

// Integrates powers into energy per UTC minute by the trapezoid rule. Signed powers are split into
// their directions at each sample first (import = max(grid, 0), export = max(−grid, 0), likewise
// battery charge / discharge; PV and house clamped at 0), then each direction is integrated on its
// own, so a sign change inside a segment never nets import against export.
//
// A segment longer than MaxGapMs is not bridged (the device or the recorder was away; guessing
// would invent energy). A segment that crosses minute boundaries is cut there, the powers at the
// cut interpolated linearly, so each minute gets exactly its share. Minutes align with every real
// time zone's day boundaries, which is what lets daily energies be summed from minutes.
class EnergyIntegrator
{
public:
    static constexpr qint64 MaxGapMs = 5 * 60 * 1000;
    static constexpr qint64 MinuteMs = 60 * 1000;

    // Adds the energy between `from` and `to` (from.timeMs < to.timeMs; otherwise nothing) into
    // `minutes`, keyed by the UTC start of each minute (a multiple of MinuteMs).
    static void addSegment(const PowerSample &from, const PowerSample &to,
                           QMap<qint64, EnergyTotals> &minutes);

    // All consecutive pairs of `samples` (sorted by time) through addSegment().
    static QMap<qint64, EnergyTotals> integrate(const QList<PowerSample> &samples);
};

} // namespace kw::history
