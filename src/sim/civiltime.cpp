#include "civiltime.h"

namespace kw::sim::CivilTime {
namespace {

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil):
// plain arithmetic, because this runs for every simulated second and QDateTime is far slower.
qint64 daysFromCivil(qint64 year, int month, int day)
{
    year -= month <= 2 ? 1 : 0;
    const qint64 era = (year >= 0 ? year : year - 399) / 400;
    const qint64 yearOfEra = year - era * 400;
    const qint64 dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const qint64 dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
}

qint64 yearOfDay(qint64 days)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 dayOfEra = days - era * 146097;
    const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 monthIndex = (5 * dayOfYear + 2) / 153;
    return yearOfEra + era * 400 + (monthIndex >= 10 ? 1 : 0);
}

// 01:00 UTC on the last Sunday of the month (31-day months only: March, October).
qint64 lastSundayOneAmUtcMs(qint64 year, int month)
{
    const qint64 last = daysFromCivil(year, month, 31);
    const qint64 weekday = ((last + 4) % 7 + 7) % 7; // 1970-01-01 was a Thursday; Sunday = 0
    return (last - weekday) * MsPerDay + 3'600'000;
}

} // namespace

int utcOffsetMinutes(qint64 utcMs)
{
    const qint64 year = yearOfDay(utcDay(utcMs));
    const bool summer = utcMs >= lastSundayOneAmUtcMs(year, 3) && utcMs < lastSundayOneAmUtcMs(year, 10);
    return summer ? 120 : 60;
}

qint64 localMs(qint64 utcMs)
{
    return utcMs + qint64(utcOffsetMinutes(utcMs)) * 60'000;
}

double localHour(qint64 utcMs)
{
    const qint64 local = localMs(utcMs);
    const qint64 msOfDay = local - utcDay(local) * MsPerDay;
    return double(msOfDay) / 3'600'000.0;
}

} // namespace kw::sim::CivilTime
