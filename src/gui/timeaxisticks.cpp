#include "timeaxisticks.h"

#include <QDateTime>
#include <QRegularExpression>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace kw::gui {
namespace {

constexpr qint64 MinuteMs = 60 * 1000;
constexpr qint64 HourMs = 60 * MinuteMs;
constexpr qint64 DayMs = 24 * HourMs;

constexpr std::array<qint64, 19> Steps{
    MinuteMs,     2 * MinuteMs, 5 * MinuteMs, 10 * MinuteMs, 15 * MinuteMs, 30 * MinuteMs,
    HourMs,       2 * HourMs,   3 * HourMs,   6 * HourMs,    12 * HourMs,   DayMs,
    2 * DayMs,    7 * DayMs,    14 * DayMs,   30 * DayMs,    91 * DayMs,    182 * DayMs,
    365 * DayMs};

} // namespace

qint64 TimeAxisTicks::stepMs(qint64 spanMs, int widthPx, int minSpacingPx)
{
    if (spanMs <= 0 || widthPx <= 0)
        return Steps.back();
    for (const qint64 step : Steps) {
        if (double(step) / double(spanMs) * widthPx >= minSpacingPx)
            return step;
    }
    return Steps.back();
}

QString TimeAxisTicks::timeFormat(const QLocale &locale)
{
    QString format = locale.timeFormat(QLocale::ShortFormat);
    static const QRegularExpression seconds(u"[:.]ss?"_s);
    format.remove(seconds);
    return format;
}

QString TimeAxisTicks::dayMonthFormat(const QLocale &locale)
{
    const QString shortFormat = locale.dateFormat(QLocale::ShortFormat);
    const qsizetype month = shortFormat.indexOf(u'M');
    const qsizetype day = shortFormat.indexOf(u'd');
    if (month >= 0 && day >= 0 && month < day)
        return u"MMM d"_s;
    // German and others write the day as an ordinal: "21. Juni" (short format "dd.MM.yy").
    const QString fromDay = day >= 0 ? shortFormat.mid(day) : QString();
    const bool ordinalDay = fromDay.startsWith(u"dd.") || fromDay.startsWith(u"d.");
    return ordinalDay ? u"d. MMM"_s : u"d MMM"_s;
}

QStringList TimeAxisTicks::distinctLabels(const QStringList &labels)
{
    QStringList distinct;
    distinct.reserve(labels.size());
    for (QString label : labels) {
        while (distinct.contains(label))
            label.append(QChar(0x200B));
        distinct.append(label);
    }
    return distinct;
}

QList<TimeTick> TimeAxisTicks::compute(qint64 fromMs, qint64 toMs, int widthPx, const QLocale &locale,
                                       const QTimeZone &zone, int minSpacingPx)
{
    QList<TimeTick> ticks;
    if (toMs <= fromMs || widthPx <= 0)
        return ticks;
    const qint64 step = stepMs(toMs - fromMs, widthPx, minSpacingPx);
    const QDate firstDay = QDateTime::fromMSecsSinceEpoch(fromMs, zone).date();
    const QDate lastDay = QDateTime::fromMSecsSinceEpoch(toMs, zone).date();
    const bool spansYears = firstDay.year() != lastDay.year();
    const QString dayMonth = dayMonthFormat(locale);
    const QString clock = timeFormat(locale);

    auto add = [&](const QDateTime &time, const QString &label) {
        const qint64 ms = time.toMSecsSinceEpoch();
        if (ms < fromMs || ms > toMs || (!ticks.isEmpty() && ms <= ticks.last().timeMs))
            return;
        ticks.append({ms, label});
    };
    auto subDayLabel = [&](const QDateTime &at) {
        return at.time() == QTime(0, 0) ? locale.toString(at.date(), u"ddd d"_s) : locale.toString(at.time(), clock);
    };

    if (step < HourMs) {
        // Sub-hour steps stay aligned across a DST change: the offset moves by whole hours.
        const qint64 offsetMs = qint64(zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(fromMs, zone))) * 1000;
        const qint64 firstLocalMs = (fromMs + offsetMs + step - 1) / step * step;
        for (qint64 t = firstLocalMs - offsetMs; t <= toMs; t += step) {
            const QDateTime time = QDateTime::fromMSecsSinceEpoch(t, zone);
            add(time, subDayLabel(time));
        }
    } else if (step < DayMs) {
        const int stepHours = int(step / HourMs);
        for (QDate day = firstDay; day <= lastDay; day = day.addDays(1)) {
            for (int hour = 0; hour < 24; hour += stepHours) {
                const QDateTime time(day, QTime(hour, 0), zone);
                // A missing hour (spring forward) is moved by QDateTime; keep round hours only.
                if (time.time().hour() == hour)
                    add(time, subDayLabel(time));
            }
        }
    } else if (step < 30 * DayMs) {
        const qint64 stepDays = step / DayMs;
        const bool weekdays = toMs - fromMs <= 14 * DayMs;
        for (QDate day = firstDay; day <= lastDay; day = day.addDays(1)) {
            // Anchored to the calendar, not to the range, so ticks stay put while panning.
            const bool onStep = stepDays >= 7 ? day.dayOfWeek() == 1 && (day.toJulianDay() / 7) % (stepDays / 7) == 0
                                              : day.toJulianDay() % stepDays == 0;
            if (onStep)
                add(QDateTime(day, QTime(0, 0), zone),
                    locale.toString(day, weekdays ? u"ddd d"_s : dayMonth));
        }
    } else {
        const int stepMonths = step >= 365 * DayMs ? 12 : step >= 182 * DayMs ? 6 : step >= 91 * DayMs ? 3 : 1;
        for (QDate month(firstDay.year(), firstDay.month(), 1); month <= lastDay; month = month.addMonths(1)) {
            if ((month.month() - 1) % stepMonths != 0)
                continue;
            const bool withYear = spansYears && (month.month() == 1 || ticks.isEmpty());
            add(QDateTime(month, QTime(0, 0), zone), locale.toString(month, withYear ? u"MMM yyyy"_s : u"MMM"_s));
        }
    }
    return ticks;
}

} // namespace kw::gui
