#include "flowgeometry.h"

#include <QLineF>

#include <algorithm>
#include <cmath>

namespace kw::gui {
namespace {

// Point at distance `radius` from `centre` towards `target`.
QPointF towards(QPointF centre, QPointF target, double radius)
{
    const QLineF line(centre, target);
    if (line.length() <= 0.0)
        return centre;
    return centre + (target - centre) * (radius / line.length());
}

} // namespace

FlowNode FlowGeometry::sourceOf(FlowPath path)
{
    switch (path) {
    case FlowPath::PvToHouse:
    case FlowPath::PvToBattery:
    case FlowPath::PvToGrid:
        return FlowNode::Pv;
    case FlowPath::GridToHouse:
    case FlowPath::GridToBattery:
        return FlowNode::Grid;
    case FlowPath::BatteryToHouse:
    case FlowPath::BatteryToGrid:
        return FlowNode::Battery;
    case FlowPath::HouseToWallbox:
        return FlowNode::House;
    }
    return FlowNode::Pv;
}

FlowNode FlowGeometry::sinkOf(FlowPath path)
{
    switch (path) {
    case FlowPath::PvToHouse:
    case FlowPath::GridToHouse:
    case FlowPath::BatteryToHouse:
        return FlowNode::House;
    case FlowPath::PvToBattery:
    case FlowPath::GridToBattery:
        return FlowNode::Battery;
    case FlowPath::PvToGrid:
    case FlowPath::BatteryToGrid:
        return FlowNode::Grid;
    case FlowPath::HouseToWallbox:
        return FlowNode::Wallbox;
    }
    return FlowNode::House;
}

FlowGeometry FlowGeometry::compute(const QRectF &bounds, bool withWallbox)
{
    FlowGeometry geometry;
    geometry.m_hasWallbox = withWallbox;
    const double marginPx = std::max(4.0, std::min(bounds.width(), bounds.height()) * 0.03);
    const QRectF area = bounds.adjusted(marginPx, marginPx, -marginPx, -marginPx);
    // Vertically: one caption line over PV, two under the battery, and 3.4 r between the PV and
    // battery centres so the grid and house circles fit beside them. Horizontally: room for the
    // grid and house captions (±1.6 r) and at least 4 r between their centres. A wallbox sits
    // WallboxOffset r right of the house, far enough for a path with a few dots; the nodes shrink
    // rather than squeeze the diamond below WallboxHalfSpan r (its paths would become stubs), and
    // the short captions at the outer nodes need only EdgeRoom r.
    constexpr double WallboxOffset = 2.8;
    constexpr double WallboxHalfSpan = 2.7;
    constexpr double EdgeRoom = 1.25;
    constexpr double WallboxGroupWidth = 2 * EdgeRoom + 2 * WallboxHalfSpan + WallboxOffset;
    const double byHeight = area.height() / 6.3;
    const double byWidth = area.width() / (withWallbox ? WallboxGroupWidth : 7.4);
    const double radius = std::clamp(std::min(byHeight, byWidth), 10.0, 120.0);
    geometry.m_radiusPx = radius;

    const double captionPx = geometry.captionFontPx() * 1.5;
    const double verticalSpan = 3.4 * radius;
    // Large widgets keep the diamond's proportions and centre it instead of stretching it.
    const double usedHeight = captionPx + 2 * radius + verticalSpan + 2 * captionPx;
    const double top = area.top() + std::max(0.0, (area.height() - usedHeight) / 2);
    const double pvY = top + captionPx + radius;
    const double batteryY = pvY + verticalSpan;
    const double middleY = (pvY + batteryY) / 2;
    double centreX = area.center().x();
    double halfSpan = std::clamp(area.width() / 2 - 1.6 * radius, 2.0 * radius, 3.2 * radius);
    if (withWallbox) {
        // The diamond widens with what the wallbox leaves, and the whole group is centred.
        const double spare = area.width() - WallboxGroupWidth * radius;
        halfSpan = WallboxHalfSpan * radius + std::clamp(spare / 2, 0.0, (3.2 - WallboxHalfSpan) * radius);
        const double groupWidth = 2 * EdgeRoom * radius + 2 * halfSpan + WallboxOffset * radius;
        centreX = area.center().x() - groupWidth / 2 + EdgeRoom * radius + halfSpan;
    }

    geometry.m_centres[static_cast<int>(FlowNode::Pv)] = {centreX, pvY};
    geometry.m_centres[static_cast<int>(FlowNode::Battery)] = {centreX, batteryY};
    geometry.m_centres[static_cast<int>(FlowNode::Grid)] = {centreX - halfSpan, middleY};
    geometry.m_centres[static_cast<int>(FlowNode::House)] = {centreX + halfSpan, middleY};
    geometry.m_centres[static_cast<int>(FlowNode::Wallbox)] =
        withWallbox ? QPointF(centreX + halfSpan + WallboxOffset * radius, batteryY) : QPointF();

    const QPointF middle(centreX, middleY);
    for (int index = 0; index < geometry.pathCount(); ++index) {
        const auto flowPath = static_cast<FlowPath>(index);
        const QPointF from = geometry.centre(sourceOf(flowPath));
        const QPointF to = geometry.centre(sinkOf(flowPath));
        QPainterPath curve;
        const bool opposite = std::abs(from.x() - to.x()) < 1.0 || std::abs(from.y() - to.y()) < 1.0;
        if (opposite || flowPath == FlowPath::HouseToWallbox) {
            // PV ↔ battery and grid ↔ house face each other: a straight line through the centre.
            // The wallbox hangs off the house outside the diamond: straight, away from it.
            curve.moveTo(towards(from, to, radius));
            curve.lineTo(towards(to, from, radius));
        } else {
            // Neighbours: bend towards the centre, leaving the outer side free for captions.
            const QPointF chordMiddle = (from + to) / 2;
            const QPointF control = chordMiddle + (middle - chordMiddle) * 0.55;
            curve.moveTo(towards(from, control, radius));
            curve.quadTo(control, towards(to, control, radius));
        }
        geometry.m_paths[index] = curve;
    }
    return geometry;
}

} // namespace kw::gui
