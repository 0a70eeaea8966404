#pragma once

#include "serieskind.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace kw::history {

// The history database's file format, and the gate every file passes before it is written to:
// only a new or empty file, or a file of ours with a schema version we know, is ever opened for
// writing; anything else is refused with a one-line error naming the file, its bytes untouched.
// A file of an older schema version is upgraded in one transaction when opened for writing.
//
// Tables (times are UTC milliseconds, powers W, SOC %, energies Wh; a missing value is NULL):
//   meta(key, value)                       raw_pruned_before_ms: raw samples before it were pruned
//   sample(t_ms PK, pv_w, house_w, grid_w, battery_w, soc_pct, state_code)
//   state_text(code PK, text)              the device's words for a state code, last seen
//   minute_rollup / ten_minute_rollup / hour_rollup(t_ms PK = bucket start, n = samples in the
//       bucket, per series <p>_min, <p>_max, <p>_sum, <p>_n (mean = sum / n; n counts non-NULL
//       values), energies pv_wh, house_wh, grid_import_wh, grid_export_wh, battery_charge_wh,
//       battery_discharge_wh of the bucket's time span)
// Minute rollups come from the samples, ten-minute rollups from the minutes, hour rollups from
// the ten-minute rollups. Schema versions: 1 without ten_minute_rollup, 2 with it.
class HistorySchema
{
public:
    static constexpr quint32 ApplicationId = 0x4B574853; // "KWHS": Kilowatch history store
    static constexpr int Version = 2;
    static constexpr qint64 MinuteMs = 60 * 1000;
    static constexpr qint64 TenMinuteMs = 10 * MinuteMs;
    static constexpr qint64 HourMs = 60 * MinuteMs;
    static constexpr qint64 DayMs = 24 * HourMs;
    // Long enough to ride out another process's short write transaction; a failing write is
    // reported and retried, never waited on for longer.
    static constexpr int BusyTimeoutMs = 2000;

    static QString rawColumn(SeriesKind kind);    // "pv_w", "house_w", "grid_w", "battery_w", "soc_pct"
    static QString rollupPrefix(SeriesKind kind); // "pv", "house", "grid", "battery", "soc"
    // "minute_rollup", "ten_minute_rollup", "hour_rollup"; "sample" for HistoryTier::Raw.
    static QString rollupTable(HistoryTier tier);
    // The length of a tier's buckets (0 for raw samples).
    static qint64 bucketMs(HistoryTier tier);
    // The tier whose rows a tier's rollups are computed from (Raw for the minutes).
    static HistoryTier sourceTier(HistoryTier tier);
    static const QList<HistoryTier> &rollupTiers(); // finest first
    // The six energy columns, in EnergyTotals member order.
    static const QStringList &energyColumns();
    // "INSERT … SELECT … ON CONFLICT DO UPDATE" recomputing the buckets of `tier` (Minute and
    // coarser) that start in [:from, :to) from the rows of sourceTier(tier). The energy columns
    // are not touched for the minutes (they are integrated, not aggregated).
    static QString recomputeRollupSql(HistoryTier tier);

    // Opens `path` as connection `connectionName` in the calling thread for writing: WAL,
    // synchronous=NORMAL, schema created in a new (even not yet existing directory) or 0-byte
    // file, an older schema of ours upgraded. On refusal the connection is removed again.
    static bool openForWriting(const QString &path, const QString &connectionName, QString *error);
    // A second connection to a file openForWriting() accepted, for queries only.
    static bool openForReading(const QString &path, const QString &connectionName, QString *error);

    // "Cannot open the history database <file>: <reason>", on one line.
    static QString fileError(const QString &path, const QString &reason);
};

} // namespace kw::history
