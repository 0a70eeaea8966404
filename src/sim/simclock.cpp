#include "simclock.h"

#include <cmath>

namespace kw::sim {

SimClock::SimClock(qint64 startUtcMs, double speed, ElapsedSource elapsed)
    : m_startMs(startUtcMs)
    , m_speed(speed > 0.0 ? speed : 1.0)
    , m_elapsed(std::move(elapsed))
{
    m_timer.start();
}

qint64 SimClock::nowMs() const
{
    const qint64 realMs = (m_elapsed ? m_elapsed() : m_timer.elapsed()) - m_elapsedOffsetMs;
    return m_startMs + qint64(std::llround(double(realMs) * m_speed));
}

void SimClock::restart()
{
    m_timer.restart();
    m_elapsedOffsetMs = m_elapsed ? m_elapsed() : 0;
}

} // namespace kw::sim
