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
namespace kw::alerts {
class Notifier;
}

namespace kw::app {

class DeviceSession;
class ExportController;
class LanguageSetup;
class ExportRun;
class ScreenshotRun;
class TrayController;
struct SessionConfig;

// Wires one run of the app: the settings, the window, and the watched device — from the command
// line, from the settings, or chosen on the welcome page — as a DeviceSession that is replaced
// when the user picks another device. --screenshot is a ScreenshotRun watching the window,
// --export an ExportRun; File → Export… goes to an ExportController.
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

    // Brings the window to the front (a second launch asked for it).
    void activateWindow();
    gui::MainWindow *window() const { return m_window.get(); }
    DeviceSession *session() const { return m_session.get(); }
    // nullptr in --screenshot runs, which stay out of the tray.
    TrayController *tray() const { return m_tray; }
    alerts::Notifier *notifier() const { return m_notifier; }
    ExportController *exporter() const { return m_exporter; }
    // The UI language of this run, "en" or "de" (--language, else the setting, else the
    // system's); also the language of the device's texts.
    QString language() const;

private:
    void restoreWindow();
    void saveWindow();
    // Writes the settings; a failure is reported (stderr and the status bar), never fatal.
    void saveSettings();
    void applyAppearance();
    // Installs the translators and the default locale; before any window exists.
    void applyLanguage();
    // The notifier's switches from the settings.
    void applyAlertSettings();
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
    std::unique_ptr<LanguageSetup> m_language;
    std::unique_ptr<gui::MainWindow> m_window;
    std::unique_ptr<DeviceSession> m_session;
    ScreenshotRun *m_screenshot = nullptr; // only with --screenshot
    ExportRun *m_exportRun = nullptr;      // only with --export
    ExportController *m_exporter = nullptr; // File → Export…
    TrayController *m_tray = nullptr;      // not with --screenshot
    alerts::Notifier *m_notifier = nullptr; // not with --screenshot
    QString m_error;
};

} // namespace kw::app
