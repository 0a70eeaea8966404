#pragma once

#include <QColor>
#include <QRectF>

class QPainter;

namespace kw::gui {

// Line-art icons for the flow diagram's nodes, drawn as vectors so they stay sharp at any size
// and device pixel ratio. Each fits the square `box` and uses `colour` for its strokes.
class FlowGlyphs
{
public:
    static void drawSun(QPainter &painter, const QRectF &box, const QColor &colour);
    static void drawPylon(QPainter &painter, const QRectF &box, const QColor &colour);
    // `levelPercent` fills the cell; nothing when unknown (< 0).
    static void drawBattery(QPainter &painter, const QRectF &box, const QColor &colour,
                            double levelPercent);
    static void drawHouse(QPainter &painter, const QRectF &box, const QColor &colour);
    // An electric car from the side with a charging bolt: the wallbox's load.
    static void drawCar(QPainter &painter, const QRectF &box, const QColor &colour);
};

} // namespace kw::gui
