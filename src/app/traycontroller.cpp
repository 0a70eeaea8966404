#include "traycontroller.h"

#include "mainwindow.h"
#include "poll/devicepoller.h"
#include "settings/settings.h"
#include "traycloseguard.h"
#include "traytooltip.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QMenu>

namespace kw::app {

Q_LOGGING_CATEGORY(lcTray, "kw.tray")

namespace {

QSystemTrayIcon::MessageIcon messageIcon(alerts::AlertSeverity severity)
{
    switch (severity) {
    case alerts::AlertSeverity::Information: return QSystemTrayIcon::Information;
    case alerts::AlertSeverity::Warning: return QSystemTrayIcon::Warning;
    case alerts::AlertSeverity::Critical: return QSystemTrayIcon::Critical;
    }
    return QSystemTrayIcon::Information;
}

} // namespace

TrayController::TrayController(gui::MainWindow *window, Settings *settings, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_settings(settings)
    , m_guard(new TrayCloseGuard(window, this))
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(this);
        buildMenu();
        m_tray->setContextMenu(m_menu.get());
        connect(m_tray, &QSystemTrayIcon::activated, this, &TrayController::onActivated);
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, &TrayController::showWindow);
    } else {
        qCInfo(lcTray) << "no system tray: running as a plain window";
    }
    connect(m_guard, &TrayCloseGuard::hiddenToTray, this, &TrayController::onHiddenToTray);
    connect(m_guard, &TrayCloseGuard::windowVisibilityChanged, this, &TrayController::refreshShowHideText);
    m_ageTimer.setInterval(AgeRefreshMs);
    connect(&m_ageTimer, &QTimer::timeout, this, &TrayController::refreshToolTip);
    applyCloseMode();
    refreshIcon();
    refreshToolTip();
}

TrayController::~TrayController()
{
    // The menu holds the window's actions; it must go before the window does, and the tray icon
    // must not outlive the menu it points at.
    if (m_tray)
        m_tray->setContextMenu(nullptr);
    delete m_tray;
    m_tray = nullptr;
    m_menu.reset();
    // Back to Qt's default for whoever runs on in this process (tests).
    QApplication::setQuitOnLastWindowClosed(true);
}

void TrayController::buildMenu()
{
    m_menu = std::make_unique<QMenu>();
    m_showHide = m_menu->addAction(tr("Show Dashboard"));
    connect(m_showHide, &QAction::triggered, this, &TrayController::toggleWindow);
    m_menu->setDefaultAction(m_showHide);
    m_menu->addSeparator();
    if (m_window) {
        m_menu->addAction(m_window->pauseAction());
        m_menu->addAction(m_window->exportAction());
        m_menu->addAction(m_window->preferencesAction());
        m_menu->addSeparator();
        m_menu->addAction(m_window->quitAction());
    }
    connect(m_menu.get(), &QMenu::aboutToShow, this, &TrayController::refreshShowHideText);
    refreshShowHideText();
}

void TrayController::start(bool minimised)
{
    if (m_tray) {
        refreshIcon();
        m_tray->show();
        if (!minimised)
            showWindow();
        refreshShowHideText();
        return;
    }
    if (m_window)
        m_window->show();
    if (!m_settings->trayMissingExplained()) {
        showMessage(tr("No system tray"),
                    tr("This desktop has no system tray: Kilowatch runs as a normal window, and "
                       "closing it quits."),
                    QSystemTrayIcon::Information);
        m_settings->setTrayMissingExplained(true);
        Q_EMIT settingsChanged();
    }
}

void TrayController::setPoller(DevicePoller *poller)
{
    disconnect(m_updatedConnection);
    disconnect(m_stateConnection);
    m_poller = poller;
    m_snapshot.reset();
    m_dataHostMs = 0;
    m_state = ConnectionState::Idle;
    if (poller) {
        m_snapshot = poller->lastSnapshot();
        if (m_snapshot)
            m_dataHostMs = QDateTime::currentMSecsSinceEpoch();
        m_state = poller->state();
        m_updatedConnection = connect(poller, &DevicePoller::updated, this,
                                      [this](const EnergySnapshot &snapshot) { onUpdated(snapshot); });
        m_stateConnection = connect(poller, &DevicePoller::stateChanged, this, &TrayController::onStateChanged);
    }
    refreshIcon();
    refreshToolTip();
}

void TrayController::applySettings()
{
    applyCloseMode();
}

void TrayController::applyCloseMode()
{
    // With an icon the app outlives its window: closing it (hidden to the tray or not), a dialog
    // closing while it is hidden, must not end the app behind the user's back.
    QApplication::setQuitOnLastWindowClosed(!m_tray);
    if (!m_tray)
        m_guard->setMode(TrayCloseGuard::Mode::Plain);
    else
        m_guard->setMode(m_settings->closeToTray() ? TrayCloseGuard::Mode::HideToTray
                                                   : TrayCloseGuard::Mode::Quit);
}

void TrayController::showWindow()
{
    if (!m_window)
        return;
    m_window->show();
    if (m_window->isMinimized())
        m_window->setWindowState((m_window->windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    m_window->raise();
    m_window->activateWindow();
    refreshShowHideText();
}

void TrayController::hideWindow()
{
    if (m_window)
        m_window->hide();
    refreshShowHideText();
}

void TrayController::toggleWindow()
{
    if (!m_window)
        return;
    if (m_window->isVisible() && !m_window->isMinimized() && m_tray)
        hideWindow();
    else
        showWindow();
}

void TrayController::onActivated(QSystemTrayIcon::ActivationReason reason)
{
    switch (reason) {
    case QSystemTrayIcon::Trigger: toggleWindow(); break;
    case QSystemTrayIcon::DoubleClick: showWindow(); break;
    case QSystemTrayIcon::Context:
    case QSystemTrayIcon::MiddleClick:
    case QSystemTrayIcon::Unknown: break;
    }
}

void TrayController::onUpdated(const EnergySnapshot &snapshot)
{
    m_snapshot = snapshot;
    m_dataHostMs = QDateTime::currentMSecsSinceEpoch();
    refreshIcon();
    refreshToolTip();
}

void TrayController::onStateChanged(ConnectionState state)
{
    m_state = state;
    refreshIcon();
    refreshToolTip();
}

void TrayController::onHiddenToTray()
{
    refreshShowHideText();
    if (m_settings->closeToTrayExplained())
        return;
    showMessage(tr("Kilowatch is still running"),
                tr("It keeps watching your system from the tray. Click the icon to open the "
                   "dashboard again; choose Quit in its menu to end Kilowatch."),
                QSystemTrayIcon::Information);
    m_settings->setCloseToTrayExplained(true);
    Q_EMIT settingsChanged();
}

void TrayController::showAlert(const alerts::AlertEvent &event)
{
    showMessage(event.title, event.message, messageIcon(event.severity));
}

void TrayController::showMessage(const QString &title, const QString &message,
                                 QSystemTrayIcon::MessageIcon icon)
{
    const bool inTray = m_tray && m_tray->isVisible() && QSystemTrayIcon::supportsMessages();
    if (inTray)
        m_tray->showMessage(title, message, icon, MessageTimeoutMs);
    else if (m_window)
        m_window->showNotice(title + QStringLiteral(": ") + message);
    qCInfo(lcTray).noquote() << (inTray ? "notification:" : "status bar:") << title << "-" << message;
    Q_EMIT messageShown(title, message, inTray);
}

void TrayController::refreshIcon()
{
    m_iconState = gui::TrayIconState::from(m_snapshot, m_state);
    if (m_drawnState == m_iconState)
        return;
    m_drawnState = m_iconState;
    m_icon = m_painter.icon(m_iconState);
    if (m_tray)
        m_tray->setIcon(m_icon);
}

void TrayController::refreshToolTip()
{
    const qint64 ageMs = m_snapshot ? QDateTime::currentMSecsSinceEpoch() - m_dataHostMs : -1;
    QString text = gui::TrayToolTip::text(m_snapshot, m_state, ageMs);
#ifdef Q_OS_WIN
    text = gui::TrayToolTip::fitted(text, gui::TrayToolTip::WindowsMaxChars);
#endif
    // The age line changes every second while data exists; without data nothing ages.
    if (m_snapshot && m_tray && !m_ageTimer.isActive())
        m_ageTimer.start();
    else if (!m_snapshot)
        m_ageTimer.stop();
    if (text == m_toolTip)
        return;
    m_toolTip = text;
    if (m_tray)
        m_tray->setToolTip(text);
}

void TrayController::refreshShowHideText()
{
    if (!m_showHide || !m_window)
        return;
    const bool onScreen = m_window->isVisible() && !m_window->isMinimized();
    m_showHide->setText(onScreen ? tr("Hide Dashboard") : tr("Show Dashboard"));
}

} // namespace kw::app
