#include "heatmapcolours.h"

#include "thememanager.h"

#include <algorithm>
#include <cmath>

namespace kw::gui {
namespace {

// How much of the end colour a full-span cell gets: nearly all of it, with a trace of the base
// so the scale sits in the table rather than on top of it.
constexpr double MaximumMix = 0.88;
constexpr double Gamma = 0.6;

double channelLuminance(double channel)
{
    return channel <= 0.03928 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

double relativeLuminance(const QColor &colour)
{
    return 0.2126 * channelLuminance(colour.redF()) + 0.7152 * channelLuminance(colour.greenF())
         + 0.0722 * channelLuminance(colour.blueF());
}

} // namespace

HeatmapColours HeatmapColours::fromPalette(const QPalette &palette)
{
    HeatmapColours colours;
    colours.neutral = palette.color(QPalette::Base);
    colours.text = palette.color(QPalette::Text);
    colours.dark = ThemeManager::isDark(palette);
    // Light palettes: deep shades, so white text reads on a saturated cell. Dark palettes: the
    // same hues a step lighter, as a dark base would swallow the deep ones.
    colours.below = colours.dark ? QColor(0x3d, 0x8b, 0xe0) : QColor(0x21, 0x66, 0xc4);
    colours.above = colours.dark ? QColor(0xf0, 0x8a, 0x2c) : QColor(0xd9, 0x5f, 0x0e);
    colours.muted = mix(colours.neutral, colours.text, 0.45);
    return colours;
}

double HeatmapColours::strength(double deviation, double span)
{
    if (!(span > 0.0) || !std::isfinite(deviation))
        return 0.0;
    const double fraction = std::min(std::abs(deviation) / span, 1.0);
    const double shaped = std::pow(fraction, Gamma);
    return deviation < 0.0 ? -shaped : shaped;
}

QColor HeatmapColours::background(double deviation, double span) const
{
    const double s = strength(deviation, span);
    if (s == 0.0)
        return neutral;
    return mix(neutral, s < 0.0 ? below : above, std::abs(s) * MaximumMix);
}

QColor HeatmapColours::textOn(const QColor &background) const
{
    // The palette's own colours where they reach WCAG AA for body text (4.5:1); on mid-tone cells
    // of a dark palette neither does, and only black or white reach it there.
    constexpr double Readable = 4.5;
    if (contrastRatio(text, background) >= Readable)
        return text;
    if (contrastRatio(neutral, background) >= Readable)
        return neutral;
    const QColor black(Qt::black);
    const QColor white(Qt::white);
    return contrastRatio(black, background) >= contrastRatio(white, background) ? black : white;
}

double HeatmapColours::contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor HeatmapColours::mix(const QColor &a, const QColor &b, double amountOfB)
{
    const double t = std::clamp(amountOfB, 0.0, 1.0);
    const auto channel = [t](int from, int to) { return int(std::lround(from + (to - from) * t)); };
    return QColor(channel(a.red(), b.red()), channel(a.green(), b.green()), channel(a.blue(), b.blue()));
}

} // namespace kw::gui
