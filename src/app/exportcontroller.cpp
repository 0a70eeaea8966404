#include "exportcontroller.h"

#include "chartsview.h"
#include "devicefilesfeed.h"
#include "devicesession.h"
#include "exportbatterycsv.h"
#include "exportdialog.h"
#include "history/historystore.h"
#include "logmodel.h"
#include "logview.h"
#include "mainwindow.h"
#include "poll/devicepoller.h"

#include <QDateTime>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimeZone>

namespace kw::app {

using exporting::ExportResult;
using gui::ExportKind;
using gui::ExportRequest;

namespace {

constexpr int StatusMessageMs = 15'000;
// Below this a progress dialog would only flash.
constexpr int ProgressDelayMs = 300;

} // namespace

ExportController::ExportController(gui::MainWindow *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_folder(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
{
}

ExportController::~ExportController()
{
    delete m_progress;
}

QProgressDialog *ExportController::progressDialog() const
{
    return m_progress;
}

void ExportController::setSession(DeviceSession *session)
{
    cancel();
    m_session = session;
}

ExportSources ExportController::sources() const
{
    ExportSources sources = m_session ? ExportSources::of(*m_session) : ExportSources{};
    if (m_window)
        sources.logLines = m_window->logView()->logModel()->lines();
    return sources;
}

ExportRequest ExportController::defaultRequest() const
{
    ExportRequest request = m_haveLast ? m_last : ExportRequest{};
    if (!m_window)
        return request;
    const QString view = m_window->currentView();
    if (view == QLatin1String("battery"))
        request.kind = ExportKind::BatteryCellsCsv;
    else if (view == QLatin1String("log"))
        request.kind = ExportKind::LogCsv;
    else if (!m_haveLast)
        request.kind = ExportKind::PowerChartImage;
    const gui::ChartsView *charts = m_window->chartsView();
    if (!charts->isLiveFollowing() || charts->rangePreset() == gui::ChartRangePreset::Custom) {
        request.range = gui::ChartRangePreset::Custom;
        request.customRange = charts->visibleRange();
    } else {
        request.range = charts->rangePreset();
    }
    return request;
}

void ExportController::updateAvailability(gui::ExportDialog &dialog) const
{
    const bool history = m_session && m_session->history() && m_session->history()->isOpen();
    for (const ExportKind kind : {ExportKind::PowerChartImage, ExportKind::DailyEnergyChartImage,
                                  ExportKind::ChartDataCsv, ExportKind::DailyEnergyCsv})
        dialog.setKindAvailable(kind, history, tr("no recorded history"));
    const DevicePoller *poller = m_session ? m_session->poller() : nullptr;
    dialog.setKindAvailable(ExportKind::BatteryCellsCsv,
                            poller && gui::ExportBatteryCsv::hasCells(poller->lastResponse()),
                            tr("no battery reading yet"));
    dialog.setKindAvailable(ExportKind::LogCsv, m_session && m_session->filesFeed(), tr("no device"));
}

void ExportController::exportInteractively()
{
    if (!m_window)
        return;
    if (isRunning()) {
        if (m_progress)
            m_progress->raise();
        return;
    }
    gui::ExportDialog dialog(m_window);
    dialog.setRequest(defaultRequest());
    updateAvailability(dialog);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ExportRequest request = dialog.request();
    m_last = request;
    m_haveLast = true;
    QDate day = QDateTime::fromMSecsSinceEpoch(m_session ? m_session->deviceNowMs() : QDateTime::currentMSecsSinceEpoch()).date();
    if (request.kind == ExportKind::LogCsv && m_window->logView()->logModel()->rowCount() > 0)
        day = m_window->logView()->selectedDayUtc();
    request.path = gui::ExportDialog::askForPath(m_window, request, day, m_folder);
    if (request.path.isEmpty())
        return;
    m_folder = QFileInfo(request.path).absolutePath();
    run(request);
}

bool ExportController::run(const ExportRequest &request)
{
    if (isRunning())
        return false;
    ExportSources current = sources();
    const bool needLog = request.kind == ExportKind::LogCsv && current.logLines.isEmpty() && m_session
                         && m_session->filesFeed();
    if (!needLog) {
        startTask(request, current);
        return true;
    }
    // Nothing shown in the Log view: today's log (the device's day) through the usual feed.
    m_waitingForLog = true;
    m_waitingPath = request.path;
    m_progress = new QProgressDialog(tr("Downloading the device log…"), tr("Cancel"), 0, 0, m_window);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(ProgressDelayMs);
    connect(m_progress, &QProgressDialog::canceled, this, &ExportController::cancel);
    DeviceFilesFeed *feed = m_session->filesFeed();
    m_logConnection = connect(feed, &DeviceFilesFeed::logFetchFinished, this,
                              [this, request](const senec::SenecLogResult &log) {
        disconnect(m_logConnection);
        m_waitingForLog = false;
        if (log.status == senec::SenecLogResult::Status::Failed) {
            onFinished(request, ExportResult::failed(request.path, tr("The device log could not be downloaded: %1").arg(log.error)));
            return;
        }
        ExportSources withLog = sources();
        withLog.logLines = log.lines; // NoLog: the header alone, as the device has nothing that day
        startTask(request, withLog);
    });
    feed->fetchLog(QDateTime::fromMSecsSinceEpoch(m_session->deviceNowMs(), QTimeZone::utc()).date());
    return true;
}

void ExportController::startTask(const ExportRequest &request, ExportSources sources)
{
    auto *task = new ExportTask(request, std::move(sources), this);
    m_task = task;
    if (task->isLong()) {
        if (!m_progress) {
            m_progress = new QProgressDialog(m_window);
            m_progress->setWindowModality(Qt::WindowModal);
            m_progress->setMinimumDuration(ProgressDelayMs);
            connect(m_progress, &QProgressDialog::canceled, this, &ExportController::cancel);
        }
        m_progress->setLabelText(tr("Exporting %1…").arg(ExportRequest::kindLabel(request.kind)));
        m_progress->setRange(0, 1000);
        m_progress->setValue(0);
        connect(task, &ExportTask::progressChanged, m_progress, &QProgressDialog::setValue);
    }
    connect(task, &ExportTask::finished, this, [this, task, request](const ExportResult &result) {
        task->deleteLater();
        onFinished(request, result);
    });
    task->start();
}

void ExportController::cancel()
{
    if (m_waitingForLog) {
        disconnect(m_logConnection);
        m_waitingForLog = false;
        // Later, not now: this may run inside the dialog's own canceled() signal.
        if (m_progress) {
            m_progress->hide();
            m_progress->deleteLater();
        }
        Q_EMIT finished(ExportResult::cancelled(m_waitingPath));
        return;
    }
    if (m_task)
        m_task->cancel();
}

void ExportController::onFinished(const ExportRequest &request, const ExportResult &result)
{
    m_task = nullptr;
    if (m_progress) {
        // Not reset(): that would emit canceled() for an auto-closing dialog.
        m_progress->hide();
        m_progress->deleteLater();
    }
    const QString summary = ExportTask::summary(request, result);
    if (m_window) {
        if (result.status == ExportResult::Status::Failed) {
            // open(), not exec(): the event loop (and recording) keeps going.
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Export failed"), summary, QMessageBox::Ok, m_window);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        } else {
            m_window->statusBar()->showMessage(summary, StatusMessageMs);
        }
    }
    Q_EMIT finished(result);
}

} // namespace kw::app
