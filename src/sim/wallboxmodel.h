#pragma once

#include "cloudmodel.h"

#include <QList>
#include <QtGlobal>

#include <array>
#include <limits>

namespace kw::sim {

// What one wallbox reports at an instant.
struct WallboxReading
{
    double powerW = 0;                 // charging power drawn from the house (AC)
    std::array<double, 3> phaseW{};    // the same, per phase L1–L3
    int phases = 0;                    // phases charging: 0, 1 or 3
    bool connected = false;            // a car is plugged in
    int stateCode = 0xA1;              // WALLBOX.STATE: A1 no car, B1 plugged, C2 charging, B2 done
};

// One wallbox's charging sessions as a pure function of (seed, wallbox index, time), like the
// house load: which days a car comes is drawn per local day, so the same sessions come out in
// any sampling order. Two kinds of session, both independent of the home battery's charge:
// - an evening one (about half the days): plugged in between 17:00 and 20:00, charging at
//   11 kW on three phases until 8–30 kWh are in, left plugged in until the next morning;
// - a midday solar one (more likely the sunnier the day): plugged in late morning, charging at
//   3.7 kW on one phase for 1½–4 hours, unplugged soon after.
// Power ramps up over ~40 s and tapers over the last minutes, as cars do. Not thread-safe (the
// sessions of the current day are memoised).
class WallboxModel
{
public:
    static constexpr int MaxWallboxes = 4;
    static constexpr double ThreePhaseW = 3 * 16 * 230.0; // 11,040 W
    static constexpr double OnePhaseW = 16 * 230.0;       // 3,680 W

    WallboxModel(quint64 seed, int index);

    WallboxReading reading(qint64 utcMs) const;

    struct Session
    {
        qint64 plugMs = 0;   // local time (ms since 1970 in CET/CEST), car plugged in
        qint64 startMs = 0;  // charging starts
        qint64 endMs = 0;    // charging ends (car full)
        qint64 unplugMs = 0; // car leaves
        double powerW = 0;
        int phases = 0;
    };
    // The sessions that begin on the local day `localDay` (days since 1970 in local time): none,
    // one or two, in time order.
    QList<Session> sessionsOn(qint64 localDay) const;

private:
    const QList<Session> &cachedSessions(qint64 localDay) const;

    quint64 m_seed;
    int m_index;
    CloudModel m_clouds;
    mutable qint64 m_cachedDay = std::numeric_limits<qint64>::min();
    mutable QList<Session> m_cached; // sessions of the cached day and the day before
};

} // namespace kw::sim
