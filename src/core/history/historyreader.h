#pragma once

#include "energytotals.h"
#include "seriesdecimator.h"
#include "serieskind.h"
#include "snapshot/energysnapshot.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>
#include <utility>

class QSqlQuery;

namespace kw::history {

// The history store's reading side: plain queries on a connection of its own (WAL lets them run
// beside the writer), in the thread that opened it. Failed queries are logged and read as empty.
// Statements are prepared once and reused (a year of daily energies is ~400 queries).
class HistoryReader
{
public:
    // Takes over the open connection `connectionName` and removes it when destroyed.
    explicit HistoryReader(const QString &connectionName);
    // A reader on a connection of its own to the history file at `path` (one a HistoryStore has
    // created), bound to the calling thread: for reads off the thread that opened the store,
    // e.g. a long export. Null with `error` (one line) when the file is not a history we can read.
    static std::unique_ptr<HistoryReader> open(const QString &path, QString *error = nullptr);
    ~HistoryReader();
    HistoryReader(const HistoryReader &) = delete;
    HistoryReader &operator=(const HistoryReader &) = delete;

    // The rows of `tier` with times in [fromMs, toMs), ascending, one list per kind (NULLs left
    // out); rollup rows are (bucket start, min, mean, max). One ordered SELECT for all kinds.
    QMap<SeriesKind, QList<SeriesRow>> rows(HistoryTier tier, qint64 fromMs, qint64 toMs,
                                            const QList<SeriesKind> &kinds) const;
    // Raw samples before this time have been pruned (0: none ever were).
    qint64 rawPrunedBeforeMs() const;
    // How many raw samples the minutes starting in [fromMs, toMs) counted: what a raw query of
    // that range reads, from at most one row per minute.
    qint64 samplesCountedBetween(qint64 fromMs, qint64 toMs) const;

    // The energies of the minutes starting in [fromMs, toMs); whole hours and ten minutes come
    // from those rollups (their sums). `hasData` tells whether any such minute was recorded.
    EnergyTotals energyBetween(qint64 fromMs, qint64 toMs, bool *hasData = nullptr) const;
    // First and last recorded minute (start times), if any.
    std::optional<std::pair<qint64, qint64>> minuteExtent() const;

    QList<EnergySnapshot> rawSamples(qint64 fromMs, qint64 toMs) const;
    // One row per recorded minute starting in [fromMs, toMs), ascending: timestampMs = the
    // minute's start, each value the mean of the minute's samples (nullopt where none had one),
    // stateCode -1. What is left of a time span once its raw samples were pruned.
    QList<EnergySnapshot> minuteMeans(qint64 fromMs, qint64 toMs) const;
    qint64 rawSampleCount() const;
    std::optional<qint64> firstSampleMs() const;
    std::optional<qint64> lastSampleMs() const;

    // Several reads from one consistent snapshot of the database, and faster.
    bool beginRead();
    void endRead();

private:
    QSqlDatabase database() const;
    // The statement for `sql`, prepared on first use. Callers finish() it when done, so that no
    // statement holds a read transaction (and an old snapshot) open between calls.
    QSqlQuery *prepared(const QString &sql) const;
    EnergyTotals sumEnergies(HistoryTier tier, qint64 fromMs, qint64 toMs, bool *hasData) const;
    std::optional<qint64> scalar(const QString &sql, std::optional<qint64> from = std::nullopt,
                                 std::optional<qint64> to = std::nullopt) const;

    QString m_connectionName;
    mutable QHash<QString, std::shared_ptr<QSqlQuery>> m_statements;
};

} // namespace kw::history
