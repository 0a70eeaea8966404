#include "civiltime.h"

#include <QDate>
#include <QDateTime>

namespace kw::sim::CivilTime {
namespace {

qint64 lastSundayOneAmUtcMs(int year, int month)
{
    QDate date(year, month, QDate(year, month, 1).daysInMonth());
    date = date.addDays(-(date.dayOfWeek() % 7)); // dayOfWeek: Monday 1 … Sunday 7
    return QDateTime(date, QTime(1, 0), Qt::UTC).toMSecsSinceEpoch();
}

} // namespace

int utcOffsetMinutes(qint64 utcMs)
{
    const int year = QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC).date().year();
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
