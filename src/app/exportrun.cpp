#include "exportrun.h"

#include "devicefilesfeed.h"
#include "devicesession.h"
#include "exportbatterycsv.h"
#include "exporttask.h"
#include "history/historystore.h"
#include "poll/devicepoller.h"

#include <QDateTime>
#include <QFileInfo>
#include <QTimeZone>

#include <cstdio>

namespace kw::app {

using exporting::ExportResult;
using gui::ExportKind;
using gui::ExportRequest;

ExportRun::ExportRun(ExportRequest request, int timeoutMs, QObject *parent)
    : QObject(parent)
    , m_request(std::move(request))
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(timeoutMs);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        fail(tr("no data to export within %1 s").arg(m_timeout.interval() / 1000));
    });
}

ExportRequest ExportRun::requestFor(const QString &path, const QString &view, const QString &range, QSize imageSize)
{
    ExportRequest request;
    request.path = path;
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool csv = suffix == QLatin1String("csv");
    if (view == QLatin1String("energy"))
        request.kind = csv ? ExportKind::DailyEnergyCsv : ExportKind::DailyEnergyChartImage;
    else if (view == QLatin1String("battery"))
        request.kind = ExportKind::BatteryCellsCsv;
    else if (view == QLatin1String("log"))
        request.kind = ExportKind::LogCsv;
    else
        request.kind = csv ? ExportKind::ChartDataCsv : ExportKind::PowerChartImage;
    request.imageFormat = suffix == QLatin1String("svg") ? gui::ChartImageRenderer::Format::Svg
                                                         : gui::ChartImageRenderer::Format::Png;
    request.imageSize = imageSize.isValid() ? imageSize : gui::ChartImageRenderer::DefaultSize;
    const QList<std::pair<QString, gui::ChartRangePreset>> ranges{
        {QStringLiteral("1h"), gui::ChartRangePreset::Hour},  {QStringLiteral("6h"), gui::ChartRangePreset::SixHours},
        {QStringLiteral("24h"), gui::ChartRangePreset::Day},  {QStringLiteral("7d"), gui::ChartRangePreset::Week},
        {QStringLiteral("30d"), gui::ChartRangePreset::Month}};
    for (const auto &[name, preset] : ranges) {
        if (name == range)
            request.range = preset;
    }
    return request;
}

void ExportRun::setSession(DeviceSession *session)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_waits))
        disconnect(connection);
    m_waits.clear();
    m_session = session;
    if (session && m_timeout.isActive())
        waitForData();
}

void ExportRun::start()
{
    m_timeout.start();
    QTimer::singleShot(0, this, [this] {
        if (!m_session)
            fail(tr("no device to export from: use --demo or --device URL, or choose a device in the app first"));
    });
    if (m_session)
        waitForData();
}

void ExportRun::waitForData()
{
    DeviceSession *session = m_session;
    if (m_request.usesRange()) {
        if (!session->history()) {
            QTimer::singleShot(0, this, [this] { fail(tr("no recorded history to export")); });
            return;
        }
        if (session->isHistoryReady())
            QTimer::singleShot(0, this, [this] { write(); });
        else
            m_waits.append(connect(session, &DeviceSession::historyReady, this, [this] { write(); }));
        return;
    }
    if (m_request.kind == ExportKind::BatteryCellsCsv) {
        DevicePoller *poller = session->poller();
        const auto check = [this, poller] {
            if (gui::ExportBatteryCsv::hasCells(poller->lastResponse()))
                write();
        };
        m_waits.append(connect(poller, &DevicePoller::updated, this, check));
        QTimer::singleShot(0, this, check);
        return;
    }
    // The log: today's, on the device's clock (the demo's need not be the computer's).
    DeviceFilesFeed *feed = session->filesFeed();
    if (!feed) {
        QTimer::singleShot(0, this, [this] { fail(tr("this device offers no log")); });
        return;
    }
    m_waits.append(connect(feed, &DeviceFilesFeed::logFetchFinished, this, [this](const senec::SenecLogResult &log) {
        if (log.status == senec::SenecLogResult::Status::Failed)
            fail(tr("the device log could not be downloaded: %1").arg(log.error));
        else
            write(log.lines); // no log today: the header alone
    }));
    feed->fetchLog(QDateTime::fromMSecsSinceEpoch(session->deviceNowMs(), QTimeZone::utc()).date());
}

void ExportRun::write(const QList<senec::SenecLogLine> &logLines)
{
    if (m_done || m_task || !m_session)
        return;
    for (const QMetaObject::Connection &connection : std::as_const(m_waits))
        disconnect(connection);
    m_waits.clear();
    m_timeout.stop(); // the data is here; writing may take its time
    ExportSources sources = ExportSources::of(*m_session);
    sources.logLines = logLines;
    m_task = new ExportTask(m_request, std::move(sources), this);
    connect(m_task, &ExportTask::finished, this, [this](const ExportResult &result) {
        if (m_done)
            return;
        m_timeout.stop();
        const QString summary = ExportTask::summary(m_request, result);
        if (!result.isWritten()) {
            fail(summary);
            return;
        }
        m_done = true;
        std::fprintf(stdout, "%s\n", qUtf8Printable(summary));
        std::fflush(stdout);
        Q_EMIT done(true);
    });
    m_task->start();
}

void ExportRun::fail(const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    m_timeout.stop();
    if (m_task)
        m_task->cancel();
    std::fprintf(stderr, "kilowatch: %s\n", qUtf8Printable(message));
    Q_EMIT done(false);
}

} // namespace kw::app
