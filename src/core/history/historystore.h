#pragma once

#include "dailyenergy.h"
#include "energytotals.h"
#include "seriesdecimator.h"
#include "serieskind.h"
#include "snapshot/energysnapshot.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>
#include <QTimeZone>

#include <memory>
#include <optional>

class QThread;

namespace kw::history {

class HistoryReader;
class HistoryWriter;

// A chart-ready answer of HistoryStore::series(): one decimated series per requested kind
// (possibly empty), and the tier the rows came from.
struct SeriesResult
{
    HistoryTier tier = HistoryTier::Raw;
    QMap<SeriesKind, QList<SeriesPoint>> series;
};

// Recorded history on SQLite: every snapshot as a raw sample (kept rawRetentionDays), 1-minute,
// 10-minute and 1-hour rollups with min / mean / max and energies (kept forever), daily energies
// and pixel-width series queries from the tier that fits.
//
// Writes are queued by append() (any thread, never touches the disk) and committed by a writer
// thread with its own connection at least every HistoryWriter::CommitIntervalMs, on flush() and
// on close(). Reads run synchronously on a second connection, in the thread that called open().
// How duplicate, out-of-order and too old samples are handled: see HistoryBatchWriter.
class HistoryStore : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultRawRetentionDays = 10;
    // A series query reads at most about this many stored rows per pixel column, whatever the
    // range: what keeps an hour and a year about equally cheap.
    static constexpr int MaxRowsPerColumn = 10;

    explicit HistoryStore(QObject *parent = nullptr);
    ~HistoryStore() override; // close()s

    // QStandardPaths::AppDataLocation/history.sqlite
    static QString defaultPath();

    // Creates the file (and its folder) if missing or empty. A file that is not SQLite, is
    // truncated, belongs to another application or has a newer schema is refused with a
    // one-line error naming it, and never written to.
    bool open(const QString &path, QString *error = nullptr);
    bool isOpen() const { return m_writer != nullptr; }
    QString path() const { return m_path; }
    // Commits what is queued (a failure is logged and signalled; those samples are lost).
    void close();

    // At least 1. When open, the writer prunes right away (asynchronously: done when a
    // following flush() returns).
    void setRawRetentionDays(int days);
    int rawRetentionDays() const { return m_rawRetentionDays; }

    // Queues one snapshot. Any thread while open; ignored when closed.
    void append(const kw::EnergySnapshot &snapshot);
    // Blocks until everything appended so far is committed; on failure the samples stay queued
    // for the writer's retry.
    bool flush(QString *error = nullptr);
    // Samples not stored: duplicates, invalid times, older than the raw history, queue overflow.
    qint64 droppedSampleCount() const;

    // At most four points per pixel column and series, the global min and max kept, read from
    // one consistent snapshot of the database. The tier is tierFor()'s, except that raw samples
    // give way to minute rollups where they were pruned at fromMs or are so dense that more than
    // MaxRowsPerColumn of them would feed a column (a 1 s recording over half a day).
    SeriesResult series(qint64 fromMs, qint64 toMs, int widthPx,
                        const QList<SeriesKind> &kinds = allSeriesKinds()) const;
    // By the time a pixel column spans: raw samples below a minute, minute rollups below ten
    // minutes, ten-minute rollups below an hour, hour rollups from there on — so no more than
    // ten rollup rows feed a column up to ten-hour columns (a year at 876 px), and a year never
    // reads more than its 8,760 hours.
    static HistoryTier tierFor(qint64 fromMs, qint64 toMs, int widthPx);
    // Energies per local day of `zone` from the per-minute energies (summed by the coarser
    // rollups where whole buckets fit), first..last inclusive; days without any recorded minute
    // are left out.
    QList<DailyEnergy> dailyEnergy(QDate first, QDate last,
                                   const QTimeZone &zone = QTimeZone::systemTimeZone()) const;
    // The energies of the minutes starting in [fromMs, toMs).
    EnergyTotals energyBetween(qint64 fromMs, qint64 toMs) const;

    QList<kw::EnergySnapshot> rawSamples(qint64 fromMs, qint64 toMs) const;
    qint64 rawSampleCount() const;
    // Raw samples before this time were pruned (nullopt: none were).
    std::optional<qint64> rawPrunedBeforeMs() const;
    // First recorded sample (its minute once pruned) and last one.
    std::optional<qint64> firstSampleMs() const;
    std::optional<qint64> lastSampleMs() const;

Q_SIGNALS:
    void writeFailed(const QString &message);
    void batchWritten(qint64 lastSampleMs);

private:
    QString m_path;
    int m_rawRetentionDays = DefaultRawRetentionDays;
    QThread *m_thread = nullptr;
    HistoryWriter *m_writer = nullptr; // lives in m_thread
    std::unique_ptr<HistoryReader> m_reader;
};

} // namespace kw::history
