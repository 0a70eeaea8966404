// TrayController where there is no system tray (the offscreen platform has none): the window is a
// normal window that closing closes, the user is told once, alerts go to the status bar; the
// tooltip and icon still follow the device. TrayCloseGuard on its own, and the AppController's
// wiring (the notifier's switches from the settings, a second launch's activation).
#include "alerts/alertkind.h"
#include "alerts/notifier.h"
#include "appcontroller.h"
#include "appoptions.h"
#include "devicesession.h"
#include "mainwindow.h"
#include "poll/devicepoller.h"
#include "powerformatter.h"
#include "settings/settings.h"
#include "traycloseguard.h"
#include "traycontroller.h"

#include <QApplication>
#include <QLocale>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>

#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;
using kw::Settings;
using kw::app::TrayCloseGuard;
using kw::app::TrayController;
using kw::gui::MainWindow;

class TestTrayController : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_backend;
    std::unique_ptr<Settings> m_settings;

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QCOMPARE(QGuiApplication::platformName(), u"offscreen"_s);
        QVERIFY(!QSystemTrayIcon::isSystemTrayAvailable());
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_backend = std::make_unique<QSettings>(m_dir->filePath(u"settings.ini"_s), QSettings::IniFormat);
        m_settings = std::make_unique<Settings>(m_backend.get());
    }

    void cleanup()
    {
        m_settings.reset();
        m_backend.reset();
        m_dir.reset();
    }

    void withoutTrayTheWindowIsNormalAndSaysSoOnce()
    {
        m_settings->setStartMinimised(true); // no tray to minimise to: shown anyway
        MainWindow window;
        {
            TrayController tray(&window, m_settings.get());
            QVERIFY(!tray.hasTray());
            QVERIFY(!tray.trayIcon());
            QSignalSpy messages(&tray, &TrayController::messageShown);
            QSignalSpy saved(&tray, &TrayController::settingsChanged);
            tray.start(true);
            QVERIFY(window.isVisible());
            QCOMPARE(messages.count(), 1);
            QVERIFY(!messages.at(0).at(2).toBool()); // not in a tray: the status bar
            QVERIFY2(window.statusBar()->currentMessage().contains(u"no system tray"_s),
                     qPrintable(window.statusBar()->currentMessage()));
            QCOMPARE(saved.count(), 1);
            QVERIFY(m_settings->trayMissingExplained());
            QVERIFY(QApplication::quitOnLastWindowClosed());
            QCOMPARE(tray.closeGuard()->mode(), TrayCloseGuard::Mode::Plain);

            // Alerts go to the status bar too.
            kw::alerts::AlertEvent event;
            event.title = u"Battery full"_s;
            event.message = u"The battery is full."_s;
            tray.showAlert(event);
            QCOMPARE(messages.count(), 2);
            QVERIFY(window.statusBar()->currentMessage().startsWith(u"Battery full: The battery is full."_s));

            // Closing closes: nothing is hidden away.
            QVERIFY(window.close());
            QVERIFY(!window.isVisible());
        }
        // The next run knows it was said.
        window.statusBar()->clearMessage();
        TrayController again(&window, m_settings.get());
        QSignalSpy messages(&again, &TrayController::messageShown);
        again.start(false);
        QCOMPARE(messages.count(), 0);
        QVERIFY(window.statusBar()->currentMessage().isEmpty());
    }

    // The whole app on the demo, offscreen: the tooltip and icon follow the poller even without
    // a tray to show them in, the notifier gets the settings' switches, and a second launch's
    // request brings the window back.
    void appControllerWiresTheTrayAndTheNotifier()
    {
        m_settings->setAlertEnabled(kw::alerts::AlertKind::BatteryFull, false);
        m_settings->setAlertEnabled(kw::alerts::AlertKind::Unreachable, false);
        QVERIFY(m_settings->sync());
        kw::app::AppOptions options;
        options.demo = true;
        options.demoStart = QDateTime(QDate(2026, 6, 21), QTime(10, 0), QTimeZone::utc());
        options.settingsPath = m_dir->filePath(u"settings.ini"_s);
        options.historyPath = m_dir->filePath(u"history.sqlite"_s);
        options.trustFile = m_dir->filePath(u"trust.json"_s);
        kw::app::AppController controller(options);
        QVERIFY2(controller.start(), qPrintable(controller.errorString()));
        TrayController *tray = controller.tray();
        QVERIFY(tray);
        QVERIFY(controller.notifier());
        QVERIFY(!controller.notifier()->isEnabled(kw::alerts::AlertKind::BatteryFull));
        QVERIFY(!controller.notifier()->isEnabled(kw::alerts::AlertKind::Unreachable));
        QVERIFY(controller.notifier()->isEnabled(kw::alerts::AlertKind::GridOutage));

        kw::DevicePoller *poller = controller.session()->poller();
        QTRY_VERIFY_WITH_TIMEOUT(poller->hasData() && tray->iconState().reachable, 20'000);
        QSignalSpy updated(poller, &kw::DevicePoller::updated);
        QVERIFY(updated.wait(10'000));
        const kw::EnergySnapshot snapshot = *poller->lastSnapshot();
        QCOMPARE(tray->iconState().socPercent, std::optional<int>(int(std::lround(*snapshot.socPercent))));
        QVERIFY2(tray->toolTip().contains(u"battery %1 %"_s.arg(std::lround(*snapshot.socPercent))),
                 qPrintable(tray->toolTip()));
        const auto unit = kw::gui::PowerFormatter::unitFor({*snapshot.pvW, *snapshot.houseW,
                                                            *snapshot.gridW, *snapshot.batteryW});
        QVERIFY(tray->toolTip().contains(u"PV "_s + kw::gui::PowerFormatter::format(*snapshot.pvW, unit)));
        QVERIFY(!tray->icon().isNull());

        MainWindow *window = controller.window();
        window->hide();
        controller.activateWindow();
        QVERIFY(window->isVisible());
        window->showMinimized();
        QTRY_VERIFY(window->isMinimized());
        controller.activateWindow();
        QTRY_VERIFY(!window->isMinimized());
    }

    // Runs the application's event loop to its end: last.
    void guardHidesWhileRunningAndLetsAQuitThrough()
    {
        QWidget window;
        window.show();
        TrayCloseGuard guard(&window);
        QSignalSpy hidden(&guard, &TrayCloseGuard::hiddenToTray);
        QSignalSpy visibility(&guard, &TrayCloseGuard::windowVisibilityChanged);
        guard.setMode(TrayCloseGuard::Mode::HideToTray);
        QVERIFY(!window.close());
        QVERIFY(!window.isVisible());
        QCOMPARE(hidden.count(), 1);
        QCOMPARE(visibility.count(), 1);
        QCOMPARE(visibility.at(0).at(0).toBool(), false);

        window.show();
        QCOMPARE(visibility.count(), 2);
        guard.setMode(TrayCloseGuard::Mode::Plain);
        QVERIFY(window.close());
        QCOMPARE(hidden.count(), 1);

        // Quitting: the close that Qt sends on the way out is not refused.
        window.show();
        guard.setMode(TrayCloseGuard::Mode::HideToTray);
        QTimer::singleShot(0, qApp, [] { QCoreApplication::quit(); });
        QTimer::singleShot(10'000, qApp, [] { QCoreApplication::exit(-1); });
        QCOMPARE(QApplication::exec(), 0);
        QVERIFY(guard.isQuitting());
        QVERIFY(!window.isVisible());
        QCOMPARE(hidden.count(), 1);
        // Once the loop is left, closing means hiding again (a cancelled quit must not stick).
        QTRY_VERIFY(!guard.isQuitting());
    }
};

QTEST_MAIN(TestTrayController)
#include "tst_traycontroller.moc"
