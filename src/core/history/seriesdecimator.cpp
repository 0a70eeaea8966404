#include "seriesdecimator.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace kw::history {

namespace {

bool isUsable(const SeriesRow &row)
{
    return std::isfinite(row.min) && std::isfinite(row.mean) && std::isfinite(row.max);
}

// What one pixel column keeps while the rows stream by: four candidates, no allocation.
struct ColumnState
{
    bool any = false;
    SeriesPoint first;
    SeriesPoint last;
    SeriesPoint low;
    SeriesPoint high;

    void take(const SeriesRow &row)
    {
        if (!any) {
            any = true;
            first = last = {row.timeMs, row.mean};
            low = {row.timeMs, row.min};
            high = {row.timeMs, row.max};
            return;
        }
        last = {row.timeMs, row.mean};
        // Strict comparisons: on ties the earliest row keeps the extreme, so output is stable.
        if (row.min < low.value)
            low = {row.timeMs, row.min};
        if (row.max > high.value)
            high = {row.timeMs, row.max};
    }

    void flushInto(QList<SeriesPoint> &out)
    {
        if (!any)
            return;
        std::array<SeriesPoint, 4> points{first, low, high, last};
        // Stable: at equal times the order stays first, min, max, last.
        std::stable_sort(points.begin(), points.end(),
                         [](const SeriesPoint &l, const SeriesPoint &r) { return l.timeMs < r.timeMs; });
        const qsizetype columnBegin = out.size();
        for (const SeriesPoint &p : points) {
            const bool duplicate = std::any_of(out.cbegin() + columnBegin, out.cend(),
                                               [&](const SeriesPoint &q) { return q == p; });
            if (!duplicate)
                out.append(p);
        }
        any = false;
    }
};

} // namespace

QList<SeriesPoint> SeriesDecimator::decimate(const QList<SeriesRow> &rows, qint64 fromMs,
                                             qint64 toMs, int columns)
{
    QList<SeriesPoint> out;
    if (columns <= 0 || fromMs >= toMs)
        return out;

    // Unsigned differences: the span of any valid range fits, even from INT64_MIN to INT64_MAX.
    const quint64 spanMs = quint64(toMs) - quint64(fromMs);
    // Integer arithmetic where it cannot overflow (every realistic range), so a row exactly on a
    // column boundary always opens the new column; doubles only for absurd spans.
    const bool exact = spanMs <= std::numeric_limits<quint64>::max() / quint64(columns);
    auto columnOf = [&](qint64 timeMs) {
        const quint64 offsetMs = quint64(timeMs) - quint64(fromMs);
        const quint64 column = exact ? offsetMs * quint64(columns) / spanMs
                                     : quint64(double(offsetMs) / double(spanMs) * columns);
        return int(std::min<quint64>(column, quint64(columns - 1)));
    };

    const auto begin = std::lower_bound(rows.cbegin(), rows.cend(), fromMs,
                                        [](const SeriesRow &row, qint64 t) { return row.timeMs < t; });
    const auto end = std::lower_bound(begin, rows.cend(), toMs,
                                      [](const SeriesRow &row, qint64 t) { return row.timeMs < t; });
    const qsizetype inRange = qsizetype(end - begin);
    out.reserve(std::min<qsizetype>(inRange, qsizetype(columns)) * 4);

    ColumnState state;
    int currentColumn = -1;
    for (auto it = begin; it != end; ++it) {
        if (!isUsable(*it))
            continue; // a NaN would defeat every min/max comparison after it
        const int column = columnOf(it->timeMs);
        if (column != currentColumn) {
            state.flushInto(out);
            currentColumn = column;
        }
        state.take(*it);
    }
    state.flushInto(out);
    return out;
}

} // namespace kw::history
