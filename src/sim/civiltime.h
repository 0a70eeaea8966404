#pragma once

#include <QtGlobal>

namespace kw::sim {

// Central European civil time (the simulated plant stands in Germany), computed from the EU
// summer-time rule instead of the host's time zone database, so the simulator behaves the same on
// every machine and in every TZ setting.
namespace CivilTime {

// 60 in winter, 120 from the last Sunday of March 01:00 UTC to the last Sunday of October 01:00 UTC.
int utcOffsetMinutes(qint64 utcMs);
qint64 localMs(qint64 utcMs);
// Local hour of day with fraction, 0 ≤ h < 24.
double localHour(qint64 utcMs);

inline constexpr qint64 MsPerDay = 86'400'000;
// Days since 1970-01-01 of a UTC instant (floor, also before 1970).
inline qint64 utcDay(qint64 utcMs)
{
    return utcMs >= 0 ? utcMs / MsPerDay : -((-utcMs + MsPerDay - 1) / MsPerDay);
}

} // namespace CivilTime
} // namespace kw::sim
