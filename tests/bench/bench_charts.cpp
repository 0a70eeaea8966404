// Charts view costs on 30 days of 5-second history (518,400 samples per series, all kept raw):
// switching the range preset 24 h → 30 d → 7 d with the view laid out at 1200 × 600, each switch
// a full refresh (decimated store query, one replace() per series, daily energies, axes); the
// same with the view painted after each switch; single refreshes and single paints per preset;
// the store's query alone. The history is written once per process into a temporary directory.
#include "sunnydaysample.h"
#include "chartsview.h"
#include "history/historystore.h"
#include "powerchart.h"

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

#include <benchmark/benchmark.h>

#include <cmath>
#include <cstdio>
#include <memory>
#include <numbers>

using namespace kw;
using namespace kw::history;
using kw::gui::ChartsView;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 SecondMs = 1000;
constexpr qint64 HourMs = 3600 * SecondMs;
constexpr qint64 DayMs = 24 * HourMs;
constexpr qint64 StepMs = 5 * SecondMs;
constexpr int Days = 30;

struct Fixture
{
    QTemporaryDir dir;
    HistoryStore store;
    qint64 endMs = 0;
    std::unique_ptr<ChartsView> view;

    Fixture()
    {
        QElapsedTimer timer;
        timer.start();
        store.setRawRetentionDays(Days + 1);
        if (!store.open(dir.filePath(u"month-5s.sqlite"_s)))
            std::abort();
        endMs = QDateTime::currentMSecsSinceEpoch() / StepMs * StepMs;
        for (qint64 t = endMs - Days * DayMs; t < endMs; t += StepMs)
            store.append(kwtest::sunnyDaySample(t));
        if (!store.flush())
            std::abort();
        std::fprintf(stderr, "fixture: %lld raw samples per series, written in %lld ms\n",
                     static_cast<long long>(store.rawSampleCount()), static_cast<long long>(timer.elapsed()));

        view = std::make_unique<ChartsView>();
        const qint64 now = endMs;
        view->setClock([now] { return now; });
        view->setHistoryStore(&store);
        view->resize(1200, 600);
        view->show();
        if (!QTest::qWaitForWindowExposed(view.get()))
            std::abort();
        // Laid out and settled: the plot area known, no refresh pending.
        for (int i = 0; i < 100 && (view->isRefreshPending() || view->lastQuery().widthPx
                                    != qRound(view->powerChart()->plotArea().width())); ++i)
            QTest::qWait(20);
    }
};

std::unique_ptr<Fixture> g_fixture;

Fixture &fixture()
{
    if (!g_fixture)
        g_fixture = std::make_unique<Fixture>();
    return *g_fixture;
}

void report(benchmark::State &state, const ChartsView &view)
{
    const ChartsView::Query query = view.lastQuery();
    state.counters["width_px"] = query.widthPx;
    state.counters["points"] = query.pointCount;
}

// 24 h → 30 d → 7 d, each switch a complete refresh; per-switch means as counters.
void BM_RangeSwitch(benchmark::State &state)
{
    Fixture &f = fixture();
    const bool paint = state.range(0) != 0;
    QImage canvas(f.view->size(), QImage::Format_ARGB32_Premultiplied);
    double msDay = 0;
    double msMonth = 0;
    double msWeek = 0;
    QElapsedTimer timer;
    const auto step = [&](ChartsView::RangePreset preset, double &sumMs) {
        timer.start();
        f.view->setRangePreset(preset);
        if (paint) {
            QPainter painter(&canvas);
            f.view->render(&painter);
        }
        sumMs += double(timer.nsecsElapsed()) / 1e6;
    };
    for (auto _ : state) {
        step(ChartsView::RangePreset::Day, msDay);
        step(ChartsView::RangePreset::Month, msMonth);
        step(ChartsView::RangePreset::Week, msWeek);
    }
    const double n = double(state.iterations());
    state.counters["to_24h_ms"] = msDay / n;
    state.counters["to_30d_ms"] = msMonth / n;
    state.counters["to_7d_ms"] = msWeek / n;
    state.SetLabel(paint ? "refresh + paint" : "refresh");
    report(state, *f.view);
}
BENCHMARK(BM_RangeSwitch)->ArgName("paint")->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

// One refresh of an unchanged range: the cost of a live update at each preset.
void BM_Refresh(benchmark::State &state)
{
    Fixture &f = fixture();
    const auto preset = ChartsView::RangePreset(state.range(0));
    f.view->setRangePreset(preset);
    for (auto _ : state)
        f.view->refreshNow();
    state.SetLabel(historyTierName(f.view->lastQuery().tier).toStdString());
    report(state, *f.view);
}
BENCHMARK(BM_Refresh)
    ->ArgName("preset")
    ->Arg(int(ChartsView::RangePreset::Hour))
    ->Arg(int(ChartsView::RangePreset::Day))
    ->Arg(int(ChartsView::RangePreset::Week))
    ->Arg(int(ChartsView::RangePreset::Month))
    ->Unit(benchmark::kMillisecond);

// Painting the whole view once (what a frame costs after a refresh), per preset.
void BM_Paint(benchmark::State &state)
{
    Fixture &f = fixture();
    f.view->setRangePreset(ChartsView::RangePreset(state.range(0)));
    QImage canvas(f.view->size(), QImage::Format_ARGB32_Premultiplied);
    for (auto _ : state) {
        QPainter painter(&canvas);
        f.view->render(&painter);
    }
    report(state, *f.view);
}
BENCHMARK(BM_Paint)
    ->ArgName("preset")
    ->Arg(int(ChartsView::RangePreset::Hour))
    ->Arg(int(ChartsView::RangePreset::Day))
    ->Arg(int(ChartsView::RangePreset::Week))
    ->Arg(int(ChartsView::RangePreset::Month))
    ->Unit(benchmark::kMillisecond);

// The store query alone at the same width, to tell the chart's share from the store's.
void BM_StoreSeriesOnly(benchmark::State &state)
{
    Fixture &f = fixture();
    const qint64 spanMs = state.range(0) * HourMs;
    const int widthPx = f.view->lastQuery().widthPx;
    for (auto _ : state) {
        const SeriesResult result = f.store.series(f.endMs - spanMs, f.endMs, widthPx);
        benchmark::DoNotOptimize(result);
    }
}
BENCHMARK(BM_StoreSeriesOnly)->ArgName("hours")->Arg(24)->Arg(7 * 24)->Arg(30 * 24)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    g_fixture.reset();
    return 0;
}
