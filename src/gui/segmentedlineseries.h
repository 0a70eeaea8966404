#pragma once

#include <QList>
#include <QPen>
#include <QPointF>
#include <QString>

class QAbstractAxis;
class QChart;
class QLineSeries;

namespace kw::gui {

// One quantity's line in a QChart, drawn as one QLineSeries per stretch of recorded data so that
// a gap in the recording stays a gap: QLineSeries joins every pair of neighbours, NaN included.
// Each refresh hands every segment series its points with exactly one replace(); series are
// added or removed only when the number of stretches changes. Only the first series has a legend
// entry.
class SegmentedLineSeries
{
public:
    // Beyond this many stretches the smallest gaps are bridged: hundreds of series would cost
    // more than the few pixels those gaps cover.
    static constexpr int MaxSegments = 64;

    // `id` names the series objects ("pv", "pv#1", …); `name` is the legend's text.
    SegmentedLineSeries(const QString &id, const QString &name, QChart *chart, QAbstractAxis *xAxis,
                        QAbstractAxis *yAxis);
    SegmentedLineSeries(const SegmentedLineSeries &) = delete;
    SegmentedLineSeries &operator=(const SegmentedLineSeries &) = delete;

    void setSegments(const QList<QList<QPointF>> &segments);
    void setPen(const QPen &pen);
    void setVisible(bool visible);
    bool isVisible() const { return m_visible; }

    // The series in use, the first one always present (it carries the legend entry).
    const QList<QLineSeries *> &series() const { return m_series; }
    qsizetype pointCount() const;
    QString name() const { return m_name; }

    // Splits time-ordered points wherever neighbours are more than gapX apart, bridging the
    // smallest gaps once there would be more than maxSegments stretches.
    static QList<QList<QPointF>> split(const QList<QPointF> &points, double gapX,
                                       int maxSegments = MaxSegments);

private:
    QLineSeries *createSeries();
    void hideLegendEntry(QLineSeries *series) const;

    QString m_id;
    QString m_name;
    QChart *m_chart;
    QAbstractAxis *m_xAxis;
    QAbstractAxis *m_yAxis;
    QPen m_pen;
    bool m_visible = true;
    QList<QLineSeries *> m_series;
};

} // namespace kw::gui
