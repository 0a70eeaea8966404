#include "historycsvexport.h"

#include "csvformat.h"
#include "exportfile.h"
#include "history/historyreader.h"
#include "history/historyschema.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kw::exporting {
namespace {

constexpr int PowerDecimals = 3;
constexpr int SocDecimals = 2;
// Rows between two looks at the cancel flag inside a chunk.
constexpr int CancelCheckRows = 4096;

qint64 ceilToMinute(qint64 timeMs)
{
    constexpr qint64 MinuteMs = history::HistorySchema::MinuteMs;
    const qint64 rest = ((timeMs % MinuteMs) + MinuteMs) % MinuteMs;
    return rest == 0 ? timeMs : timeMs - rest + MinuteMs;
}

void appendRow(QString &out, const EnergySnapshot &row, QLatin1StringView resolution)
{
    out += CsvFormat::isoUtc(row.timestampMs);
    out += u',';
    out += resolution;
    for (const std::optional<double> &power : {row.pvW, row.houseW, row.gridW, row.batteryW}) {
        out += u',';
        out += CsvFormat::fixedOrEmpty(power, PowerDecimals);
    }
    out += u',';
    out += CsvFormat::fixedOrEmpty(row.socPercent, SocDecimals);
    out += u',';
    if (row.stateCode >= 0)
        out += QString::number(row.stateCode);
    out += u',';
    out += CsvFormat::field(row.stateText);
    out += u"\r\n"_s;
}

} // namespace

HistoryCsvExport::HistoryCsvExport(QString historyPath, qint64 fromMs, qint64 toMs)
    : m_historyPath(std::move(historyPath))
    , m_fromMs(fromMs)
    , m_toMs(toMs)
{
}

QByteArray HistoryCsvExport::header()
{
    return CsvFormat::row({u"time_utc"_s, u"resolution"_s, u"pv_w"_s, u"house_w"_s, u"grid_w"_s,
                           u"battery_w"_s, u"soc_percent"_s, u"state_code"_s, u"state"_s});
}

ExportJob::Work HistoryCsvExport::work(const QString &path) const
{
    const HistoryCsvExport copy = *this;
    return [copy, path](const std::atomic_bool &cancelled, const ExportJob::Progress &progress) {
        return copy.writeTo(path, cancelled, progress);
    };
}

ExportResult HistoryCsvExport::writeTo(const QString &path, const std::atomic_bool &cancelled,
                                       const ExportJob::Progress &progress) const
{
    if (!QFileInfo(m_historyPath).isFile()) {
        return ExportResult::failed(
            path, QCoreApplication::translate("kw::exporting::HistoryCsvExport",
                                              "No recorded history to export (%1 does not exist).")
                      .arg(m_historyPath));
    }
    QString error;
    const std::unique_ptr<history::HistoryReader> reader = history::HistoryReader::open(m_historyPath, &error);
    if (!reader)
        return ExportResult::failed(path, error);

    QSaveFile file(path);
    if (!ExportFile::open(file, &error))
        return ExportResult::failed(path, error);
    const auto writeFailed = [&file, &path] {
        const QString reason = file.errorString();
        file.cancelWriting();
        return ExportResult::failed(path, ExportFile::writeError(path, reason));
    };
    const QByteArray head = header();
    if (file.write(head) != head.size())
        return writeFailed();

    // One snapshot for the whole range: the writer may prune raw samples while we read.
    const bool snapshot = reader->beginRead();
    const qint64 prunedBeforeMs = reader->rawPrunedBeforeMs();
    // Minutes up to the first whole minute after the pruning point, raw samples from there: no
    // sample twice, no gap (the few raw samples before it are in their minute's mean).
    const qint64 rawFromMs = prunedBeforeMs > 0 ? ceilToMinute(prunedBeforeMs) : m_fromMs;
    const double spanMs = double(std::max<qint64>(1, m_toMs - m_fromMs));
    qint64 rows = 0;
    bool stopped = false;
    QString text;
    for (qint64 chunkFromMs = m_fromMs; chunkFromMs < m_toMs && !stopped; chunkFromMs += ChunkMs) {
        if (cancelled.load()) {
            stopped = true;
            break;
        }
        const qint64 chunkToMs = std::min(m_toMs, chunkFromMs + ChunkMs);
        text.clear();
        QList<EnergySnapshot> minutes;
        if (chunkFromMs < rawFromMs)
            minutes = reader->minuteMeans(chunkFromMs, std::min(chunkToMs, rawFromMs));
        QList<EnergySnapshot> samples;
        if (chunkToMs > rawFromMs)
            samples = reader->rawSamples(std::max(chunkFromMs, rawFromMs), chunkToMs);
        text.reserve((minutes.size() + samples.size()) * 80);
        int sinceCheck = 0;
        for (const QList<EnergySnapshot> *list : {&minutes, &samples}) {
            const QLatin1StringView resolution = list == &minutes ? "minute_mean"_L1 : "sample"_L1;
            for (const EnergySnapshot &row : *list) {
                appendRow(text, row, resolution);
                ++rows;
                if (++sinceCheck == CancelCheckRows) {
                    sinceCheck = 0;
                    if (cancelled.load()) {
                        stopped = true;
                        break;
                    }
                }
            }
            if (stopped)
                break;
        }
        const QByteArray bytes = text.toUtf8();
        if (!stopped && file.write(bytes) != bytes.size()) {
            if (snapshot)
                reader->endRead();
            return writeFailed();
        }
        if (progress)
            progress(double(chunkToMs - m_fromMs) / spanMs);
    }
    if (snapshot)
        reader->endRead();
    if (stopped || cancelled.load()) {
        file.cancelWriting();
        return ExportResult::cancelled(path);
    }
    if (!ExportFile::commit(file, &error))
        return ExportResult::failed(path, error);
    return ExportResult::written(path, rows);
}

} // namespace kw::exporting
