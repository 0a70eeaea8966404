// The Charts view on real SQLite history stores: the decimated query sized to the plot, one
// replace() per series, presets, live follow, zoom / pan / reset, coalesced refreshes, gaps,
// daily bars against HistoryStore::dailyEnergy(), the empty-store message, palettes, the time
// axis ticks, and renders of simulator data (written as PNGs with KW_CHARTS_SNAPSHOT_DIR set).
#include "sunnydaysample.h"
#include "chartrange.h"
#include "chartsview.h"
#include "dailyenergychart.h"
#include "history/historystore.h"
#include "plantmodel.h"
#include "powerchart.h"
#include "powerchartview.h"
#include "powerformatter.h"
#include "segmentedlineseries.h"
#include "timeaxisticks.h"

#include <QApplication>
#include <QBarSet>
#include <QCategoryAxis>
#include <QDateTimeEdit>
#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QValueAxis>

#include <cmath>
#include <memory>
#include <numbers>

using namespace Qt::StringLiterals;
using kw::EnergySnapshot;
using kw::gui::ChartRange;
using kw::gui::ChartsView;
using kw::gui::DailyEnergyChart;
using kw::gui::PowerChart;
using kw::gui::PowerChartView;
using kw::gui::SegmentedLineSeries;
using kw::gui::TimeAxisTicks;
using kw::gui::TimeRange;
using kw::history::HistoryStore;
using kw::history::HistoryTier;
using kw::history::SeriesKind;

namespace {

constexpr qint64 SecondMs = 1000;
constexpr qint64 MinuteMs = 60 * SecondMs;
constexpr qint64 HourMs = 60 * MinuteMs;
constexpr qint64 DayMs = 24 * HourMs;
constexpr qint64 StepMs = 5 * SecondMs;

// Fixed, in the past, on a 5 s boundary; the raw retention counts from the newest sample.
const qint64 EndMs = QDateTime(QDate(2024, 6, 12), QTime(15, 0), QTimeZone::utc()).toMSecsSinceEpoch();
// Two hours without samples, inside the last 24 h.
const qint64 GapFromMs = EndMs - 9 * HourMs;
const qint64 GapToMs = EndMs - 7 * HourMs;

void fill(HistoryStore &store, qint64 fromMs, qint64 toMs, bool withGap)
{
    for (qint64 t = fromMs; t < toMs; t += StepMs) {
        if (withGap && t >= GapFromMs && t < GapToMs)
            continue;
        store.append(kwtest::sunnyDaySample(t));
    }
    QVERIFY(store.flush());
}

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x1e, 0x20, 0x24));
    palette.setColor(QPalette::WindowText, QColor(0xe8, 0xea, 0xed));
    palette.setColor(QPalette::Base, QColor(0x26, 0x28, 0x2d));
    palette.setColor(QPalette::AlternateBase, QColor(0x2d, 0x30, 0x35));
    palette.setColor(QPalette::Text, QColor(0xe8, 0xea, 0xed));
    palette.setColor(QPalette::Button, QColor(0x2d, 0x30, 0x35));
    palette.setColor(QPalette::ButtonText, QColor(0xe8, 0xea, 0xed));
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xd8));
    return palette;
}

// Pixels close to `colour` in a grab.
int pixelsLike(const QImage &image, const QColor &colour)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (std::abs(pixel.red() - colour.red()) + std::abs(pixel.green() - colour.green())
                    + std::abs(pixel.blue() - colour.blue()) < 30)
                ++count;
        }
    }
    return count;
}

QList<QPointF> chartPoints(const SegmentedLineSeries &line)
{
    QList<QPointF> points;
    for (const QLineSeries *series : line.series())
        points += series->points();
    return points;
}

} // namespace

class TestChartsView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    HistoryStore m_store;

    // A view on m_store at EndMs, shown at 1200 × 700 and settled: laid out, the last query sized
    // to the plot area, no refresh pending.
    std::unique_ptr<ChartsView> makeView(HistoryStore *store, ChartsView::RangePreset preset)
    {
        auto view = std::make_unique<ChartsView>();
        view->setClock([] { return EndMs; });
        view->setHistoryStore(store);
        view->resize(1200, 700);
        view->show();
        if (!QTest::qWaitForWindowExposed(view.get()))
            return nullptr;
        view->setRangePreset(preset);
        settle(*view);
        return view;
    }

    static void settle(ChartsView &view)
    {
        QTRY_VERIFY(!view.isRefreshPending()
                    && view.lastQuery().widthPx == qRound(view.powerChart()->plotArea().width()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_store.open(m_dir.filePath(u"history.sqlite"_s)));
        fill(m_store, EndMs - 2 * DayMs, EndMs, true);
        QVERIFY(m_store.rawSampleCount() > 30'000);
    }

    void refreshUsesTheDecimatedQuery()
    {
        auto view = makeView(&m_store, ChartsView::RangePreset::Day);
        QVERIFY(view);
        const ChartsView::Query query = view->lastQuery();
        QCOMPARE(query.fromMs, EndMs - DayMs);
        QCOMPARE(query.toMs, EndMs);
        QVERIFY(query.widthPx > 900);
        QCOMPARE(query.widthPx, qRound(view->powerChart()->plotArea().width()));
        QCOMPARE(query.tier, HistoryStore::tierFor(query.fromMs, query.toMs, query.widthPx));
        QCOMPARE(query.tier, HistoryTier::Minute);
        // Far more raw samples in the range than the chart may draw.
        const qsizetype rawInRange = m_store.rawSamples(query.fromMs, query.toMs).size();
        QVERIFY2(rawInRange > 3 * 4 * query.widthPx, qPrintable(QString::number(rawInRange)));

        const kw::history::SeriesResult expected = m_store.series(query.fromMs, query.toMs, query.widthPx);
        int total = 0;
        for (const SeriesKind kind : kw::history::allSeriesKinds()) {
            const QList<kw::history::SeriesPoint> points = expected.series.value(kind);
            QVERIFY(points.size() > query.widthPx / 2);
            QVERIFY(points.size() <= 4 * query.widthPx);
            QCOMPARE(query.pointCounts.value(kind), points.size());
            // What the chart holds is exactly the store's answer, in the chart's unit.
            const QList<QPointF> drawn = chartPoints(view->powerChart()->line(kind));
            QCOMPARE(drawn.size(), points.size());
            const double scale = kind == SeriesKind::Soc || view->powerChart()->unit() == kw::gui::PowerUnit::Watt ? 1.0 : 0.001;
            for (qsizetype i = 0; i < points.size(); i += 97) {
                QCOMPARE(qint64(drawn[i].x()), points[i].timeMs);
                QVERIFY(std::abs(drawn[i].y() - points[i].value * scale) < 1e-9);
            }
            total += int(points.size());
        }
        QCOMPARE(query.pointCount, total);
        QCOMPARE(view->powerChart()->unit(), kw::gui::PowerUnit::Kilowatt);
    }

    void resizeRequeriesAtTheNewWidth()
    {
        auto view = makeView(&m_store, ChartsView::RangePreset::Day);
        QVERIFY(view);
        const int before = view->lastQuery().widthPx;
        view->resize(800, 600);
        settle(*view);
        QVERIFY(view->lastQuery().widthPx < before - 300);
        for (const SeriesKind kind : kw::history::allSeriesKinds())
            QVERIFY(view->lastQuery().pointCounts.value(kind) <= 4 * view->lastQuery().widthPx);
    }

    void oneReplacePerSeriesPerRefresh()
    {
        auto view = makeView(&m_store, ChartsView::RangePreset::Day);
        QVERIFY(view);
        std::vector<std::unique_ptr<QSignalSpy>> replaced;
        std::vector<std::unique_ptr<QSignalSpy>> added;
        const QList<QAbstractSeries *> all = view->powerChart()->series();
        for (QAbstractSeries *series : all) {
            auto *line = qobject_cast<QLineSeries *>(series);
            QVERIFY(line);
            if (line->objectName() == u"zero-line"_s)
                continue;
            replaced.push_back(std::make_unique<QSignalSpy>(line, &QXYSeries::pointsReplaced));
            added.push_back(std::make_unique<QSignalSpy>(line, &QXYSeries::pointAdded));
        }
        QVERIFY(replaced.size() >= 5);
        view->refreshNow();
        QCOMPARE(view->powerChart()->series().size(), all.size());
        for (std::size_t i = 0; i < replaced.size(); ++i) {
            QCOMPARE(replaced[i]->count(), 1);
            QCOMPARE(added[i]->count(), 0);
        }
    }

    void gapsStayGaps()
    {
        auto view = makeView(&m_store, ChartsView::RangePreset::Day);
        QVERIFY(view);
        const qint64 gapMs = view->lastQuery().gapMs;
        QVERIFY(gapMs >= ChartsView::MinGapMs && gapMs < GapToMs - GapFromMs);
        for (const SeriesKind kind : kw::history::allSeriesKinds()) {
            const SegmentedLineSeries &line = view->powerChart()->line(kind);
            QCOMPARE(line.series().size(), 2);
            for (const QLineSeries *series : line.series()) {
                const QList<QPointF> points = series->points();
                QVERIFY(!points.isEmpty());
                // No segment runs across the gap, and none joins points further apart than gapMs.
                QVERIFY(points.last().x() < double(GapFromMs) || points.first().x() >= double(GapToMs));
                for (qsizetype i = 1; i < points.size(); ++i)
                    QVERIFY(points[i].x() - points[i - 1].x() <= double(gapMs));
            }
        }
        // One legend entry per quantity, however many segments.
        int visibleMarkers = 0;
        for (QLegendMarker *marker : view->powerChart()->legend()->markers())
            visibleMarkers += marker->isVisible() ? 1 : 0;
        QCOMPARE(visibleMarkers, 5);
    }

    void splitBridgesTheSmallestGapsBeyondTheLimit()
    {
        QList<QPointF> points;
        for (int i = 0; i < 10; ++i)
            points.append(QPointF(i * 100 + (i >= 3 ? 50 : 0) + (i >= 6 ? 500 : 0) + (i >= 8 ? 200 : 0), i));
        // Gaps after index 2 (150), 5 (600) and 7 (300); neighbours are otherwise 100 apart.
        QCOMPARE(SegmentedLineSeries::split(points, 120).size(), 4);
        const QList<QList<QPointF>> two = SegmentedLineSeries::split(points, 120, 2);
        QCOMPARE(two.size(), 2);
        QCOMPARE(two[0].size(), 6);
        QCOMPARE(two[1].size(), 4);
        QCOMPARE(SegmentedLineSeries::split(points, 1000).size(), 1);
        QVERIFY(SegmentedLineSeries::split({}, 100).isEmpty());
    }

    void presetSwitchChangesTheRange()
    {
        auto view = makeView(&m_store, ChartsView::RangePreset::Day);
        QVERIFY(view);
        const struct
        {
            ChartsView::RangePreset preset;
            qint64 spanMs;
            HistoryTier tier;
            int days;
        } cases[] = {{ChartsView::RangePreset::Hour, HourMs, HistoryTier::Raw, 7},
                     {ChartsView::RangePreset::SixHours, 6 * HourMs, HistoryTier::Raw, 7},
                     {ChartsView::RangePreset::Week, 7 * DayMs, HistoryTier::Minute, 7},
                     {ChartsView::RangePreset::Month, 30 * DayMs, HistoryTier::TenMinutes, 30},
                     {ChartsView::RangePreset::Day, DayMs, HistoryTier::Minute, 7}};
        for (const auto &c : cases) {
            QSignalSpy ranges(view.get(), &ChartsView::rangeChanged);
            view->setRangePreset(c.preset);
            QCOMPARE(ranges.count(), 1);
            QCOMPARE(view->rangePreset(), c.preset);
            QCOMPARE(view->lastQuery().fromMs, EndMs - c.spanMs);
            QCOMPARE(view->lastQuery().toMs, EndMs);
            QCOMPARE(view->lastQuery().tier, c.tier);
            QVERIFY(view->isLiveFollowing());
            QCOMPARE(view->dailyEnergyChart()->days().size(), c.days);
            const auto *axis = view->powerChart()->timeAxis();
            QCOMPARE(qint64(axis->min()), EndMs - c.spanMs);
            QCOMPARE(qint64(axis->max()), EndMs);
        }
        // Custom keeps what is on screen and stops following; a custom range is shown as given.
        view->setRangePreset(ChartsView::RangePreset::Custom);
        QVERIFY(!view->isLiveFollowing());
        QCOMPARE(view->visibleRange(), TimeRange(EndMs - DayMs, EndMs));
        view->setCustomRange(EndMs - 30 * HourMs, EndMs - 20 * HourMs);
        QCOMPARE(view->lastQuery().fromMs, EndMs - 30 * HourMs);
        QCOMPARE(view->lastQuery().toMs, EndMs - 20 * HourMs);
        // A reversed range is refused in favour of the shortest span at its end.
        view->setCustomRange(EndMs, EndMs - HourMs);
        QCOMPARE(view->visibleRange().spanMs(), ChartRange::MinSpanMs);
    }

    void liveFollowMovesWithNewData()
    {
        QTemporaryDir dir;
        HistoryStore store;
        QVERIFY(store.open(dir.filePath(u"live.sqlite"_s)));
        fill(store, EndMs - 3 * HourMs, EndMs, false);
        qint64 now = EndMs;
        auto view = makeView(&store, ChartsView::RangePreset::Hour);
        QVERIFY(view);
        view->setClock([&now] { return now; });
        QCOMPARE(view->lastQuery().toMs, EndMs);

        // Storing new samples is enough: the view follows the store's batchWritten().
        fill(store, EndMs, EndMs + 2 * MinuteMs, false);
        now = EndMs + 2 * MinuteMs;
        QTRY_COMPARE(view->lastQuery().toMs, now);
        QCOMPARE(view->lastQuery().fromMs, now - HourMs);
        const QList<QPointF> pv = chartPoints(view->powerChart()->line(SeriesKind::Pv));
        QCOMPARE(qint64(pv.last().x()), now - StepMs);

        // Not following: new data beyond the range leaves the view alone.
        view->setLiveFollow(false);
        const int refreshes = view->refreshCount();
        now += MinuteMs;
        view->notifyNewData(now);
        QVERIFY(!view->isRefreshPending());
        QCOMPARE(view->refreshCount(), refreshes);
        view->setLiveFollow(true);
        QCOMPARE(view->lastQuery().toMs, now);
    }

    void zoomPanAndResetFromMouseAndKeys()
    {
        auto view = makeView(&m_store, ChartsView::RangePreset::Day);
        QVERIFY(view);
        auto *chartView = qobject_cast<PowerChartView *>(view->powerChartView());
        QVERIFY(chartView);
        QSignalSpy follow(view.get(), &ChartsView::liveFollowChanged);
        const QRectF plot = chartView->plotAreaInViewport();
        QVERIFY(plot.width() > 900);

        // Wheel: zooms in around the cursor, follow off, re-queried once the wheel is quiet.
        const QPointF at(plot.left() + plot.width() * 0.75, plot.center().y());
        const qint64 anchorMs = chartView->timeAtX(at.x());
        QWheelEvent wheel(at, chartView->viewport()->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(chartView->viewport(), &wheel);
        QVERIFY(!view->isLiveFollowing());
        QCOMPARE(follow.count(), 1);
        QCOMPARE(follow.last().at(0).toBool(), false);
        const TimeRange zoomed = view->visibleRange();
        QVERIFY(std::abs(double(zoomed.spanMs()) - 0.8 * double(DayMs)) < 2.0);
        QVERIFY(std::abs(chartView->timeAtX(at.x()) - anchorMs) < 2 * MinuteMs);
        settle(*view);
        QCOMPARE(view->lastQuery().fromMs, zoomed.fromMs);
        QCOMPARE(view->lastQuery().toMs, zoomed.toMs);

        // Rubber band over the middle fifth of the plot.
        const QPoint from(qRound(plot.left() + plot.width() * 0.4), qRound(plot.center().y()));
        const QPoint to(qRound(plot.left() + plot.width() * 0.6), qRound(plot.center().y()));
        const qint64 fromMs = chartView->timeAtX(from.x());
        const qint64 toMs = chartView->timeAtX(to.x());
        QTest::mousePress(chartView->viewport(), Qt::LeftButton, Qt::NoModifier, from);
        QTest::mouseMove(chartView->viewport(), QPoint((from.x() + to.x()) / 2, from.y()));
        QTest::mouseMove(chartView->viewport(), to);
        QTest::mouseRelease(chartView->viewport(), Qt::LeftButton, Qt::NoModifier, to);
        QVERIFY(std::abs(view->visibleRange().fromMs - fromMs) < MinuteMs);
        QVERIFY(std::abs(view->visibleRange().toMs - toMs) < MinuteMs);
        settle(*view);
        QCOMPARE(view->lastQuery().fromMs, view->visibleRange().fromMs);

        // Arrow keys pan by a tenth of the span.
        const TimeRange beforePan = view->visibleRange();
        QTest::keyClick(chartView, Qt::Key_Left);
        QCOMPARE(view->visibleRange().fromMs, beforePan.fromMs - qint64(double(beforePan.spanMs()) * 0.1));
        QCOMPARE(view->visibleRange().spanMs(), beforePan.spanMs());

        // Dragging with the right button pans by the distance dragged.
        const TimeRange beforeDrag = view->visibleRange();
        QTest::mousePress(chartView->viewport(), Qt::RightButton, Qt::NoModifier, to);
        QTest::mouseMove(chartView->viewport(), from);
        QTest::mouseRelease(chartView->viewport(), Qt::RightButton, Qt::NoModifier, from);
        // Dragged a fifth of the plot (as it is now: the last re-query may have changed the axis
        // labels' width) to the left: that share of the span later, to within a pixel.
        const double dragged = double(to.x() - from.x()) / chartView->plotAreaInViewport().width();
        const double movedMs = double(view->visibleRange().fromMs - beforeDrag.fromMs);
        QVERIFY2(std::abs(movedMs - dragged * double(beforeDrag.spanMs())) < double(beforeDrag.spanMs()) / 500,
                 qPrintable(u"%1 vs %2"_s.arg(movedMs).arg(dragged * double(beforeDrag.spanMs()))));
        QCOMPARE(view->visibleRange().spanMs(), beforeDrag.spanMs());
        QVERIFY(!view->isLiveFollowing());

        // Esc: back to the preset, following again.
        QTest::keyClick(chartView, Qt::Key_Escape);
        QVERIFY(view->isLiveFollowing());
        QCOMPARE(view->visibleRange(), TimeRange(EndMs - DayMs, EndMs));
        QCOMPARE(follow.last().at(0).toBool(), true);

        // Zoom once more, then the Live button turns following back on.
        QApplication::sendEvent(chartView->viewport(), &wheel);
        QVERIFY(!view->isLiveFollowing());
        auto *live = view->findChild<QToolButton *>(u"liveButton"_s);
        QVERIFY(live);
        QVERIFY(!live->isChecked());
        live->click();
        QVERIFY(view->isLiveFollowing());
        QCOMPARE(view->visibleRange(), TimeRange(EndMs - DayMs, EndMs));
    }

    void newDataRefreshesAreCoalesced()
    {
        auto view = makeView(&m_store, ChartsView::RangePreset::Day);
        QVERIFY(view);
        QSignalSpy refreshed(view.get(), &ChartsView::refreshed);
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 50; ++i)
            view->notifyNewData(EndMs - 1000 + i);
        QVERIFY(view->isRefreshPending());
        QCOMPARE(refreshed.count(), 0);
        QVERIFY(refreshed.wait(2000));
        QVERIFY(timer.elapsed() >= ChartsView::DataRefreshIntervalMs - 20);
        // Nothing else follows.
        QVERIFY(!refreshed.wait(2 * ChartsView::DataRefreshIntervalMs));
        QCOMPARE(refreshed.count(), 1);
    }

    void dailyBarsEqualTheStore()
    {
        auto view = makeView(&m_store, ChartsView::RangePreset::Week);
        QVERIFY(view);
        const QDate last = QDateTime::fromMSecsSinceEpoch(EndMs - 1).date();
        const QDate first = last.addDays(-6);
        const QList<kw::history::DailyEnergy> expected = m_store.dailyEnergy(first, last);
        QVERIFY(expected.size() >= 2);
        const DailyEnergyChart *chart = view->dailyEnergyChart();
        const QList<kw::history::DailyEnergy> &days = chart->days();
        QCOMPARE(days.size(), 7);
        QCOMPARE(days.first().day, first);
        QCOMPARE(days.last().day, last);
        int matched = 0;
        for (int i = 0; i < days.size(); ++i) {
            const auto found = std::find_if(expected.cbegin(), expected.cend(),
                                            [&](const kw::history::DailyEnergy &e) { return e.day == days[i].day; });
            const kw::history::EnergyTotals totals = found != expected.cend() ? found->totals : kw::history::EnergyTotals{};
            matched += found != expected.cend() ? 1 : 0;
            QCOMPARE(days[i].totals, totals);
            using Q = DailyEnergyChart::Quantity;
            QCOMPARE(chart->barSet(Q::Pv)->at(i), totals.pvWh / 1000.0);
            QCOMPARE(chart->barSet(Q::House)->at(i), -totals.houseWh / 1000.0);
            QCOMPARE(chart->barSet(Q::GridImport)->at(i), totals.gridImportWh / 1000.0);
            QCOMPARE(chart->barSet(Q::GridExport)->at(i), -totals.gridExportWh / 1000.0);
            QCOMPARE(chart->barSet(Q::BatteryCharge)->at(i), -totals.batteryChargeWh / 1000.0);
            QCOMPARE(chart->barSet(Q::BatteryDischarge)->at(i), totals.batteryDischargeWh / 1000.0);
        }
        QCOMPARE(matched, expected.size());
        // A recorded day's tooltip names its autarky.
        const int lastIndex = int(days.size()) - 1;
        QVERIFY(chart->toolTipText(lastIndex).contains(u"Autarky"_s));
        QVERIFY(chart->toolTipText(0).contains(u"Nothing recorded"_s));

        view->setRangePreset(ChartsView::RangePreset::Month);
        QCOMPARE(chart->days().size(), 30);
        QCOMPARE(chart->days().last().day, last);
    }

    void emptyOrMissingStoreShowsAMessage()
    {
        ChartsView view;
        view.resize(1000, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.isShowingMessage());
        QCOMPARE(view.messageText(), u"No history available"_s);

        QTemporaryDir dir;
        HistoryStore store;
        QVERIFY(store.open(dir.filePath(u"empty.sqlite"_s)));
        view.setClock([] { return EndMs; });
        view.setRangePreset(ChartsView::RangePreset::Hour);
        view.setHistoryStore(&store);
        QVERIFY(view.isShowingMessage());
        QCOMPARE(view.messageText(), u"No recorded history yet"_s);
        const QString directory = qEnvironmentVariable("KW_CHARTS_SNAPSHOT_DIR");
        if (!directory.isEmpty())
            QVERIFY(view.grab().save(QDir(directory).filePath(u"charts-empty.png"_s)));

        // The first stored samples bring the charts.
        fill(store, EndMs - 10 * MinuteMs, EndMs, false);
        QTRY_VERIFY(!view.isShowingMessage());
        QTRY_COMPARE(view.lastQuery().pointCounts.value(SeriesKind::Pv), int(10 * MinuteMs / StepMs));

        view.setHistoryStore(nullptr);
        QCOMPARE(view.messageText(), u"No history available"_s);
    }

    void chartReadoutNamesTheValuesNearTheCursor()
    {
        auto view = makeView(&m_store, ChartsView::RangePreset::Hour);
        QVERIFY(view);
        const qint64 t = EndMs - 30 * MinuteMs;
        const QList<PowerChart::Reading> readings = view->powerChart()->readingsAt(t + 1000);
        QCOMPARE(readings.size(), 5);
        const EnergySnapshot sample = kwtest::sunnyDaySample(t);
        for (const PowerChart::Reading &reading : readings) {
            QVERIFY(std::abs(reading.timeMs - t) <= StepMs);
            if (reading.kind == SeriesKind::Pv && reading.timeMs == t)
                QVERIFY(std::abs(reading.value - *sample.pvW) < 1e-6);
        }
        // In words: at 14:30 the sample charges the battery and exports.
        const QString text = view->powerChart()->readoutText(t);
        QVERIFY2(text.contains(u"PV"_s) && text.contains(u"SOC"_s), qPrintable(text));
        QVERIFY2(text.contains(u"export "_s) && text.contains(u"charging "_s), qPrintable(text));
        QVERIFY(text.contains(kw::gui::PowerFormatter::format(*sample.pvW, view->powerChart()->unit())));
        // Inside the recording gap there is nothing to read.
        view->setCustomRange(GapFromMs - HourMs, GapToMs + HourMs);
        QVERIFY(view->powerChart()->readingsAt(GapFromMs + HourMs).isEmpty());
        QVERIFY(view->powerChart()->readoutText(GapFromMs + HourMs).contains(u"Nothing recorded here"_s));
    }

    void legendTogglesAQuantity()
    {
        auto view = makeView(&m_store, ChartsView::RangePreset::Day);
        QVERIFY(view);
        PowerChart *chart = view->powerChart();
        QLineSeries *pv = chart->line(SeriesKind::Pv).series().first();
        const QList<QLegendMarker *> markers = chart->legend()->markers(pv);
        QCOMPARE(markers.size(), 1);
        Q_EMIT markers.first()->clicked();
        QVERIFY(!chart->isKindVisible(SeriesKind::Pv));
        for (const QLineSeries *series : chart->line(SeriesKind::Pv).series())
            QVERIFY(!series->isVisible());
        QVERIFY(markers.first()->isVisible()); // greyed, still there to click
        const qint64 t = EndMs - 30 * MinuteMs;
        QCOMPARE(chart->readingsAt(t).size(), 4);
        // Stays hidden through refreshes, which may add segment series.
        view->setCustomRange(GapFromMs - HourMs, GapToMs + HourMs);
        for (const QLineSeries *series : chart->line(SeriesKind::Pv).series())
            QVERIFY(!series->isVisible());
        Q_EMIT markers.first()->clicked();
        QVERIFY(chart->isKindVisible(SeriesKind::Pv));
        for (const QLineSeries *series : chart->line(SeriesKind::Pv).series())
            QVERIFY(series->isVisible());
    }

    void rangeWithoutDataSaysSo()
    {
        auto view = makeView(&m_store, ChartsView::RangePreset::Day);
        QVERIFY(view);
        QVERIFY(!view->powerChart()->isShowingEmptyNote());
        // The custom fields of the toolbar, as a user would fill them in.
        view->setRangePreset(ChartsView::RangePreset::Custom);
        auto *from = view->findChild<QDateTimeEdit *>(u"customFrom"_s);
        auto *to = view->findChild<QDateTimeEdit *>(u"customTo"_s);
        auto *apply = view->findChild<QPushButton *>(u"customApply"_s);
        QVERIFY(from && to && apply);
        QVERIFY(from->isVisible());
        const qint64 beforeMs = EndMs - 5 * DayMs;
        to->setDateTime(QDateTime::fromMSecsSinceEpoch(beforeMs + 3 * HourMs));
        from->setDateTime(QDateTime::fromMSecsSinceEpoch(beforeMs));
        QVERIFY(apply->isEnabled());
        apply->click();
        QCOMPARE(view->visibleRange(), TimeRange(beforeMs, beforeMs + 3 * HourMs));
        QCOMPARE(view->lastQuery().pointCount, 0);
        QVERIFY(!view->isShowingMessage());
        QVERIFY(view->powerChart()->isShowingEmptyNote());
        // A reversed range cannot be applied.
        from->setDateTime(QDateTime::fromMSecsSinceEpoch(beforeMs + 4 * HourMs));
        QVERIFY(!apply->isEnabled());
    }

    void paletteSelectsTheChartTheme()
    {
        auto view = makeView(&m_store, ChartsView::RangePreset::Day);
        QVERIFY(view);
        QCOMPARE(view->powerChart()->theme(), QChart::ChartThemeLight);
        view->setPalette(darkPalette());
        QCOMPARE(view->powerChart()->theme(), QChart::ChartThemeDark);
        QCOMPARE(view->dailyEnergyChart()->chart()->theme(), QChart::ChartThemeDark);
        QCOMPARE(view->powerChart()->backgroundBrush().color(), QColor(0x1e, 0x20, 0x24));
        // The theme must not have taken the series' colours: PV keeps the flow diagram's amber.
        const QColor pv = view->powerChart()->colours().pv;
        QCOMPARE(view->powerChart()->line(SeriesKind::Pv).series().first()->pen().color(), pv);
        view->setPalette(QApplication::palette());
        QCOMPARE(view->powerChart()->theme(), QChart::ChartThemeLight);
    }

    void timeTicksSitOnRoundLocalTimes()
    {
        const QTimeZone utc = QTimeZone::utc();
        const QLocale c = QLocale::c();
        // 24 h: every 2 hours at 1,100 px, every 3 at 800, on the hour, the date at midnight.
        QCOMPARE(TimeAxisTicks::stepMs(DayMs, 1100), 2 * HourMs);
        QCOMPARE(TimeAxisTicks::stepMs(DayMs, 800), 3 * HourMs);
        QCOMPARE(TimeAxisTicks::timeFormat(c), u"HH:mm"_s);
        const qint64 from = EndMs - DayMs + 17 * MinuteMs;
        const QList<kw::gui::TimeTick> day = TimeAxisTicks::compute(from, from + DayMs, 800, c, utc);
        QCOMPARE(day.size(), 8);
        for (const kw::gui::TimeTick &tick : day) {
            const QDateTime time = QDateTime::fromMSecsSinceEpoch(tick.timeMs, utc);
            QCOMPARE(time.time().minute(), 0);
            QCOMPARE(time.time().hour() % 3, 0);
            QCOMPARE(tick.label, time.time().hour() == 0 ? c.toString(time.date(), u"ddd d"_s)
                                                         : c.toString(time.time(), u"HH:mm"_s));
        }
        // 30 days: Mondays, on a calendar grid that does not move when panning.
        const QList<kw::gui::TimeTick> month = TimeAxisTicks::compute(EndMs - 30 * DayMs, EndMs, 1100, c, utc);
        const QList<kw::gui::TimeTick> panned = TimeAxisTicks::compute(EndMs - 30 * DayMs + 7 * HourMs, EndMs + 7 * HourMs, 1100, c, utc);
        QVERIFY(month.size() >= 4 && month.size() <= 5);
        QCOMPARE(month.at(1).timeMs, panned.at(1).timeMs);
        for (const kw::gui::TimeTick &tick : month) {
            const QDateTime time = QDateTime::fromMSecsSinceEpoch(tick.timeMs, utc);
            QCOMPARE(time.time(), QTime(0, 0));
            QCOMPARE(time.date().dayOfWeek(), 1);
            QCOMPARE(tick.label, c.toString(time.date(), u"d MMM"_s));
        }
        // Local time across the spring DST change: still round local hours, none repeated.
        const QTimeZone berlin("Europe/Berlin");
        const qint64 dstDay = QDateTime(QDate(2024, 3, 31), QTime(0, 0), berlin).toMSecsSinceEpoch();
        const QList<kw::gui::TimeTick> dst = TimeAxisTicks::compute(dstDay, dstDay + 23 * HourMs, 800, c, berlin);
        QVERIFY(dst.size() >= 7);
        for (qsizetype i = 0; i < dst.size(); ++i) {
            const QTime local = QDateTime::fromMSecsSinceEpoch(dst[i].timeMs, berlin).time();
            QCOMPARE(local.minute(), 0);
            QCOMPARE(local.hour() % 3, 0);
            if (i > 0)
                QVERIFY(dst[i].timeMs > dst[i - 1].timeMs);
        }
        const QStringList labels = TimeAxisTicks::distinctLabels({u"06:00"_s, u"12:00"_s, u"06:00"_s, u"06:00"_s});
        QCOMPARE(QSet<QString>(labels.cbegin(), labels.cend()).size(), 4);
        QCOMPARE(labels[2].trimmed().left(5), u"06:00"_s);
    }

    void chartRangeZoomKeepsTheAnchor()
    {
        const TimeRange day{0, DayMs};
        const TimeRange in = ChartRange::zoomed(day, DayMs / 4, 0.5);
        QCOMPARE(in.spanMs(), DayMs / 2);
        QCOMPARE(in.fromMs, DayMs / 4 - DayMs / 8);
        QCOMPARE(ChartRange::zoomed(day, 0, 1e-9).spanMs(), ChartRange::MinSpanMs);
        QCOMPARE(ChartRange::zoomed(day, 0, 1e9).spanMs(), ChartRange::MaxSpanMs);
        QCOMPARE(ChartRange::presetRange(kw::gui::ChartRangePreset::Week, 10 * DayMs), TimeRange(3 * DayMs, 10 * DayMs));
        QVERIFY(!ChartRange::presetRange(kw::gui::ChartRangePreset::Custom, DayMs).isValid());
    }

    // Four days a simulated plant went through (30 s steps), rendered light and dark; the PV
    // line and the bars must actually be drawn.
    void rendersSimulatorHistory()
    {
        QTemporaryDir dir;
        HistoryStore store;
        QVERIFY(store.open(dir.filePath(u"sim.sqlite"_s)));
        const qint64 startMs = QDateTime(QDate(2024, 6, 14), QTime(14, 30), QTimeZone::systemTimeZone()).toMSecsSinceEpoch();
        const kw::sim::PlantModel plant(42, startMs, 4, [&store](const kw::sim::PlantModel &p) {
            store.append(p.energySnapshot());
        });
        QVERIFY(store.flush());
        QVERIFY(store.rawSampleCount() > 10'000);
        const QString directory = qEnvironmentVariable("KW_CHARTS_SNAPSHOT_DIR");
        const struct
        {
            ChartsView::RangePreset preset;
            const char *name;
        } ranges[] = {{ChartsView::RangePreset::Day, "24h"}, {ChartsView::RangePreset::Week, "7d"},
                      {ChartsView::RangePreset::Hour, "1h"}, {ChartsView::RangePreset::Month, "30d"}};
        for (const bool dark : {false, true}) {
            for (const auto &range : ranges) {
                ChartsView view;
                if (dark)
                    view.setPalette(darkPalette());
                view.setClock([startMs] { return startMs; });
                view.setHistoryStore(&store);
                view.resize(1200, 700);
                view.show();
                QVERIFY(QTest::qWaitForWindowExposed(&view));
                view.setRangePreset(range.preset);
                settle(view);
                const QImage image = view.grab().toImage();
                const kw::gui::ChartColours colours = view.powerChart()->colours();
                QVERIFY2(pixelsLike(image, colours.pv) > 300, range.name);
                QVERIFY2(pixelsLike(image, colours.battery) > 300, range.name);
                if (!directory.isEmpty()) {
                    const QString file = QDir(directory).filePath(
                        u"charts-%1%2.png"_s.arg(QString::fromLatin1(range.name), dark ? u"-dark"_s : QString()));
                    QVERIFY(image.save(file));
                }
                if (range.preset != ChartsView::RangePreset::Day)
                    continue;
                // Hovering draws the crosshair; dragging draws the band to zoom to.
                auto *chartView = qobject_cast<PowerChartView *>(view.powerChartView());
                const QRectF plot = chartView->plotAreaInViewport();
                const QPoint middle = plot.center().toPoint();
                // (From elsewhere first: the previous view left the pointer at the middle.)
                QTest::mouseMove(chartView->viewport(), middle - QPoint(40, 0));
                QTest::mouseMove(chartView->viewport(), middle);
                const QImage hover = view.grab().toImage();
                QVERIFY(hover != image);
                QTest::mousePress(chartView->viewport(), Qt::LeftButton, Qt::NoModifier, middle);
                QTest::mouseMove(chartView->viewport(), middle + QPoint(int(plot.width() / 6), 0));
                const QImage band = view.grab().toImage();
                QVERIFY(band != hover);
                QTest::mouseRelease(chartView->viewport(), Qt::LeftButton, Qt::NoModifier,
                                    middle + QPoint(int(plot.width() / 6), 0));
                QVERIFY(!view.isLiveFollowing());
                if (!directory.isEmpty()) {
                    const QString suffix = dark ? u"-dark"_s : QString();
                    QVERIFY(hover.save(QDir(directory).filePath(u"charts-24h-hover%1.png"_s.arg(suffix))));
                    QVERIFY(band.save(QDir(directory).filePath(u"charts-24h-band%1.png"_s.arg(suffix))));
                }
            }
        }
    }
};

QTEST_MAIN(TestChartsView)
#include "tst_chartsview.moc"
