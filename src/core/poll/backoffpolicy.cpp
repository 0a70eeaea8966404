#include "backoffpolicy.h"

#include <algorithm>
#include <cmath>

namespace kw {

BackoffPolicy::BackoffPolicy(int intervalMs, int maxDelayMs, double jitter)
    : m_intervalMs(qMax(1, intervalMs))
    , m_maxDelayMs(qMax(m_intervalMs, maxDelayMs))
    , m_jitter(std::clamp(jitter, 0.0, 0.5))
    , m_random(QRandomGenerator::securelySeeded())
{
}

void BackoffPolicy::setIntervalMs(int intervalMs)
{
    m_intervalMs = qMax(1, intervalMs);
}

void BackoffPolicy::setMaxDelayMs(int maxDelayMs)
{
    m_maxDelayMs = qMax(1, maxDelayMs);
}

void BackoffPolicy::setJitter(double jitter)
{
    m_jitter = std::clamp(jitter, 0.0, 0.5);
}

int BackoffPolicy::baseDelayMs(int consecutiveFailures) const
{
    const int exponent = std::clamp(consecutiveFailures - 1, 0, 30);
    const double base = double(m_intervalMs) * std::ldexp(1.0, exponent);
    const int cap = qMax(m_intervalMs, m_maxDelayMs);
    return base >= cap ? cap : int(base);
}

int BackoffPolicy::minDelayMsFor(int consecutiveFailures) const
{
    return delayMs(consecutiveFailures, 0.0);
}

int BackoffPolicy::maxDelayMsFor(int consecutiveFailures) const
{
    return delayMs(consecutiveFailures, std::nextafter(1.0, 0.0));
}

int BackoffPolicy::delayMs(int consecutiveFailures, double random01) const
{
    const double base = baseDelayMs(consecutiveFailures);
    const double factor = 1.0 - m_jitter + 2.0 * m_jitter * std::clamp(random01, 0.0, 1.0);
    const int cap = qMax(m_intervalMs, m_maxDelayMs);
    // Never sooner than the poll interval, never later than the cap.
    return int(std::clamp(std::llround(base * factor), qint64(m_intervalMs), qint64(cap)));
}

int BackoffPolicy::delayMs(int consecutiveFailures)
{
    return delayMs(consecutiveFailures, m_random.generateDouble());
}

} // namespace kw
