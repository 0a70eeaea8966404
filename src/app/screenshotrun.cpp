#include "screenshotrun.h"

#include "chartsview.h"
#include "devicesession.h"
#include "history/historystore.h"
#include "logview.h"
#include "mainwindow.h"
#include "poll/devicepoller.h"
#include "screenshotwriter.h"

#include <cstdio>

namespace kw::app {
namespace {

constexpr int SettleMs = 400; // let the view lay out its data before grabbing
constexpr int PollMs = 100;

} // namespace

ScreenshotRun::ScreenshotRun(gui::MainWindow *window, QString path, int timeoutMs, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_path(std::move(path))
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(timeoutMs);
    connect(&m_timeout, &QTimer::timeout, this, [this] { take(false); });
    // Polled rather than signalled: each view has its own notion of "has its data" (the charts
    // their first query, the log its first download).
    m_poll.setInterval(PollMs);
    connect(&m_poll, &QTimer::timeout, this, [this] {
        if (!m_window)
            return;
        // The welcome page has nothing to wait for.
        if ((m_haveData && viewReady()) || m_window->isShowingWelcome()) {
            m_poll.stop();
            QTimer::singleShot(SettleMs, this, [this] { take(true); });
        }
    });
}

void ScreenshotRun::setSession(DeviceSession *session)
{
    m_session = session;
    m_haveData = false;
    if (session && session->poller())
        connect(session->poller(), &DevicePoller::updated, this, [this] { m_haveData = true; });
}

void ScreenshotRun::start()
{
    m_timeout.start();
    m_poll.start();
}

bool ScreenshotRun::viewReady() const
{
    // Today's energies and the charts want the demo's past month in the store.
    if (m_session && !m_session->isHistoryReady())
        return false;
    const QString view = m_window->currentView();
    if (view == QLatin1String("charts"))
        return m_window->chartsView()->lastQuery().pointCount > 0;
    if (view == QLatin1String("log"))
        return m_window->logView()->hasResult();
    return true;
}

void ScreenshotRun::take(bool haveData)
{
    if (m_taken || !m_window)
        return;
    m_taken = true;
    QString error;
    const bool saved = gui::saveScreenshot(m_window, m_path, &error);
    if (!saved)
        std::fprintf(stderr, "kilowatch: %s\n", qUtf8Printable(error));
    else if (!haveData)
        std::fprintf(stderr, "kilowatch: %s\n",
                     qUtf8Printable(tr("no data within %1 s; saved the window as it was")
                                        .arg(m_timeout.interval() / 1000)));
    Q_EMIT taken(saved, haveData);
}

} // namespace kw::app
