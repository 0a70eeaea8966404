#pragma once

#include "exportjob.h"
#include "exportresult.h"

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <atomic>

namespace kw::exporting {

// The charts' underlying data for a time range as CSV, read from a history file on a connection
// of its own (so it runs on any thread, e.g. an ExportJob's, beside the store that records):
//
//   time_utc,resolution,pv_w,house_w,grid_w,battery_w,soc_percent,state_code,state
//
// One row per raw sample where the store still has raw samples (resolution "sample"); for the
// part of the range before they were pruned, one row per recorded minute (resolution
// "minute_mean": time_utc is the minute's start, each value the mean of its samples, no state).
// Powers in W, signs as in kw::EnergySnapshot (grid + import / − export, battery + charging /
// − discharging); a value the device did not give is an empty field, never 0. Rows ascend in
// time, [fromMs, toMs). All reads come from one snapshot of the database, so recording (and
// pruning) meanwhile cannot tear the file.
//
// Read and written a day at a time; between days (and every few thousand rows) the cancel flag
// is checked. The file is written through QSaveFile: cancelled or failed, nothing is left behind
// and an existing file stays as it was.
class HistoryCsvExport
{
public:
    static constexpr qint64 ChunkMs = 24LL * 3600 * 1000;

    HistoryCsvExport(QString historyPath, qint64 fromMs, qint64 toMs);

    static QByteArray header();
    // Runs in the calling thread.
    ExportResult writeTo(const QString &path, const std::atomic_bool &cancelled,
                         const ExportJob::Progress &progress = {}) const;
    // For an ExportJob.
    ExportJob::Work work(const QString &path) const;

private:
    QString m_historyPath;
    qint64 m_fromMs = 0;
    qint64 m_toMs = 0;
};

} // namespace kw::exporting
