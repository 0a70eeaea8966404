// History store costs: series queries at 1,000 px over 1 h … 365 d (the tiers at work), a 1 s
// recording read over 1–12 h (raw samples giving way to minutes), daily energies of a year,
// reading the rows of one tier alone, append() on the caller's thread and the writer's
// throughput. Fixtures (30 days of 10 s samples; 365 days of 60 s samples; a day of 1 s samples)
// are written once per process into a temporary directory.
#include "history/historyreader.h"
#include "history/historyschema.h"
#include "history/historystore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <cmath>
#include <cstdio>
#include <memory>
#include <numbers>

using namespace kw;
using namespace kw::history;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 SecondMs = 1000;
constexpr qint64 HourMs = 3600 * SecondMs;
constexpr qint64 DayMs = 24 * HourMs;
constexpr int WidthPx = 1000;

EnergySnapshot plausibleSample(qint64 timeMs, QRandomGenerator &rng)
{
    const double dayPhase = double(timeMs % DayMs) / double(DayMs);
    const double pv = std::max(0.0, std::sin((dayPhase - 0.25) * 2 * std::numbers::pi)) * 7000
                      + rng.bounded(200.0);
    const double house = 300 + rng.bounded(2500.0);
    const double battery = rng.bounded(4000.0) - 2000;
    EnergySnapshot s;
    s.timestampMs = timeMs;
    s.pvW = pv;
    s.houseW = house;
    s.gridW = house - pv + battery;
    s.batteryW = battery;
    s.socPercent = 5 + rng.bounded(90.0);
    s.stateCode = 14;
    s.stateText = u"LADEN"_s;
    return s;
}

// A history file with `days` of samples every `stepMs`, ending now (so raw retention applies as
// it would in use), opened for reading.
struct Fixture
{
    QTemporaryDir dir;
    HistoryStore store;
    qint64 endMs = 0;

    Fixture(int days, qint64 stepMs, const char *name)
    {
        QElapsedTimer timer;
        timer.start();
        const QString path = dir.filePath(QString::fromLatin1(name) + u".sqlite"_s);
        if (!store.open(path))
            std::abort();
        endMs = QDateTime::currentMSecsSinceEpoch() / stepMs * stepMs;
        QRandomGenerator rng(1);
        for (qint64 t = endMs - days * DayMs; t < endMs; t += stepMs)
            store.append(plausibleSample(t, rng));
        if (!store.flush())
            std::abort();
        std::fprintf(stderr, "fixture %s: %lld raw samples kept, written in %lld ms\n", name,
                     static_cast<long long>(store.rawSampleCount()),
                     static_cast<long long>(timer.elapsed()));
    }
};

// Built on first use; released before the QCoreApplication goes (the stores own threads).
std::unique_ptr<Fixture> g_month;
std::unique_ptr<Fixture> g_year;
std::unique_ptr<Fixture> g_denseDay;

Fixture &month()
{
    if (!g_month)
        g_month = std::make_unique<Fixture>(30, 10 * SecondMs, "month-10s");
    return *g_month;
}

Fixture &year()
{
    if (!g_year)
        g_year = std::make_unique<Fixture>(365, 60 * SecondMs, "year-60s");
    return *g_year;
}

Fixture &denseDay()
{
    if (!g_denseDay)
        g_denseDay = std::make_unique<Fixture>(1, SecondMs, "day-1s");
    return *g_denseDay;
}

void runSeries(benchmark::State &state, Fixture &fixture)
{
    const qint64 spanMs = state.range(0) * HourMs;
    const qint64 fromMs = fixture.endMs - spanMs;
    qsizetype points = 0;
    HistoryTier tier = HistoryTier::Raw;
    for (auto _ : state) {
        const SeriesResult result = fixture.store.series(fromMs, fixture.endMs, WidthPx);
        points = result.series.value(SeriesKind::Pv).size();
        tier = result.tier;
        benchmark::DoNotOptimize(result);
    }
    state.counters["pv_points"] = double(points);
    state.SetLabel(historyTierName(tier).toStdString());
}

void BM_SeriesMonthFixture(benchmark::State &state)
{
    runSeries(state, month());
}
BENCHMARK(BM_SeriesMonthFixture)
    ->ArgName("hours")
    ->Arg(1)
    ->Arg(24)
    ->Arg(7 * 24)
    ->Arg(30 * 24)
    ->Unit(benchmark::kMillisecond);

void BM_SeriesYearFixture(benchmark::State &state)
{
    runSeries(state, year());
}
BENCHMARK(BM_SeriesYearFixture)
    ->ArgName("hours")
    ->Arg(7 * 24)
    ->Arg(30 * 24)
    ->Arg(365 * 24)
    ->Unit(benchmark::kMillisecond);

// A simulator recorded at 1 s: up to ~16 h the columns are under a minute, yet more than ten
// raw samples would feed each from 2.8 h on.
void BM_SeriesDenseDay(benchmark::State &state)
{
    runSeries(state, denseDay());
}
BENCHMARK(BM_SeriesDenseDay)
    ->ArgName("hours")
    ->Arg(1)
    ->Arg(6)
    ->Arg(12)
    ->Unit(benchmark::kMillisecond);

// The SELECT alone (no decimation, no tier choice): one tier's rows of a span.
void readRows(benchmark::State &state, Fixture &fixture, HistoryTier tier, qint64 spanMs)
{
    const QString connection = u"bench.reader"_s;
    if (!HistorySchema::openForReading(fixture.store.path(), connection, nullptr))
        std::abort();
    {
        HistoryReader reader(connection);
        qsizetype rows = 0;
        for (auto _ : state) {
            const auto result = reader.rows(tier, fixture.endMs - spanMs, fixture.endMs, allSeriesKinds());
            rows = result.value(SeriesKind::Pv).size();
            benchmark::DoNotOptimize(result);
        }
        state.counters["rows"] = double(rows);
    }
}

// 30 days of minutes: what a month cost before the ten-minute tier.
void BM_ReadMinuteRowsMonth(benchmark::State &state)
{
    readRows(state, month(), HistoryTier::Minute, 30 * DayMs);
}
BENCHMARK(BM_ReadMinuteRowsMonth)->Unit(benchmark::kMillisecond);

void BM_ReadTenMinuteRowsMonth(benchmark::State &state)
{
    readRows(state, month(), HistoryTier::TenMinutes, 30 * DayMs);
}
BENCHMARK(BM_ReadTenMinuteRowsMonth)->Unit(benchmark::kMillisecond);

void BM_ReadHourRowsYear(benchmark::State &state)
{
    readRows(state, year(), HistoryTier::Hour, 365 * DayMs);
}
BENCHMARK(BM_ReadHourRowsYear)->Unit(benchmark::kMillisecond);

// 12 hours of 1 s samples, raw: what the dense recording would cost without the minutes.
void BM_ReadRawRowsDense12h(benchmark::State &state)
{
    readRows(state, denseDay(), HistoryTier::Raw, 12 * HourMs);
}
BENCHMARK(BM_ReadRawRowsDense12h)->Unit(benchmark::kMillisecond);

void BM_DailyEnergyYear(benchmark::State &state)
{
    Fixture &fixture = year();
    const QTimeZone berlin("Europe/Berlin");
    const QDate last = QDateTime::fromMSecsSinceEpoch(fixture.endMs, berlin).date();
    qsizetype days = 0;
    for (auto _ : state) {
        const QList<DailyEnergy> result = fixture.store.dailyEnergy(last.addDays(-364), last, berlin);
        days = result.size();
        benchmark::DoNotOptimize(result);
    }
    state.counters["days"] = double(days);
}
BENCHMARK(BM_DailyEnergyYear)->Unit(benchmark::kMillisecond);

// What the GUI thread pays per snapshot: a queue push.
void BM_Append(benchmark::State &state)
{
    QTemporaryDir dir;
    HistoryStore store;
    if (!store.open(dir.filePath(u"append.sqlite"_s)))
        std::abort();
    QRandomGenerator rng(2);
    const EnergySnapshot sample = plausibleSample(0, rng);
    qint64 t = QDateTime::currentMSecsSinceEpoch() - 30 * DayMs;
    for (auto _ : state) {
        EnergySnapshot s = sample;
        s.timestampMs = ++t;
        store.append(s);
    }
    state.SetItemsProcessed(state.iterations());
    store.flush(); // outside the timed loop
}
BENCHMARK(BM_Append)->Iterations(200000);

// The writer's throughput: in-order samples, rollups and energies maintained, committed.
void BM_WriteThroughput(benchmark::State &state)
{
    QTemporaryDir dir;
    HistoryStore store;
    if (!store.open(dir.filePath(u"write.sqlite"_s)))
        std::abort();
    const int batch = int(state.range(0));
    QRandomGenerator rng(3);
    qint64 t = QDateTime::currentMSecsSinceEpoch() - 5 * DayMs;
    for (auto _ : state) {
        for (int i = 0; i < batch; ++i)
            store.append(plausibleSample(t += SecondMs, rng));
        store.flush();
    }
    state.SetItemsProcessed(state.iterations() * batch);
}
// Wall time: the work happens on the writer's thread.
BENCHMARK(BM_WriteThroughput)
    ->ArgName("batch")
    ->Arg(1)
    ->Arg(100)
    ->Arg(10000)
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv); // Qt's SQL plugins need one
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    g_month.reset();
    g_year.reset();
    g_denseDay.reset();
    return 0;
}
