#pragma once

#include "appoptions.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace kw::gui {
class MainWindow;
}
namespace kw::history {
class HistoryStore;
}

namespace kw::app {

class DemoDevice;
class DeviceConnection;

// Wires one run of the app: the device (demo simulator or real), its connection and poller, and
// the window; and for --screenshot, the grab after the first data.
class AppController : public QObject
{
    Q_OBJECT
public:
    explicit AppController(AppOptions options, QObject *parent = nullptr);
    ~AppController() override;

    // Starts the device connection and shows the window. False with errorString() when the demo
    // device cannot start or the device address is unusable.
    bool start();
    QString errorString() const { return m_error; }

private:
    void connectWindow();
    // Opens the history database and records every snapshot into it. A file that cannot be
    // used is reported and left alone; the app then runs without recording.
    void startRecording(const QString &path);
    void armScreenshot();
    void takeScreenshot(bool haveData);

    AppOptions m_options;
    DemoDevice *m_demo = nullptr;
    DeviceConnection *m_connection = nullptr;
    std::unique_ptr<history::HistoryStore> m_history;
    QPointer<gui::MainWindow> m_window;
    QTimer m_screenshotTimeout;
    bool m_screenshotTaken = false;
    QString m_error;
};

} // namespace kw::app
