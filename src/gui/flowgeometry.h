#pragma once

#include <QPainterPath>
#include <QPointF>
#include <QRectF>

#include <algorithm>
#include <array>

namespace kw::gui {

enum class FlowNode { Pv, Grid, Battery, House };
inline constexpr int FlowNodeCount = 4;

// Every path of kw::models::EnergyFlows, drawn source → sink.
enum class FlowPath { PvToHouse, PvToBattery, PvToGrid, GridToHouse, GridToBattery, BatteryToHouse,
                      BatteryToGrid };
inline constexpr int FlowPathCount = 7;

// Where the flow diagram's nodes and paths sit for a given widget size: PV on top, grid left,
// battery at the bottom, house right; curves bend towards the centre so they never run under the
// node captions. Pure geometry, so layouts can be checked without painting.
class FlowGeometry
{
public:
    static FlowGeometry compute(const QRectF &bounds);

    static FlowNode sourceOf(FlowPath path);
    static FlowNode sinkOf(FlowPath path);

    QPointF centre(FlowNode node) const { return m_centres[static_cast<int>(node)]; }
    double nodeRadius() const { return m_radiusPx; }
    // Pixel sizes of the fonts the diagram uses, scaled with the nodes.
    double valueFontPx() const { return m_radiusPx * 0.27; }
    // Never below ~10.5 px where the nodes allow it, so captions stay readable at 600×400.
    double captionFontPx() const { return std::max(m_radiusPx * 0.19, std::min(10.5, m_radiusPx * 0.25)); }
    // The curve from the source's rim to the sink's rim.
    const QPainterPath &path(FlowPath path) const { return m_paths[static_cast<int>(path)]; }

private:
    std::array<QPointF, FlowNodeCount> m_centres;
    std::array<QPainterPath, FlowPathCount> m_paths;
    double m_radiusPx = 0;
};

} // namespace kw::gui
