#pragma once

#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <QTimeZone>

namespace kw::gui {

// One labelled tick of a time axis.
struct TimeTick
{
    qint64 timeMs = 0; // UTC
    QString label;
    bool operator==(const TimeTick &other) const = default;
};

// Ticks of a chart's time axis at round local times (every 3 h on the hour, each midnight, each
// Monday, …) spaced at least minSpacingPx apart — rather than QDateTimeAxis's even division of
// the range, which puts labels at 13:47, 16:47 and moves them with every live update.
class TimeAxisTicks
{
public:
    static constexpr int DefaultMinSpacingPx = 90;

    // The ticks inside [fromMs, toMs] for an axis widthPx wide, in time order. Sub-day steps are
    // labelled with the time, and with the date ("Tue 14") at midnight; longer steps with the date.
    static QList<TimeTick> compute(qint64 fromMs, qint64 toMs, int widthPx,
                                   const QLocale &locale = QLocale(),
                                   const QTimeZone &zone = QTimeZone::systemTimeZone(),
                                   int minSpacingPx = DefaultMinSpacingPx);
    // The step compute() picks, in ms (months count as 30 days).
    static qint64 stepMs(qint64 spanMs, int widthPx, int minSpacingPx = DefaultMinSpacingPx);
    // Qt's category axes refuse a label they already have, yet "06:00" comes back every day:
    // repeats get zero-width spaces appended, which change nothing on screen.
    static QStringList distinctLabels(const QStringList &labels);
    // The locale's short time format without seconds ("HH:mm", "h:mm AP").
    static QString timeFormat(const QLocale &locale);
    // "d MMM" or "MMM d", in the order the locale writes day and month.
    static QString dayMonthFormat(const QLocale &locale);
};

} // namespace kw::gui
