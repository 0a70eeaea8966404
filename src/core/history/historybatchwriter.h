#pragma once

#include "snapshot/energysnapshot.h"

#include <QHash>
#include <QList>
#include <QSqlQuery>
#include <QString>

#include <optional>

namespace kw::history {

// Writes batches of snapshots into an open history database, one transaction per batch: the raw
// samples, then the minute rollups and per-minute energies of every span the batch touched,
// recomputed from the raw samples there, and the ten-minute and hour rollups holding those
// minutes, each from the tier below — so rollups always agree with the samples, whatever order
// the samples arrive in. Also prunes raw samples past the retention horizon.
//
// Timestamps: a sample's UTC time is its key. A duplicate time keeps the first sample stored.
// A sample older than the newest stored one (device clock jumped back) is inserted in its place
// and the spans around it recomputed — unless raw samples there are already pruned (older than
// the horizon plus a margin), then it is dropped, as are times ≤ 0. Non-finite values are NULL.
//
// The retention horizon is measured back from the newest sample, or from the host clock when
// the newest sample lies in the future (a device clock far ahead must not prune real history).
class HistoryBatchWriter
{
public:
    struct Outcome
    {
        bool ok = false;
        QString error;
        int written = 0;                      // new raw samples
        int dropped = 0;                      // duplicate, invalid or too old
        std::optional<qint64> newestWrittenMs; // newest of the new samples
    };

    // Out-of-order samples need this much raw history before them (energy segments reach back
    // up to EnergyIntegrator::MaxGapMs, minutes and hours are recomputed whole).
    static constexpr qint64 OutOfOrderMarginMs = 60 * 60 * 1000;

    // `connectionName` must be open (HistorySchema::openForWriting) and stay open while this
    // object lives; it is used in the calling thread only.
    explicit HistoryBatchWriter(const QString &connectionName);

    // Prepares the statements and reads the prune state.
    bool load(QString *error);
    void setRetentionDays(int days) { m_retentionDays = qMax(1, days); }
    int retentionDays() const { return m_retentionDays; }

    Outcome write(const QList<EnergySnapshot> &batch);
    // Deletes raw samples before the retention horizon (whole hours) when it has advanced.
    bool prune(QString *error);
    qint64 prunedBeforeMs() const { return m_prunedBeforeMs; }

private:
    bool exec(QSqlQuery &query, QString *error);
    bool execSql(const QString &sql, QString *error);
    std::optional<qint64> newestSampleMs(QString *error, bool *ok);
    qint64 horizonMs(qint64 newestMs) const;
    bool insertSample(const EnergySnapshot &snapshot, bool *inserted, QString *error);
    bool recomputeSpan(qint64 firstMs, qint64 lastMs, QString *error);
    // `query`: one of the HistorySchema::recomputeRollupSql() statements.
    bool recomputeRollup(QSqlQuery &query, qint64 fromMs, qint64 toMs, QString *error);
    bool recomputeMinuteEnergies(qint64 fromMs, qint64 toMs, QString *error);

    QString m_connectionName;
    int m_retentionDays = 10;
    qint64 m_prunedBeforeMs = 0;
    QHash<int, QString> m_stateTexts; // as committed
    QSqlQuery m_insertSample;
    QSqlQuery m_upsertStateText;
    QSqlQuery m_prevComplete;
    QSqlQuery m_nextComplete;
    QSqlQuery m_lastCompleteBefore;
    QSqlQuery m_completeBetween;
    QSqlQuery m_firstCompleteFrom;
    QSqlQuery m_minuteStats;
    QSqlQuery m_zeroEnergies;
    QSqlQuery m_upsertEnergies;
    QSqlQuery m_tenMinuteStats;
    QSqlQuery m_hourStats;
};

} // namespace kw::history
