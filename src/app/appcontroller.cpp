#include "appcontroller.h"

#include "demodevice.h"
#include "deviceconnection.h"
#include "history/historystore.h"
#include "mainwindow.h"
#include "net/certificatemismatch.h"
#include "poll/devicepoller.h"
#include "screenshotwriter.h"

#include <QCoreApplication>
#include <QLocale>

#include <cstdio>

namespace kw::app {
namespace {

constexpr int DemoIntervalMs = 2'000; // the simulator does not mind; a lively demo does
constexpr int ScreenshotSettleMs = 250; // let the view lay out the first data before grabbing

} // namespace

AppController::AppController(AppOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
}

AppController::~AppController()
{
    delete m_window;
    // The poller goes with m_connection (a child); stop it first so no snapshot arrives while
    // the history flushes and closes.
    if (m_connection)
        m_connection->poller()->stop();
    m_history.reset();
}

bool AppController::start()
{
    QString url = m_options.device;
    QString trustFile = m_options.trustFile;
    if (m_options.demo) {
        m_demo = new DemoDevice(m_options.demoStart, m_options.demoSpeed, this);
        if (!m_demo->start()) {
            m_error = tr("the demo device did not start: %1").arg(m_demo->errorString());
            return false;
        }
        url = m_demo->baseUrl().toString();
        trustFile = m_demo->trustFile();
    }
    QString addressError;
    const auto address = net::DeviceAddress::parse(url, &addressError);
    if (!address) {
        m_error = tr("bad device address \"%1\": %2").arg(url, addressError);
        return false;
    }
    m_connection = new DeviceConnection(*address, trustFile, this);
    if (const QString trustError = m_connection->trustStoreError(); !trustError.isEmpty()) {
        m_error = trustError;
        return false;
    }

    DevicePoller *poller = m_connection->poller();
    poller->setIntervalMs(m_options.intervalMs > 0 ? m_options.intervalMs
                          : m_options.demo        ? DemoIntervalMs
                                                  : DevicePoller::DefaultIntervalMs);
    poller->setLanguage(QLocale().language() == QLocale::German ? QStringLiteral("de")
                                                                : QStringLiteral("en"));
    // The demo's clock may run fast or start on another day: stamp its samples with the
    // simulated device time, as a real device's RTC would.
    if (m_options.demo)
        poller->setClockSource(ClockSource::Device);

    m_window = new gui::MainWindow();
    m_window->setDeviceName(m_options.demo ? tr("%1 (demo)").arg(url) : address->displayName());
    if (!m_options.view.isEmpty())
        m_window->showView(m_options.view);
    connectWindow();
    startRecording(!m_options.historyPath.isEmpty() ? m_options.historyPath
                   : m_demo                         ? m_demo->historyPath()
                                                    : history::HistoryStore::defaultPath());
    if (!m_options.screenshotPath.isEmpty())
        armScreenshot();

    // The demo shows every section from the first poll on; a real device gets a full sweep only
    // when asked, to spare it.
    if (m_options.demo)
        poller->requestFullSweep();
    m_window->show();
    poller->start();
    return true;
}

void AppController::connectWindow()
{
    DevicePoller *poller = m_connection->poller();
    gui::MainWindow *window = m_window;
    connect(poller, &DevicePoller::stateChanged, window, &gui::MainWindow::setConnectionState);
    connect(poller, &DevicePoller::updated, window, &gui::MainWindow::showUpdate);
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
}

void AppController::startRecording(const QString &path)
{
    auto store = std::make_unique<history::HistoryStore>();
    QString error;
    if (!store->open(path, &error)) {
        const QString message = tr("not recording history: %1").arg(error);
        std::fprintf(stderr, "kilowatch: %s\n", qUtf8Printable(message));
        m_window->showNotice(message);
        return;
    }
    m_history = std::move(store);
    history::HistoryStore *history = m_history.get();
    connect(m_connection->poller(), &DevicePoller::updated, history,
            [history](const EnergySnapshot &snapshot) { history->append(snapshot); });
    connect(history, &history::HistoryStore::writeFailed, m_window,
            &gui::MainWindow::showNotice);
}

void AppController::armScreenshot()
{
    connect(m_connection->poller(), &DevicePoller::updated, this, [this] {
        QTimer::singleShot(ScreenshotSettleMs, this, [this] { takeScreenshot(true); });
    });
    m_screenshotTimeout.setSingleShot(true);
    m_screenshotTimeout.setInterval(m_options.screenshotTimeoutMs);
    connect(&m_screenshotTimeout, &QTimer::timeout, this, [this] { takeScreenshot(false); });
    m_screenshotTimeout.start();
}

void AppController::takeScreenshot(bool haveData)
{
    if (m_screenshotTaken || !m_window)
        return;
    m_screenshotTaken = true;
    QString error;
    const bool saved = gui::saveScreenshot(m_window, m_options.screenshotPath, &error);
    if (!saved)
        std::fprintf(stderr, "kilowatch: %s\n", qUtf8Printable(error));
    else if (!haveData)
        std::fprintf(stderr, "kilowatch: %s\n",
                     qUtf8Printable(tr("no data within %1 s; saved the window as it was")
                                        .arg(m_options.screenshotTimeoutMs / 1000)));
    QCoreApplication::exit(saved && haveData ? 0 : 1);
}

} // namespace kw::app
