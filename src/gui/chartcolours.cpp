#include "chartcolours.h"

#include "flowcolours.h"

#include <algorithm>

namespace kw::gui {
ChartColours ChartColours::fromPalette(const QPalette &palette)
{
    const FlowColours flow = FlowColours::fromPalette(palette);
    ChartColours colours;
    colours.dark = flow.dark;
    colours.background = palette.color(QPalette::Window);
    colours.text = flow.text;
    colours.secondaryText = flow.secondaryText;
    colours.pv = flow.pv;
    colours.grid = flow.grid;
    colours.battery = flow.battery;
    // The diagram draws the house in the text tone; a little softer here so it does not read as
    // an axis.
    colours.house = mixColours(colours.background, flow.text, colours.dark ? 0.78 : 0.72);
    // Violet: SOC is a percentage on its own axis, and must not be mistaken for battery power.
    colours.soc = colours.dark ? QColor(0xc3, 0x9b, 0xff) : QColor(0x8a, 0x55, 0xd6);
    colours.gridLine = mixColours(colours.background, flow.text, colours.dark ? 0.13 : 0.09);
    colours.zeroLine = mixColours(colours.background, flow.text, colours.dark ? 0.42 : 0.35);
    colours.crosshair = mixColours(colours.background, flow.text, 0.5);
    return colours;
}

QColor ChartColours::forKind(kw::history::SeriesKind kind) const
{
    using kw::history::SeriesKind;
    switch (kind) {
    case SeriesKind::Pv: return pv;
    case SeriesKind::House: return house;
    case SeriesKind::Grid: return grid;
    case SeriesKind::Battery: return battery;
    case SeriesKind::Soc: return soc;
    }
    return text;
}

QColor ChartColours::faded(const QColor &colour, double amount) const
{
    return mixColours(colour, background, amount);
}

QFont ChartColours::scaledFont(const QFont &font, double factor)
{
    QFont scaled = font;
    if (font.pointSizeF() > 0)
        scaled.setPointSizeF(font.pointSizeF() * factor);
    else if (font.pixelSize() > 0)
        scaled.setPixelSize(std::max(1, qRound(font.pixelSize() * factor)));
    return scaled;
}

} // namespace kw::gui
