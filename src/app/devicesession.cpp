#include "devicesession.h"

#include "chartsview.h"
#include "demodevice.h"
#include "devicefilesfeed.h"
#include "deviceconnection.h"
#include "history/historystore.h"
#include "logview.h"
#include "mainwindow.h"
#include "varsview.h"
#include "net/certificatemismatch.h"
#include "net/certificatetruststore.h"
#include "poll/devicepoller.h"
#include "senec/senecbackend.h"

#include <QDateTime>
#include <QThread>
#include <QTimeZone>

#include <cmath>
#include <cstdio>

namespace kw::app {

DeviceSession::DeviceSession(gui::MainWindow *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
{
}

DeviceSession::~DeviceSession()
{
    if (m_backfill) {
        // The worker only computes and queues samples; let it finish rather than cut it off.
        m_backfill->wait();
    }
    // No snapshot may arrive while the history flushes and closes, and the window must stop
    // reading a store that is about to go.
    if (m_connection)
        m_connection->poller()->stop();
    if (m_window)
        m_window->setHistoryStore(nullptr);
    m_history.reset();
}

bool DeviceSession::start(const SessionConfig &config)
{
    net::DeviceAddress address = config.address;
    QString trustFile = config.trustFile;
    if (config.demo) {
        m_demo = new DemoDevice(config.demoStart, config.demoSpeed, this);
        if (!m_demo->start()) {
            m_error = tr("the demo device did not start: %1").arg(m_demo->errorString());
            return false;
        }
        QString error;
        const auto demoAddress = net::DeviceAddress::parse(m_demo->baseUrl().toString(), &error);
        if (!demoAddress) {
            m_error = tr("the demo device has an unusable address: %1").arg(error);
            return false;
        }
        address = *demoAddress;
        trustFile = m_demo->trustFile();
        m_demoStartMs = m_demo->startMs();
        m_demoSpeed = config.demoSpeed;
        m_startedHostMs = QDateTime::currentMSecsSinceEpoch();
    }
    if (!address.isValid()) {
        m_error = tr("no device address");
        return false;
    }
    m_address = address;
    m_connection = new DeviceConnection(address, trustFile, this);
    if (const QString trustError = m_connection->trustStoreError(); !trustError.isEmpty()) {
        m_error = trustError;
        return false;
    }

    DevicePoller *poller = m_connection->poller();
    const int intervalMs = config.intervalMs > 0 ? config.intervalMs
                           : config.demo         ? DemoIntervalMs
                                                 : DevicePoller::DefaultIntervalMs;
    poller->setIntervalMs(intervalMs);
    m_language = config.language;
    poller->setLanguage(config.language);
    // The demo's clock may run fast or start on another day: stamp its samples with the
    // simulated device time, as a real device's RTC would.
    if (config.demo)
        poller->setClockSource(ClockSource::Device);

    m_displayName = config.demo ? tr("Demo device (%1)").arg(address.displayName()) : address.displayName();
    if (m_window) {
        m_window->setDeviceName(m_displayName);
        m_window->setPollIntervalMs(poller->intervalMs());
        m_window->setDeviceLanguage(config.language);
        if (config.demo)
            m_window->chartsView()->setClock([this] { return deviceNowMs(); });
        // The log opens on the device's day; the demo's may not be the computer's.
        m_window->logView()->setTodayUtc(QDateTime::fromMSecsSinceEpoch(deviceNowMs(), QTimeZone::utc()).date());
        connectWindow();
    }
    startRecording(!config.historyPath.isEmpty() ? config.historyPath
                   : m_demo                      ? m_demo->historyPath()
                                                 : history::HistoryStore::defaultPath());

    // The demo shows every section from the first poll on; a real device gets a full sweep only
    // when asked, to spare it.
    if (config.demo)
        poller->requestFullSweep();
    poller->start();
    return true;
}

DevicePoller *DeviceSession::poller() const
{
    return m_connection ? m_connection->poller() : nullptr;
}

qint64 DeviceSession::deviceNowMs() const
{
    const qint64 hostNowMs = QDateTime::currentMSecsSinceEpoch();
    if (!m_demo)
        return hostNowMs;
    return m_demoStartMs + qint64(std::llround(double(hostNowMs - m_startedHostMs) * m_demoSpeed));
}

QString DeviceSession::pinnedFingerprint() const
{
    if (!m_connection)
        return {};
    const auto pin = m_connection->trustStore()->pinFor(m_address.tlsHostKey());
    return pin ? net::CertificateTrustStore::displayFingerprint(pin->sha256) : QString();
}

bool DeviceSession::forgetPinnedCertificate(QString *error)
{
    return m_connection && m_connection->trustStore()->forget(m_address.tlsHostKey(), error);
}

void DeviceSession::connectWindow()
{
    DevicePoller *poller = m_connection->poller();
    gui::MainWindow *window = m_window;
    connect(poller, &DevicePoller::stateChanged, window, &gui::MainWindow::setConnectionState);
    connect(poller, &DevicePoller::updated, window,
            [this, window](const EnergySnapshot &snapshot, const senec::SenecResponse &response) {
                window->showUpdate(snapshot, response);
                window->setDeviceInfo(senec::SenecBackend(m_language).deviceInfo(response));
                // The log's "today" is the device's day, which in the demo or with a clock that
                // is off need not be the computer's.
                window->logView()->setTodayUtc(
                    QDateTime::fromMSecsSinceEpoch(snapshot.timestampMs, QTimeZone::utc()).date());
            });
    connect(poller, &DevicePoller::pollFailed, window, &gui::MainWindow::showPollError);
    connect(poller, &DevicePoller::certificateChanged, window,
            [window](const net::CertificateMismatch &mismatch) {
                window->showCertificateChanged(mismatch.describe());
            });
    connect(window, &gui::MainWindow::acceptCertificateRequested, poller, [poller, window] {
        QString error;
        if (!poller->acceptPresentedCertificate(&error))
            window->showPollError(error);
    });
    connect(window, &gui::MainWindow::pollNowRequested, poller, &DevicePoller::pollNow);
    connect(window, &gui::MainWindow::fullSweepRequested, poller, &DevicePoller::requestFullSweep);
    connect(window, &gui::MainWindow::pausePollingRequested, poller, [poller](bool paused) {
        if (paused)
            poller->pause();
        else
            poller->resume();
    });
    connect(poller, &DevicePoller::stateChanged, window, [window](ConnectionState state) {
        window->setPollingPaused(state == ConnectionState::Paused);
    });
    m_files = new DeviceFilesFeed(m_connection->transport(), window->logView(), window->varsView(), this);
    // A view already on screen (its one automatic request made, maybe to the previous device or
    // to none) asks again only when shown anew: fetch for it now, so it never shows the old
    // device's log or page under the new one's name, or nothing.
    if (window->logView()->isVisible())
        m_files->fetchLog(window->logView()->selectedDayUtc());
    if (window->varsView()->isVisible())
        m_files->fetchVars();
}

void DeviceSession::startRecording(const QString &path)
{
    auto store = std::make_unique<history::HistoryStore>();
    QString error;
    if (!store->open(path, &error)) {
        const QString message = tr("not recording history: %1").arg(error);
        std::fprintf(stderr, "kilowatch: %s\n", qUtf8Printable(message));
        if (m_window)
            m_window->showNotice(message);
        return;
    }
    m_history = std::move(store);
    history::HistoryStore *history = m_history.get();
    connect(m_connection->poller(), &DevicePoller::updated, this, &DeviceSession::record);
    if (m_demo)
        recordDemoPastDays();
    if (m_window) {
        connect(history, &history::HistoryStore::writeFailed, m_window, &gui::MainWindow::showNotice);
        m_window->setHistoryStore(history);
    }
}

void DeviceSession::recordDemoPastDays()
{
    // The demo's plant has run for a month before the start: record those days so the charts and
    // daily energies have them. Computing is quick; storing ~90,000 samples with their rollups
    // takes seconds, which the window must not wait for.
    m_historyReady = false;
    history::HistoryStore *store = m_history.get();
    const DemoDevice *demo = m_demo;
    m_backfill = QThread::create([store, demo] {
        demo->recordPastDays(*store);
        QString error;
        if (!store->flush(&error))
            std::fprintf(stderr, "kilowatch: %s\n", qUtf8Printable(error));
    });
    connect(m_backfill, &QThread::finished, this, [this] {
        m_backfill->deleteLater();
        m_backfill = nullptr;
        m_historyReady = true;
        for (const EnergySnapshot &snapshot : std::as_const(m_pendingSamples))
            m_history->append(snapshot);
        m_pendingSamples.clear();
        m_history->flush();
        if (m_window)
            m_window->setHistoryStore(m_history.get()); // re-reads charts and today's sums
        Q_EMIT historyReady();
    });
    m_backfill->setParent(this); // waited for and deleted with the session if it ends first
    m_backfill->start(QThread::LowPriority);
}

void DeviceSession::record(const EnergySnapshot &snapshot)
{
    if (!m_history)
        return;
    if (m_historyReady)
        m_history->append(snapshot);
    else
        m_pendingSamples.append(snapshot);
}

} // namespace kw::app
