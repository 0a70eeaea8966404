#pragma once

#include <QString>
#include <QtGlobal>

namespace kw::gui {

enum class ChartRangePreset { Hour, SixHours, Day, Week, Month, Custom };

// A span of time [fromMs, toMs) in UTC milliseconds.
struct TimeRange
{
    qint64 fromMs = 0;
    qint64 toMs = 0;

    qint64 spanMs() const { return toMs - fromMs; }
    bool isValid() const { return toMs > fromMs; }
    bool contains(qint64 timeMs) const { return timeMs >= fromMs && timeMs < toMs; }
    bool operator==(const TimeRange &other) const = default;
};

// The charts' time ranges: what each preset spans, and how zooming and panning move a range
// without leaving the spans a chart can sensibly show.
class ChartRange
{
public:
    // Below two minutes a 5 s recording is a handful of points; above a year the hour rollups
    // stop being cheap.
    static constexpr qint64 MinSpanMs = 2 * 60 * 1000;
    static constexpr qint64 MaxSpanMs = 366LL * 24 * 3600 * 1000;

    // 0 for Custom.
    static qint64 presetSpanMs(ChartRangePreset preset);
    // The preset's span ending at nowMs; Custom yields an invalid range.
    static TimeRange presetRange(ChartRangePreset preset, qint64 nowMs);
    // "1 h", "6 h", "24 h", "7 d", "30 d", "Custom"
    static QString presetLabel(ChartRangePreset preset);

    // Span forced into [MinSpanMs, MaxSpanMs] around the range's middle; an empty or reversed
    // range becomes MinSpanMs ending at its end.
    static TimeRange clamped(TimeRange range);
    // factor < 1 zooms in, > 1 out; anchorMs stays where it is on screen.
    static TimeRange zoomed(TimeRange range, qint64 anchorMs, double factor);
    static TimeRange panned(TimeRange range, qint64 deltaMs);

    // How many local days the daily-energy bars show for a range: a week up to 7 days, else 30.
    static int dailyEnergyDays(qint64 spanMs);
};

} // namespace kw::gui
