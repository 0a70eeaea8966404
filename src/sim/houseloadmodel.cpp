#include "houseloadmodel.h"

#include "civiltime.h"
#include "simrandom.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace kw::sim {
namespace {

constexpr quint64 ChannelBase = 0x40AD0001;
constexpr quint64 ChannelSlot = 0x40AD0002;
constexpr quint64 ChannelFridge = 0x40AD0003;

qint64 floorDiv(qint64 a, qint64 b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

double bump(double hour, double centre, double width)
{
    const double x = (hour - centre) / width;
    return std::exp(-0.5 * x * x);
}

// 0 → 1 over `rampMs` with zero slope at both ends.
double softEdge(qint64 sinceMs, qint64 rampMs)
{
    if (sinceMs <= 0)
        return 0.0;
    if (sinceMs >= rampMs)
        return 1.0;
    return 0.5 - 0.5 * std::cos(std::numbers::pi * double(sinceMs) / double(rampMs));
}

} // namespace

// A kind of appliance: when it tends to run (probability per 30-minute slot by local hour),
// how long, how hard, and on which phase. Washers and dishwashers heat first, then tumble/pump.
struct HouseLoadModel::Appliance
{
    const char *name;
    int phase;
    double minW, maxW;
    int minMinutes, maxMinutes;
    int heatingMinutes; // 0: constant power; else full power only for the first minutes
    double tailW;       // power after the heating phase
    double (*probability)(double localHour);
};

namespace {

double kettleP(double h) { return 0.45 * bump(h, 7.3, 0.8) + 0.2 * bump(h, 16.0, 1.2) + 0.15 * bump(h, 20.0, 1.0) + (h > 6 && h < 23 ? 0.03 : 0.0); }
double microwaveP(double h) { return 0.25 * bump(h, 12.5, 0.8) + 0.2 * bump(h, 18.5, 1.0); }
double ovenP(double h) { return 0.12 * bump(h, 11.8, 0.7) + 0.18 * bump(h, 18.0, 0.8); }
double washerP(double h) { return (h > 8 && h < 20) ? 0.035 : 0.0; }
double dishwasherP(double h) { return 0.12 * bump(h, 13.5, 0.6) + 0.2 * bump(h, 21.0, 0.7); }
double hairDryerP(double h) { return 0.2 * bump(h, 7.0, 0.5); }
double vacuumP(double h) { return (h > 9 && h < 12) ? 0.06 : 0.0; }

} // namespace

HouseLoadModel::HouseLoadModel(quint64 seed)
    : m_seed(seed)
{
}

double HouseLoadModel::baseLoadW(qint64 utcMs) const
{
    const double h = CivilTime::localHour(utcMs);
    // Standby, network and heating pump, busier in the morning and evening.
    const double routine = 255.0 + 70.0 * bump(h, 7.5, 1.0) + 35.0 * bump(h, 12.5, 1.5)
        + 110.0 * bump(h, 19.8, 1.8) - 25.0 * bump(h, 3.5, 2.0);
    const double wander = 30.0 * SimRandom::smoothNoise(m_seed, ChannelBase, utcMs, 15 * 60'000);
    // Fridge compressor: ~14 of every 40 minutes, soft start.
    const qint64 cycleMs = 40 * 60'000;
    const qint64 offset = qint64(SimRandom::unit(m_seed, ChannelFridge) * double(cycleMs));
    const qint64 inCycle = ((utcMs + offset) % cycleMs + cycleMs) % cycleMs;
    const qint64 onMs = 14 * 60'000;
    const double fridge = 85.0 * std::min(softEdge(inCycle, 30'000), softEdge(onMs - inCycle, 30'000));
    return routine + wander + fridge;
}

bool HouseLoadModel::runInSlot(const Appliance &appliance, int index, qint64 slot, Run *run) const
{
    const qint64 slotStart = slot * SlotMs;
    const double hour = CivilTime::localHour(slotStart + SlotMs / 2);
    const quint64 key = quint64(slot);
    const auto u = [&](quint64 n) { return SimRandom::unit(m_seed, ChannelSlot + quint64(index) * 16, key, n); };
    if (u(0) >= appliance.probability(hour))
        return false;
    run->startMs = slotStart + qint64(u(1) * double(SlotMs));
    run->durationMs = qint64((appliance.minMinutes + u(2) * (appliance.maxMinutes - appliance.minMinutes)) * 60'000.0);
    run->rampMs = 45'000 + qint64(u(3) * 45'000.0);
    run->powerW = appliance.minW + u(4) * (appliance.maxW - appliance.minW);
    return true;
}

double HouseLoadModel::runPowerW(const Appliance &appliance, const Run &run, qint64 utcMs)
{
    const qint64 t = utcMs - run.startMs;
    if (t <= 0 || t >= run.durationMs)
        return 0.0;
    const double envelope = std::min(softEdge(t, run.rampMs), softEdge(run.durationMs - t, run.rampMs));
    if (appliance.heatingMinutes == 0)
        return run.powerW * envelope;
    // Heater switches off after the heating phase, softly, leaving the motor/pump running.
    const qint64 heatEnd = qint64(appliance.heatingMinutes) * 60'000;
    const double heating = 1.0 - softEdge(t - heatEnd, run.rampMs);
    return envelope * (appliance.tailW + (run.powerW - appliance.tailW) * heating);
}

void HouseLoadModel::cacheRuns(qint64 slot) const
{
    m_cachedSlot = slot;
    m_cachedRuns.clear();
    const qint64 slotStart = slot * SlotMs;
    int count = 0;
    const Appliance *kinds = appliances(&count);
    for (int i = 0; i < count; ++i) {
        const qint64 longestMs = qint64(kinds[i].maxMinutes) * 60'000;
        for (qint64 s = floorDiv(slotStart - longestMs, SlotMs); s <= slot; ++s) {
            Run run;
            if (runInSlot(kinds[i], i, s, &run) && run.startMs + run.durationMs > slotStart)
                m_cachedRuns.append({i, run});
        }
    }
}

HouseLoadModel::Load HouseLoadModel::load(qint64 utcMs) const
{
    Load result;
    const double base = baseLoadW(utcMs);
    // Base load split as a typical house wiring ends up: L1 heaviest.
    result.phaseW = {0.40 * base, 0.35 * base, 0.25 * base};
    const qint64 slot = floorDiv(utcMs, SlotMs);
    if (slot != m_cachedSlot)
        cacheRuns(slot);
    int count = 0;
    const Appliance *kinds = appliances(&count);
    for (const ActiveRun &active : std::as_const(m_cachedRuns)) {
        const Appliance &appliance = kinds[active.appliance];
        result.phaseW[appliance.phase] += runPowerW(appliance, active.run, utcMs);
    }
    result.totalW = result.phaseW[0] + result.phaseW[1] + result.phaseW[2];
    return result;
}

const HouseLoadModel::Appliance *HouseLoadModel::appliances(int *count)
{
    static const HouseLoadModel::Appliance table[] = {
        {"kettle", 0, 1800, 2200, 4, 6, 0, 0, kettleP},
        {"microwave", 1, 800, 1100, 3, 7, 0, 0, microwaveP},
        {"oven", 2, 1800, 2400, 35, 70, 0, 0, ovenP},
        {"washing machine", 1, 1900, 2200, 70, 100, 15, 280, washerP},
        {"dishwasher", 2, 1800, 2000, 60, 90, 20, 120, dishwasherP},
        {"hair dryer", 0, 1200, 1800, 4, 8, 0, 0, hairDryerP},
        {"vacuum cleaner", 0, 600, 900, 10, 25, 0, 0, vacuumP},
    };
    *count = int(std::size(table));
    return table;
}

} // namespace kw::sim
