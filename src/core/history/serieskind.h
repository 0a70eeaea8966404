#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>

namespace kw::history {

// The recorded quantities a chart can ask for. Powers in W (signs as in kw::EnergySnapshot),
// SOC in %.
enum class SeriesKind : quint8 { Pv, House, Grid, Battery, Soc };

QString seriesKindName(SeriesKind kind); // stable: "pv", "house", "grid", "battery", "soc"
QList<SeriesKind> allSeriesKinds();      // in declaration order

// Where a series was read from: raw samples, 1-minute, 10-minute or 1-hour rollups (finest first).
enum class HistoryTier : quint8 { Raw, Minute, TenMinutes, Hour };

QString historyTierName(HistoryTier tier); // stable: "raw", "minute", "10min", "hour"

} // namespace kw::history
