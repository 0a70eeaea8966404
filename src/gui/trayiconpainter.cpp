#include "trayiconpainter.h"

#include "thememanager.h"

#include <QFont>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

#include <algorithm>
#include <cmath>

namespace kw::gui {
namespace {

using Battery = TrayIconState::Battery;
using Grid = TrayIconState::Grid;

// Below this many device pixels a glyph is built from whole-pixel rectangles (no antialiasing:
// a 45° staircase is crisp at 10 px, a smoothed one is a blur); above, smooth paths look better.
constexpr int PixelGlyphBelowPx = 24;

const QColor Neutral(0x76, 0x7e, 0x8a);     // balanced grid: no flow to colour by
const QColor GreyDisc(0x9a, 0x9a, 0x9a);    // not live
const QColor GreyRing(0x80, 0x80, 0x80);    // the last SOC, not live
const QColor Track(0x80, 0x80, 0x80, 0x70); // the ring's empty part: visible on any panel
const QColor GreyTrack(0x80, 0x80, 0x80, 0x48);
const QColor DarkGlyph(0x1c, 0x1c, 0x1c);
const QColor LightGlyph(0xff, 0xff, 0xff);

int even(double value)
{
    return std::max(2, 2 * static_cast<int>(std::lround(value / 2.0)));
}

double relativeLuminance(const QColor &colour)
{
    const auto linear = [](float channel) {
        const double c = channel;
        return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF())
         + 0.0722 * linear(colour.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a) + 0.05;
    const double lb = relativeLuminance(b) + 0.05;
    return std::max(la, lb) / std::min(la, lb);
}

// The sizes of one drawing, in device pixels.
struct Layout
{
    int size = 0;   // the whole icon
    int margin = 0; // around the ring
    int ring = 0;   // ring width
    int gap = 0;    // between ring and disc
    int disc = 0;   // disc diameter

    static Layout forSize(int logicalPx, int devicePixelRatio)
    {
        Layout l;
        l.size = logicalPx * devicePixelRatio;
        // Small trays give no room to waste; big icons look cramped touching the edge.
        l.margin = logicalPx <= 24 ? 0 : static_cast<int>(std::lround(l.size * 0.03));
        l.ring = std::max(2, static_cast<int>(std::lround(l.size * 0.14)));
        l.gap = std::max(1, static_cast<int>(std::lround(l.size * 0.05)));
        l.disc = l.size - 2 * (l.margin + l.ring + l.gap);
        return l;
    }
};

// A glyph's box, centred on the disc: width and height even like the disc, so it lands on whole
// pixels.
QRect centredBox(const Layout &l, int width, int height, int offsetY = 0)
{
    return QRect((l.size - width) / 2, (l.size - height) / 2 + offsetY, width, height);
}

void drawArrow(QPainter &p, const QRect &box, bool up, const QColor &colour, bool pixelSteps)
{
    // Head: a triangle as wide as the box and half as tall (45° sides); stem: the rest.
    const int width = box.width();
    const int headRows = width / 2;
    const int stem = even(width * 0.34);
    const int stemRows = std::max(1, box.height() - headRows);
    p.setPen(Qt::NoPen);
    p.setBrush(colour);
    const int centreX = box.left() + width / 2;
    if (pixelSteps) {
        p.setRenderHint(QPainter::Antialiasing, false);
        for (int row = 0; row < headRows; ++row) {
            const int rowWidth = 2 * (row + 1);
            const int y = up ? box.top() + row : box.bottom() - row;
            p.fillRect(QRect(centreX - rowWidth / 2, y, rowWidth, 1), colour);
        }
        const int stemTop = up ? box.top() + headRows : box.bottom() - headRows - stemRows + 1;
        p.fillRect(QRect(centreX - stem / 2, stemTop, stem, stemRows), colour);
        return;
    }
    p.setRenderHint(QPainter::Antialiasing, true);
    const double tipY = up ? box.top() : box.bottom() + 1;
    const double baseY = up ? box.top() + headRows : box.bottom() + 1 - headRows;
    const double endY = up ? box.top() + headRows + stemRows : box.bottom() + 1 - headRows - stemRows;
    QPainterPath arrow;
    arrow.moveTo(centreX, tipY);
    arrow.lineTo(box.left() + width, baseY);
    arrow.lineTo(centreX + stem / 2, baseY);
    arrow.lineTo(centreX + stem / 2, endY);
    arrow.lineTo(centreX - stem / 2, endY);
    arrow.lineTo(centreX - stem / 2, baseY);
    arrow.lineTo(box.left(), baseY);
    arrow.closeSubpath();
    p.drawPath(arrow);
}

void drawCross(QPainter &p, const QRect &box, int thickness, const QColor &colour, bool pixelSteps)
{
    if (pixelSteps) {
        // Two diagonals drawn row by row, `thickness` pixels wide each, one pixel further per row:
        // the pixel-art ×, crisp and open where square blocks would merge into a blob.
        p.setRenderHint(QPainter::Antialiasing, false);
        const int rows = box.width() - thickness + 1;
        const int top = box.top() + (box.height() - rows) / 2;
        for (int i = 0; i < rows; ++i) {
            p.fillRect(QRect(box.left() + i, top + i, thickness, 1), colour);
            p.fillRect(QRect(box.right() - thickness + 1 - i, top + i, thickness, 1), colour);
        }
        return;
    }
    p.setRenderHint(QPainter::Antialiasing, true);
    QPen pen(colour, thickness, Qt::SolidLine, Qt::FlatCap);
    p.setPen(pen);
    const double inset = thickness / 2.0 * 0.7;
    const QRectF r = QRectF(box).adjusted(inset, inset, -inset, -inset);
    p.drawLine(r.topLeft(), r.bottomRight());
    p.drawLine(r.topRight(), r.bottomLeft());
    p.setPen(Qt::NoPen);
}

void drawGlyph(QPainter &p, const Layout &l, const TrayIconState &state, const QColor &colour,
               int glyphHeight, int offsetY)
{
    const bool pixelSteps = l.disc < PixelGlyphBelowPx;
    const int width = even(glyphHeight);
    const int stroke = even(glyphHeight * 0.3);
    if (!state.reachable && !state.paused) {
        const int crossStroke = pixelSteps ? std::max(2, static_cast<int>(std::lround(width * 0.3))) : stroke;
        drawCross(p, centredBox(l, width, width, offsetY), crossStroke, colour, pixelSteps);
        return;
    }
    p.setRenderHint(QPainter::Antialiasing, false);
    if (state.paused) {
        const int barWidth = std::max(2, stroke);
        const int gap = std::max(2, barWidth);
        const QRect box = centredBox(l, 2 * barWidth + gap, width, offsetY);
        p.fillRect(QRect(box.left(), box.top(), barWidth, box.height()), colour);
        p.fillRect(QRect(box.right() - barWidth + 1, box.top(), barWidth, box.height()), colour);
        return;
    }
    switch (state.battery) {
    case Battery::Charging:
    case Battery::Discharging:
        drawArrow(p, centredBox(l, width, width, offsetY), state.battery == Battery::Charging, colour,
                  pixelSteps);
        return;
    case Battery::Idle:
        p.fillRect(centredBox(l, width, stroke, offsetY), colour);
        return;
    case Battery::Unknown:
        return;
    }
}

} // namespace

TrayIconPainter::TrayIconPainter()
    : TrayIconPainter(FlowColours::fromPalette(ThemeManager::lightPalette()))
{
}

TrayIconPainter::TrayIconPainter(const FlowColours &colours)
    : m_colours(colours)
{
}

QList<int> TrayIconPainter::iconSizes()
{
    return {16, 20, 22, 24, 32, 40, 48, 64};
}

QColor TrayIconPainter::ringColour(const TrayIconState &state) const
{
    return state.reachable && !state.paused ? m_colours.battery : GreyRing;
}

QColor TrayIconPainter::trackColour(const TrayIconState &state) const
{
    return state.reachable && !state.paused ? Track : GreyTrack;
}

QColor TrayIconPainter::discColour(const TrayIconState &state) const
{
    if (!state.reachable || state.paused)
        return GreyDisc;
    switch (state.grid) {
    case Grid::Importing: return m_colours.grid;
    case Grid::Exporting: return m_colours.pv;
    case Grid::Outage: return m_colours.outage;
    case Grid::Balanced:
    case Grid::Unknown: return Neutral;
    }
    return Neutral;
}

QColor TrayIconPainter::glyphColour(const TrayIconState &state) const
{
    const QColor disc = discColour(state);
    return contrast(disc, LightGlyph) >= contrast(disc, DarkGlyph) ? LightGlyph : DarkGlyph;
}

QImage TrayIconPainter::image(const TrayIconState &state, int logicalPx, int devicePixelRatio) const
{
    const Layout l = Layout::forSize(logicalPx, std::max(1, devicePixelRatio));
    QImage image(l.size, l.size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setPen(Qt::NoPen);

    // The ring: track all round, the SOC share on top of it.
    const QRectF outer(l.margin, l.margin, l.size - 2 * l.margin, l.size - 2 * l.margin);
    const double innerInset = l.margin + l.ring;
    const QRectF inner(innerInset, innerInset, l.size - 2 * innerInset, l.size - 2 * innerInset);
    QPainterPath hole;
    hole.addEllipse(inner);
    QPainterPath annulus;
    annulus.addEllipse(outer);
    annulus = annulus.subtracted(hole);
    p.setBrush(trackColour(state));
    p.drawPath(annulus);
    if (state.socPercent && *state.socPercent > 0) {
        QPainterPath share;
        if (*state.socPercent >= 100) {
            share = annulus;
        } else {
            share.moveTo(outer.center());
            share.arcTo(outer, 90.0, -3.6 * *state.socPercent);
            share.closeSubpath();
            share = share.subtracted(hole);
        }
        p.setBrush(ringColour(state));
        p.drawPath(share);
    }

    const double discInset = l.margin + l.ring + l.gap;
    p.setBrush(discColour(state));
    p.drawEllipse(QRectF(discInset, discInset, l.disc, l.disc));

    const QColor glyph = glyphColour(state);
    const bool withText = logicalPx >= TextFromPx && state.socPercent && state.reachable && !state.paused;
    if (!withText) {
        drawGlyph(p, l, state, glyph, even(l.disc * 0.6), 0);
    } else {
        // The number above, a smaller glyph under it; together centred in the disc.
        QFont font;
        font.setBold(true);
        const QString text = QLocale().toString(*state.socPercent);
        font.setPixelSize(std::max(8, static_cast<int>(std::lround(l.disc * (text.size() > 2 ? 0.34 : 0.42)))));
        p.setFont(font);
        const QFontMetrics metrics(font);
        const int glyphHeight = even(l.disc * 0.24);
        const int textHeight = metrics.capHeight();
        const int spacing = std::max(2, l.disc / 14);
        const int total = textHeight + spacing + glyphHeight;
        const int top = (l.size - total) / 2;
        p.setRenderHint(QPainter::TextAntialiasing, true);
        p.setPen(glyph);
        const int textWidth = metrics.horizontalAdvance(text);
        p.drawText(QPointF((l.size - textWidth) / 2.0, top + textHeight), text);
        p.setPen(Qt::NoPen);
        const int glyphCentreY = top + textHeight + spacing + glyphHeight / 2;
        drawGlyph(p, l, state, glyph, glyphHeight, glyphCentreY - l.size / 2);
    }
    p.end();
    image.setDevicePixelRatio(std::max(1, devicePixelRatio));
    return image;
}

QIcon TrayIconPainter::icon(const TrayIconState &state) const
{
    QIcon icon;
    for (const int size : iconSizes()) {
        for (const int ratio : {1, 2})
            icon.addPixmap(QPixmap::fromImage(image(state, size, ratio)));
    }
    return icon;
}

} // namespace kw::gui
