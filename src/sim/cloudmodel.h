#pragma once

#include <QList>
#include <QtGlobal>

#include <limits>

namespace kw::sim {

// Passing clouds as a pure function of (seed, time): each 20-minute slot may hold one cloud with
// a seeded start, length (4–25 min), depth and soft 1–2.5 minute edges. Being stateless, the same
// sky comes out whatever order or resolution it is sampled in, and past days can be replayed for
// the logs. The clouds touching the current slot are memoised (same results); not thread-safe.
class CloudModel
{
public:
    struct Cloud
    {
        qint64 startMs = 0;
        qint64 durationMs = 0;
        qint64 rampMs = 0;
        double depth = 0; // fraction of sunlight taken away at the cloud's core
    };

    explicit CloudModel(quint64 seed);

    // Fraction of clear-sky power that reaches the panels, 0 < f ≤ 1.
    double transmission(qint64 utcMs) const;
    // Clouds whose start lies in (fromMs, toMs].
    QList<Cloud> cloudsStartingIn(qint64 fromMs, qint64 toMs) const;
    // 0 (clear) … 1 (grey) for the UTC day holding utcMs: sets how often clouds come.
    double cloudiness(qint64 utcMs) const;

    static constexpr qint64 SlotMs = 20 * 60'000;

private:
    bool cloudInSlot(qint64 slot, Cloud *cloud) const;
    static double shape(const Cloud &cloud, qint64 utcMs);

    quint64 m_seed;
    mutable qint64 m_cachedSlot = std::numeric_limits<qint64>::min();
    mutable QList<Cloud> m_cachedClouds;
    mutable double m_cachedHaze = 1.0;
};

} // namespace kw::sim
