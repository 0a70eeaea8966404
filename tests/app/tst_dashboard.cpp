// The whole dashboard on the demo device: a DeviceSession (the simulator over real loopback
// HTTPS, the real poller, a real SQLite history) feeding a MainWindow, offscreen. Each view must
// show the simulator's data.
#include "batteryview.h"
#include "chartsview.h"
#include "demosession.h"
#include "devicesession.h"
#include "energyflows.h"
#include "modelroles.h"
#include "powerchart.h"
#include "energyflowwidget.h"
#include "history/historystore.h"
#include "livevaluesmodel.h"
#include "logmodel.h"
#include "logview.h"
#include "mainwindow.h"
#include "poll/devicepoller.h"
#include "todaypanel.h"
#include "batterymodulesmodel.h"
#include "varsmodel.h"
#include "varsview.h"

#include <QChart>
#include <QLocale>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using kw::app::DeviceSession;
using kw::gui::MainWindow;

class TestDashboard : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<DeviceSession> m_session;
    const QDateTime m_start{QDate(2026, 6, 21), QTime(10, 0), QTimeZone::utc()};

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QVERIFY(m_dir.isValid());
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1200, 760);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

        m_session = kwtest::startDemoSession(m_window.get(), m_dir.filePath(u"history.sqlite"_s), m_start);
        QVERIFY(m_session);
    }

    void cleanupTestCase()
    {
        m_session.reset();
        m_window.reset();
    }

    void overviewShowsTheFlowAndToday()
    {
        QVERIFY(m_window->showView(u"overview"_s));
        const kw::EnergySnapshot shown = m_window->flowWidget()->snapshot();
        QVERIFY(shown.isComplete());
        QVERIFY(shown.timestampMs >= m_start.toMSecsSinceEpoch());
        // The flows the widget draws are the decomposition of what it shows, conserving power.
        const kw::models::EnergyFlows &flows = m_window->flowWidget()->flows();
        QCOMPARE(flows, kw::models::EnergyFlows::fromSnapshot(shown));
        const double pvOut = flows.pvToHouseW + flows.pvToBatteryW + flows.pvToGridW;
        QVERIFY(std::abs(pvOut - *shown.pvW) < 1.0 || flows.unbalancedW != 0);
        // Today's energies are the store's for the demo's local day: a sunny June morning.
        kw::gui::TodayPanel *today = m_window->todayPanel();
        QTRY_VERIFY_WITH_TIMEOUT(today->day().isValid(), 10'000);
        QCOMPARE(today->day(), QDateTime::fromMSecsSinceEpoch(shown.timestampMs).toLocalTime().date());
        const QDate day = today->day();
        const auto expected = m_session->history()->energyBetween(day.startOfDay().toMSecsSinceEpoch(),
                                                                  day.addDays(1).startOfDay().toMSecsSinceEpoch());
        QVERIFY(expected.pvWh > 1000);
        QVERIFY(std::abs(today->totals().pvWh - expected.pvWh) < 0.05 * expected.pvWh);
        QVERIFY(!today->stateText().isEmpty() && today->stateText() != u"—"_s);
    }

    void batteryShowsEveryModule()
    {
        QVERIFY(m_window->showView(u"battery"_s));
        const auto *model = m_window->batteryView()->modulesModel();
        QCOMPARE(model->rowCount(), 3); // the simulated V3: three modules
        QCOMPARE(model->columnCount(), int(kw::models::BatteryModulesModel::SummaryColumnCount) + 14);
        const kw::senec::SenecResponse &response = m_session->poller()->lastResponse();
        const auto firstCell = response.number(u"BMS"_s, u"CELL_VOLTAGES_MODULE_A"_s, 0);
        QVERIFY(firstCell);
        QCOMPARE(model->index(0, kw::models::BatteryModulesModel::SummaryColumnCount)
                     .data(kw::models::NumericValueRole).toDouble(),
                 *firstCell);
    }

    // The charts ask the store for as many points as the plot has pixels, not for every sample.
    void chartsUseTheDecimatedQuery()
    {
        QVERIFY(m_window->showView(u"charts"_s));
        kw::gui::ChartsView *charts = m_window->chartsView();
        charts->setRangePreset(kw::gui::ChartsView::RangePreset::Month);
        charts->refreshNow();
        QTRY_VERIFY_WITH_TIMEOUT(charts->lastQuery().pointCount > 0, 10'000);
        const kw::gui::ChartsView::Query query = charts->lastQuery();
        QCOMPARE(query.widthPx, qRound(charts->powerChart()->plotArea().width()));
        QVERIFY(query.tier != kw::history::HistoryTier::Raw);
        const kw::history::SeriesResult stored = m_session->history()->series(query.fromMs, query.toMs, query.widthPx);
        QCOMPARE(stored.tier, query.tier);
        // The demo recorded a sample every 30 s: a month is ~86,000 per series, the chart far fewer.
        const qint64 recordedPerSeries = (query.toMs - query.fromMs) / 30'000;
        for (auto it = stored.series.cbegin(); it != stored.series.cend(); ++it) {
            QCOMPARE(query.pointCounts.value(it.key()), int(it.value().size()));
            QVERIFY(it.value().size() <= 4 * query.widthPx);
            QVERIFY(it.value().size() * 10 < recordedPerSeries);
        }
    }

    void logShowsTheDevicesDay()
    {
        QVERIFY(m_window->showView(u"log"_s));
        kw::gui::LogView *log = m_window->logView();
        QTRY_VERIFY_WITH_TIMEOUT(log->hasResult(), 20'000);
        QCOMPARE(log->shownDayUtc(), m_start.date());
        QVERIFY2(log->logModel()->rowCount() > 10, qPrintable(log->statusText()));
    }

    void variablesShowTreeAndMonitorPage()
    {
        QVERIFY(m_window->showView(u"variables"_s));
        QVERIFY(m_window->valuesModel()->rowCount() >= 30); // sections of the full sweep
        auto *tabs = m_window->findChild<QTabWidget *>(u"variablesTabs"_s);
        QVERIFY(tabs);
        tabs->setCurrentIndex(1);
        kw::gui::VarsView *vars = m_window->varsView();
        QTRY_VERIFY_WITH_TIMEOUT(vars->varsModel()->rowCount() > 100, 20'000);
    }
};

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
