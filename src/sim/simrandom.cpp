#include "simrandom.h"

namespace kw::sim {
namespace {
constexpr quint64 Golden = 0x9E3779B97F4A7C15ULL;
constexpr double TwoToMinus53 = 1.0 / 9007199254740992.0;
} // namespace

quint64 SimRandom::mix(quint64 value)
{
    value = (value ^ (value >> 30)) * 0xBF58476D1CE4E5B9ULL;
    value = (value ^ (value >> 27)) * 0x94D049BB133111EBULL;
    return value ^ (value >> 31);
}

quint64 SimRandom::next()
{
    m_state += Golden;
    return mix(m_state);
}

double SimRandom::uniform()
{
    return double(next() >> 11) * TwoToMinus53;
}

double SimRandom::range(double low, double high)
{
    return low + (high - low) * uniform();
}

int SimRandom::integer(int low, int high)
{
    if (high <= low)
        return low;
    const quint64 span = quint64(qint64(high) - qint64(low) + 1);
    return int(qint64(low) + qint64(next() % span));
}

quint64 SimRandom::hash(quint64 a, quint64 b, quint64 c, quint64 d)
{
    quint64 h = mix(a + Golden);
    h = mix(h ^ (b + 2 * Golden));
    h = mix(h ^ (c + 3 * Golden));
    return mix(h ^ (d + 4 * Golden));
}

double SimRandom::unit(quint64 a, quint64 b, quint64 c, quint64 d)
{
    return double(hash(a, b, c, d) >> 11) * TwoToMinus53;
}

double SimRandom::signedUnit(quint64 a, quint64 b, quint64 c, quint64 d)
{
    return 2.0 * unit(a, b, c, d) - 1.0;
}

double SimRandom::smoothNoise(quint64 seed, quint64 channel, qint64 timeMs, qint64 knotMs)
{
    const qint64 knot = timeMs >= 0 ? timeMs / knotMs : -((-timeMs + knotMs - 1) / knotMs);
    const double fraction = double(timeMs - knot * knotMs) / double(knotMs);
    const double s = fraction * fraction * (3.0 - 2.0 * fraction);
    const double a = signedUnit(seed, channel, quint64(knot));
    const double b = signedUnit(seed, channel, quint64(knot + 1));
    return a + (b - a) * s;
}

} // namespace kw::sim
