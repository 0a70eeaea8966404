#pragma once

#include "energyflows.h"
#include "flowgeometry.h"
#include "powerformatter.h"
#include "snapshot/energysnapshot.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

#include <array>

namespace kw::gui {

struct FlowColours;

// The live energy-flow diagram: PV, grid, battery and house as nodes, every source → sink path of
// kw::models::EnergyFlows as a curve with dots moving at a speed that grows with the power. A
// snapshot with a wallbox power adds a wallbox node fed by the house; the house then shows its
// own consumption, the wallbox what it charges.
//
// One 30 fps timer drives all dots and runs only while the widget is visible, animation is
// enabled, reduced motion is off and some path carries ≥ 30 W, so a hidden or idle diagram costs
// nothing. Qt 6.4 exposes no reduced-motion hint, so KW_REDUCED_MOTION=1 in the environment (read
// at construction) or setReducedMotion(true) stands in; without motion, arrows show direction.
class EnergyFlowWidget : public QWidget
{
    Q_OBJECT
public:
    using Node = FlowNode;

    explicit EnergyFlowWidget(QWidget *parent = nullptr);
    ~EnergyFlowWidget() override;

    void setSnapshot(const EnergySnapshot &snapshot);
    EnergySnapshot snapshot() const { return m_snapshot; }
    // The flows the diagram shows, straight from EnergyFlows::fromSnapshot.
    const models::EnergyFlows &flows() const { return m_flows; }
    static double pathPowerW(const models::EnergyFlows &flows, FlowPath path);
    // True while the snapshot has a wallbox power: the fifth node and its path are drawn.
    bool hasWallbox() const { return m_snapshot.wallboxW.has_value(); }
    // The layout for the current size and nodes.
    FlowGeometry flowGeometry() const;

    // The power at which dots reach their top speed (default 10,000 W).
    void setFullScaleW(double powerW);
    double fullScaleW() const { return m_fullScaleW; }
    // Nominal capacity for time to full / empty (default 10,000 Wh).
    void setBatteryCapacityWh(double capacityWh);
    double batteryCapacityWh() const { return m_batteryCapacityWh; }
    // The grid node greyed and crossed, its paths idle; the app derives it from the device state.
    void setGridOutage(bool outage);
    bool gridOutage() const { return m_gridOutage; }

    void setAnimationEnabled(bool enabled);
    bool animationEnabled() const { return m_animationEnabled; }
    void setReducedMotion(bool reduced);
    bool reducedMotion() const { return m_reducedMotion; }
    bool isAnimating() const { return m_timer.isActive(); }
    // Dot speed in dot spacings per second: grows with the square root of power (so small flows
    // still visibly move) and saturates at the full scale.
    double dotSpeed(double powerW) const;
    // A path with dots: ≥ 30 W, not cut off by a grid outage, and (house → wallbox) drawn at all.
    bool isPathActive(FlowPath path) const;

    PowerUnit displayUnit() const { return m_unit; }
    // The node's power and direction as drawn, lines joined by '\n' ("2.40 kW\nexport",
    // "3.70 kW\ncharging" for the wallbox); for the grid during an outage "grid outage". With a
    // wallbox the house's is its own consumption, the wallbox's taken out.
    QString labelText(Node node) const;
    // "full in 1 h 54 min", "empty in 6 h 40 min" or "—".
    QString batteryTimeText() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void updateAnimationState();
    void advance();
    std::optional<double> nodePowerW(Node node) const;
    QString directionText(Node node) const;
    QString captionText(Node node) const;
    QColor nodeColour(Node node, const FlowColours &colours) const;
    QColor mainHouseSourceColour(const FlowColours &colours) const;

    void paintPaths(QPainter &painter, const FlowGeometry &geometry, const FlowColours &colours) const;
    void paintNode(QPainter &painter, const FlowGeometry &geometry, const FlowColours &colours,
                   Node node) const;
    void paintRing(QPainter &painter, const FlowGeometry &geometry, const FlowColours &colours,
                   Node node) const;

    EnergySnapshot m_snapshot;
    models::EnergyFlows m_flows;
    PowerUnit m_unit = PowerUnit::Watt;
    double m_fullScaleW = 10000.0;
    double m_batteryCapacityWh = 10000.0;
    bool m_gridOutage = false;
    bool m_animationEnabled = true;
    bool m_reducedMotion = false;
    QTimer m_timer;
    QElapsedTimer m_clock;
    // Per path, how far its dots have moved, in dot spacings (0..1): independent of the size.
    std::array<double, FlowPathCountWithWallbox> m_phase{};
};

} // namespace kw::gui
