#pragma once

#include "flowcolours.h"
#include "trayiconstate.h"

#include <QColor>
#include <QIcon>
#include <QImage>
#include <QList>

namespace kw::gui {

// Draws the tray icon for a TrayIconState: the SOC as a ring (battery green on a grey track,
// filling clockwise from 12 o'clock), a disc inside coloured by the grid (import: the grid's
// blue-grey, export: the solar amber, outage: red, balanced: neutral), and on it the battery's
// direction (arrow up: charging, down: discharging, bar: idle), a pause sign or a cross when the
// data is not live — then everything is grey. From 40 px the SOC is written in the disc too.
//
// Every size is drawn for itself, at 1× and 2× device pixels, rather than scaled from one
// bitmap: ring width, gaps and glyphs are chosen per size and the glyphs sit on whole pixels,
// so 16 px stays crisp. The colours are the flow diagram's light-palette ones: saturated
// mid-tones that read on light and dark panels alike (the panel's colour is not known to us).
class TrayIconPainter
{
public:
    static constexpr int TextFromPx = 40; // logical size from which the SOC is written out

    TrayIconPainter();
    explicit TrayIconPainter(const FlowColours &colours);

    // 16, 20, 22, 24, 32, 40, 48, 64: the sizes trays ask for on Windows, macOS, KDE, GNOME, XFCE.
    static QList<int> iconSizes();

    // All iconSizes() at device pixel ratios 1 and 2.
    QIcon icon(const TrayIconState &state) const;
    // One size: `logicalPx` × `devicePixelRatio` pixels, devicePixelRatio() set accordingly.
    QImage image(const TrayIconState &state, int logicalPx, int devicePixelRatio = 1) const;

    // The colours a state is drawn in (tests, and anyone matching the icon).
    QColor ringColour(const TrayIconState &state) const;
    QColor trackColour(const TrayIconState &state) const;
    QColor discColour(const TrayIconState &state) const;
    QColor glyphColour(const TrayIconState &state) const;

private:
    FlowColours m_colours;
};

} // namespace kw::gui
