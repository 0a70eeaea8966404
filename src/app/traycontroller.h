#pragma once

#include "alerts/alertevent.h"
#include "poll/connectionstate.h"
#include "snapshot/energysnapshot.h"
#include "trayiconpainter.h"
#include "trayiconstate.h"

#include <QLoggingCategory>
#include <QObject>
#include <QPointer>
#include <QSystemTrayIcon>
#include <QTimer>

#include <memory>
#include <optional>

class QAction;
class QMenu;

namespace kw {
class DevicePoller;
class Settings;
} // namespace kw
namespace kw::gui {
class MainWindow;
}

namespace kw::app {

Q_DECLARE_LOGGING_CATEGORY(lcTray) // "kw.tray"

class TrayCloseGuard;

// Kilowatch in the system tray: the live icon (TrayIconPainter) and tooltip (TrayToolTip) for
// the watched device, the menu — Show/Hide dashboard, the window's own Pause Polling, Export…,
// Settings… and Quit actions, so their state is shared — alerts as notifications, and the
// window's life around it: closing hides it (TrayCloseGuard; explained once), a click on the
// icon toggles it, start minimised shows only the icon.
//
// Without a system tray (no tray on the desktop, or the offscreen platform) there is no icon:
// the window is a normal window (closing it quits), alerts go to its status bar, and the user is
// told so once.
class TrayController : public QObject
{
    Q_OBJECT
public:
    static constexpr int MessageTimeoutMs = 10'000;
    static constexpr int AgeRefreshMs = 1'000;

    // Neither is owned; both must outlive the controller.
    TrayController(gui::MainWindow *window, Settings *settings, QObject *parent = nullptr);
    ~TrayController() override;

    // Whether this run has a tray icon (decided at construction).
    bool hasTray() const { return m_tray != nullptr; }
    // Shows the tray icon and the window, or with `minimised` (and a tray) only the icon.
    // Without a tray the window is shown and the user told once that there is none.
    void start(bool minimised);
    // The device the icon shows; nullptr: none (the welcome page). Not owned.
    void setPoller(DevicePoller *poller);
    // Re-reads closeToTray() (after the settings dialog).
    void applySettings();

    // Show, un-minimise, raise and activate the window (also for a second launch).
    void showWindow();
    void hideWindow();
    // A click on the icon: hides a window on screen, shows one that is hidden or minimised.
    void toggleWindow();

    // An alert from the notifier: a tray notification, or the status bar without a tray.
    void showAlert(const kw::alerts::AlertEvent &event);

    QSystemTrayIcon *trayIcon() const { return m_tray; }
    QMenu *menu() const { return m_menu.get(); }
    QAction *showHideAction() const { return m_showHide; }
    TrayCloseGuard *closeGuard() const { return m_guard; }
    gui::TrayIconState iconState() const { return m_iconState; }
    QIcon icon() const { return m_icon; }
    // The tooltip as it is now (also without a tray, for tests).
    QString toolTip() const { return m_toolTip; }

Q_SIGNALS:
    // A "told once" flag was written to the settings: the owner saves them.
    void settingsChanged();
    // A message was shown, as a tray notification (`inTray`) or in the window's status bar.
    void messageShown(const QString &title, const QString &message, bool inTray);

private:
    void buildMenu();
    void onActivated(QSystemTrayIcon::ActivationReason reason);
    void onUpdated(const kw::EnergySnapshot &snapshot);
    void onStateChanged(kw::ConnectionState state);
    void onHiddenToTray();
    void refreshIcon();
    void refreshToolTip();
    void refreshShowHideText();
    void applyCloseMode();
    void showMessage(const QString &title, const QString &message, QSystemTrayIcon::MessageIcon icon);

    QPointer<gui::MainWindow> m_window;
    Settings *m_settings;
    QSystemTrayIcon *m_tray = nullptr;
    std::unique_ptr<QMenu> m_menu;
    QAction *m_showHide = nullptr;
    TrayCloseGuard *m_guard;
    gui::TrayIconPainter m_painter;
    QPointer<DevicePoller> m_poller;
    QMetaObject::Connection m_updatedConnection;
    QMetaObject::Connection m_stateConnection;
    std::optional<EnergySnapshot> m_snapshot;
    ConnectionState m_state = ConnectionState::Idle;
    qint64 m_dataHostMs = 0; // when the last snapshot arrived (host clock)
    std::optional<gui::TrayIconState> m_drawnState;
    gui::TrayIconState m_iconState;
    QIcon m_icon;
    QString m_toolTip;
    QTimer m_ageTimer;
};

} // namespace kw::app
