#include "chartrange.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace kw::gui {
namespace {

constexpr qint64 HourMs = 3600 * 1000;
constexpr qint64 DayMs = 24 * HourMs;

} // namespace

qint64 ChartRange::presetSpanMs(ChartRangePreset preset)
{
    switch (preset) {
    case ChartRangePreset::Hour: return HourMs;
    case ChartRangePreset::SixHours: return 6 * HourMs;
    case ChartRangePreset::Day: return DayMs;
    case ChartRangePreset::Week: return 7 * DayMs;
    case ChartRangePreset::Month: return 30 * DayMs;
    case ChartRangePreset::Custom: return 0;
    }
    return 0;
}

TimeRange ChartRange::presetRange(ChartRangePreset preset, qint64 nowMs)
{
    const qint64 spanMs = presetSpanMs(preset);
    if (spanMs <= 0)
        return {};
    return {nowMs - spanMs, nowMs};
}

QString ChartRange::presetLabel(ChartRangePreset preset)
{
    switch (preset) {
    case ChartRangePreset::Hour: return QCoreApplication::translate("kw::gui::ChartRange", "1 h");
    case ChartRangePreset::SixHours: return QCoreApplication::translate("kw::gui::ChartRange", "6 h");
    case ChartRangePreset::Day: return QCoreApplication::translate("kw::gui::ChartRange", "24 h");
    case ChartRangePreset::Week: return QCoreApplication::translate("kw::gui::ChartRange", "7 d");
    case ChartRangePreset::Month: return QCoreApplication::translate("kw::gui::ChartRange", "30 d");
    case ChartRangePreset::Custom: return QCoreApplication::translate("kw::gui::ChartRange", "Custom");
    }
    return {};
}

TimeRange ChartRange::clamped(TimeRange range)
{
    if (!range.isValid())
        return {range.toMs - MinSpanMs, range.toMs};
    const qint64 spanMs = std::clamp(range.spanMs(), MinSpanMs, MaxSpanMs);
    if (spanMs == range.spanMs())
        return range;
    const qint64 middleMs = range.fromMs + range.spanMs() / 2;
    return {middleMs - spanMs / 2, middleMs - spanMs / 2 + spanMs};
}

TimeRange ChartRange::zoomed(TimeRange range, qint64 anchorMs, double factor)
{
    if (!(factor > 0) || !range.isValid())
        return clamped(range);
    const double spanMs = std::clamp(double(range.spanMs()) * factor, double(MinSpanMs), double(MaxSpanMs));
    // The anchor keeps its fraction of the width, so the point under the cursor stays put.
    const double anchorShare = std::clamp(double(anchorMs - range.fromMs) / double(range.spanMs()), 0.0, 1.0);
    const qint64 fromMs = anchorMs - qint64(std::llround(spanMs * anchorShare));
    return {fromMs, fromMs + qint64(std::llround(spanMs))};
}

TimeRange ChartRange::panned(TimeRange range, qint64 deltaMs)
{
    return {range.fromMs + deltaMs, range.toMs + deltaMs};
}

int ChartRange::dailyEnergyDays(qint64 spanMs)
{
    return spanMs <= 7 * DayMs ? 7 : 30;
}

} // namespace kw::gui
