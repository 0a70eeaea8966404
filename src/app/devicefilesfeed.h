#pragma once

#include "senec/seneclogdownloader.h"
#include "senec/senecvarsdownloader.h"

#include <QDate>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace kw::net {
class DeviceTransport;
}
namespace kw::gui {
class LogView;
class VarsView;
} // namespace kw::gui

namespace kw::app {

// Feeds the Log and Variables views from the device: fetches what they ask for, one fetch at a
// time per kind, and follows today's log while the log view is visible and following. The device
// is fragile, so a followed log is fetched at most once per follow interval (counted from the end
// of the previous log fetch, whoever asked for it), never while a fetch runs and never while the
// view is hidden.
class DeviceFilesFeed : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultFollowIntervalMs = 30'000;

    // The views may be null (a window without them) and may be destroyed before the feed.
    DeviceFilesFeed(net::DeviceTransport *transport, gui::LogView *logView, gui::VarsView *varsView,
                    QObject *parent = nullptr);
    ~DeviceFilesFeed() override;

    void setFollowIntervalMs(int intervalMs);
    int followIntervalMs() const { return m_followIntervalMs; }

    // What the views' signals trigger; also callable directly. A log asked for while another runs
    // is fetched when that one ends (only the newest such day); a vars fetch asked for while one
    // runs is dropped, the running one brings a fresh page anyway.
    void fetchLog(QDate dayUtc);
    void fetchVars();

    bool isLogFetchRunning() const;
    bool isVarsFetchRunning() const;
    // True while a follow re-fetch is scheduled.
    bool isFollowScheduled() const { return m_followTimer.isActive(); }

    // The path styles that answered, to persist across runs ("//log", "//vars.html" …).
    senec::SenecLogDownloader *logDownloader() const { return m_logDownloader; }
    senec::SenecVarsDownloader *varsDownloader() const { return m_varsDownloader; }

Q_SIGNALS:
    void logFetchStarted(QDate dayUtc, bool followed);
    void logFetchFinished(const kw::senec::SenecLogResult &result);
    void varsFetchStarted();
    void varsFetchFinished(const kw::senec::SenecVarsResult &result);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void startLog(QDate dayUtc, bool followed);
    void onLogFinished(const senec::SenecLogResult &result);
    void onVarsFinished(const senec::SenecVarsResult &result);
    // Arms the follow timer for what is left of the interval, or stops it when not following.
    void scheduleFollow();
    void onFollowTimeout();
    bool wantsFollow() const;

    QPointer<gui::LogView> m_logView;
    QPointer<gui::VarsView> m_varsView;
    senec::SenecLogDownloader *m_logDownloader;
    senec::SenecVarsDownloader *m_varsDownloader;
    QDate m_pendingDay; // asked for while a log fetch ran
    QTimer m_followTimer;
    QElapsedTimer m_sinceLogFetch; // since the last log fetch ended
    int m_followIntervalMs = DefaultFollowIntervalMs;
};

} // namespace kw::app
