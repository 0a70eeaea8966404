#include "energyflowwidget.h"

#include "flowcolours.h"
#include "flowglyphs.h"
#include "flowshapes.h"

#include <QHideEvent>
#include <QLocale>
#include <QPainter>
#include <QShowEvent>

#include <algorithm>
#include <array>
#include <cmath>
#include <utility>

namespace kw::gui {
namespace {

constexpr int FrameIntervalMs = 33; // ~30 fps: smooth for dots, cheap on a 2-core box

QFont pixelFont(const QFont &base, double pixelSize, QFont::Weight weight)
{
    QFont font = base;
    font.setPixelSize(std::max(6, static_cast<int>(std::lround(pixelSize))));
    font.setWeight(weight);
    return font;
}

QColor withAlpha(QColor colour, double alpha)
{
    colour.setAlphaF(static_cast<float>(std::clamp(alpha, 0.0, 1.0)));
    return colour;
}

bool touchesGrid(FlowPath path)
{
    return FlowGeometry::sourceOf(path) == FlowNode::Grid || FlowGeometry::sinkOf(path) == FlowNode::Grid;
}

} // namespace

EnergyFlowWidget::EnergyFlowWidget(QWidget *parent)
    : QWidget(parent)
    , m_reducedMotion(qEnvironmentVariableIntValue("KW_REDUCED_MOTION") == 1)
{
    setAttribute(Qt::WA_OpaquePaintEvent, false);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_timer.setInterval(FrameIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &EnergyFlowWidget::advance);
    setAccessibleName(tr("Energy flow"));
}

EnergyFlowWidget::~EnergyFlowWidget() = default;

void EnergyFlowWidget::setSnapshot(const EnergySnapshot &snapshot)
{
    m_snapshot = snapshot;
    m_flows = models::EnergyFlows::fromSnapshot(snapshot);
    QList<double> shownW;
    for (const Node node : {Node::Pv, Node::Grid, Node::Battery, Node::House, Node::Wallbox}) {
        if (const auto powerW = nodePowerW(node))
            shownW.append(*powerW);
    }
    m_unit = PowerFormatter::unitFor(shownW);
    QString description = tr("Solar %1, grid %2, battery %3, house %4")
                              .arg(labelText(Node::Pv), labelText(Node::Grid), labelText(Node::Battery),
                                   labelText(Node::House));
    if (hasWallbox())
        description += tr(", wallbox %1").arg(labelText(Node::Wallbox));
    setAccessibleDescription(description.replace(QLatin1Char('\n'), QLatin1Char(' ')));
    updateAnimationState();
    update();
}

double EnergyFlowWidget::pathPowerW(const models::EnergyFlows &flows, FlowPath path)
{
    switch (path) {
    case FlowPath::PvToHouse: return flows.pvToHouseW;
    case FlowPath::PvToBattery: return flows.pvToBatteryW;
    case FlowPath::PvToGrid: return flows.pvToGridW;
    case FlowPath::GridToHouse: return flows.gridToHouseW;
    case FlowPath::GridToBattery: return flows.gridToBatteryW;
    case FlowPath::BatteryToHouse: return flows.batteryToHouseW;
    case FlowPath::BatteryToGrid: return flows.batteryToGridW;
    case FlowPath::HouseToWallbox: return flows.houseToWallboxW;
    }
    return 0.0;
}

FlowGeometry EnergyFlowWidget::flowGeometry() const
{
    return FlowGeometry::compute(QRectF(rect()), hasWallbox());
}

void EnergyFlowWidget::setFullScaleW(double powerW)
{
    if (powerW > 0.0 && std::isfinite(powerW))
        m_fullScaleW = powerW;
}

void EnergyFlowWidget::setBatteryCapacityWh(double capacityWh)
{
    if (capacityWh > 0.0 && std::isfinite(capacityWh)) {
        m_batteryCapacityWh = capacityWh;
        update();
    }
}

void EnergyFlowWidget::setGridOutage(bool outage)
{
    if (m_gridOutage == outage)
        return;
    m_gridOutage = outage;
    updateAnimationState();
    update();
}

void EnergyFlowWidget::setAnimationEnabled(bool enabled)
{
    if (m_animationEnabled == enabled)
        return;
    m_animationEnabled = enabled;
    updateAnimationState();
    update();
}

void EnergyFlowWidget::setReducedMotion(bool reduced)
{
    if (m_reducedMotion == reduced)
        return;
    m_reducedMotion = reduced;
    updateAnimationState();
    update();
}

double EnergyFlowWidget::dotSpeed(double powerW) const
{
    const double share = std::clamp(powerW / m_fullScaleW, 0.0, 1.0);
    return 0.5 + 2.5 * std::sqrt(share);
}

bool EnergyFlowWidget::isPathActive(FlowPath path) const
{
    if (m_gridOutage && touchesGrid(path))
        return false;
    if (path == FlowPath::HouseToWallbox && !hasWallbox())
        return false;
    return pathPowerW(m_flows, path) >= PowerFormatter::IdleThresholdW;
}

std::optional<double> EnergyFlowWidget::nodePowerW(Node node) const
{
    switch (node) {
    case Node::Pv: return m_snapshot.pvW;
    case Node::Grid: return m_snapshot.gridW;
    case Node::Battery: return m_snapshot.batteryW;
    case Node::House:
        // What the house keeps for itself: the wallbox is a node of its own.
        if (m_snapshot.houseW && std::isfinite(*m_snapshot.houseW))
            return *m_snapshot.houseW - m_flows.houseToWallboxW;
        return m_snapshot.houseW;
    case Node::Wallbox: return m_snapshot.wallboxW;
    }
    return std::nullopt;
}

QString EnergyFlowWidget::directionText(Node node) const
{
    const auto powerW = nodePowerW(node);
    if (!powerW || !std::isfinite(*powerW))
        return {};
    if (node == Node::Grid) {
        if (std::abs(*powerW) < 0.5)
            return {};
        return *powerW > 0 ? tr("import") : tr("export");
    }
    if (node == Node::Battery) {
        if (std::abs(*powerW) < PowerFormatter::IdleThresholdW)
            return tr("idle");
        return *powerW > 0 ? tr("charging") : tr("discharging");
    }
    if (node == Node::Wallbox)
        return *powerW >= PowerFormatter::IdleThresholdW ? tr("charging") : tr("idle");
    return {};
}

QString EnergyFlowWidget::labelText(Node node) const
{
    if (node == Node::Grid && m_gridOutage)
        return tr("grid outage");
    const auto powerW = nodePowerW(node);
    if (!powerW || !std::isfinite(*powerW))
        return PowerFormatter::missingText();
    const QString direction = directionText(node);
    const QString power = PowerFormatter::format(*powerW, m_unit);
    return direction.isEmpty() ? power : power + QLatin1Char('\n') + direction;
}

QString EnergyFlowWidget::batteryTimeText() const
{
    return PowerFormatter::batteryTimeText(m_snapshot.batteryW, m_snapshot.socPercent,
                                           m_batteryCapacityWh);
}

QString EnergyFlowWidget::captionText(Node node) const
{
    switch (node) {
    case Node::Pv: return tr("Solar");
    case Node::Grid: return tr("Grid");
    case Node::House: return tr("House");
    case Node::Wallbox: return tr("Wallbox");
    case Node::Battery:
        if (m_snapshot.socPercent && std::isfinite(*m_snapshot.socPercent))
            return tr("Battery %1 %").arg(QLocale().toString(std::lround(*m_snapshot.socPercent)));
        return tr("Battery");
    }
    return {};
}

QSize EnergyFlowWidget::sizeHint() const
{
    return {600, 400};
}

QSize EnergyFlowWidget::minimumSizeHint() const
{
    return {240, 180};
}

void EnergyFlowWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    updateAnimationState();
}

void EnergyFlowWidget::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    // Stop unconditionally: isVisible() may still be true while the window is being hidden.
    m_timer.stop();
}

void EnergyFlowWidget::updateAnimationState()
{
    bool anyActive = false;
    for (int index = 0; index < FlowPathCountWithWallbox; ++index)
        anyActive = anyActive || isPathActive(static_cast<FlowPath>(index));
    const bool wanted = isVisible() && m_animationEnabled && !m_reducedMotion && anyActive;
    if (wanted && !m_timer.isActive()) {
        m_clock.start();
        m_timer.start();
    } else if (!wanted) {
        m_timer.stop();
    }
}

void EnergyFlowWidget::advance()
{
    // Real elapsed time, so a late frame moves dots further instead of slowing them; capped so
    // a stalled event loop does not make them jump.
    const double elapsedS = std::min(static_cast<double>(m_clock.restart()) / 1000.0, 0.1);
    for (int index = 0; index < FlowPathCountWithWallbox; ++index) {
        const auto path = static_cast<FlowPath>(index);
        if (isPathActive(path))
            m_phase[index] = std::fmod(m_phase[index] + dotSpeed(pathPowerW(m_flows, path)) * elapsedS, 1.0);
    }
    update();
}

QColor EnergyFlowWidget::nodeColour(Node node, const FlowColours &colours) const
{
    switch (node) {
    case Node::Pv: return colours.pv;
    case Node::Grid: return m_gridOutage ? colours.secondaryText : colours.grid;
    case Node::Battery: return colours.battery;
    case Node::House: return colours.text; // consumers are neutral, sources have the hues
    case Node::Wallbox:
        return m_flows.houseToWallboxW >= PowerFormatter::IdleThresholdW ? colours.text : colours.secondaryText;
    }
    return colours.text;
}

QColor EnergyFlowWidget::mainHouseSourceColour(const FlowColours &colours) const
{
    // The car is charged from whatever feeds the house; its dots take the largest share's colour
    // (the wallbox's ring shows the whole mix).
    const std::array<std::pair<double, QColor>, 3> supplies{{{m_flows.pvToHouseW, colours.pv},
                                                            {m_flows.batteryToHouseW, colours.battery},
                                                            {m_flows.gridToHouseW, colours.grid}}};
    const auto largest = std::max_element(supplies.begin(), supplies.end(),
                                          [](const auto &a, const auto &b) { return a.first < b.first; });
    return largest->first > 0.0 ? largest->second : colours.text;
}

void EnergyFlowWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const FlowColours colours = FlowColours::fromPalette(palette());
    const FlowGeometry layout = flowGeometry();
    paintPaths(painter, layout, colours);
    for (int index = 0; index < layout.nodeCount(); ++index)
        paintNode(painter, layout, colours, static_cast<Node>(index));
}

void EnergyFlowWidget::paintPaths(QPainter &painter, const FlowGeometry &geometry,
                                  const FlowColours &colours) const
{
    const double radius = geometry.nodeRadius();
    painter.setBrush(Qt::NoBrush);
    // Tracks first: every node pair once (battery → grid runs on the grid → battery curve).
    QPen trackPen(colours.track, std::max(1.0, radius * 0.03));
    trackPen.setCapStyle(Qt::RoundCap);
    painter.setPen(trackPen);
    for (int index = 0; index < geometry.pathCount(); ++index) {
        if (static_cast<FlowPath>(index) != FlowPath::BatteryToGrid)
            painter.drawPath(geometry.path(static_cast<FlowPath>(index)));
    }

    const bool moving = isAnimating();
    for (int index = 0; index < geometry.pathCount(); ++index) {
        const auto flowPath = static_cast<FlowPath>(index);
        if (!isPathActive(flowPath))
            continue;
        const double share = std::sqrt(std::clamp(pathPowerW(m_flows, flowPath) / m_fullScaleW, 0.0, 1.0));
        const QColor colour = flowPath == FlowPath::HouseToWallbox
            ? mainHouseSourceColour(colours)
            : nodeColour(FlowGeometry::sourceOf(flowPath), colours);
        FlowShapes::drawFlow(painter, geometry.path(flowPath), colour, radius, share,
                             moving ? std::optional<double>(m_phase[index]) : std::nullopt);
    }
}

void EnergyFlowWidget::paintRing(QPainter &painter, const FlowGeometry &geometry,
                                 const FlowColours &colours, Node node) const
{
    QList<FlowShapes::RingSegment> segments;
    switch (node) {
    case Node::Pv: {
        const bool producing = m_snapshot.pvW && *m_snapshot.pvW >= PowerFormatter::IdleThresholdW;
        segments.append({1.0, withAlpha(colours.pv, producing ? 1.0 : 0.35)});
        break;
    }
    case Node::Grid:
        segments.append({1.0, m_gridOutage ? colours.outage : colours.grid});
        break;
    case Node::Battery:
        if (m_snapshot.socPercent && std::isfinite(*m_snapshot.socPercent))
            segments.append({std::clamp(*m_snapshot.socPercent, 0.0, 100.0) / 100.0, colours.battery});
        break;
    case Node::House:
    case Node::Wallbox: {
        // Where the house's power comes from, in the sources' colours; the wallbox, fed by the
        // house, draws on the same mix.
        const double totalW = m_flows.toHouseW();
        const bool drawing = node == Node::House || m_flows.houseToWallboxW >= PowerFormatter::IdleThresholdW;
        if (drawing && totalW >= PowerFormatter::IdleThresholdW) {
            segments.append({m_flows.pvToHouseW / totalW, colours.pv});
            segments.append({m_flows.batteryToHouseW / totalW, colours.battery});
            segments.append({m_flows.gridToHouseW / totalW, colours.grid});
        }
        break;
    }
    }
    FlowShapes::drawRing(painter, geometry.centre(node), geometry.nodeRadius(), colours.ringTrack, segments);
}

void EnergyFlowWidget::paintNode(QPainter &painter, const FlowGeometry &geometry,
                                 const FlowColours &colours, Node node) const
{
    const double radius = geometry.nodeRadius();
    const QPointF centre = geometry.centre(node);
    const QColor colour = nodeColour(node, colours);

    painter.setPen(Qt::NoPen);
    const bool consumer = node == Node::House || node == Node::Wallbox;
    painter.setBrush(consumer ? colours.nodeFill : colours.tint(colour, 0.10));
    painter.drawEllipse(centre, radius, radius);
    paintRing(painter, geometry, colours, node);

    const double glyphSize = radius * 0.7;
    const QRectF glyphBox(centre.x() - glyphSize / 2, centre.y() - radius * 0.36 - glyphSize / 2,
                          glyphSize, glyphSize);
    switch (node) {
    case Node::Pv: FlowGlyphs::drawSun(painter, glyphBox, colour); break;
    case Node::Grid: FlowGlyphs::drawPylon(painter, glyphBox, colour); break;
    case Node::House: FlowGlyphs::drawHouse(painter, glyphBox, colour); break;
    case Node::Wallbox: FlowGlyphs::drawCar(painter, glyphBox, colour); break;
    case Node::Battery:
        FlowGlyphs::drawBattery(painter, glyphBox, colour,
                                m_snapshot.socPercent ? *m_snapshot.socPercent : -1.0);
        break;
    }

    const QFont valueFont = pixelFont(font(), geometry.valueFontPx(), QFont::DemiBold);
    const QFont smallFont = pixelFont(font(), geometry.captionFontPx(), QFont::Normal);
    const QRectF valueRect(centre.x() - radius * 0.9, centre.y() + radius * 0.02, radius * 1.8, radius * 0.36);
    const QRectF directionRect(centre.x() - radius * 0.8, centre.y() + radius * 0.38, radius * 1.6, radius * 0.28);

    if (node == Node::Grid && m_gridOutage) {
        QPen crossPen(colours.outage, std::max(1.5, radius * 0.05));
        crossPen.setCapStyle(Qt::RoundCap);
        painter.setPen(crossPen);
        painter.drawLine(glyphBox.topLeft(), glyphBox.bottomRight());
        painter.setFont(pixelFont(font(), geometry.captionFontPx() * 1.05, QFont::DemiBold));
        painter.drawText(valueRect.adjusted(0, 0, 0, radius * 0.2), Qt::AlignCenter, labelText(node));
    } else {
        const QStringList lines = labelText(node).split(QLatin1Char('\n'));
        painter.setPen(colours.text);
        painter.setFont(valueFont);
        painter.drawText(valueRect, Qt::AlignCenter, lines.value(0));
        if (lines.size() > 1) {
            painter.setPen(colours.secondaryText);
            painter.setFont(smallFont);
            painter.drawText(directionRect, Qt::AlignHCenter | Qt::AlignTop, lines.value(1));
        }
    }

    // The caption sits on the side no path uses: above PV, below the others.
    const QFont captionFont = pixelFont(font(), geometry.captionFontPx() * 1.1, QFont::DemiBold);
    const double lineHeight = geometry.captionFontPx() * 1.5;
    const double captionWidth = radius * 3.2;
    painter.setFont(captionFont);
    painter.setPen(colours.text);
    if (node == Node::Pv) {
        painter.drawText(QRectF(centre.x() - captionWidth / 2, centre.y() - radius - lineHeight - 2,
                                captionWidth, lineHeight),
                         Qt::AlignHCenter | Qt::AlignBottom, captionText(node));
        return;
    }
    const QRectF firstLine(centre.x() - captionWidth / 2, centre.y() + radius + 2, captionWidth, lineHeight);
    painter.drawText(firstLine, Qt::AlignHCenter | Qt::AlignTop, captionText(node));
    if (node == Node::Battery) {
        const QString timeText = batteryTimeText();
        if (timeText != PowerFormatter::missingText()) {
            painter.setFont(smallFont);
            painter.setPen(colours.secondaryText);
            painter.drawText(firstLine.translated(0, lineHeight), Qt::AlignHCenter | Qt::AlignTop, timeText);
        }
    }
}

} // namespace kw::gui
