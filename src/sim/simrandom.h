#pragma once

#include <QtGlobal>

namespace kw::sim {

// Seeded, platform-independent randomness. std::*_distribution differs between standard
// libraries, so the simulator draws from its own SplitMix64 to give the same plant, the same
// logs and the same fault dice for a seed on every machine. The static hash functions give
// "random" values that depend only on their keys (seed, time slot, cell…), never on call order.
class SimRandom
{
public:
    explicit SimRandom(quint64 seed) : m_state(seed) { }

    quint64 next();
    double uniform();                     // [0, 1)
    double range(double low, double high); // [low, high)
    int integer(int low, int high);       // [low, high], inclusive

    static quint64 mix(quint64 value);
    static quint64 hash(quint64 a, quint64 b = 0, quint64 c = 0, quint64 d = 0);
    // Uniform in [0, 1) from the keys.
    static double unit(quint64 a, quint64 b = 0, quint64 c = 0, quint64 d = 0);
    // Uniform in [-1, 1) from the keys.
    static double signedUnit(quint64 a, quint64 b = 0, quint64 c = 0, quint64 d = 0);
    // Value noise in [-1, 1] over time: hashed knots every `knotMs`, joined with a smoothstep so
    // the curve and its slope are continuous (no jumps a 30 s sampler would mis-integrate).
    static double smoothNoise(quint64 seed, quint64 channel, qint64 timeMs, qint64 knotMs);

private:
    quint64 m_state;
};

} // namespace kw::sim
