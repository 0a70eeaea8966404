#pragma once

#include "chartcolours.h"
#include "chartrange.h"
#include "history/historystore.h"
#include "powerformatter.h"
#include "segmentedlineseries.h"

#include <QChart>
#include <QList>
#include <QMap>

#include <map>
#include <memory>

class QCategoryAxis;
class QGraphicsSimpleTextItem;
class QLineSeries;
class QValueAxis;

namespace kw::gui {

// The power chart's content: PV, house, grid and battery power on the left axis (W or kW, one
// unit for all, as in the flow diagram) and SOC on a right axis (%), over a time axis with ticks
// at round local times. It shows what it is handed (setData) for the range it is told
// (setTimeRange); it never queries anything itself.
class PowerChart : public QChart
{
    Q_OBJECT
public:
    // The recorded value of one quantity near a time, for the hover read-out.
    struct Reading
    {
        kw::history::SeriesKind kind = kw::history::SeriesKind::Pv;
        qint64 timeMs = 0;
        double value = 0; // W, or % for SOC
    };

    explicit PowerChart(QGraphicsItem *parent = nullptr);
    ~PowerChart() override;

    void setTimeRange(TimeRange range);
    TimeRange timeRange() const { return m_range; }

    // Shows one answer of HistoryStore::series(): exactly one replace() per segment series.
    // Neighbouring points more than gapMs apart are not joined.
    void setData(const kw::history::SeriesResult &result, qint64 gapMs);

    PowerUnit unit() const { return m_unit; }
    const SegmentedLineSeries &line(kw::history::SeriesKind kind) const;
    qsizetype pointCount(kw::history::SeriesKind kind) const;
    QValueAxis *powerAxis() const { return m_powerAxis; }
    QValueAxis *socAxis() const { return m_socAxis; }
    QCategoryAxis *timeAxis() const { return m_timeAxis; }

    // Per shown quantity the recorded point nearest timeMs, if one lies within half the gap
    // distance.
    QList<Reading> readingsAt(qint64 timeMs) const;
    // The hover read-out for timeMs (rich text): the time, then each quantity in its colour, grid
    // and battery with their direction in words.
    QString readoutText(qint64 timeMs) const;

    // Clicking a legend entry hides or shows its quantity.
    void setKindVisible(kw::history::SeriesKind kind, bool visible);
    bool isKindVisible(kw::history::SeriesKind kind) const;
    // The "nothing recorded in this range" note over an empty plot.
    bool isShowingEmptyNote() const;

    void applyPalette(const QPalette &palette, const QFont &font);
    const ChartColours &colours() const { return m_colours; }

private:
    void updateTimeTicks();
    int powerTickCount() const;
    void updatePowerAxis();
    void applyPens();
    void updateLegendMarker(kw::history::SeriesKind kind);
    void placeEmptyNote();

    QCategoryAxis *m_timeAxis;
    QValueAxis *m_powerAxis;
    QValueAxis *m_socAxis;
    QLineSeries *m_zeroLine;
    QGraphicsSimpleTextItem *m_emptyNote;
    std::map<kw::history::SeriesKind, std::unique_ptr<SegmentedLineSeries>> m_lines;
    QMap<kw::history::SeriesKind, QList<kw::history::SeriesPoint>> m_points;
    TimeRange m_range;
    int m_ticksWidthPx = 0;
    int m_powerTicks = 0;
    double m_powerMin = 0; // in the axis unit
    double m_powerMax = 0;
    qint64 m_gapMs = 0;
    PowerUnit m_unit = PowerUnit::Watt;
    ChartColours m_colours;
};

} // namespace kw::gui
