#include "exporttask.h"

#include "chartimagerenderer.h"
#include "devicesession.h"
#include "export/dailyenergycsv.h"
#include "export/exportfile.h"
#include "export/exportjob.h"
#include "export/historycsvexport.h"
#include "export/logcsv.h"
#include "exportbatterycsv.h"
#include "history/historystore.h"
#include "poll/devicepoller.h"

#include <QDir>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTimeZone>
#include <QTimer>

namespace kw::app {

Q_LOGGING_CATEGORY(lcExport, "kw.app.export", QtInfoMsg)

using exporting::ExportResult;
using gui::ExportKind;

ExportSources ExportSources::of(const DeviceSession &session)
{
    ExportSources sources;
    sources.history = session.history();
    sources.nowMs = session.deviceNowMs();
    sources.deviceName = session.displayName(); // as the window names it

    if (const DevicePoller *poller = session.poller()) {
        sources.battery = poller->lastResponse();
        sources.batteryTimeMs = poller->lastSnapshot() ? poller->lastSnapshot()->timestampMs : sources.nowMs;
    }
    sources.language = session.language(); // the Battery view's words
    return sources;
}

ExportTask::ExportTask(gui::ExportRequest request, ExportSources sources, QObject *parent)
    : QObject(parent)
    , m_request(std::move(request))
    , m_sources(std::move(sources))
{
}

ExportTask::~ExportTask()
{
    // The job cancels and waits for its thread when it goes (it is our child).
    if (m_job)
        m_job->cancel();
}

bool ExportTask::isLong() const
{
    return m_request.kind == ExportKind::ChartDataCsv;
}

void ExportTask::start()
{
    if (m_started)
        return;
    m_started = true;
    const QString &path = m_request.path;
    if (m_request.usesRange() && (!m_sources.history || !m_sources.history->isOpen())) {
        const ExportResult failed = ExportResult::failed(
            path, tr("No recorded history to export: the history database is not open."));
        QTimer::singleShot(0, this, [this, failed] { finish(failed); });
        return;
    }
    if (!isLong()) {
        QElapsedTimer clock;
        clock.start();
        const ExportResult result = writeNow();
        qCInfo(lcExport).noquote() << "export of" << gui::ExportRequest::kindLabel(m_request.kind) << "took"
                                   << clock.elapsed() << "ms";
        QTimer::singleShot(0, this, [this, result] { finish(result); });
        return;
    }
    // Whatever is queued belongs in the export; the job reads on a connection of its own.
    QString error;
    if (!m_sources.history->flush(&error))
        qCWarning(lcExport).noquote() << "history not flushed before the export:" << error;
    const gui::TimeRange range = m_request.timeRange(m_sources.nowMs);
    const exporting::HistoryCsvExport csv(m_sources.history->path(), range.fromMs, range.toMs);
    m_job = new exporting::ExportJob(csv.work(path), this);
    connect(m_job, &exporting::ExportJob::progressChanged, this, &ExportTask::progressChanged);
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    connect(m_job, &exporting::ExportJob::finished, this, [this, clock](const ExportResult &result) {
        qCInfo(lcExport) << "chart data export:" << result.rowCount << "rows in" << clock->elapsed() << "ms";
        finish(result);
    });
    m_job->start();
}

void ExportTask::cancel()
{
    if (m_job)
        m_job->cancel();
}

ExportResult ExportTask::writeNow() const
{
    const QString &path = m_request.path;
    const gui::TimeRange range = m_request.timeRange(m_sources.nowMs);
    switch (m_request.kind) {
    case ExportKind::PowerChartImage:
    case ExportKind::DailyEnergyChartImage: {
        gui::ChartImageRenderer renderer(m_sources.history,
                                         m_request.kind == ExportKind::PowerChartImage
                                             ? gui::ChartImageRenderer::Chart::Power
                                             : gui::ChartImageRenderer::Chart::DailyEnergy,
                                         range);
        renderer.setDeviceName(m_sources.deviceName);
        return renderer.save(path, m_request.imageSize);
    }
    case ExportKind::DailyEnergyCsv: {
        const QTimeZone zone = QTimeZone::systemTimeZone();
        const QList<history::DailyEnergy> days = m_sources.history->dailyEnergy(
            gui::ChartImageRenderer::firstDailyEnergyDay(range), gui::ChartImageRenderer::lastDailyEnergyDay(range), zone);
        return exporting::ExportFile::save(path, exporting::DailyEnergyCsv::build(days, zone), days.size());
    }
    case ExportKind::BatteryCellsCsv: {
        const QByteArray csv = gui::ExportBatteryCsv::build(m_sources.battery, m_sources.batteryTimeMs,
                                                            m_sources.language);
        return exporting::ExportFile::save(path, csv, qMax(0, int(csv.count('\n')) - 1));
    }
    case ExportKind::LogCsv:
        return exporting::ExportFile::save(path, exporting::LogCsv::build(m_sources.logLines),
                                           m_sources.logLines.size());
    case ExportKind::ChartDataCsv:
        break; // an ExportJob
    }
    return ExportResult::failed(path, tr("This export runs as a job."));
}

void ExportTask::finish(const ExportResult &result)
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(result);
}

QString ExportTask::summary(const gui::ExportRequest &request, const ExportResult &result)
{
    const QString file = QDir::toNativeSeparators(result.path);
    switch (result.status) {
    case ExportResult::Status::Failed:
        return result.error;
    case ExportResult::Status::Cancelled:
        return tr("Export cancelled; %1 was not written.").arg(file);
    case ExportResult::Status::Written:
        break;
    }
    if (request.isImage()) {
        const QSize size = gui::ChartImageRenderer::clampedSize(request.imageSize);
        return tr("Wrote %1: %2, %3×%4 px.")
            .arg(file, gui::ExportRequest::kindLabel(request.kind))
            .arg(size.width())
            .arg(size.height());
    }
    return tr("Wrote %1: %2, %n row(s).", nullptr, int(result.rowCount))
        .arg(file, gui::ExportRequest::kindLabel(request.kind));
}

} // namespace kw::app
