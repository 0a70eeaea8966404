#include "dailyenergy.h"

#include <QDateTime>

namespace kw::history {

QList<DailyEnergy> dailyEnergyFromMinutes(const QMap<qint64, EnergyTotals> &minutes,
                                          const QTimeZone &zone)
{
    // An invalid zone would make every QDateTime invalid; UTC is the only honest fallback.
    const QTimeZone tz = zone.isValid() ? zone : QTimeZone::utc();
    QList<DailyEnergy> days;
    // The current day's UTC span [dayStartMs, dayEndMs): converting every minute through the
    // zone's rules is slow (a year has 525,600 minutes), so the span is looked up once per day.
    qint64 dayStartMs = 0;
    qint64 dayEndMs = 0;
    for (auto it = minutes.cbegin(); it != minutes.cend(); ++it) {
        const qint64 minuteMs = it.key();
        if (days.isEmpty() || minuteMs < dayStartMs || minuteMs >= dayEndMs) {
            const QDate day = QDateTime::fromMSecsSinceEpoch(minuteMs, tz).date();
            // startOfDay() / endOfDay() handle days whose midnight falls into a DST gap.
            dayStartMs = day.startOfDay(tz).toMSecsSinceEpoch();
            dayEndMs = day.endOfDay(tz).toMSecsSinceEpoch() + 1;
            if (minuteMs < dayStartMs || minuteMs >= dayEndMs) {
                // Only possible for zones with odd historic offsets; fall back to one minute.
                dayStartMs = minuteMs;
                dayEndMs = minuteMs + 1;
            }
            if (days.isEmpty() || days.constLast().day != day)
                days.append(DailyEnergy{day, {}});
        }
        days.last().totals += it.value();
    }
    return days;
}

} // namespace kw::history
