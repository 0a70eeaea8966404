#pragma once

#include <QColor>
#include <QPalette>

namespace kw::gui {

// The battery heatmap's diverging colour scale for one palette: blue for readings below their
// module's mean, the table's own base colour at the mean, orange above it. Blue against orange
// stays distinct for the common colour-vision deficiencies (red against green does not), and the
// hues are the same on light and dark palettes so a colour means one thing everywhere; the text
// on a cell is chosen for contrast against that cell's colour.
struct HeatmapColours
{
    QColor neutral; // at the mean: the palette's Base, so a calm module looks like a plain table
    QColor below;   // a full span below the mean
    QColor above;   // a full span above
    QColor text;    // the palette's Text
    QColor muted;   // "—" of a cell without a reading
    bool dark = false;

    static HeatmapColours fromPalette(const QPalette &palette);

    // Signed strength in [−1, 1]: deviation / span, clamped at the span, through a gamma of 0.6
    // so the few millivolts between the cells of a healthy module still show as a tint while full
    // colour stays reserved for deviations near the span. 0 for a span that is not positive.
    static double strength(double deviation, double span);
    // The cell colour for a deviation from the module mean (in the unit of `span`).
    QColor background(double deviation, double span) const;
    // Text for a cell of colour `background` with at least 4.5:1 contrast: the palette's text,
    // else its base colour, else black or white.
    QColor textOn(const QColor &background) const;

    // WCAG 2 contrast ratio of two opaque colours (1 … 21).
    static double contrastRatio(const QColor &a, const QColor &b);
    // `a` with `amountOfB` (0 … 1) of `b` mixed in, per channel.
    static QColor mix(const QColor &a, const QColor &b, double amountOfB);
};

} // namespace kw::gui
