#include "appcontroller.h"

#include "alerts/notifier.h"
#include "devicesession.h"
#include "energyflowwidget.h"
#include "exportcontroller.h"
#include "exportrun.h"
#include "languagesetup.h"
#include "mainwindow.h"
#include "poll/devicepoller.h"
#include "screenshotrun.h"
#include "settings/settings.h"
#include "settingsdialog.h"
#include "thememanager.h"
#include "traycontroller.h"
#include "welcomepage.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSettings>

#include <cstdio>

namespace kw::app {

AppController::AppController(AppOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    if (m_options.settingsPath.isEmpty()) {
        m_settings = std::make_unique<Settings>();
    } else {
        // Owned by the Settings through its QObject parent chain would be odd; keep it simple:
        // the QSettings lives as long as this controller.
        auto *backend = new QSettings(m_options.settingsPath, QSettings::IniFormat, this);
        m_settings = std::make_unique<Settings>(backend);
    }
}

AppController::~AppController()
{
    if (m_window)
        saveWindow();
    // The tray's menu holds the window's actions: it goes first.
    delete m_tray;
    m_tray = nullptr;
    // The session stops polling and closes the history while the window still exists.
    m_session.reset();
    m_window.reset();
    m_language.reset(); // the translators go after every window that used them
}

bool AppController::start()
{
    applyLanguage();
    applyAppearance();
    m_window = std::make_unique<gui::MainWindow>();
    gui::MainWindow *window = m_window.get();
    connect(window, &gui::MainWindow::demoRequested, this, &AppController::onDemoChosen);
    connect(window, &gui::MainWindow::deviceRequested, this, &AppController::onDeviceChosen);
    connect(window, &gui::MainWindow::settingsRequested, this, &AppController::openSettings);
    connect(window, &gui::MainWindow::connectDeviceRequested, this, &AppController::openSettings);
    restoreWindow();
    // Scripted runs (--screenshot, --export) stay out of the tray and raise no alerts.
    if (m_options.screenshotPath.isEmpty() && m_options.exportPath.isEmpty()) {
        m_notifier = new alerts::Notifier(this);
        applyAlertSettings();
        m_tray = new TrayController(window, m_settings.get(), this);
        connect(m_tray, &TrayController::settingsChanged, this, &AppController::saveSettings);
        connect(m_notifier, &alerts::Notifier::alert, m_tray, &TrayController::showAlert);
    }
    if (!m_options.screenshotPath.isEmpty()) {
        m_screenshot = new ScreenshotRun(window, m_options.screenshotPath, m_options.screenshotTimeoutMs, this);
        connect(m_screenshot, &ScreenshotRun::taken, this, [](bool saved, bool haveData) {
            QCoreApplication::exit(saved && haveData ? 0 : 1);
        });
        m_screenshot->start();
    }
    if (!m_options.exportPath.isEmpty()) {
        m_exportRun = new ExportRun(ExportRun::requestFor(m_options.exportPath, m_options.exportView,
                                                          m_options.exportRange, m_options.windowSize),
                                    m_options.exportTimeoutMs, this);
        connect(m_exportRun, &ExportRun::done, this, [](bool ok) { QCoreApplication::exit(ok ? 0 : 1); });
        m_exportRun->start();
    } else {
        m_exporter = new ExportController(window, this);
        connect(window, &gui::MainWindow::exportRequested, m_exporter, &ExportController::exportInteractively);
    }

    if (m_options.demo || !m_options.device.isEmpty()) {
        // The command line decides for this run only; the settings keep the user's choice.
        SessionConfig config = baseConfig();
        config.demo = m_options.demo;
        if (!m_options.demo) {
            QString error;
            const auto address = net::DeviceAddress::parse(m_options.device, &error);
            if (!address) {
                m_error = tr("bad device address \"%1\": %2").arg(m_options.device, error);
                return false;
            }
            config.address = *address;
        }
        if (!startSession(config))
            return false;
    } else if (m_settings->hasDevice()) {
        startSession(configFromSettings());
    } else {
        window->welcomePage()->setAddress(m_settings->invalidStoredAddress(), m_settings->scheme());
        window->showWelcome();
    }
    // Start minimised shows only the tray icon — not while the welcome page waits for a choice.
    if (m_tray)
        m_tray->start(m_settings->startMinimised() && !window->isShowingWelcome());
    else if (m_options.exportPath.isEmpty()) // --export writes a file; no window
        window->show();
    return true;
}

SessionConfig AppController::baseConfig() const
{
    SessionConfig config;
    config.trustFile = m_options.trustFile;
    config.historyPath = m_options.historyPath;
    config.intervalMs = m_options.intervalMs;
    config.demoStart = m_options.demoStart;
    config.demoSpeed = m_options.demoSpeed;
    config.language = language();
    return config;
}

SessionConfig AppController::configFromSettings() const
{
    SessionConfig config = baseConfig();
    config.demo = m_settings->useDemo();
    if (const auto device = m_settings->device())
        config.address = *device;
    if (config.intervalMs <= 0 && !config.demo)
        config.intervalMs = m_settings->pollIntervalMs();
    return config;
}

bool AppController::startSession(const SessionConfig &config)
{
    if (m_tray)
        m_tray->setPoller(nullptr);
    if (m_notifier)
        m_notifier->reset();
    m_session.reset();
    auto session = std::make_unique<DeviceSession>(m_window.get());
    if (!session->start(config)) {
        m_error = session->errorString();
        m_window->welcomePage()->showConnectError(m_error);
        m_window->showWelcome();
        return false;
    }
    m_session = std::move(session);
    if (m_screenshot)
        m_screenshot->setSession(m_session.get());
    if (m_exportRun)
        m_exportRun->setSession(m_session.get());
    if (m_exporter)
        m_exporter->setSession(m_session.get());
    if (m_notifier) {
        m_notifier->setDeviceName(m_session->displayName()); // alerts name it as the window does
        m_notifier->watch(m_session->poller());
    }
    if (m_tray)
        m_tray->setPoller(m_session->poller());
    m_window->showDashboard();
    return true;
}

void AppController::onDemoChosen()
{
    m_settings->setUseDemo(true);
    saveSettings();
    SessionConfig config = baseConfig();
    config.demo = true;
    startSession(config);
}

void AppController::onDeviceChosen(const QString &address, net::Scheme scheme)
{
    QString error;
    if (!m_settings->setDeviceAddress(address, &error)) {
        m_window->welcomePage()->showConnectError(error);
        return;
    }
    m_settings->setScheme(scheme);
    m_settings->setUseDemo(false);
    saveSettings();
    startSession(configFromSettings());
}

void AppController::openSettings()
{
    gui::SettingsDialog dialog(m_window.get());
    dialog.load(*m_settings);
    if (m_session && !m_session->isDemo())
        dialog.setPinnedFingerprint(m_session->pinnedFingerprint(), m_session->address().tlsHostKey());
    connect(&dialog, &gui::SettingsDialog::forgetCertificateRequested, this, [this] {
        QString error;
        if (m_session && !m_session->forgetPinnedCertificate(&error) && !error.isEmpty())
            m_window->showNotice(error);
    });
    const QString deviceBefore = m_settings->deviceAddress();
    const net::Scheme schemeBefore = m_settings->scheme();
    const bool demoBefore = m_settings->useDemo();
    if (dialog.exec() != QDialog::Accepted)
        return;
    dialog.save(*m_settings);
    saveSettings();
    applyAppearance();
    applyAlertSettings();
    if (m_tray)
        m_tray->applySettings();
    const bool deviceChanged = m_settings->deviceAddress() != deviceBefore
        || m_settings->scheme() != schemeBefore || m_settings->useDemo() != demoBefore;
    if (deviceChanged || !m_session) {
        if (m_settings->hasDevice())
            startSession(configFromSettings());
    } else if (!m_session->isDemo() && m_options.intervalMs <= 0) {
        m_session->poller()->setIntervalMs(m_settings->pollIntervalMs());
        m_window->setPollIntervalMs(m_session->poller()->intervalMs());
    }
}

void AppController::applyAlertSettings()
{
    if (!m_notifier)
        return;
    for (const alerts::AlertKind kind : alerts::allAlertKinds())
        m_notifier->setEnabled(kind, m_settings->alertEnabled(kind));
}

void AppController::activateWindow()
{
    if (m_tray) {
        m_tray->showWindow();
    } else if (m_window) {
        m_window->show();
        m_window->setWindowState((m_window->windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
        m_window->raise();
        m_window->activateWindow();
    }
}

QString AppController::language() const
{
    return m_language ? m_language->language() : QStringLiteral("en");
}

void AppController::applyLanguage()
{
    // The command line wins for this run; the setting is the user's lasting choice.
    const QString choice = !m_options.language.isEmpty()
                             ? m_options.language
                             : Settings::languageName(m_settings->language());
    m_language = std::make_unique<LanguageSetup>();
    m_language->install(LanguageSetup::resolve(choice, QLocale::system().uiLanguages()));
}

void AppController::applyAppearance()
{
    gui::ThemeManager::apply(m_settings->theme());
    if (m_window) {
        m_window->flowWidget()->setAnimationEnabled(m_settings->flowAnimation());
        m_window->flowWidget()->setFullScaleW(m_settings->flowFullScaleW());
    }
}

void AppController::restoreWindow()
{
    gui::MainWindow *window = m_window.get();
    window->flowWidget()->setAnimationEnabled(m_settings->flowAnimation());
    window->flowWidget()->setFullScaleW(m_settings->flowFullScaleW());
    if (m_options.windowSize.isValid()) {
        window->resize(m_options.windowSize);
    } else {
        window->restoreGeometry(m_settings->windowGeometry());
        window->restoreState(m_settings->windowState());
    }
    const QString view = !m_options.view.isEmpty() ? m_options.view : m_settings->lastView();
    if (!view.isEmpty())
        window->showView(view);
}

void AppController::saveWindow()
{
    // A scripted screenshot or export run must not change how the user's window opens next time.
    if (!m_options.screenshotPath.isEmpty() || !m_options.exportPath.isEmpty())
        return;
    m_settings->setWindowGeometry(m_window->saveGeometry());
    m_settings->setWindowState(m_window->saveState());
    m_settings->setLastView(m_window->currentView());
    saveSettings();
}

void AppController::saveSettings()
{
    // The choice still applies to this run; the user learns it will not be remembered.
    QString error;
    if (m_settings->sync(&error))
        return;
    const QString message = tr("settings not saved: %1").arg(error);
    std::fprintf(stderr, "kilowatch: %s\n", qUtf8Printable(message));
    if (m_window)
        m_window->showNotice(message);
}

} // namespace kw::app
