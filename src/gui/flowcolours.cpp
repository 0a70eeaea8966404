#include "flowcolours.h"

#include "thememanager.h"

namespace kw::gui {
QColor mixColours(const QColor &a, const QColor &b, double amountOfB)
{
    const double keep = 1.0 - amountOfB;
    return QColor::fromRgbF(static_cast<float>(a.redF() * keep + b.redF() * amountOfB),
                            static_cast<float>(a.greenF() * keep + b.greenF() * amountOfB),
                            static_cast<float>(a.blueF() * keep + b.blueF() * amountOfB));
}

FlowColours FlowColours::fromPalette(const QPalette &palette)
{
    FlowColours colours;
    const QColor window = palette.color(QPalette::Window);
    colours.dark = ThemeManager::isDark(palette);
    colours.text = palette.color(QPalette::WindowText);
    colours.secondaryText = mixColours(window, colours.text, 0.68);
    // Hues stay fixed so a source is recognised by colour; dark backgrounds get lighter shades
    // for the same contrast.
    colours.pv = colours.dark ? QColor(0xff, 0xc4, 0x3d) : QColor(0xe0, 0x9a, 0x00);
    colours.grid = colours.dark ? QColor(0x93, 0xa9, 0xc4) : QColor(0x5b, 0x77, 0x96);
    colours.battery = colours.dark ? QColor(0x4c, 0xc7, 0x7d) : QColor(0x2a, 0x9d, 0x5a);
    colours.outage = colours.dark ? QColor(0xff, 0x6b, 0x5e) : QColor(0xc8, 0x3a, 0x2e);
    colours.track = mixColours(window, colours.text, colours.dark ? 0.20 : 0.14);
    colours.ringTrack = mixColours(window, colours.text, colours.dark ? 0.16 : 0.10);
    colours.nodeFill = mixColours(window, palette.color(QPalette::Base), 0.6);
    return colours;
}

QColor FlowColours::tint(const QColor &colour, double amount) const
{
    return mixColours(nodeFill, colour, amount);
}

} // namespace kw::gui
