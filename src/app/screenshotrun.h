#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

namespace kw::gui {
class MainWindow;
}

namespace kw::app {

class DeviceSession;

// `kilowatch --screenshot FILE`: waits until the window's current view has its data — the first
// poll, the demo's history for the charts and today's energies, the first download for the log —
// or the welcome page is shown, grabs the window to a PNG and says so; the app then ends with exit
// code 0, or 1 when no data came within the time limit (the window is saved as it was) or the
// file could not be written. Problems are printed to stderr.
class ScreenshotRun : public QObject
{
    Q_OBJECT
public:
    ScreenshotRun(gui::MainWindow *window, QString path, int timeoutMs, QObject *parent = nullptr);

    // The device whose data to wait for, once started; a new session starts the wait afresh.
    void setSession(DeviceSession *session);
    void start();

Q_SIGNALS:
    // Once, right after the grab.
    void taken(bool saved, bool haveData);

private:
    bool viewReady() const;
    void take(bool haveData);

    QPointer<gui::MainWindow> m_window;
    QPointer<DeviceSession> m_session;
    QString m_path;
    QTimer m_timeout;
    QTimer m_poll;
    bool m_haveData = false;
    bool m_taken = false;
};

} // namespace kw::app
