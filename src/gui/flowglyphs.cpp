#include "flowglyphs.h"

#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>

namespace kw::gui {
namespace {

QPen glyphPen(const QColor &colour, const QRectF &box)
{
    QPen pen(colour, std::max(1.0, box.width() * 0.075));
    pen.setCapStyle(Qt::RoundCap);
    pen.setJoinStyle(Qt::RoundJoin);
    return pen;
}

} // namespace

void FlowGlyphs::drawSun(QPainter &painter, const QRectF &box, const QColor &colour)
{
    painter.save();
    painter.setPen(glyphPen(colour, box));
    const QPointF centre = box.center();
    const double size = box.width();
    QColor fill = colour;
    fill.setAlphaF(0.35f);
    painter.setBrush(fill);
    painter.drawEllipse(centre, size * 0.2, size * 0.2);
    for (int ray = 0; ray < 8; ++ray) {
        const double angle = ray * std::numbers::pi / 4;
        const QPointF direction(std::cos(angle), std::sin(angle));
        painter.drawLine(centre + direction * size * 0.32, centre + direction * size * 0.46);
    }
    painter.restore();
}

void FlowGlyphs::drawPylon(QPainter &painter, const QRectF &box, const QColor &colour)
{
    painter.save();
    painter.setPen(glyphPen(colour, box));
    painter.setBrush(Qt::NoBrush);
    const double x = box.center().x();
    const double w = box.width();
    const double top = box.top() + w * 0.06;
    const double bottom = box.bottom() - w * 0.04;
    const double height = bottom - top;
    // Two legs narrowing to the top, two cross-arms and the lattice between the legs.
    const QPointF leftFoot(x - w * 0.26, bottom);
    const QPointF rightFoot(x + w * 0.26, bottom);
    const QPointF apex(x, top);
    painter.drawLine(leftFoot, apex);
    painter.drawLine(rightFoot, apex);
    const auto legX = [&](double y) { return w * 0.26 * (y - top) / height; };
    for (const double armY : {top + height * 0.22, top + height * 0.45}) {
        const double reach = armY < top + height * 0.3 ? 0.34 : 0.42;
        painter.drawLine(QPointF(x - w * reach, armY), QPointF(x + w * reach, armY));
    }
    const double y1 = top + height * 0.45;
    const double y2 = bottom;
    painter.drawLine(QPointF(x - legX(y1), y1), QPointF(x + legX(y2) * 0.55, top + height * 0.78));
    painter.drawLine(QPointF(x + legX(y1), y1), QPointF(x - legX(y2) * 0.55, top + height * 0.78));
    painter.restore();
}

void FlowGlyphs::drawBattery(QPainter &painter, const QRectF &box, const QColor &colour,
                             double levelPercent)
{
    painter.save();
    const QPen pen = glyphPen(colour, box);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    const double w = box.width();
    const QRectF body(box.center().x() - w * 0.24, box.top() + w * 0.16, w * 0.48, w * 0.78);
    const QRectF cap(box.center().x() - w * 0.1, box.top() + w * 0.05, w * 0.2, w * 0.11);
    painter.drawRoundedRect(body, w * 0.07, w * 0.07);
    painter.setBrush(colour);
    painter.drawRoundedRect(cap, w * 0.03, w * 0.03);
    if (levelPercent >= 0) {
        const double inset = pen.widthF() * 1.4;
        const QRectF inside = body.adjusted(inset, inset, -inset, -inset);
        const double level = std::clamp(levelPercent, 0.0, 100.0) / 100.0;
        QRectF fill = inside;
        fill.setTop(inside.bottom() - inside.height() * level);
        painter.setPen(Qt::NoPen);
        painter.drawRoundedRect(fill, w * 0.03, w * 0.03);
    }
    painter.restore();
}

void FlowGlyphs::drawHouse(QPainter &painter, const QRectF &box, const QColor &colour)
{
    painter.save();
    painter.setPen(glyphPen(colour, box));
    painter.setBrush(Qt::NoBrush);
    const double w = box.width();
    const double left = box.left() + w * 0.14;
    const double right = box.right() - w * 0.14;
    const double eaves = box.top() + w * 0.46;
    const double bottom = box.bottom() - w * 0.06;
    QPolygonF outline;
    outline << QPointF(left, eaves) << QPointF(box.center().x(), box.top() + w * 0.08)
            << QPointF(right, eaves);
    painter.drawPolyline(outline);
    const double wallInset = w * 0.08;
    painter.drawLine(QPointF(left + wallInset, eaves - w * 0.06), QPointF(left + wallInset, bottom));
    painter.drawLine(QPointF(right - wallInset, eaves - w * 0.06), QPointF(right - wallInset, bottom));
    painter.drawLine(QPointF(left + wallInset, bottom), QPointF(right - wallInset, bottom));
    const QRectF door(box.center().x() - w * 0.08, bottom - w * 0.26, w * 0.16, w * 0.26);
    painter.drawRect(door);
    painter.restore();
}

void FlowGlyphs::drawCar(QPainter &painter, const QRectF &box, const QColor &colour)
{
    painter.save();
    painter.setPen(glyphPen(colour, box));
    painter.setBrush(Qt::NoBrush);
    const double w = box.width();
    const auto at = [&box, w](double x, double y) { return QPointF(box.left() + x * w, box.top() + y * w); };
    // A car is wider than tall: it spans the box and sits low, level with the other glyphs' feet.
    const double sill = 0.76;
    const double wheelRadius = 0.115;
    const std::array<double, 2> wheelX{0.25, 0.75};

    // Body from the rear bumper over the roof to the front bumper, facing right.
    QPainterPath body;
    body.moveTo(at(0.02, sill));
    body.lineTo(at(0.02, 0.57));
    body.quadTo(at(0.02, 0.49), at(0.11, 0.48));
    body.lineTo(at(0.22, 0.47));
    body.lineTo(at(0.34, 0.24));
    body.lineTo(at(0.63, 0.24));
    body.lineTo(at(0.78, 0.47));
    body.lineTo(at(0.90, 0.50));
    body.quadTo(at(0.98, 0.52), at(0.98, 0.60));
    body.lineTo(at(0.98, sill));
    painter.drawPath(body);
    // The sill between and beside the wheel arches.
    const double gap = wheelRadius + 0.05;
    painter.drawLine(at(0.98, sill), at(wheelX[1] + gap, sill));
    painter.drawLine(at(wheelX[1] - gap, sill), at(wheelX[0] + gap, sill));
    painter.drawLine(at(wheelX[0] - gap, sill), at(0.02, sill));
    for (const double x : wheelX)
        painter.drawEllipse(at(x, sill + 0.01), wheelRadius * w, wheelRadius * w);

    // A charging bolt across the cabin.
    QPolygonF bolt;
    bolt << at(0.54, 0.27) << at(0.39, 0.42) << at(0.48, 0.42) << at(0.43, 0.58) << at(0.60, 0.38)
         << at(0.51, 0.38) << at(0.57, 0.27);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawPolygon(bolt);
    painter.restore();
}

} // namespace kw::gui
