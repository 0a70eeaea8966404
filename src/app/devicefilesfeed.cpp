#include "devicefilesfeed.h"

#include "logview.h"
#include "varsview.h"

#include <QEvent>
#include <QLoggingCategory>

#include <algorithm>

namespace kw::app {

Q_LOGGING_CATEGORY(lcFiles, "kw.app.files", QtInfoMsg)

using senec::SenecLogResult;
using senec::SenecVarsResult;

DeviceFilesFeed::DeviceFilesFeed(net::DeviceTransport *transport, gui::LogView *logView,
                                 gui::VarsView *varsView, QObject *parent)
    : QObject(parent)
    , m_logView(logView)
    , m_varsView(varsView)
    , m_logDownloader(new senec::SenecLogDownloader(transport, this))
    , m_varsDownloader(new senec::SenecVarsDownloader(transport, this))
{
    m_followTimer.setSingleShot(true);
    connect(&m_followTimer, &QTimer::timeout, this, &DeviceFilesFeed::onFollowTimeout);
    connect(m_logDownloader, &senec::SenecLogDownloader::finished, this, &DeviceFilesFeed::onLogFinished);
    connect(m_varsDownloader, &senec::SenecVarsDownloader::finished, this,
            &DeviceFilesFeed::onVarsFinished);

    if (logView) {
        connect(logView, &gui::LogView::dayRequested, this, &DeviceFilesFeed::fetchLog);
        connect(logView, &gui::LogView::followChanged, this, &DeviceFilesFeed::scheduleFollow);
        // Show and hide decide whether following costs the device anything.
        logView->installEventFilter(this);
    }
    if (varsView)
        connect(varsView, &gui::VarsView::refreshRequested, this, &DeviceFilesFeed::fetchVars);
}

DeviceFilesFeed::~DeviceFilesFeed()
{
    if (m_logView)
        m_logView->removeEventFilter(this);
}

void DeviceFilesFeed::setFollowIntervalMs(int intervalMs)
{
    m_followIntervalMs = qMax(1, intervalMs);
    if (m_followTimer.isActive())
        scheduleFollow();
}

bool DeviceFilesFeed::isLogFetchRunning() const
{
    return m_logDownloader->isRunning();
}

bool DeviceFilesFeed::isVarsFetchRunning() const
{
    return m_varsDownloader->isRunning();
}

void DeviceFilesFeed::fetchLog(QDate dayUtc)
{
    if (!dayUtc.isValid())
        return;
    if (m_logDownloader->isRunning()) {
        m_pendingDay = dayUtc;
        return;
    }
    startLog(dayUtc, false);
}

void DeviceFilesFeed::startLog(QDate dayUtc, bool followed)
{
    m_followTimer.stop();
    if (!m_logDownloader->fetch(dayUtc))
        return;
    qCDebug(lcFiles) << "fetching the log of" << dayUtc << (followed ? "(follow)" : "");
    if (m_logView)
        m_logView->setBusy(true);
    Q_EMIT logFetchStarted(dayUtc, followed);
}

void DeviceFilesFeed::onLogFinished(const SenecLogResult &result)
{
    m_sinceLogFetch.start();
    Q_EMIT logFetchFinished(result);
    const QDate pending = m_pendingDay;
    m_pendingDay = QDate();
    // The user moved on to another day while this one was on its way: it is stale.
    if (pending.isValid() && pending != result.dayUtc) {
        qCDebug(lcFiles) << "dropping the log of" << result.dayUtc << "for" << pending;
        startLog(pending, false);
        return;
    }
    if (m_logView) {
        m_logView->setBusy(false);
        m_logView->showLog(result);
    }
    scheduleFollow();
}

void DeviceFilesFeed::fetchVars()
{
    if (!m_varsDownloader->fetch())
        return;
    qCDebug(lcFiles) << "fetching the variable monitor page";
    if (m_varsView)
        m_varsView->setBusy(true);
    Q_EMIT varsFetchStarted();
}

void DeviceFilesFeed::onVarsFinished(const SenecVarsResult &result)
{
    Q_EMIT varsFetchFinished(result);
    if (m_varsView) {
        m_varsView->setBusy(false);
        m_varsView->showVars(result);
    }
}

bool DeviceFilesFeed::wantsFollow() const
{
    return m_logView && m_logView->isFollowing() && m_logView->isVisible();
}

void DeviceFilesFeed::scheduleFollow()
{
    if (!wantsFollow()) {
        m_followTimer.stop();
        return;
    }
    // The end of the running fetch schedules the next one.
    if (m_logDownloader->isRunning())
        return;
    const qint64 intervalMs = m_followIntervalMs;
    const qint64 elapsedMs = m_sinceLogFetch.isValid() ? m_sinceLogFetch.elapsed() : intervalMs;
    m_followTimer.start(int(std::clamp(intervalMs - elapsedMs, qint64(0), intervalMs)));
}

void DeviceFilesFeed::onFollowTimeout()
{
    if (!wantsFollow() || m_logDownloader->isRunning())
        return;
    // A minimised window stays "visible"; it only looks again, without asking the device.
    if (m_logView->window()->isMinimized()) {
        m_followTimer.start(m_followIntervalMs);
        return;
    }
    startLog(m_logView->todayUtc(), true);
}

bool DeviceFilesFeed::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_logView) {
        if (event->type() == QEvent::Show)
            scheduleFollow();
        else if (event->type() == QEvent::Hide)
            m_followTimer.stop();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace kw::app
