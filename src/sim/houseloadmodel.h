#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>

#include <array>
#include <limits>

namespace kw::sim {

// Household consumption as a pure function of (seed, time): a base load of ~250–400 W following
// the daily routine (local time), a fridge compressor cycling, and appliances (kettle, oven,
// washing machine…) switched on in seeded time slots with 45–90 s soft edges. Each appliance sits
// on one phase, so the grid meter's phases differ like in a real house. The runs touching the
// current slot are memoised (same results, a tenth of the hashing); not thread-safe.
class HouseLoadModel
{
public:
    struct Load
    {
        double totalW = 0;
        std::array<double, 3> phaseW{};
    };

    explicit HouseLoadModel(quint64 seed);

    Load load(qint64 utcMs) const;
    double baseLoadW(qint64 utcMs) const;

    static constexpr qint64 SlotMs = 30 * 60'000;

private:
    struct Appliance;
    struct Run
    {
        qint64 startMs = 0;
        qint64 durationMs = 0;
        qint64 rampMs = 0;
        double powerW = 0;
    };
    static const Appliance *appliances(int *count);
    bool runInSlot(const Appliance &appliance, int index, qint64 slot, Run *run) const;
    static double runPowerW(const Appliance &appliance, const Run &run, qint64 utcMs);
    void cacheRuns(qint64 slot) const;

    struct ActiveRun
    {
        int appliance;
        Run run;
    };
    quint64 m_seed;
    mutable qint64 m_cachedSlot = std::numeric_limits<qint64>::min();
    mutable QList<ActiveRun> m_cachedRuns;
};

} // namespace kw::sim
