#pragma once

#include <QPainterPath>
#include <QPointF>
#include <QRectF>

#include <algorithm>
#include <array>

namespace kw::gui {

// The wallbox comes last: it is a node only on devices that have one.
enum class FlowNode { Pv, Grid, Battery, House, Wallbox };
inline constexpr int FlowNodeCount = 5;

// Every path of kw::models::EnergyFlows, drawn source → sink. The first FlowPathCount join PV,
// grid, battery and house and are always there; HouseToWallbox follows only with a wallbox.
enum class FlowPath { PvToHouse, PvToBattery, PvToGrid, GridToHouse, GridToBattery, BatteryToHouse,
                      BatteryToGrid, HouseToWallbox };
inline constexpr int FlowPathCount = 7;
inline constexpr int FlowPathCountWithWallbox = 8;

// Where the flow diagram's nodes and paths sit for a given widget size: PV on top, grid left,
// battery at the bottom, house right; curves bend towards the centre so they never run under the
// node captions. With a wallbox it hangs off the house to the lower right, level with the
// battery, and the diamond narrows to make room. Pure geometry, so layouts can be checked without
// painting.
class FlowGeometry
{
public:
    static FlowGeometry compute(const QRectF &bounds, bool withWallbox = false);

    static FlowNode sourceOf(FlowPath path);
    static FlowNode sinkOf(FlowPath path);

    bool hasWallbox() const { return m_hasWallbox; }
    // The nodes drawn: PV, grid, battery, house (and the wallbox).
    int nodeCount() const { return m_hasWallbox ? FlowNodeCount : FlowNodeCount - 1; }
    int pathCount() const { return m_hasWallbox ? FlowPathCountWithWallbox : FlowPathCount; }
    QPointF centre(FlowNode node) const { return m_centres[static_cast<int>(node)]; }
    double nodeRadius() const { return m_radiusPx; }
    // Pixel sizes of the fonts the diagram uses, scaled with the nodes.
    double valueFontPx() const { return m_radiusPx * 0.27; }
    // Never below ~10.5 px where the nodes allow it, so captions stay readable at 600×400.
    double captionFontPx() const { return std::max(m_radiusPx * 0.19, std::min(10.5, m_radiusPx * 0.25)); }
    // The curve from the source's rim to the sink's rim; empty for the wallbox's path without one.
    const QPainterPath &path(FlowPath path) const { return m_paths[static_cast<int>(path)]; }

private:
    std::array<QPointF, FlowNodeCount> m_centres;
    std::array<QPainterPath, FlowPathCountWithWallbox> m_paths;
    double m_radiusPx = 0;
    bool m_hasWallbox = false;
};

} // namespace kw::gui
