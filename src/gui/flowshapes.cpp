#include "flowshapes.h"

#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>

#include <algorithm>
#include <cmath>

namespace kw::gui {
namespace {

QColor withAlpha(QColor colour, double alpha)
{
    colour.setAlphaF(static_cast<float>(std::clamp(alpha, 0.0, 1.0)));
    return colour;
}

} // namespace

void FlowShapes::drawFlow(QPainter &painter, const QPainterPath &curve, const QColor &colour,
                          double scalePx, double share, std::optional<double> phase)
{
    painter.save();
    QPen linePen(withAlpha(colour, 0.45), std::max(1.5, scalePx * (0.03 + 0.05 * share)));
    linePen.setCapStyle(Qt::RoundCap);
    painter.setPen(linePen);
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(curve);

    const double spacingPx = std::max(12.0, scalePx * 0.5);
    const double lengthPx = curve.length();
    const double dotRadius = std::max(2.2, scalePx * (0.055 + 0.035 * share));
    painter.setPen(Qt::NoPen);
    if (lengthPx < spacingPx) {
        painter.restore();
        return;
    }
    if (!phase) {
        // Without motion a chevron still says which way the power goes; placed past the middle,
        // where PV → battery and grid → house cross.
        const double at = curve.percentAtLength(lengthPx * 0.6);
        painter.translate(curve.pointAtPercent(at));
        painter.rotate(-curve.angleAtPercent(at));
        painter.setBrush(colour);
        const double size = dotRadius * 2.2;
        painter.drawPolygon(QPolygonF({QPointF(size, 0), QPointF(-size * 0.8, -size * 0.8),
                                       QPointF(-size * 0.3, 0), QPointF(-size * 0.8, size * 0.8)}));
        painter.restore();
        return;
    }
    const int dotCount = static_cast<int>(lengthPx / spacingPx);
    const double stepPx = lengthPx / dotCount;
    for (int dot = 0; dot < dotCount; ++dot) {
        const double atPx = std::fmod((dot + *phase) * stepPx, lengthPx);
        // Dots fade in at the source and out at the sink instead of popping.
        const double fade = std::min({1.0, atPx / (stepPx * 0.6), (lengthPx - atPx) / (stepPx * 0.6)});
        painter.setBrush(withAlpha(colour, fade));
        painter.drawEllipse(curve.pointAtPercent(curve.percentAtLength(atPx)), dotRadius, dotRadius);
    }
    painter.restore();
}

void FlowShapes::drawRing(QPainter &painter, QPointF centre, double radius, const QColor &track,
                          const QList<RingSegment> &segments)
{
    painter.save();
    const double ringWidth = std::max(2.0, radius * 0.085);
    const double ringRadius = radius - ringWidth / 2;
    const QRectF ringRect(centre.x() - ringRadius, centre.y() - ringRadius, 2 * ringRadius,
                          2 * ringRadius);
    QPen pen(track, ringWidth);
    pen.setCapStyle(Qt::FlatCap);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(pen);
    painter.drawEllipse(ringRect);
    double startShare = 0;
    for (const RingSegment &segment : segments) {
        if (segment.share > 0.0) {
            pen.setColor(segment.colour);
            painter.setPen(pen);
            // Qt angles: 1/16°, counter-clockwise from 3 o'clock.
            const int start = static_cast<int>(std::lround((90.0 - startShare * 360.0) * 16));
            const int span = -static_cast<int>(std::lround(std::min(segment.share, 1.0) * 360.0 * 16));
            painter.drawArc(ringRect, start, span);
        }
        startShare += segment.share;
    }
    painter.restore();
}

} // namespace kw::gui
