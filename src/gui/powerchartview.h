#pragma once

#include "chartrange.h"

#include <QChartView>

class QGraphicsLineItem;
class QGraphicsRectItem;

namespace kw::gui {

class PowerChart;

// The power chart's view and its mouse and keys: drag a band to zoom to it, the wheel zooms around
// the cursor, drag with the right or middle button (or Shift + left) to pan, ← → pan, + − zoom,
// double-click or Esc go back to the preset. It only asks for ranges (rangeRequested) — the
// owner decides, re-queries and sets the chart's range — and draws a crosshair while hovering.
class PowerChartView : public QChartView
{
    Q_OBJECT
public:
    static constexpr double WheelZoomPerNotch = 0.8; // span factor per 15° wheel notch
    static constexpr double KeyPanShare = 0.1;       // of the span per arrow key press

    explicit PowerChartView(PowerChart *chart, QWidget *parent = nullptr);

    PowerChart *powerChart() const { return m_chart; }
    // Viewport x ↔ time through the chart's plot area and range.
    qint64 timeAtX(double viewportX) const;
    double xAtTime(qint64 timeMs) const;
    QRectF plotAreaInViewport() const;

Q_SIGNALS:
    void rangeRequested(qint64 fromMs, qint64 toMs);
    void resetRequested();
    void hoverMoved(qint64 timeMs, const QPoint &globalPos);
    void hoverLeft();

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    enum class Drag { None, Band, Pan };

    void requestRange(TimeRange range);
    void zoomAround(qint64 anchorMs, double factor);
    void updateBand(double x);
    void updateCrosshair(const QPointF &viewportPos);
    void hideCrosshair();

    PowerChart *m_chart;
    Drag m_drag = Drag::None;
    double m_dragStartX = 0;
    TimeRange m_dragStartRange;
    QGraphicsRectItem *m_band;
    QGraphicsLineItem *m_crosshair;
};

} // namespace kw::gui
