#include "segmentedlineseries.h"

#include <QAbstractAxis>
#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace kw::gui {

SegmentedLineSeries::SegmentedLineSeries(const QString &id, const QString &name, QChart *chart,
                                         QAbstractAxis *xAxis, QAbstractAxis *yAxis)
    : m_id(id), m_name(name), m_chart(chart), m_xAxis(xAxis), m_yAxis(yAxis)
{
    m_series.append(createSeries());
}

QLineSeries *SegmentedLineSeries::createSeries()
{
    auto *series = new QLineSeries;
    series->setName(m_name);
    series->setObjectName(m_series.isEmpty() ? m_id : m_id + u'#' + QString::number(m_series.size()));
    m_chart->addSeries(series);
    series->attachAxis(m_xAxis);
    series->attachAxis(m_yAxis);
    series->setPen(m_pen);
    series->setVisible(m_visible);
    if (!m_series.isEmpty())
        hideLegendEntry(series);
    return series;
}

void SegmentedLineSeries::hideLegendEntry(QLineSeries *series) const
{
    const QList<QLegendMarker *> markers = m_chart->legend()->markers(series);
    for (QLegendMarker *marker : markers)
        marker->setVisible(false);
}

void SegmentedLineSeries::setSegments(const QList<QList<QPointF>> &segments)
{
    const qsizetype wanted = std::max<qsizetype>(1, segments.size());
    while (m_series.size() > wanted) {
        QLineSeries *series = m_series.takeLast();
        m_chart->removeSeries(series);
        delete series;
    }
    while (m_series.size() < wanted)
        m_series.append(createSeries());
    for (qsizetype i = 0; i < m_series.size(); ++i)
        m_series[i]->replace(i < segments.size() ? segments[i] : QList<QPointF>());
}

void SegmentedLineSeries::setPen(const QPen &pen)
{
    m_pen = pen;
    for (QLineSeries *series : std::as_const(m_series))
        series->setPen(pen);
}

void SegmentedLineSeries::setVisible(bool visible)
{
    m_visible = visible;
    for (QLineSeries *series : std::as_const(m_series))
        series->setVisible(visible);
    // A hidden series gets its legend entry back from Qt on some changes; keep only the first.
    for (qsizetype i = 1; i < m_series.size(); ++i)
        hideLegendEntry(m_series[i]);
}

qsizetype SegmentedLineSeries::pointCount() const
{
    return std::accumulate(m_series.cbegin(), m_series.cend(), qsizetype(0),
                           [](qsizetype sum, const QLineSeries *series) { return sum + series->count(); });
}

QList<QList<QPointF>> SegmentedLineSeries::split(const QList<QPointF> &points, double gapX, int maxSegments)
{
    QList<QList<QPointF>> segments;
    if (points.isEmpty())
        return segments;
    // Indices where a new stretch starts, widest gaps first when there are too many.
    QList<qsizetype> breaks;
    for (qsizetype i = 1; i < points.size(); ++i) {
        if (points[i].x() - points[i - 1].x() > gapX)
            breaks.append(i);
    }
    if (maxSegments >= 1 && breaks.size() > maxSegments - 1) {
        std::stable_sort(breaks.begin(), breaks.end(), [&points](qsizetype a, qsizetype b) {
            return points[a].x() - points[a - 1].x() > points[b].x() - points[b - 1].x();
        });
        breaks.resize(maxSegments - 1);
        std::sort(breaks.begin(), breaks.end());
    }
    qsizetype start = 0;
    for (const qsizetype end : std::as_const(breaks)) {
        segments.append(points.mid(start, end - start));
        start = end;
    }
    segments.append(points.mid(start));
    return segments;
}

} // namespace kw::gui
