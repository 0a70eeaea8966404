// The window's life around a real tray icon (Xvfb + trayer, through run-with-tray.sh): closing
// hides it to the tray and says so once, a click on the icon toggles it, start minimised shows
// only the icon, the menu shares the window's actions, alerts become tray notifications, and Quit
// (or closing with close-to-tray off) really ends the app.
#include "alerts/alertevent.h"
#include "mainwindow.h"
#include "settings/settings.h"
#include "traycloseguard.h"
#include "traycontroller.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;
using kw::Settings;
using kw::app::TrayCloseGuard;
using kw::app::TrayController;
using kw::gui::MainWindow;

namespace {

// Runs the application's event loop until it quits (or `timeoutMs` passes: exit code -1) after
// `action` ran inside it; returns exec()'s result.
int execWith(const std::function<void()> &action, int timeoutMs = 10'000)
{
    QTimer::singleShot(0, qApp, action);
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, qApp, [] { QCoreApplication::exit(-1); });
    timeout.start(timeoutMs);
    return QApplication::exec();
}

// The tray's own little window for the icon (XEmbed), to click like a user.
QWidget *trayIconWidget()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (qstrcmp(widget->metaObject()->className(), "QSystemTrayIconSys") == 0 && widget->isVisible())
            return widget;
    }
    return nullptr;
}

} // namespace

class TestTrayWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_backend;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<TrayController> m_tray;

    void startTray(bool minimised)
    {
        m_tray = std::make_unique<TrayController>(m_window.get(), m_settings.get());
        QVERIFY(m_tray->hasTray());
        m_tray->start(minimised);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QTRY_VERIFY2_WITH_TIMEOUT(QSystemTrayIcon::isSystemTrayAvailable(), "no system tray: run this "
                                  "test through tests/app/run-with-tray.sh (Xvfb + trayer)", 15'000);
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_backend = std::make_unique<QSettings>(m_dir->filePath(u"settings.ini"_s), QSettings::IniFormat);
        m_settings = std::make_unique<Settings>(m_backend.get());
        m_window = std::make_unique<MainWindow>();
        m_window->resize(900, 600);
    }

    void cleanup()
    {
        m_tray.reset();
        m_window.reset();
        m_settings.reset();
        m_backend.reset();
        m_dir.reset();
    }

    void closeHidesToTrayAndExplainsOnce()
    {
        startTray(false);
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(!QApplication::quitOnLastWindowClosed());
        QCOMPARE(m_tray->showHideAction()->text(), u"Hide Dashboard"_s);
        QSignalSpy messages(m_tray.get(), &TrayController::messageShown);
        QSignalSpy saved(m_tray.get(), &TrayController::settingsChanged);
        QVERIFY(!m_settings->closeToTrayExplained());

        QVERIFY(!m_window->close()); // refused: hidden instead
        QVERIFY(!m_window->isVisible());
        QVERIFY(m_tray->trayIcon()->isVisible());
        QCOMPARE(m_tray->showHideAction()->text(), u"Show Dashboard"_s);
        QCOMPARE(messages.count(), 1);
        QVERIFY(messages.at(0).at(2).toBool()); // a tray notification
        QVERIFY(messages.at(0).at(1).toString().contains(u"Quit"_s));
        QVERIFY(m_settings->closeToTrayExplained());
        QCOMPARE(saved.count(), 1);

        // Once is enough.
        m_tray->showWindow();
        QVERIFY(m_window->isVisible());
        QVERIFY(!m_window->close());
        QVERIFY(!m_window->isVisible());
        QCOMPARE(messages.count(), 1);
        QCOMPARE(saved.count(), 1);
    }

    void clickOnTheIconTogglesTheWindow()
    {
        startTray(false);
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_VERIFY_WITH_TIMEOUT(trayIconWidget() != nullptr, 10'000);
        QWidget *iconWidget = trayIconWidget();
        QSignalSpy activated(m_tray->trayIcon(), &QSystemTrayIcon::activated);

        QTest::mouseClick(iconWidget, Qt::LeftButton);
        QCOMPARE(activated.count(), 1);
        QVERIFY(!m_window->isVisible());
        QTest::mouseClick(iconWidget, Qt::LeftButton);
        QVERIFY(m_window->isVisible());
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

        // A minimised window comes back un-minimised rather than being hidden.
        m_window->showMinimized();
        QTRY_VERIFY(m_window->isMinimized());
        Q_EMIT m_tray->trayIcon()->activated(QSystemTrayIcon::Trigger);
        QTRY_VERIFY(!m_window->isMinimized());
        QVERIFY(m_window->isVisible());
        // The menu's first entry does the same and says what it will do.
        QMenu *menu = m_tray->menu();
        QCOMPARE(menu->actions().first(), m_tray->showHideAction());
        Q_EMIT menu->aboutToShow();
        QCOMPARE(m_tray->showHideAction()->text(), u"Hide Dashboard"_s);
        m_tray->showHideAction()->trigger();
        QVERIFY(!m_window->isVisible());
        Q_EMIT menu->aboutToShow();
        QCOMPARE(m_tray->showHideAction()->text(), u"Show Dashboard"_s);
    }

    void menuSharesTheWindowsActions()
    {
        startTray(false);
        const QList<QAction *> actions = m_tray->menu()->actions();
        for (QAction *action : {m_window->pauseAction(), m_window->exportAction(),
                                m_window->preferencesAction(), m_window->quitAction()})
            QVERIFY2(actions.contains(action), qPrintable(action->text()));
        QVERIFY(actions.indexOf(m_window->quitAction()) == actions.size() - 1);
        QVERIFY(m_window->pauseAction()->isCheckable());
        QCOMPARE(m_tray->trayIcon()->contextMenu(), m_tray->menu());
        // Settings… from the tray asks the window's question.
        QSignalSpy settingsRequested(m_window.get(), &MainWindow::settingsRequested);
        m_window->preferencesAction()->trigger();
        QCOMPARE(settingsRequested.count(), 1);
    }

    void startMinimisedShowsOnlyTheIcon()
    {
        startTray(true);
        QVERIFY(m_tray->trayIcon()->isVisible());
        QVERIFY(!m_window->isVisible());
        QCOMPARE(m_tray->showHideAction()->text(), u"Show Dashboard"_s);
        m_tray->showWindow();
        QVERIFY(m_window->isVisible());
    }

    void alertsBecomeTrayNotifications()
    {
        startTray(false);
        QSignalSpy messages(m_tray.get(), &TrayController::messageShown);
        kw::alerts::AlertEvent event;
        event.kind = kw::alerts::AlertKind::GridOutage;
        event.severity = kw::alerts::AlertSeverity::Warning;
        event.title = u"Grid outage"_s;
        event.message = u"The public grid is down; the house runs on the battery."_s;
        m_tray->showAlert(event);
        QCOMPARE(messages.count(), 1);
        QCOMPARE(messages.at(0).at(0).toString(), event.title);
        QCOMPARE(messages.at(0).at(1).toString(), event.message);
        QVERIFY(messages.at(0).at(2).toBool());
    }

    // The quit tests run the application's event loop to its end: they come last.
    void quitReallyQuits()
    {
        startTray(false);
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QSignalSpy hidden(m_tray->closeGuard(), &TrayCloseGuard::hiddenToTray);
        const int code = execWith([this] { m_window->quitAction()->trigger(); });
        QCOMPARE(code, 0); // quit, not the timeout
        QVERIFY(!m_window->isVisible());
        QCOMPARE(hidden.count(), 0); // closed for real on the way out, not hidden to the tray
    }

    void closingQuitsWithoutCloseToTray()
    {
        m_settings->setCloseToTray(false);
        startTray(false);
        QCOMPARE(m_tray->closeGuard()->mode(), TrayCloseGuard::Mode::Quit);
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QSignalSpy messages(m_tray.get(), &TrayController::messageShown);
        const int code = execWith([this] { m_window->close(); });
        QCOMPARE(code, 0);
        QVERIFY(!m_window->isVisible());
        QCOMPARE(messages.count(), 0);

        // Switched on again in the settings: applySettings() makes closing hide once more.
        m_settings->setCloseToTray(true);
        m_tray->applySettings();
        QCOMPARE(m_tray->closeGuard()->mode(), TrayCloseGuard::Mode::HideToTray);
    }
};

QTEST_MAIN(TestTrayWindow)
#include "tst_traywindow.moc"
