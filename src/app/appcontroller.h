#pragma once

#include "appoptions.h"
#include "net/deviceaddress.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace kw {
class Settings;
}
namespace kw::gui {
class MainWindow;
}

namespace kw::app {

class DeviceSession;
class ScreenshotRun;
struct SessionConfig;

// Wires one run of the app: the settings, the window, and the watched device — from the command
// line, from the settings, or chosen on the welcome page — as a DeviceSession that is replaced
// when the user picks another device. --screenshot is a ScreenshotRun watching the window.
class AppController : public QObject
{
    Q_OBJECT
public:
    explicit AppController(AppOptions options, QObject *parent = nullptr);
    ~AppController() override; // saves the window's geometry and view

    // Shows the window and starts the device (or the welcome page). False with errorString()
    // when the device given on the command line cannot be started.
    bool start();
    QString errorString() const { return m_error; }

private:
    void restoreWindow();
    void saveWindow();
    // Writes the settings; a failure is reported (stderr and the status bar), never fatal.
    void saveSettings();
    void applyAppearance();
    // Ends the current session and starts one for `config`; on failure the window says why
    // (the welcome page or the dashboard stays usable).
    bool startSession(const SessionConfig &config);
    SessionConfig configFromSettings() const;
    SessionConfig baseConfig() const;
    void onDemoChosen();
    void onDeviceChosen(const QString &address, net::Scheme scheme);
    void openSettings();

    AppOptions m_options;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<gui::MainWindow> m_window;
    std::unique_ptr<DeviceSession> m_session;
    ScreenshotRun *m_screenshot = nullptr; // only with --screenshot
    QString m_error;
};

} // namespace kw::app
