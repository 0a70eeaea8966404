#pragma once

#include "energytotals.h"
#include "seriesdecimator.h"
#include "serieskind.h"
#include "snapshot/energysnapshot.h"

#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <utility>

namespace kw::history {

// The history store's reading side: plain queries on a connection of its own (WAL lets them run
// beside the writer), in the thread that opened it. Failed queries are logged and read as empty.
class HistoryReader
{
public:
    // Takes over the open connection `connectionName` and removes it when destroyed.
    explicit HistoryReader(const QString &connectionName);
    ~HistoryReader();
    HistoryReader(const HistoryReader &) = delete;
    HistoryReader &operator=(const HistoryReader &) = delete;

    // The rows of `tier` with times in [fromMs, toMs), ascending, one list per kind (NULLs left
    // out); rollup rows are (bucket start, min, mean, max). One ordered SELECT for all kinds.
    QMap<SeriesKind, QList<SeriesRow>> rows(HistoryTier tier, qint64 fromMs, qint64 toMs,
                                            const QList<SeriesKind> &kinds) const;
    // Raw samples before this time have been pruned (0: none ever were).
    qint64 rawPrunedBeforeMs() const;

    // The energies of the minutes starting in [fromMs, toMs); whole hours come from the hour
    // rollups (their sums). `hasData` tells whether any such minute was recorded.
    EnergyTotals energyBetween(qint64 fromMs, qint64 toMs, bool *hasData = nullptr) const;
    // First and last recorded minute (start times), if any.
    std::optional<std::pair<qint64, qint64>> minuteExtent() const;

    QList<EnergySnapshot> rawSamples(qint64 fromMs, qint64 toMs) const;
    qint64 rawSampleCount() const;
    std::optional<qint64> firstSampleMs() const;
    std::optional<qint64> lastSampleMs() const;

    // Several reads from one consistent snapshot of the database, and faster.
    bool beginRead();
    void endRead();

private:
    QSqlDatabase database() const;
    EnergyTotals sumEnergies(HistoryTier tier, qint64 fromMs, qint64 toMs, bool *hasData) const;
    std::optional<qint64> scalar(const QString &sql) const;

    QString m_connectionName;
};

} // namespace kw::history
