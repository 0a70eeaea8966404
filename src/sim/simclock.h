#pragma once

#include <QElapsedTimer>
#include <QtGlobal>

#include <functional>

namespace kw::sim {

// The simulated wall clock: start + real elapsed time × speed, in UTC milliseconds. Monotonic,
// because it is driven by QElapsedTimer rather than the host clock. Tests inject their own
// elapsed-time source to step it without waiting.
class SimClock
{
public:
    using ElapsedSource = std::function<qint64()>; // real milliseconds since the clock started

    SimClock(qint64 startUtcMs, double speed, ElapsedSource elapsed = {});

    qint64 nowMs() const;
    // Simulated time is `start` again now: called once the simulator is ready to serve, so
    // set-up work (the plant's warm-up) does not eat into the simulated timeline.
    void restart();
    qint64 startMs() const { return m_startMs; }
    double speed() const { return m_speed; }

private:
    qint64 m_startMs;
    double m_speed;
    ElapsedSource m_elapsed;
    qint64 m_elapsedOffsetMs = 0;
    QElapsedTimer m_timer;
};

} // namespace kw::sim
