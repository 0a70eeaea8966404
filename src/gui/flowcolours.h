#pragma once

#include <QColor>
#include <QPalette>

namespace kw::gui {

// The flow diagram's colours for one palette: a fixed hue per source (PV amber, grid blue-grey,
// battery green), brightened on dark palettes; text and tracks taken from the palette itself.
// `a` blended towards `b` by `amountOfB` (0 … 1), channel by channel.
QColor mixColours(const QColor &a, const QColor &b, double amountOfB);

struct FlowColours
{
    QColor pv;
    QColor grid;
    QColor battery;
    QColor outage;
    QColor text;
    QColor secondaryText;
    QColor track;      // the faint line of a path carrying nothing
    QColor nodeFill;   // inside of a node circle
    QColor ringTrack;  // the empty part of the SOC ring
    bool dark = false;

    static FlowColours fromPalette(const QPalette &palette);
    // `colour` washed into the node fill, for a node's tinted inside.
    QColor tint(const QColor &colour, double amount) const;
};

} // namespace kw::gui
