#include "historywriter.h"

#include "historybatchwriter.h"
#include "historylogging.h"
#include "historyschema.h"

#include <QDir>
#include <QMutexLocker>
#include <QSqlDatabase>

using namespace Qt::StringLiterals;

namespace kw::history {

HistoryWriter::HistoryWriter(const QString &connectionName, QObject *parent)
    : QObject(parent)
    , m_connectionName(connectionName)
    , m_timer(this)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { writePending(); });
}

HistoryWriter::~HistoryWriter()
{
    if (m_batch)
        close();
}

void HistoryWriter::enqueue(const EnergySnapshot &snapshot)
{
    bool postWake = false;
    {
        QMutexLocker locker(&m_mutex);
        if (m_failing && m_queue.size() >= MaxQueuedSamples) {
            m_queue.removeFirst();
            m_droppedSamples.fetch_add(1, std::memory_order_relaxed);
        }
        m_queue.append(snapshot);
        postWake = !m_wakePosted;
        m_wakePosted = true;
    }
    // One event per batch, not per sample: the writer's thread starts the commit timer.
    if (postWake)
        QMetaObject::invokeMethod(this, &HistoryWriter::wake, Qt::QueuedConnection);
}

void HistoryWriter::wake()
{
    if (!m_timer.isActive()) // a pending retry keeps its (longer) delay
        m_timer.start(CommitIntervalMs);
}

void HistoryWriter::requeue(QList<EnergySnapshot> batch)
{
    QMutexLocker locker(&m_mutex);
    m_failing = true;
    batch.append(std::move(m_queue));
    const qsizetype excess = batch.size() - MaxQueuedSamples;
    if (excess > 0) {
        batch.remove(0, excess);
        m_droppedSamples.fetch_add(excess, std::memory_order_relaxed);
        qCWarning(lcHistory) << "history write queue full: dropped the oldest" << excess << "samples";
    }
    m_queue = std::move(batch);
}

HistoryWriter::Result HistoryWriter::open(const QString &path, int retentionDays)
{
    Result result;
    m_path = path;
    if (!HistorySchema::openForWriting(path, m_connectionName, &result.error)) {
        result.ok = false;
        return result;
    }
    m_batch = std::make_unique<HistoryBatchWriter>(m_connectionName);
    m_batch->setRetentionDays(retentionDays);
    QString error;
    if (!m_batch->load(&error)) {
        m_batch.reset();
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
        return {false, HistorySchema::fileError(path, error)};
    }
    if (!m_batch->prune(&error))
        qCWarning(lcHistory) << "pruning" << path << "failed:" << error;
    return result;
}

HistoryWriter::Result HistoryWriter::writePending()
{
    if (!m_batch) {
        QMutexLocker locker(&m_mutex);
        return {m_queue.isEmpty(), tr("The history database is not open.")};
    }
    bool wroteAny = false;
    for (;;) {
        QList<EnergySnapshot> batch;
        {
            QMutexLocker locker(&m_mutex);
            if (m_queue.isEmpty()) {
                m_wakePosted = false;
                break;
            }
            if (m_queue.size() <= MaxBatchSamples) {
                batch.swap(m_queue);
                m_wakePosted = false;
            } else {
                batch = m_queue.first(MaxBatchSamples);
                m_queue.remove(0, MaxBatchSamples);
            }
        }
        const HistoryBatchWriter::Outcome outcome = m_batch->write(batch);
        if (!outcome.ok) {
            requeue(std::move(batch));
            m_retryDelayMs = m_retryDelayMs == 0 ? FirstRetryDelayMs
                                                 : qMin(2 * m_retryDelayMs, MaxRetryDelayMs);
            m_timer.start(m_retryDelayMs);
            const QString message = tr("Writing to the history database %1 failed (retrying in "
                                       "%2 s): %3")
                                        .arg(QDir::toNativeSeparators(m_path))
                                        .arg(m_retryDelayMs / 1000)
                                        .arg(outcome.error);
            qCWarning(lcHistory).noquote() << message;
            Q_EMIT writeFailed(message);
            return {false, message};
        }
        m_retryDelayMs = 0;
        {
            QMutexLocker locker(&m_mutex);
            m_failing = false;
        }
        if (outcome.dropped > 0) {
            m_droppedSamples.fetch_add(outcome.dropped, std::memory_order_relaxed);
            qCDebug(lcHistory) << "dropped" << outcome.dropped
                               << "samples (duplicate, invalid or older than the raw history)";
        }
        if (outcome.newestWrittenMs) {
            wroteAny = true;
            Q_EMIT batchWritten(*outcome.newestWrittenMs);
        }
    }
    QString error;
    if (wroteAny && !m_batch->prune(&error))
        qCWarning(lcHistory) << "pruning" << m_path << "failed:" << error;
    return {};
}

void HistoryWriter::setRetentionDays(int days)
{
    if (!m_batch)
        return;
    m_batch->setRetentionDays(days);
    QString error;
    if (!m_batch->prune(&error))
        qCWarning(lcHistory) << "pruning" << m_path << "failed:" << error;
}

HistoryWriter::Result HistoryWriter::close()
{
    if (!m_batch)
        return {};
    Result result = writePending();
    if (!result.ok) {
        QMutexLocker locker(&m_mutex);
        qCWarning(lcHistory) << "closing" << m_path << "loses" << m_queue.size() << "unwritten samples";
        m_droppedSamples.fetch_add(m_queue.size(), std::memory_order_relaxed);
        m_queue.clear();
    }
    m_timer.stop();
    m_batch.reset(); // its prepared queries must go before the connection
    QSqlDatabase::database(m_connectionName, false).close();
    QSqlDatabase::removeDatabase(m_connectionName);
    return result;
}

} // namespace kw::history
