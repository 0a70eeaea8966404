#include "historystore.h"

#include "historylogging.h"
#include "historyreader.h"
#include "historyschema.h"
#include "historywriter.h"

#include <QDateTime>
#include <QDir>
#include <QStandardPaths>
#include <QThread>

#include <atomic>

using namespace Qt::StringLiterals;

namespace kw::history {

namespace {

// Connection names are process-wide: unique per store and open().
QString nextConnectionBase()
{
    static std::atomic<int> counter{0};
    return u"kw.history.%1"_s.arg(counter.fetch_add(1) + 1);
}

} // namespace

HistoryStore::HistoryStore(QObject *parent)
    : QObject(parent)
{
}

HistoryStore::~HistoryStore()
{
    close();
}

QString HistoryStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
           + u"/history.sqlite"_s;
}

bool HistoryStore::open(const QString &path, QString *error)
{
    close();
    const QString base = nextConnectionBase();
    auto *thread = new QThread;
    thread->setObjectName(u"kw.history.writer"_s);
    auto *writer = new HistoryWriter(base + u".write"_s);
    writer->moveToThread(thread);
    connect(thread, &QThread::finished, writer, &QObject::deleteLater);
    connect(writer, &HistoryWriter::writeFailed, this, &HistoryStore::writeFailed);
    connect(writer, &HistoryWriter::batchWritten, this, &HistoryStore::batchWritten);
    thread->start();

    const auto stopThread = [thread] {
        thread->quit();
        thread->wait();
        delete thread;
    };
    HistoryWriter::Result opened;
    const int retentionDays = m_rawRetentionDays;
    QMetaObject::invokeMethod(
        writer, [&] { opened = writer->open(path, retentionDays); }, Qt::BlockingQueuedConnection);
    QString readError;
    if (opened.ok && !HistorySchema::openForReading(path, base + u".read"_s, &readError)) {
        QMetaObject::invokeMethod(writer, [writer] { writer->close(); }, Qt::BlockingQueuedConnection);
        opened = {false, readError};
    }
    if (!opened.ok) {
        stopThread();
        qCWarning(lcHistory).noquote() << opened.error;
        if (error)
            *error = opened.error;
        return false;
    }

    m_thread = thread;
    m_writer = writer;
    m_reader = std::make_unique<HistoryReader>(base + u".read"_s);
    m_path = path;
    qCInfo(lcHistory).noquote() << "opened history" << QDir::toNativeSeparators(path);
    return true;
}

void HistoryStore::close()
{
    if (!m_writer)
        return;
    m_reader.reset();
    HistoryWriter *writer = m_writer;
    // A failure here was logged and signalled (queued) by the writer itself.
    QMetaObject::invokeMethod(writer, [writer] { writer->close(); }, Qt::BlockingQueuedConnection);
    m_writer = nullptr; // deleted with its thread
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_path.clear();
}

void HistoryStore::setRawRetentionDays(int days)
{
    m_rawRetentionDays = qMax(1, days);
    if (!m_writer)
        return;
    // Queued, not blocking: the writer may be busy with a batch. A flush() after this returns
    // only once the pruning is done.
    HistoryWriter *writer = m_writer;
    const int retentionDays = m_rawRetentionDays;
    QMetaObject::invokeMethod(writer, [writer, retentionDays] { writer->setRetentionDays(retentionDays); },
                              Qt::QueuedConnection);
}

void HistoryStore::append(const kw::EnergySnapshot &snapshot)
{
    if (m_writer)
        m_writer->enqueue(snapshot);
}

bool HistoryStore::flush(QString *error)
{
    if (!m_writer) {
        if (error)
            *error = tr("The history database is not open.");
        return false;
    }
    HistoryWriter *writer = m_writer;
    HistoryWriter::Result result;
    QMetaObject::invokeMethod(writer, [&] { result = writer->writePending(); },
                              Qt::BlockingQueuedConnection);
    if (!result.ok && error)
        *error = result.error;
    return result.ok;
}

qint64 HistoryStore::droppedSampleCount() const
{
    return m_writer ? m_writer->droppedSamples() : 0;
}

HistoryTier HistoryStore::tierFor(qint64 fromMs, qint64 toMs, int widthPx)
{
    const double columnMs = double(toMs - fromMs) / qMax(1, widthPx);
    if (columnMs < double(HistorySchema::MinuteMs))
        return HistoryTier::Raw;
    if (columnMs < double(HistorySchema::TenMinuteMs))
        return HistoryTier::Minute;
    if (columnMs < double(HistorySchema::HourMs))
        return HistoryTier::TenMinutes;
    return HistoryTier::Hour;
}

SeriesResult HistoryStore::series(qint64 fromMs, qint64 toMs, int widthPx,
                                  const QList<SeriesKind> &kinds) const
{
    SeriesResult result;
    result.tier = tierFor(fromMs, toMs, widthPx);
    for (SeriesKind kind : kinds)
        result.series.insert(kind, {});
    if (!m_reader || toMs <= fromMs)
        return result;
    const int columns = qMax(1, widthPx);
    // One snapshot: the writer may prune or commit between the statements otherwise, and the
    // tier chosen would no longer fit the rows read.
    const bool snapshot = m_reader->beginRead();
    // Where raw samples were pruned the minutes are the finest there is; one tier for the
    // whole range keeps the chart's look uniform.
    if (result.tier == HistoryTier::Raw
        && (fromMs < m_reader->rawPrunedBeforeMs()
            || m_reader->samplesCountedBetween(fromMs, toMs) > qint64(MaxRowsPerColumn) * columns))
        result.tier = HistoryTier::Minute;
    const QMap<SeriesKind, QList<SeriesRow>> rows = m_reader->rows(result.tier, fromMs, toMs, kinds);
    if (snapshot)
        m_reader->endRead();
    for (auto it = rows.cbegin(); it != rows.cend(); ++it)
        result.series.insert(it.key(), SeriesDecimator::decimate(it.value(), fromMs, toMs, columns));
    return result;
}

QList<DailyEnergy> HistoryStore::dailyEnergy(QDate first, QDate last, const QTimeZone &zone) const
{
    QList<DailyEnergy> days;
    if (!m_reader || !first.isValid() || !last.isValid() || last < first)
        return days;
    const QTimeZone dayZone = zone.isValid() ? zone : QTimeZone::utc();
    const bool snapshot = m_reader->beginRead();
    const std::optional<std::pair<qint64, qint64>> extent = m_reader->minuteExtent();
    if (!extent) {
        if (snapshot)
            m_reader->endRead();
        return days;
    }
    // Only the days that can hold data are asked for, however wide the requested range.
    const QDate firstData = QDateTime::fromMSecsSinceEpoch(extent->first, dayZone).date();
    const QDate lastData = QDateTime::fromMSecsSinceEpoch(extent->second, dayZone).date();
    first = qMax(first, firstData);
    last = qMin(last, lastData);

    for (QDate day = first; day <= last; day = day.addDays(1)) {
        const qint64 fromMs = day.startOfDay(dayZone).toMSecsSinceEpoch();
        const qint64 toMs = day.addDays(1).startOfDay(dayZone).toMSecsSinceEpoch();
        bool hasData = false;
        const EnergyTotals totals = m_reader->energyBetween(fromMs, toMs, &hasData);
        if (hasData)
            days.append({day, totals});
    }
    if (snapshot)
        m_reader->endRead();
    return days;
}

EnergyTotals HistoryStore::energyBetween(qint64 fromMs, qint64 toMs) const
{
    return m_reader ? m_reader->energyBetween(fromMs, toMs) : EnergyTotals{};
}

QList<kw::EnergySnapshot> HistoryStore::rawSamples(qint64 fromMs, qint64 toMs) const
{
    return m_reader ? m_reader->rawSamples(fromMs, toMs) : QList<kw::EnergySnapshot>{};
}

qint64 HistoryStore::rawSampleCount() const
{
    return m_reader ? m_reader->rawSampleCount() : 0;
}

std::optional<qint64> HistoryStore::rawPrunedBeforeMs() const
{
    const qint64 prunedBeforeMs = m_reader ? m_reader->rawPrunedBeforeMs() : 0;
    return prunedBeforeMs > 0 ? std::optional<qint64>(prunedBeforeMs) : std::nullopt;
}

std::optional<qint64> HistoryStore::firstSampleMs() const
{
    return m_reader ? m_reader->firstSampleMs() : std::nullopt;
}

std::optional<qint64> HistoryStore::lastSampleMs() const
{
    return m_reader ? m_reader->lastSampleMs() : std::nullopt;
}

} // namespace kw::history
