#pragma once

#include <QList>
#include <QtGlobal>

namespace kw::history {

// One point of a chart series.
struct SeriesPoint
{
    qint64 timeMs = 0; // UTC
    double value = 0;
    bool operator==(const SeriesPoint &other) const = default;
};

// One stored row of a series: a raw sample (min = mean = max = the value) or a rollup bucket
// (timeMs = the bucket's start).
struct SeriesRow
{
    qint64 timeMs = 0;
    double min = 0;
    double mean = 0;
    double max = 0;
};

// Reduces rows to what a chart `columns` pixels wide can show: per pixel column at most four points
// — the first and last row's mean, the smallest min and the largest max, each at its row's time,
// in time order, duplicates (same time and value) dropped. So the global min and max of the input
// always survive, and the output never exceeds 4 × columns points whatever the input size.
// Rows outside [fromMs, toMs) are ignored; rows must be sorted by time.
class SeriesDecimator
{
public:
    static QList<SeriesPoint> decimate(const QList<SeriesRow> &rows, qint64 fromMs, qint64 toMs,
                                       int columns);
};

} // namespace kw::history
