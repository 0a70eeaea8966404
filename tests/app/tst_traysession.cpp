// The tray icon as a user sees it: the whole app (AppController, the demo device over loopback
// HTTPS, the real poller) with its icon in a REAL system tray — Xvfb with trayer, started by
// run-with-tray.sh. The icon must be on screen in the tray, its tooltip must carry the live
// figures, and the icon must change with the SOC and with the connection state.
//
// Without a system tray this test fails: proving the icon is in a real tray is its purpose.
// With KW_TRAY_SNAPSHOT_DIR set, grabs of the X screen and of the icon are saved there.
#include "appcontroller.h"
#include "appoptions.h"
#include "colourmatch.h"
#include "demodevice.h"
#include "devicesession.h"
#include "mainwindow.h"
#include "poll/devicepoller.h"
#include "powerformatter.h"
#include "senecsimulator.h"
#include "traycontroller.h"
#include "trayiconpainter.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QScreen>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;
using kw::ConnectionState;
using kw::app::AppController;
using kw::app::TrayController;
using kw::gui::MainWindow;
using kw::gui::PowerFormatter;

class TestTraySession : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AppController> m_controller;
    TrayController *m_tray = nullptr;

    QSystemTrayIcon *icon() const { return m_tray->trayIcon(); }
    kw::DevicePoller *poller() const { return m_controller->session()->poller(); }

    // What the screen shows where the tray put the icon.
    QImage grabIcon() const
    {
        const QRect geometry = icon()->geometry();
        QScreen *screen = QGuiApplication::screenAt(geometry.center());
        if (!screen)
            return {};
        return screen->grabWindow(0, geometry.x(), geometry.y(), geometry.width(), geometry.height())
            .toImage()
            .convertToFormat(QImage::Format_RGB32);
    }

    // Whether the screen shows, where the tray put the icon, the drawing of the controller's
    // current state: the icon as the tray paints it (QIcon::paint into its square) over the
    // panel's colour, pixel by pixel; and its disc colour fills a good part of it.
    bool screenShowsCurrentIcon(QString *why) const
    {
        const QImage grab = grabIcon();
        if (grab.isNull()) {
            *why = u"nothing grabbed"_s;
            return false;
        }
        QImage expected(grab.size(), QImage::Format_RGB32);
        expected.fill(grab.pixelColor(0, 0)); // a corner: the panel, outside the round icon
        {
            QPainter p(&expected);
            icon()->icon().paint(&p, expected.rect());
        }
        int differing = 0;
        for (int y = 0; y < grab.height(); ++y) {
            for (int x = 0; x < grab.width(); ++x)
                differing += kwtest::nearColour(grab.pixelColor(x, y), expected.pixelColor(x, y), 40) ? 0 : 1;
        }
        const kw::gui::TrayIconPainter painter;
        const int area = grab.width() * grab.height();
        const int disc = kwtest::countNearColour(grab, painter.discColour(m_tray->iconState()), 24);
        *why = u"%1 of %2 px differ from the icon, disc colour on %3 px (%4x%5)"_s.arg(differing).arg(area)
                   .arg(disc).arg(grab.width()).arg(grab.height());
        return differing <= area / 200 && disc > area / 8;
    }

    // Qt's own notification balloons on an XEmbed tray (no notification daemon here).
    static QList<QWidget *> balloons()
    {
        QList<QWidget *> found;
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (qstrcmp(widget->metaObject()->className(), "QBalloonTip") == 0 && widget->isVisible())
                found.append(widget);
        }
        return found;
    }

    // Clicks every notification away, as a user would; they would cover the icon in the grabs.
    static void dismissBalloons()
    {
        for (QWidget *balloon : balloons())
            QTest::mouseClick(balloon, Qt::LeftButton, {}, QPoint(8, 8));
        QTRY_VERIFY(balloons().isEmpty());
    }

    void saveSnapshot(const QString &name) const
    {
        const QString directory = qEnvironmentVariable("KW_TRAY_SNAPSHOT_DIR");
        if (directory.isEmpty())
            return;
        QScreen *screen = QGuiApplication::primaryScreen();
        QVERIFY(screen->grabWindow(0).save(QDir(directory).filePath(u"tray-screen-%1.png"_s.arg(name))));
        // The panel's corner with the icon, enlarged to see its pixels.
        const QRect geometry = icon()->geometry().adjusted(-24, -6, 24, 6);
        const QImage panel = screen->grabWindow(0, geometry.x(), geometry.y(), geometry.width(), geometry.height())
                                 .toImage();
        QVERIFY(panel.scaled(panel.size() * 8, Qt::IgnoreAspectRatio, Qt::FastTransformation)
                    .save(QDir(directory).filePath(u"tray-icon-%1.png"_s.arg(name))));
        const QString tip = icon()->toolTip();
        QFile text(QDir(directory).filePath(u"tray-tooltip-%1.txt"_s.arg(name)));
        QVERIFY(text.open(QIODevice::WriteOnly | QIODevice::Truncate));
        text.write(tip.toUtf8() + '\n');
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QVERIFY(m_dir.isValid());
        QCOMPARE(QGuiApplication::platformName(), u"xcb"_s);
        // trayer was started by the wrapper; it takes a moment to claim the tray selection.
        QTRY_VERIFY2_WITH_TIMEOUT(QSystemTrayIcon::isSystemTrayAvailable(), "no system tray: run this "
                                  "test through tests/app/run-with-tray.sh (Xvfb + trayer)", 15'000);

        kw::app::AppOptions options;
        options.demo = true;
        // An early summer morning at 10 simulated minutes a second: the SOC moves within seconds.
        options.demoStart = QDateTime(QDate(2026, 6, 21), QTime(4, 30), QTimeZone::utc());
        options.demoSpeed = 600.0;
        options.settingsPath = m_dir.filePath(u"settings.ini"_s);
        options.historyPath = m_dir.filePath(u"history.sqlite"_s);
        options.trustFile = m_dir.filePath(u"trust.json"_s);
        options.windowSize = QSize(1000, 640);
        m_controller = std::make_unique<AppController>(options);
        QVERIFY2(m_controller->start(), qPrintable(m_controller->errorString()));
        m_tray = m_controller->tray();
        QVERIFY(m_tray);
        QVERIFY(m_tray->hasTray());
        QVERIFY(icon()->isVisible());
        QVERIFY(!QApplication::quitOnLastWindowClosed());
        QTRY_VERIFY_WITH_TIMEOUT(poller()->hasData() && m_tray->iconState().reachable, 20'000);
    }

    void cleanupTestCase()
    {
        m_controller.reset();
    }

    void iconIsInTheRealTray()
    {
        // The tray embedded it: a real place on the screen, inside the screen.
        QTRY_VERIFY_WITH_TIMEOUT(icon()->geometry().isValid() && icon()->geometry().width() >= 16, 10'000);
        const QRect geometry = icon()->geometry();
        QScreen *screen = QGuiApplication::screenAt(geometry.center());
        QVERIFY2(screen, qPrintable(u"icon at %1,%2 is on no screen"_s.arg(geometry.x()).arg(geometry.y())));
        QVERIFY(screen->geometry().contains(geometry));
        // trayer sits along the top edge: the icon is in that strip, not in a window of its own.
        QVERIFY2(geometry.top() < 40, qPrintable(QString::number(geometry.top())));
        qInfo("icon at %d,%d %dx%d", geometry.x(), geometry.y(), geometry.width(), geometry.height());

        // And the screen shows the icon there, not the empty panel.
        QString why;
        QTRY_VERIFY2_WITH_TIMEOUT(screenShowsCurrentIcon(&why), qPrintable(why), 10'000);
        qInfo("on screen: %s", qPrintable(why));
        const QImage grab = grabIcon();
        const QColor panel = grab.pixelColor(0, 0);
        int differing = 0;
        for (int y = 0; y < grab.height(); ++y) {
            for (int x = 0; x < grab.width(); ++x)
                differing += kwtest::nearColour(grab.pixelColor(x, y), panel, 8) ? 0 : 1;
        }
        QVERIFY2(differing > grab.width() * grab.height() / 3, qPrintable(QString::number(differing)));
        saveSnapshot(u"live"_s);
    }

    void toolTipCarriesTheLiveFigures()
    {
        // A fresh poll, so the tooltip and the poller's snapshot are read right after it.
        QSignalSpy updated(poller(), &kw::DevicePoller::updated);
        QVERIFY(updated.wait(10'000));
        const kw::EnergySnapshot snapshot = *poller()->lastSnapshot();
        const QString tip = icon()->toolTip();
        qInfo().noquote() << u"tooltip:\n"_s + tip;
        QVERIFY(snapshot.isComplete());
        const auto unit = PowerFormatter::unitFor({*snapshot.pvW, *snapshot.houseW, *snapshot.gridW,
                                                   *snapshot.batteryW});
        QVERIFY2(tip.contains(u"PV "_s + PowerFormatter::format(*snapshot.pvW, unit)), qPrintable(tip));
        QVERIFY2(tip.contains(u"house "_s + PowerFormatter::format(*snapshot.houseW, unit)), qPrintable(tip));
        if (std::abs(*snapshot.gridW) >= 0.5)
            QVERIFY2(tip.contains(u"Grid "_s + PowerFormatter::format(*snapshot.gridW, unit)
                                  + (*snapshot.gridW > 0 ? u" import"_s : u" export"_s)),
                     qPrintable(tip));
        if (std::abs(*snapshot.batteryW) >= PowerFormatter::IdleThresholdW)
            QVERIFY2(tip.contains(u"Battery "_s + PowerFormatter::format(*snapshot.batteryW, unit)
                                  + (*snapshot.batteryW > 0 ? u" charging"_s : u" discharging"_s)),
                     qPrintable(tip));
        else
            QVERIFY(tip.contains(u"Battery idle"_s));
        QVERIFY2(tip.contains(u"battery %1 %"_s.arg(std::lround(*snapshot.socPercent))), qPrintable(tip));
        QVERIFY(tip.contains(snapshot.stateText));
        QVERIFY2(tip.contains(u"updated just now"_s) || tip.contains(u"updated 2 s ago"_s), qPrintable(tip));
        // The age counts up between polls without a poll.
        poller()->pause();
        QTRY_VERIFY_WITH_TIMEOUT(icon()->toolTip().contains(u" s ago"_s), 5'000);
        poller()->resume();
        QTRY_VERIFY_WITH_TIMEOUT(m_tray->iconState().reachable && !m_tray->iconState().paused, 10'000);
    }

    void iconChangesWithTheSoc()
    {
        const auto before = m_tray->iconState();
        QVERIFY(before.socPercent);
        const qint64 keyBefore = icon()->icon().cacheKey();
        const QImage grabBefore = grabIcon();
        QTRY_VERIFY_WITH_TIMEOUT(m_tray->iconState().socPercent != before.socPercent, 30'000);
        qInfo("SOC %d %% -> %d %%", *before.socPercent, *m_tray->iconState().socPercent);
        QVERIFY(icon()->icon().cacheKey() != keyBefore);
        // The tray repaints: the pixels on screen change too, and show the new drawing.
        QTRY_VERIFY_WITH_TIMEOUT(grabIcon() != grabBefore, 5'000);
        QString why;
        QTRY_VERIFY2_WITH_TIMEOUT(screenShowsCurrentIcon(&why), qPrintable(why), 5'000);
    }

    void iconGreysWhenTheDeviceIsUnreachable()
    {
        auto *demo = m_controller->session()->findChild<kw::app::DemoDevice *>();
        QVERIFY(demo);
        poller()->setMaxBackoffMs(400);
        const kw::gui::TrayIconPainter painter;
        const QColor green = painter.ringColour(m_tray->iconState());
        const qint64 keyLive = icon()->icon().cacheKey();

        QSignalSpy messages(m_tray, &TrayController::messageShown);
        MainWindow *window = m_controller->window();
        window->hide(); // the notification's click brings it back

        // Every answer an error: after a few failures the poller calls the device offline.
        demo->simulator().setFaults({kw::sim::FaultSpec{kw::sim::FaultKind::Http500, 1.0}});
        QTRY_COMPARE_WITH_TIMEOUT(poller()->state(), ConnectionState::Offline, 30'000);
        // The notifier's alert, shown as a notification at the tray icon; clicking it opens the
        // dashboard.
        QTRY_VERIFY_WITH_TIMEOUT(!messages.isEmpty(), 5'000);
        QCOMPARE(messages.at(0).at(0).toString(), u"Device unreachable"_s);
        QVERIFY(messages.at(0).at(2).toBool());
        QTRY_VERIFY_WITH_TIMEOUT(!balloons().isEmpty(), 5'000);
        saveSnapshot(u"offline-notification"_s);
        QVERIFY(!window->isVisible());
        dismissBalloons();
        QTRY_VERIFY(window->isVisible());
        QVERIFY(!m_tray->iconState().reachable);
        QVERIFY(icon()->icon().cacheKey() != keyLive);
        QVERIFY(icon()->toolTip().contains(kw::connectionStateText(ConnectionState::Offline)));
        QVERIFY(icon()->toolTip().contains(u"last data"_s));
        QString why;
        QTRY_VERIFY2_WITH_TIMEOUT(screenShowsCurrentIcon(&why), qPrintable(why), 5'000);
        QCOMPARE(kwtest::countNearColour(grabIcon(), green, 24), 0); // grey: no green ring left on screen
        saveSnapshot(u"offline"_s);

        // The device answers again: colours come back, and the user is told.
        demo->simulator().clearFaults();
        QTRY_VERIFY_WITH_TIMEOUT(m_tray->iconState().reachable, 30'000);
        QTRY_COMPARE_WITH_TIMEOUT(messages.count(), 2, 5'000);
        QCOMPARE(messages.at(1).at(0).toString(), u"Device reachable again"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!balloons().isEmpty(), 5'000);
        dismissBalloons();
        QTRY_VERIFY2_WITH_TIMEOUT(screenShowsCurrentIcon(&why), qPrintable(why), 5'000);
        QTRY_VERIFY_WITH_TIMEOUT(kwtest::countNearColour(grabIcon(), green, 24) > 0, 5'000);
    }

    void pauseFromTheTrayMenu()
    {
        QMenu *menu = m_tray->menu();
        QAction *pause = m_controller->window()->pauseAction();
        QVERIFY(menu->actions().contains(pause)); // the window's own action: one checked state
        QVERIFY(pause->isEnabled());
        pause->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(poller()->state(), ConnectionState::Paused, 5'000);
        QVERIFY(pause->isChecked());
        QVERIFY(m_tray->iconState().paused);
        QVERIFY(icon()->toolTip().contains(kw::connectionStateText(ConnectionState::Paused)));
        QString why;
        QTRY_VERIFY2_WITH_TIMEOUT(screenShowsCurrentIcon(&why), qPrintable(why), 5'000);
        saveSnapshot(u"paused"_s);

        pause->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(m_tray->iconState().reachable && !m_tray->iconState().paused, 10'000);
        QVERIFY(!pause->isChecked());
    }
};

QTEST_MAIN(TestTraySession)
#include "tst_traysession.moc"
