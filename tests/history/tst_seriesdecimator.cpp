// Chart decimation: first / min / max / last per pixel column, bounded output, no peak lost.
#include "history/seriesdecimator.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>

using namespace kw::history;

namespace {

constexpr qint64 T0 = 1'700'000'000'000;

SeriesRow raw(qint64 timeMs, double value)
{
    return SeriesRow{timeMs, value, value, value};
}

// The column of a row, by the definition (integer arithmetic, independent of the implementation).
int columnOf(qint64 timeMs, qint64 fromMs, qint64 toMs, int columns)
{
    return int((timeMs - fromMs) * columns / (toMs - fromMs));
}

// A month of 10-second samples: a random walk with rare spikes both ways.
QList<SeriesRow> randomSeries(quint32 seed, qint64 count, qint64 stepMs)
{
    std::mt19937 rng(seed);
    std::normal_distribution<double> walk(0, 25);
    std::uniform_int_distribution<int> spikeChance(0, 20000);
    std::uniform_real_distribution<double> spike(-9000, 9000);
    QList<SeriesRow> rows;
    rows.reserve(count);
    double value = 0;
    for (qint64 i = 0; i < count; ++i) {
        value = std::clamp(value + walk(rng), -5000.0, 5000.0);
        const double v = spikeChance(rng) == 0 ? spike(rng) : value;
        rows.append(raw(T0 + i * stepMs, v));
    }
    return rows;
}

bool sortedByTime(const QList<SeriesPoint> &points)
{
    return std::is_sorted(points.cbegin(), points.cend(),
                          [](const SeriesPoint &a, const SeriesPoint &b) { return a.timeMs < b.timeMs; });
}

} // namespace

class TestSeriesDecimator : public QObject
{
    Q_OBJECT
private slots:
    void emptyInputsGiveNothing();
    void singleRawRow();
    void singleRollupRow();
    void fewRowsPassThrough();
    void rowsOutsideRangeIgnored();
    void columnKeepsFirstMinMaxLastInTimeOrder();
    void randomMonthKeepsEveryColumnsExtremes();
    void boundedByFourPointsPerColumn();
    void rollupRowsKeepMinAndMaxNotMean();
    void nonFiniteRowsSkipped();
    void hugeRangesDoNotOverflow();
};

void TestSeriesDecimator::emptyInputsGiveNothing()
{
    const QList<SeriesRow> rows{raw(T0, 1), raw(T0 + 1000, 2)};
    QVERIFY(SeriesDecimator::decimate({}, T0, T0 + 1000, 100).isEmpty());
    QVERIFY(SeriesDecimator::decimate(rows, T0, T0 + 2000, 0).isEmpty());
    QVERIFY(SeriesDecimator::decimate(rows, T0, T0 + 2000, -5).isEmpty());
    QVERIFY(SeriesDecimator::decimate(rows, T0, T0, 100).isEmpty());
    QVERIFY(SeriesDecimator::decimate(rows, T0 + 2000, T0, 100).isEmpty());
    QVERIFY(SeriesDecimator::decimate(rows, T0 + 5000, T0 + 9000, 100).isEmpty());
}

void TestSeriesDecimator::singleRawRow()
{
    const QList<SeriesPoint> points = SeriesDecimator::decimate({raw(T0 + 5, 42.5)}, T0, T0 + 10, 1);
    QCOMPARE(points, (QList<SeriesPoint>{{T0 + 5, 42.5}}));
}

void TestSeriesDecimator::singleRollupRow()
{
    // A rollup bucket: mean, then min, then max, all at the bucket's start; the duplicate "last"
    // (same time, same mean) is dropped.
    const QList<SeriesPoint> points =
        SeriesDecimator::decimate({SeriesRow{T0, -3.0, 1.5, 7.0}}, T0, T0 + 60'000, 10);
    QCOMPARE(points, (QList<SeriesPoint>{{T0, 1.5}, {T0, -3.0}, {T0, 7.0}}));
}

void TestSeriesDecimator::fewRowsPassThrough()
{
    // Fewer rows than columns, one per column: every row comes out unchanged.
    QList<SeriesRow> rows;
    for (int i = 0; i < 20; ++i)
        rows.append(raw(T0 + i * 1000, i * i));
    QList<SeriesPoint> expected;
    for (const SeriesRow &r : rows)
        expected.append({r.timeMs, r.mean});
    QCOMPARE(SeriesDecimator::decimate(rows, T0, T0 + 20'000, 20), expected);
    QCOMPARE(SeriesDecimator::decimate(rows, T0, T0 + 20'000, 1000), expected);
}

void TestSeriesDecimator::rowsOutsideRangeIgnored()
{
    const QList<SeriesRow> rows{raw(T0 - 1, 1000), raw(T0, 1), raw(T0 + 500, 2), raw(T0 + 999, 3),
                                raw(T0 + 1000, -1000)};
    const QList<SeriesPoint> points = SeriesDecimator::decimate(rows, T0, T0 + 1000, 1);
    // One column: first (T0, 1) is also the min, max and last is (T0 + 999, 3).
    QCOMPARE(points, (QList<SeriesPoint>{{T0, 1}, {T0 + 999, 3}}));
}

void TestSeriesDecimator::columnKeepsFirstMinMaxLastInTimeOrder()
{
    // One column, max before min: output ordered by time, not by role.
    const QList<SeriesRow> rows{raw(T0, 5), raw(T0 + 1, 6), raw(T0 + 2, 90), raw(T0 + 3, 7),
                                raw(T0 + 4, -40), raw(T0 + 5, 8), raw(T0 + 6, 9)};
    QCOMPARE(SeriesDecimator::decimate(rows, T0, T0 + 7, 1),
             (QList<SeriesPoint>{{T0, 5}, {T0 + 2, 90}, {T0 + 4, -40}, {T0 + 6, 9}}));
    // Two columns of 4 ms: [T0, T0+4) and [T0+4, T0+8).
    QCOMPARE(SeriesDecimator::decimate(rows, T0, T0 + 8, 2),
             (QList<SeriesPoint>{{T0, 5}, {T0 + 2, 90}, {T0 + 3, 7}, {T0 + 4, -40}, {T0 + 6, 9}}));
    // Ties keep the earliest extreme.
    const QList<SeriesRow> ties{raw(T0, 0), raw(T0 + 1, 10), raw(T0 + 2, 10), raw(T0 + 3, 0)};
    QCOMPARE(SeriesDecimator::decimate(ties, T0, T0 + 4, 1),
             (QList<SeriesPoint>{{T0, 0}, {T0 + 1, 10}, {T0 + 3, 0}}));
}

void TestSeriesDecimator::randomMonthKeepsEveryColumnsExtremes()
{
    // 30 days at 10 s (259,200 rows) into 1,000 px: the chart case.
    constexpr qint64 StepMs = 10'000;
    constexpr qint64 Count = 30 * 24 * 360;
    const QList<SeriesRow> rows = randomSeries(4711, Count, StepMs);
    const qint64 fromMs = T0;
    const qint64 toMs = T0 + Count * StepMs;
    constexpr int Columns = 1000;
    const QList<SeriesPoint> points = SeriesDecimator::decimate(rows, fromMs, toMs, Columns);

    QVERIFY(points.size() <= 4 * Columns);
    QVERIFY(points.size() > 2 * Columns); // a random walk has distinct first/min/max/last
    QVERIFY(sortedByTime(points));
    // Raw rows: one value per time, so times are strictly increasing (duplicates dropped).
    for (qsizetype i = 1; i < points.size(); ++i)
        QVERIFY(points.at(i - 1).timeMs < points.at(i).timeMs);

    // Every output point is a real input row.
    for (const SeriesPoint &p : points) {
        const qint64 index = (p.timeMs - T0) / StepMs;
        QCOMPARE(p.timeMs, rows.at(index).timeMs);
        QCOMPARE(p.value, rows.at(index).mean);
    }

    // Global extremes survive, and so do every column's.
    // The first occurrence of each (the walk is clamped, so ties exist): the earliest is kept.
    auto byMean = [](const SeriesRow &a, const SeriesRow &b) { return a.mean < b.mean; };
    const auto minIt = std::min_element(rows.cbegin(), rows.cend(), byMean);
    const auto maxIt = std::max_element(rows.cbegin(), rows.cend(), byMean);
    QVERIFY(points.contains(SeriesPoint{minIt->timeMs, minIt->mean}));
    QVERIFY(points.contains(SeriesPoint{maxIt->timeMs, maxIt->mean}));
    QList<double> columnMin(Columns, std::numeric_limits<double>::infinity());
    QList<double> columnMax(Columns, -std::numeric_limits<double>::infinity());
    for (const SeriesRow &r : rows) {
        const int c = columnOf(r.timeMs, fromMs, toMs, Columns);
        columnMin[c] = std::min(columnMin[c], r.min);
        columnMax[c] = std::max(columnMax[c], r.max);
    }
    QList<double> outMin(Columns, std::numeric_limits<double>::infinity());
    QList<double> outMax(Columns, -std::numeric_limits<double>::infinity());
    for (const SeriesPoint &p : points) {
        const int c = columnOf(p.timeMs, fromMs, toMs, Columns);
        outMin[c] = std::min(outMin[c], p.value);
        outMax[c] = std::max(outMax[c], p.value);
    }
    QCOMPARE(outMin, columnMin);
    QCOMPARE(outMax, columnMax);

    // A sub-range query only sees its rows.
    const qint64 subFrom = T0 + 1234 * StepMs + 3;
    const qint64 subTo = T0 + 99'999 * StepMs;
    const QList<SeriesPoint> sub = SeriesDecimator::decimate(rows, subFrom, subTo, 300);
    QVERIFY(!sub.isEmpty());
    QVERIFY(sub.size() <= 1200);
    QVERIFY(sub.first().timeMs >= subFrom);
    QVERIFY(sub.last().timeMs < subTo);
    QCOMPARE(sub.first().timeMs, T0 + 1235 * StepMs);
}

void TestSeriesDecimator::boundedByFourPointsPerColumn()
{
    // Rollups with min < mean < max at every row: the worst case for the output size.
    std::mt19937 rng(99);
    std::uniform_real_distribution<double> dist(-100, 100);
    QList<SeriesRow> rows;
    for (int i = 0; i < 50'000; ++i) {
        const double a = dist(rng);
        const double b = dist(rng);
        rows.append(SeriesRow{T0 + i * 60'000LL, std::min(a, b) - 1, (a + b) / 2, std::max(a, b) + 1});
    }
    const qint64 toMs = T0 + 50'000 * 60'000LL;
    for (int columns : {1, 2, 7, 333, 1000, 20'000, 49'999, 50'000, 1'000'000}) {
        const QList<SeriesPoint> points = SeriesDecimator::decimate(rows, T0, toMs, columns);
        QVERIFY2(points.size() <= 4LL * columns, qPrintable(QString::number(columns)));
        QVERIFY2(points.size() <= 3LL * rows.size(), qPrintable(QString::number(columns)));
        QVERIFY(sortedByTime(points));
        QVERIFY(!points.isEmpty());
    }
    QCOMPARE(SeriesDecimator::decimate(rows, T0, toMs, 1).size(), 4);
}

void TestSeriesDecimator::rollupRowsKeepMinAndMaxNotMean()
{
    // Hourly rollups whose means are flat but whose min/max carry the peaks.
    QList<SeriesRow> rows;
    for (int h = 0; h < 48; ++h)
        rows.append(SeriesRow{T0 + h * 3'600'000LL, 100.0 - h, 500.0, 900.0 + h});
    rows[17] = SeriesRow{rows[17].timeMs, -4000, 500, 900};
    rows[30] = SeriesRow{rows[30].timeMs, 70, 500, 7000};
    const QList<SeriesPoint> points = SeriesDecimator::decimate(rows, T0, T0 + 48 * 3'600'000LL, 4);
    QVERIFY(points.size() <= 16);
    QVERIFY(points.contains(SeriesPoint{rows[17].timeMs, -4000}));
    QVERIFY(points.contains(SeriesPoint{rows[30].timeMs, 7000}));
    // Each 12-hour column: first mean, min, max, last mean.
    const QList<SeriesPoint> third{points.begin() + 8, points.begin() + 12};
    QCOMPARE(third,
             (QList<SeriesPoint>{{rows[24].timeMs, 500}, {rows[30].timeMs, 7000},
                                 {rows[35].timeMs, 100.0 - 35}, {rows[35].timeMs, 500}}));
    QVERIFY(sortedByTime(points));
}

void TestSeriesDecimator::nonFiniteRowsSkipped()
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const QList<SeriesRow> rows{raw(T0, nan), raw(T0 + 1, 3), SeriesRow{T0 + 2, 0, 1, nan},
                                raw(T0 + 3, -2), raw(T0 + 4, std::numeric_limits<double>::infinity()),
                                raw(T0 + 5, 4)};
    QCOMPARE(SeriesDecimator::decimate(rows, T0, T0 + 6, 1),
             (QList<SeriesPoint>{{T0 + 1, 3}, {T0 + 3, -2}, {T0 + 5, 4}}));
}

void TestSeriesDecimator::hugeRangesDoNotOverflow()
{
    constexpr qint64 Min = std::numeric_limits<qint64>::min();
    constexpr qint64 Max = std::numeric_limits<qint64>::max();
    const QList<SeriesRow> rows{raw(Min, 1), raw(Min / 2, 2), raw(0, 3), raw(Max / 2, 4),
                                raw(Max - 1, 5)};
    const QList<SeriesPoint> points = SeriesDecimator::decimate(rows, Min, Max, 1000);
    QCOMPARE(points.size(), 5);
    QVERIFY(sortedByTime(points));
    // One column: first = min (Min, 1), max = last (Max - 1, 5).
    QCOMPARE(SeriesDecimator::decimate(rows, Min, Max, 1),
             (QList<SeriesPoint>{{Min, 1}, {Max - 1, 5}}));
    QCOMPARE(SeriesDecimator::decimate(rows, Min, Max, std::numeric_limits<int>::max()).size(), 5);
}

QTEST_GUILESS_MAIN(TestSeriesDecimator)
#include "tst_seriesdecimator.moc"
