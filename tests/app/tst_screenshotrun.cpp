// ScreenshotRun: the grab waits for the view's own data. On the demo that means the charts wait
// for the recorded month (seconds after the first poll), the log for its first download.
#include "chartsview.h"
#include "devicesession.h"
#include "history/historystore.h"
#include "logmodel.h"
#include "logview.h"
#include "mainwindow.h"
#include "screenshotrun.h"

#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using kw::app::DeviceSession;
using kw::app::ScreenshotRun;
using kw::gui::MainWindow;

class TestScreenshotRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void waitsForTheViewsData_data()
    {
        QTest::addColumn<QString>("view");
        QTest::newRow("charts") << u"charts"_s;
        QTest::newRow("log") << u"log"_s;
    }
    void waitsForTheViewsData()
    {
        QFETCH(QString, view);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        MainWindow window;
        window.resize(1000, 700);
        QVERIFY(window.showView(view));
        const QString png = dir.filePath(u"shot.png"_s);
        ScreenshotRun run(&window, png, 60'000);
        DeviceSession session(&window);

        // What the views held at the moment of the grab.
        bool ready = false;
        QSignalSpy taken(&run, &ScreenshotRun::taken);
        connect(&run, &ScreenshotRun::taken, this, [&] {
            ready = view == u"charts"_s
                ? session.isHistoryReady() && window.chartsView()->lastQuery().pointCount > 0
                : window.logView()->hasResult() && window.logView()->logModel()->rowCount() > 0;
        });
        window.show();
        run.start();
        kw::app::SessionConfig config;
        config.demo = true;
        config.demoStart = QDateTime(QDate(2026, 6, 21), QTime(10, 0), QTimeZone::utc());
        config.historyPath = dir.filePath(u"history.sqlite"_s);
        config.language = u"en"_s;
        QVERIFY2(session.start(config), qPrintable(session.errorString()));
        run.setSession(&session);

        QVERIFY(taken.wait(60'000));
        QCOMPARE(taken.first().at(0).toBool(), true);  // saved
        QCOMPARE(taken.first().at(1).toBool(), true);  // with data
        QVERIFY(ready);
        QCOMPARE(QImage(png).size(), window.size());
    }
};

QTEST_MAIN(TestScreenshotRun)
#include "tst_screenshotrun.moc"
