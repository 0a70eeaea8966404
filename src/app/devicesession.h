#pragma once

#include "net/deviceaddress.h"

#include "snapshot/energysnapshot.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

class QThread;

namespace kw {
class DevicePoller;
}
namespace kw::gui {
class MainWindow;
}
namespace kw::history {
class HistoryStore;
}

namespace kw::app {

class DemoDevice;
class DeviceConnection;
class DeviceFilesFeed;

// What to watch and how.
struct SessionConfig
{
    bool demo = false;
    net::DeviceAddress address; // a real device; ignored for the demo
    QString trustFile;      // pinned certificates; the demo uses its own throw-away file
    QString historyPath;    // empty: the default for the mode
    int intervalMs = 0;     // 0: the default for the mode
    QDateTime demoStart;    // invalid: now
    double demoSpeed = 1.0;
    QString language;       // "de" or "en" for device texts
};

// One watched device, from start to end: the demo simulator if it is the demo, the connection
// and its poller, the recorded history and the log/vars feed, all wired to the window. Switching
// devices means ending this session and starting another, so nothing of the old device leaks
// into the new one.
class DeviceSession : public QObject
{
    Q_OBJECT
public:
    static constexpr int DemoIntervalMs = 2'000; // the simulator does not mind; a lively demo does

    explicit DeviceSession(gui::MainWindow *window, QObject *parent = nullptr);
    ~DeviceSession() override; // stops polling, then flushes and closes the history

    // Starts the device (and the demo simulator) and begins polling. False with errorString()
    // when the demo cannot start, the address is unusable or the trust file cannot be read.
    bool start(const SessionConfig &config);
    QString errorString() const { return m_error; }

    DevicePoller *poller() const;
    history::HistoryStore *history() const { return m_history.get(); }
    // The log and vars downloads (null before start() and without a window).
    DeviceFilesFeed *filesFeed() const { return m_files; }
    const net::DeviceAddress &address() const { return m_address; }
    // How the window, alerts and exports name the device: "192.168.1.5", "Demo device (…)".
    QString displayName() const { return m_displayName; }
    // "de" or "en": the language of the device's texts (state, battery status).
    QString language() const { return m_language; }
    bool isDemo() const { return m_demo != nullptr; }
    // The device's clock as the poller stamps samples (the simulated clock for the demo).
    qint64 deviceNowMs() const;
    // The fingerprint pinned for this device; empty when none.
    QString pinnedFingerprint() const;
    // Forgets the pinned certificate: the next connection asks again.
    bool forgetPinnedCertificate(QString *error);
    // False while the demo's past month is still being written to its history.
    bool isHistoryReady() const { return m_historyReady; }

Q_SIGNALS:
    void historyReady();

private:
    void connectWindow();
    void startRecording(const QString &path);
    // Writes the demo's past days on a worker thread; live samples wait in m_pendingSamples, as
    // the store would have to rework (or, beyond its raw history, drop) older samples arriving
    // after newer ones.
    void recordDemoPastDays();
    void record(const kw::EnergySnapshot &snapshot);

    QPointer<gui::MainWindow> m_window;
    DemoDevice *m_demo = nullptr;
    DeviceConnection *m_connection = nullptr;
    DeviceFilesFeed *m_files = nullptr;
    std::unique_ptr<history::HistoryStore> m_history;
    net::DeviceAddress m_address;
    QString m_displayName;
    qint64 m_demoStartMs = 0;
    double m_demoSpeed = 1.0;
    qint64 m_startedHostMs = 0;
    QString m_language;
    QThread *m_backfill = nullptr;
    QList<kw::EnergySnapshot> m_pendingSamples;
    bool m_historyReady = true;
    QString m_error;
};

} // namespace kw::app
