// One frame of the energy-flow diagram: what the 30 fps animation costs the GUI thread, at a
// typical window size and on a HiDPI (2×) backing store, with every path carrying power.
#include "energyflowwidget.h"

#include <QApplication>
#include <QImage>
#include <QPainter>

#include <benchmark/benchmark.h>

namespace {

kw::EnergySnapshot busyAfternoon()
{
    kw::EnergySnapshot snapshot;
    snapshot.timestampMs = 1'750'000'000'000;
    snapshot.pvW = 6400;
    snapshot.houseW = 1800;
    snapshot.batteryW = 2500; // charging
    snapshot.gridW = -2100;   // export
    snapshot.socPercent = 62;
    snapshot.stateCode = 14;
    snapshot.stateText = QStringLiteral("PV + charging");
    return snapshot;
}

void renderFrames(benchmark::State &state, qreal devicePixelRatio)
{
    kw::gui::EnergyFlowWidget widget;
    widget.resize(900, 620);
    widget.setSnapshot(busyAfternoon());
    QImage frame(widget.size() * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    frame.setDevicePixelRatio(devicePixelRatio);
    for (auto _ : state) {
        frame.fill(Qt::transparent);
        QPainter painter(&frame);
        widget.render(&painter);
        painter.end();
        benchmark::DoNotOptimize(frame.constBits());
    }
    state.SetItemsProcessed(state.iterations());
}

void BM_FlowFrame(benchmark::State &state)
{
    renderFrames(state, 1.0);
}
BENCHMARK(BM_FlowFrame)->Unit(benchmark::kMicrosecond);

void BM_FlowFrameHiDpi(benchmark::State &state)
{
    renderFrames(state, 2.0);
}
BENCHMARK(BM_FlowFrameHiDpi)->Unit(benchmark::kMicrosecond);

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
