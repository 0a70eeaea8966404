#include "energyintegrator.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace kw::history {

namespace {

constexpr double MsPerHour = 3'600'000.0;
constexpr int DirectionCount = 6;
using Directions = std::array<double, DirectionCount>;

double nonNegative(double powerW)
{
    // NaN and infinities count as "no power": one bad sample must not poison a whole day's sum.
    return std::isfinite(powerW) && powerW > 0 ? powerW : 0.0;
}

// The split happens at the samples, before any interpolation: a segment whose grid power goes
// from +1 kW to −1 kW integrates import 1 kW → 0 and export 0 → 1 kW, each by the trapezoid rule,
// as the issue asks ("signed powers split first"). The alternative — cutting the segment where
// the line crosses zero — would give each direction a quarter of that; neither is "right" between
// two samples, and splitting first keeps every direction's energy a plain trapezoid of its own
// series, which is also what the device's counters come closest to at a 1 s poll rate.
Directions directionsOf(const PowerSample &s)
{
    return {nonNegative(s.pvW),      nonNegative(s.houseW),    nonNegative(s.gridW),
            nonNegative(-s.gridW),   nonNegative(s.batteryW),  nonNegative(-s.batteryW)};
}

qint64 minuteStartOf(qint64 timeMs)
{
    // Floor, not truncation: times before 1970 still land in the minute that contains them.
    qint64 q = timeMs / EnergyIntegrator::MinuteMs;
    if (timeMs % EnergyIntegrator::MinuteMs < 0)
        --q;
    return q * EnergyIntegrator::MinuteMs;
}

void addEnergy(EnergyTotals &totals, const Directions &wh)
{
    totals.pvWh += wh[0];
    totals.houseWh += wh[1];
    totals.gridImportWh += wh[2];
    totals.gridExportWh += wh[3];
    totals.batteryChargeWh += wh[4];
    totals.batteryDischargeWh += wh[5];
}

} // namespace

void EnergyIntegrator::addSegment(const PowerSample &from, const PowerSample &to,
                                  QMap<qint64, EnergyTotals> &minutes)
{
    if (from.timeMs >= to.timeMs)
        return;
    const qint64 spanMs = to.timeMs - from.timeMs;
    if (spanMs > MaxGapMs)
        return;

    const Directions a = directionsOf(from);
    const Directions b = directionsOf(to);
    const double span = double(spanMs);
    // Power of direction i at time t, on the straight line between the two samples. Evaluated
    // from the segment start each time (not accumulated), so rounding does not drift.
    auto powerAt = [&](int i, qint64 timeMs) {
        return a[i] + (b[i] - a[i]) * (double(timeMs - from.timeMs) / span);
    };

    qint64 pieceStart = from.timeMs;
    while (pieceStart < to.timeMs) {
        const qint64 minuteStart = minuteStartOf(pieceStart);
        const qint64 pieceEnd = std::min(minuteStart + MinuteMs, to.timeMs);
        // Exact end points where the cut is at a sample: no interpolation error there.
        const bool startsAtSample = pieceStart == from.timeMs;
        const bool endsAtSample = pieceEnd == to.timeMs;
        const double pieceMs = double(pieceEnd - pieceStart);
        Directions wh{};
        for (int i = 0; i < DirectionCount; ++i) {
            const double p0 = startsAtSample ? a[i] : powerAt(i, pieceStart);
            const double p1 = endsAtSample ? b[i] : powerAt(i, pieceEnd);
            // Wh = W × ms / 3,600,000; the mean power of the piece times its length.
            wh[i] = (p0 + p1) * 0.5 * pieceMs / MsPerHour;
        }
        addEnergy(minutes[minuteStart], wh);
        pieceStart = pieceEnd;
    }
}

QMap<qint64, EnergyTotals> EnergyIntegrator::integrate(const QList<PowerSample> &samples)
{
    QMap<qint64, EnergyTotals> minutes;
    for (qsizetype i = 1; i < samples.size(); ++i)
        addSegment(samples.at(i - 1), samples.at(i), minutes);
    return minutes;
}

} // namespace kw::history
