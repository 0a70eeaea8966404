#pragma once

#include "energytotals.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QTimeZone>

namespace kw::history {

// The energies of one local calendar day.
struct DailyEnergy
{
    QDate day;          // in the zone it was computed for
    EnergyTotals totals;
    bool operator==(const DailyEnergy &other) const = default;
};

// Sums per-minute energies (keyed by UTC minute start, see EnergyIntegrator) into local days of
// `zone`, ascending; days without any minute are left out. DST days simply have 23 or 25 hours.
QList<DailyEnergy> dailyEnergyFromMinutes(const QMap<qint64, EnergyTotals> &minutes,
                                          const QTimeZone &zone);

} // namespace kw::history
