#pragma once

#include "history/dailyenergy.h"

#include <QByteArray>
#include <QList>
#include <QTimeZone>

namespace kw::exporting {

// Daily energies as CSV, one row per day as HistoryStore::dailyEnergy() returns them:
//
//   date,time_zone,day_start_utc,pv_wh,house_wh,grid_import_wh,grid_export_wh,
//   battery_charge_wh,battery_discharge_wh,autarky_percent,self_consumption_percent
//
// `date` is the local calendar day (ISO 8601) in `time_zone` (an IANA id such as
// "Europe/Berlin"), which is on every row so the file says on its own which days these are (DST
// days have 23 or 25 hours); `day_start_utc` is that day's local midnight in UTC. Energies in Wh,
// each direction on its own; autarky and self-consumption as EnergyTotals defines them.
namespace DailyEnergyCsv {

QByteArray header();
QByteArray build(const QList<history::DailyEnergy> &days, const QTimeZone &zone);

} // namespace DailyEnergyCsv
} // namespace kw::exporting
