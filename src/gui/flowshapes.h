#pragma once

#include <QColor>
#include <QList>
#include <QPointF>

#include <optional>

class QPainter;
class QPainterPath;

namespace kw::gui {

// The flow diagram's drawn parts that know nothing about energy: a flow along a curve (line plus
// moving dots, or a direction chevron when still) and a ring split into coloured segments.
class FlowShapes
{
public:
    struct RingSegment
    {
        double share = 0; // 0..1 of the full circle
        QColor colour;
    };

    // `scalePx` is the node radius all sizes follow; `share` (0..1) of full scale widens the line
    // and the dots. With `phase` (0..1, in dot spacings) dots are drawn, without it a chevron.
    static void drawFlow(QPainter &painter, const QPainterPath &curve, const QColor &colour,
                         double scalePx, double share, std::optional<double> phase);
    // A ring just inside the circle of `radius`, segments clockwise from 12 o'clock over `track`.
    static void drawRing(QPainter &painter, QPointF centre, double radius, const QColor &track,
                         const QList<RingSegment> &segments);
};

} // namespace kw::gui
