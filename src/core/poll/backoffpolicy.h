#pragma once

#include <QRandomGenerator>
#include <QtGlobal>

namespace kw {

// Capped exponential backoff with jitter: after the n-th failure in a row the base delay is
// interval × 2^(n−1), capped at the maximum; the delay is drawn uniformly from
// [base × (1 − jitter), base × (1 + jitter)] and clamped to [interval, maximum].
class BackoffPolicy
{
public:
    static constexpr int DefaultMaxDelayMs = 5 * 60 * 1000;
    static constexpr double DefaultJitter = 0.2;

    explicit BackoffPolicy(int intervalMs = 10'000, int maxDelayMs = DefaultMaxDelayMs,
                           double jitter = DefaultJitter);

    void setIntervalMs(int intervalMs);
    int intervalMs() const { return m_intervalMs; }
    void setMaxDelayMs(int maxDelayMs);
    int maxDelayMs() const { return m_maxDelayMs; }
    void setJitter(double jitter); // 0..0.5
    double jitter() const { return m_jitter; }
    // Repeatable delays for tests.
    void seed(quint32 seed) { m_random.seed(seed); }

    // The delay after `consecutiveFailures` (≥ 1) failures in a row.
    int delayMs(int consecutiveFailures);
    // The un-jittered base delay and the bounds delayMs() stays within.
    int baseDelayMs(int consecutiveFailures) const;
    int minDelayMsFor(int consecutiveFailures) const;
    int maxDelayMsFor(int consecutiveFailures) const;
    // Pure form: `random01` in [0, 1).
    int delayMs(int consecutiveFailures, double random01) const;

private:
    int m_intervalMs;
    int m_maxDelayMs;
    double m_jitter;
    QRandomGenerator m_random;
};

} // namespace kw
