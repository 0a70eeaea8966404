#pragma once

#include "history/serieskind.h"

#include <QColor>
#include <QFont>
#include <QPalette>

namespace kw::gui {

// The charts' colours (and type sizes) for one palette: the energy-flow diagram's hues for PV, grid and battery
// (FlowColours), the house in the diagram's neutral text tone, SOC in the battery's hue, and
// axis, grid-line and background tones taken from the palette.
struct ChartColours
{
    QColor pv;
    QColor house;
    QColor grid;
    QColor battery;
    QColor soc;
    QColor background;
    QColor text;
    QColor secondaryText;
    QColor gridLine;
    QColor zeroLine;
    QColor crosshair;
    bool dark = false;

    static ChartColours fromPalette(const QPalette &palette);
    QColor forKind(kw::history::SeriesKind kind) const;
    // `colour` washed towards the background, for second members of a pair (export, charge).
    QColor faded(const QColor &colour, double amount) const;
    // `font` scaled by `factor`, whether it is sized in points or in pixels.
    static QFont scaledFont(const QFont &font, double factor);
};

} // namespace kw::gui
