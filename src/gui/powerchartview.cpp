#include "powerchartview.h"

#include "powerchart.h"

#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace kw::gui {
namespace {

// Below this a band is taken for a click.
constexpr double MinBandWidthPx = 6.0;

} // namespace

PowerChartView::PowerChartView(PowerChart *chart, QWidget *parent)
    : QChartView(chart, parent), m_chart(chart), m_band(new QGraphicsRectItem), m_crosshair(new QGraphicsLineItem)
{
    setRubberBand(QChartView::NoRubberBand);
    setRenderHint(QPainter::Antialiasing);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    viewport()->setMouseTracking(true);
    setFrameShape(QFrame::NoFrame);
    // Over the series, under nothing.
    m_band->setZValue(1000);
    m_crosshair->setZValue(1000);
    m_band->hide();
    m_crosshair->hide();
    // Band and crosshair move with every mouse event: a BSP index of the scene would lag behind
    // them (updated on the next pass of the event loop) and cost more than it saves.
    scene()->setItemIndexMethod(QGraphicsScene::NoIndex);
    scene()->addItem(m_band);
    scene()->addItem(m_crosshair);
}

QRectF PowerChartView::plotAreaInViewport() const
{
    const QRectF sceneRect = m_chart->mapRectToScene(m_chart->plotArea());
    return mapFromScene(sceneRect).boundingRect();
}

qint64 PowerChartView::timeAtX(double viewportX) const
{
    const QRectF plot = plotAreaInViewport();
    const TimeRange range = m_chart->timeRange();
    if (plot.width() <= 0)
        return range.fromMs;
    const double share = (viewportX - plot.left()) / plot.width();
    return range.fromMs + qint64(std::llround(share * double(range.spanMs())));
}

double PowerChartView::xAtTime(qint64 timeMs) const
{
    const QRectF plot = plotAreaInViewport();
    const TimeRange range = m_chart->timeRange();
    if (range.spanMs() <= 0)
        return plot.left();
    return plot.left() + double(timeMs - range.fromMs) / double(range.spanMs()) * plot.width();
}

void PowerChartView::requestRange(TimeRange range)
{
    const TimeRange wanted = ChartRange::clamped(range);
    if (wanted != m_chart->timeRange())
        Q_EMIT rangeRequested(wanted.fromMs, wanted.toMs);
}

void PowerChartView::zoomAround(qint64 anchorMs, double factor)
{
    requestRange(ChartRange::zoomed(m_chart->timeRange(), anchorMs, factor));
}

void PowerChartView::mousePressEvent(QMouseEvent *event)
{
    const QRectF plot = plotAreaInViewport();
    const QPointF pos = event->position();
    if (!plot.contains(pos)) {
        QChartView::mousePressEvent(event);
        return;
    }
    setFocus(Qt::MouseFocusReason);
    const bool pan = event->button() == Qt::RightButton || event->button() == Qt::MiddleButton
                     || (event->button() == Qt::LeftButton && (event->modifiers() & Qt::ShiftModifier));
    if (pan) {
        m_drag = Drag::Pan;
        setCursor(Qt::ClosedHandCursor);
    } else if (event->button() == Qt::LeftButton) {
        m_drag = Drag::Band;
        updateBand(pos.x());
    } else {
        QChartView::mousePressEvent(event);
        return;
    }
    m_dragStartX = pos.x();
    m_dragStartRange = m_chart->timeRange();
    hideCrosshair();
    event->accept();
}

void PowerChartView::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF pos = event->position();
    switch (m_drag) {
    case Drag::Band:
        updateBand(pos.x());
        break;
    case Drag::Pan: {
        const QRectF plot = plotAreaInViewport();
        if (plot.width() > 0) {
            const double shift = (pos.x() - m_dragStartX) / plot.width() * double(m_dragStartRange.spanMs());
            requestRange(ChartRange::panned(m_dragStartRange, -qint64(std::llround(shift))));
        }
        break;
    }
    case Drag::None:
        updateCrosshair(pos);
        QChartView::mouseMoveEvent(event);
        return;
    }
    event->accept();
}

void PowerChartView::mouseReleaseEvent(QMouseEvent *event)
{
    const Drag drag = m_drag;
    m_drag = Drag::None;
    unsetCursor();
    if (drag == Drag::None) {
        QChartView::mouseReleaseEvent(event);
        return;
    }
    if (drag == Drag::Band) {
        m_band->hide();
        const QRectF plot = plotAreaInViewport();
        const double x = std::clamp(event->position().x(), plot.left(), plot.right());
        if (std::abs(x - m_dragStartX) >= MinBandWidthPx) {
            const qint64 a = timeAtX(m_dragStartX);
            const qint64 b = timeAtX(x);
            requestRange({std::min(a, b), std::max(a, b)});
        }
    }
    updateCrosshair(event->position());
    event->accept();
}

void PowerChartView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && plotAreaInViewport().contains(event->position())) {
        m_drag = Drag::None;
        m_band->hide();
        Q_EMIT resetRequested();
        event->accept();
        return;
    }
    QChartView::mouseDoubleClickEvent(event);
}

void PowerChartView::wheelEvent(QWheelEvent *event)
{
    const QRectF plot = plotAreaInViewport();
    const double notches = event->angleDelta().y() != 0 ? event->angleDelta().y() / 120.0
                                                        : event->pixelDelta().y() / 40.0;
    if (notches == 0 || plot.width() <= 0) {
        event->ignore();
        return;
    }
    const double x = std::clamp(event->position().x(), plot.left(), plot.right());
    zoomAround(timeAtX(x), std::pow(WheelZoomPerNotch, notches));
    event->accept();
}

void PowerChartView::keyPressEvent(QKeyEvent *event)
{
    const TimeRange range = m_chart->timeRange();
    const qint64 step = qint64(double(range.spanMs()) * KeyPanShare);
    const qint64 middle = range.fromMs + range.spanMs() / 2;
    switch (event->key()) {
    case Qt::Key_Left: requestRange(ChartRange::panned(range, -step)); break;
    case Qt::Key_Right: requestRange(ChartRange::panned(range, step)); break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
    case Qt::Key_Up: zoomAround(middle, WheelZoomPerNotch); break;
    case Qt::Key_Minus:
    case Qt::Key_Down: zoomAround(middle, 1.0 / WheelZoomPerNotch); break;
    case Qt::Key_Escape:
    case Qt::Key_Home: Q_EMIT resetRequested(); break;
    default: QChartView::keyPressEvent(event); return;
    }
    event->accept();
}

void PowerChartView::leaveEvent(QEvent *event)
{
    hideCrosshair();
    QChartView::leaveEvent(event);
}

void PowerChartView::resizeEvent(QResizeEvent *event)
{
    hideCrosshair();
    QChartView::resizeEvent(event);
}

void PowerChartView::updateBand(double x)
{
    const QRectF plot = plotAreaInViewport();
    const double left = std::clamp(std::min(x, m_dragStartX), plot.left(), plot.right());
    const double right = std::clamp(std::max(x, m_dragStartX), plot.left(), plot.right());
    const QRectF band = mapToScene(QRectF(left, plot.top(), right - left, plot.height()).toRect()).boundingRect();
    QColor fill = palette().color(QPalette::Highlight);
    m_band->setPen(QPen(fill, 1));
    fill.setAlphaF(0.18f);
    m_band->setBrush(fill);
    m_band->setRect(band);
    m_band->show();
}

void PowerChartView::updateCrosshair(const QPointF &viewportPos)
{
    const QRectF plot = plotAreaInViewport();
    if (!plot.contains(viewportPos) || !m_chart->timeRange().isValid()) {
        hideCrosshair();
        return;
    }
    const QPointF top = mapToScene(QPoint(qRound(viewportPos.x()), qRound(plot.top())));
    const QPointF bottom = mapToScene(QPoint(qRound(viewportPos.x()), qRound(plot.bottom())));
    QPen pen(m_chart->colours().crosshair, 1, Qt::DashLine);
    pen.setCosmetic(true);
    m_crosshair->setPen(pen);
    m_crosshair->setLine(QLineF(top, bottom));
    m_crosshair->show();
    Q_EMIT hoverMoved(timeAtX(viewportPos.x()), viewport()->mapToGlobal(viewportPos.toPoint()));
}

void PowerChartView::hideCrosshair()
{
    if (m_crosshair->isVisible()) {
        m_crosshair->hide();
        Q_EMIT hoverLeft();
    }
}

} // namespace kw::gui
