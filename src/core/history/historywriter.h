#pragma once

#include "snapshot/energysnapshot.h"

#include <QList>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QTimer>

#include <atomic>
#include <memory>

namespace kw::history {

class HistoryBatchWriter;

// The history store's writing side, living in its own thread with its own connection: a queue
// any thread appends to without touching the disk, committed every CommitIntervalMs (so a killed
// process loses at most that much), on writePending() and on close(). A failed batch goes back
// to the front of the queue and is retried with a growing delay.
class HistoryWriter : public QObject
{
    Q_OBJECT

public:
    static constexpr int CommitIntervalMs = 500;
    static constexpr int FirstRetryDelayMs = 1000;
    static constexpr int MaxRetryDelayMs = 30 * 1000;
    // While writes fail, the oldest samples beyond this are dropped (two days at one a second).
    // A healthy writer takes whatever is appended, however fast (bulk imports, tests).
    static constexpr qsizetype MaxQueuedSamples = 200'000;
    static constexpr qsizetype MaxBatchSamples = 50'000; // per transaction

    struct Result
    {
        bool ok = true;
        QString error;
    };

    explicit HistoryWriter(const QString &connectionName, QObject *parent = nullptr);
    ~HistoryWriter() override;

    // Any thread: cheap, never blocks on the database.
    void enqueue(const EnergySnapshot &snapshot);
    qint64 droppedSamples() const { return m_droppedSamples.load(std::memory_order_relaxed); }

    // The writer's own thread only (QMetaObject::invokeMethod).
    Result open(const QString &path, int retentionDays);
    Result writePending(); // everything queued so far, then prunes if due
    void setRetentionDays(int days);
    Result close();        // writes what is queued, closes the connection

Q_SIGNALS:
    void writeFailed(const QString &message);
    void batchWritten(qint64 lastSampleMs);

private:
    void wake();
    void requeue(QList<EnergySnapshot> batch);

    QString m_connectionName;
    QString m_path;
    QTimer m_timer;
    int m_retryDelayMs = 0;
    std::unique_ptr<HistoryBatchWriter> m_batch;

    QMutex m_mutex;
    QList<EnergySnapshot> m_queue; // guarded by m_mutex
    bool m_wakePosted = false;     // guarded by m_mutex
    bool m_failing = false;        // guarded by m_mutex: the last write failed
    std::atomic<qint64> m_droppedSamples{0};
};

} // namespace kw::history
