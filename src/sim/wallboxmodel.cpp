#include "wallboxmodel.h"

#include "civiltime.h"
#include "simrandom.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace kw::sim {
namespace {

constexpr quint64 ChannelSession = 0x3A11B0C0;
constexpr qint64 HourMs = 3'600'000;
constexpr qint64 MinuteMs = 60'000;
constexpr qint64 RampUpMs = 40'000;   // the car's charger takes the current up
constexpr qint64 TaperMs = 8 * MinuteMs; // the battery's last minutes at falling power
constexpr qint64 StopMs = 30'000;
constexpr double TaperFloor = 0.3;

qint64 floorDiv(qint64 a, qint64 b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

// 0 → 1 over `rampMs` with zero slope at both ends (sampled integration stays accurate).
double softEdge(qint64 sinceMs, qint64 rampMs)
{
    if (sinceMs <= 0)
        return 0.0;
    if (sinceMs >= rampMs)
        return 1.0;
    return 0.5 - 0.5 * std::cos(std::numbers::pi * double(sinceMs) / double(rampMs));
}

} // namespace

WallboxModel::WallboxModel(quint64 seed, int index)
    : m_seed(seed)
    , m_index(index)
    , m_clouds(seed)
{
}

QList<WallboxModel::Session> WallboxModel::sessionsOn(qint64 localDay) const
{
    const auto u = [this, localDay](quint64 n) {
        return SimRandom::unit(m_seed, ChannelSession + quint64(m_index) * 16, quint64(localDay), n);
    };
    const qint64 midnight = localDay * CivilTime::MsPerDay;
    QList<Session> sessions;

    // Midday: charging from the sun, so sunny days bring the car home more often. The clouds are
    // drawn per UTC day, which at local noon is this day.
    const double cloudiness = m_clouds.cloudiness(midnight + 11 * HourMs);
    if (u(0) < 0.55 * (1.0 - cloudiness)) {
        Session s;
        s.plugMs = midnight + 10 * HourMs + 30 * MinuteMs + qint64(u(1) * 2.0 * double(HourMs));
        s.startMs = s.plugMs + 40'000 + qint64(u(2) * 60'000.0);
        s.endMs = s.startMs + 90 * MinuteMs + qint64(u(3) * 150.0 * double(MinuteMs));
        s.unplugMs = s.endMs + 10 * MinuteMs + qint64(u(4) * 30.0 * double(MinuteMs));
        s.powerW = OnePhaseW;
        s.phases = 1;
        sessions.append(s);
    }
    // Evening: home from work, charged at full power, away again the next morning.
    if (u(5) < 0.5) {
        Session s;
        s.plugMs = midnight + 17 * HourMs + qint64(u(6) * 3.0 * double(HourMs));
        if (!sessions.isEmpty())
            s.plugMs = std::max(s.plugMs, sessions.constLast().unplugMs + 20 * MinuteMs);
        s.startMs = s.plugMs + 40'000 + qint64(u(7) * 60'000.0);
        const double energyWh = 8000.0 + 22000.0 * u(8);
        // The taper delivers less than full power; lengthen the run so the energy still goes in.
        const double taperLossWh = ThreePhaseW * (1.0 - TaperFloor) * 0.5 * double(TaperMs) / double(HourMs);
        s.endMs = s.startMs + qint64((energyWh + taperLossWh) / ThreePhaseW * double(HourMs));
        s.unplugMs = midnight + CivilTime::MsPerDay + 6 * HourMs + 30 * MinuteMs
            + qint64(u(9) * 75.0 * double(MinuteMs));
        s.powerW = ThreePhaseW;
        s.phases = 3;
        sessions.append(s);
    }
    return sessions;
}

const QList<WallboxModel::Session> &WallboxModel::cachedSessions(qint64 localDay) const
{
    if (localDay != m_cachedDay) {
        // Yesterday's evening car is still plugged in this morning.
        m_cached = sessionsOn(localDay - 1) + sessionsOn(localDay);
        m_cachedDay = localDay;
    }
    return m_cached;
}

WallboxReading WallboxModel::reading(qint64 utcMs) const
{
    WallboxReading r;
    const qint64 local = CivilTime::localMs(utcMs);
    for (const Session &s : cachedSessions(floorDiv(local, CivilTime::MsPerDay))) {
        if (local < s.plugMs || local >= s.unplugMs)
            continue;
        r.connected = true;
        if (local < s.startMs) {
            r.stateCode = 0xB1; // connected, not charging yet
            return r;
        }
        if (local >= s.endMs) {
            r.stateCode = 0xB2; // done, ready
            return r;
        }
        const qint64 remaining = s.endMs - local;
        const double envelope = softEdge(local - s.startMs, RampUpMs)
            * (TaperFloor + (1.0 - TaperFloor) * softEdge(remaining, TaperMs)) * softEdge(remaining, StopMs);
        r.powerW = s.powerW * envelope;
        r.phases = s.phases;
        r.stateCode = 0xC2;
        if (s.phases == 3) {
            r.phaseW.fill(r.powerW / 3.0);
        } else {
            // Single-phase cars charge on L1; further wallboxes are wired to the next phases.
            r.phaseW[m_index % 3] = r.powerW;
        }
        return r;
    }
    return r;
}

} // namespace kw::sim
