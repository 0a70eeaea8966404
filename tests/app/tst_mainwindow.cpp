#include "energyflowwidget.h"
#include "livevaluesmodel.h"
#include "mainwindow.h"
#include "snapshotsummarylabel.h"

#include "senec/senecresponse.h"

#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;

using kw::gui::MainWindow;
using kw::gui::SnapshotSummaryLabel;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void summaryText()
    {
        kw::EnergySnapshot snapshot;
        snapshot.pvW = 4917.63;
        snapshot.houseW = 812.4;
        snapshot.gridW = -3105.2;
        snapshot.batteryW = 1000.0;
        snapshot.socPercent = 63.25;
        snapshot.stateCode = 14;
        snapshot.stateText = QStringLiteral("CHARGE");
        const QString text = SnapshotSummaryLabel::summaryText(snapshot);
        QVERIFY2(text.contains(u"PV 4.92 kW"), qPrintable(text));
        QVERIFY2(text.contains(u"House 812 W"), qPrintable(text));
        QVERIFY2(text.contains(u"Grid -3.11 kW (export)"), qPrintable(text));
        QVERIFY2(text.contains(u"Battery 1.00 kW (charging)"), qPrintable(text));
        QVERIFY2(text.contains(u"SOC 63.2 %") || text.contains(u"SOC 63.3 %"), qPrintable(text));
        QVERIFY2(text.contains(u"State CHARGE (14)"), qPrintable(text));
        // The flow diagram's digits: one decimal from 10 kW, a tiny negative reads 0.
        QCOMPARE(SnapshotSummaryLabel::powerText(12'345.0), u"12.3 kW"_s);
        QCOMPARE(SnapshotSummaryLabel::powerText(-0.3), u"0 W"_s);
        QCOMPARE(SnapshotSummaryLabel::powerText(-999.6), u"-1.00 kW"_s);
        // The battery's words follow the flow diagram: idle below 30 W, whatever the sign.
        snapshot.batteryW = 15.0;
        QVERIFY2(SnapshotSummaryLabel::summaryText(snapshot).contains(u"Battery 15 W (idle)"),
                 qPrintable(SnapshotSummaryLabel::summaryText(snapshot)));
        snapshot.batteryW = -45.0;
        QVERIFY2(SnapshotSummaryLabel::summaryText(snapshot).contains(u"Battery -45 W (discharging)"),
                 qPrintable(SnapshotSummaryLabel::summaryText(snapshot)));
    }

    // What the device did not deliver is a dash, never 0.
    void missingValuesAreDashes()
    {
        kw::EnergySnapshot snapshot;
        snapshot.pvW = -0.0;
        const QString text = SnapshotSummaryLabel::summaryText(snapshot);
        QVERIFY2(text.contains(u"PV 0 W"), qPrintable(text));
        QVERIFY2(text.contains(u"House —"), qPrintable(text));
        QVERIFY2(text.contains(u"Grid —"), qPrintable(text));
        QVERIFY2(text.contains(u"SOC —"), qPrintable(text));
        QVERIFY2(text.contains(u"State —"), qPrintable(text));
        QVERIFY(!text.contains(u"(14)"));
    }

    void showsUpdatesAndState()
    {
        MainWindow window;
        window.setDeviceName(QStringLiteral("https://127.0.0.1:4443"));
        QVERIFY(window.windowTitle().contains(u"127.0.0.1:4443"));
        window.setConnectionState(kw::ConnectionState::Online);
        const auto labels = window.statusBar()->findChildren<QLabel *>();
        const auto hasLabel = [&labels](const QString &text) {
            for (const QLabel *label : labels) {
                if (label->text().contains(text))
                    return true;
            }
            return false;
        };
        QVERIFY(hasLabel(kw::connectionStateText(kw::ConnectionState::Online)));
        QVERIFY(hasLabel(QStringLiteral("https://127.0.0.1:4443")));
        QVERIFY(hasLabel(QStringLiteral("No data yet")));

        auto parsed = kw::senec::parseSenecResponse(R"({"ENERGY":{"GUI_HOUSE_POW":"fl_44000000"}})");
        QVERIFY(parsed.response);
        kw::EnergySnapshot snapshot;
        snapshot.houseW = 512;
        snapshot.timestampMs = QDateTime::currentMSecsSinceEpoch();
        window.showUpdate(snapshot, *parsed.response);
        QCOMPARE(window.valuesModel()->rowCount(), 1);
        // The live values are shown opened, scaled and with their unit.
        const QModelIndex house = window.valuesModel()->indexForPath(
            QStringLiteral("ENERGY.GUI_HOUSE_POW"), kw::models::LiveValuesModel::ValueColumn);
        QCOMPARE(house.data().toString(), QStringLiteral("512 W"));
        const auto tree = window.findChild<QTreeView *>(u"valuesView"_s);
        QVERIFY(tree);
        QVERIFY(tree->isExpanded(tree->model()->index(0, 0)));
        QVERIFY(hasLabel(QStringLiteral("Data just now")));
        const auto summary = window.findChild<SnapshotSummaryLabel *>();
        QVERIFY(summary);
        QVERIFY(summary->text().contains(u"House 512 W"));

        window.setConnectionState(kw::ConnectionState::BackingOff);
        QVERIFY(hasLabel(kw::connectionStateText(kw::ConnectionState::BackingOff)));
        window.showPollError(QStringLiteral("timeout after 10 s"));
        QCOMPARE(window.valuesModel()->rowCount(), 1); // the last good data stays
    }

    // Overview first; the variable tree, sized while it was hidden, still shows whole names.
    void viewsSwitchAndShowTheSameData()
    {
        MainWindow window;
        window.resize(1100, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(MainWindow::viewNames(),
                 (QStringList{u"overview"_s, u"battery"_s, u"charts"_s, u"log"_s, u"variables"_s}));
        QCOMPARE(window.currentView(), u"overview"_s);

        auto parsed = kw::senec::parseSenecResponse(
            R"({"ENERGY":{"GUI_HOUSE_POW":"fl_44000000","GUI_BAT_DATA_MAX_CELL_VOLTAGE":"u1_1008"}})");
        QVERIFY(parsed.response);
        kw::EnergySnapshot snapshot;
        snapshot.pvW = 3000;
        snapshot.houseW = 512;
        snapshot.gridW = -2488;
        snapshot.batteryW = 0;
        window.showUpdate(snapshot, *parsed.response);
        const auto flow = window.findChild<kw::gui::EnergyFlowWidget *>();
        QVERIFY(flow);
        QVERIFY(flow->isVisible());
        QCOMPARE(flow->flows().pvToGridW, 2488.0);
        QCOMPARE(flow->flows().pvToHouseW, 512.0);

        QVERIFY(window.showView(u"variables"_s));
        QCOMPARE(window.currentView(), u"variables"_s);
        QVERIFY(!flow->isVisible());
        QVERIFY(!flow->isAnimating()); // hidden: costs nothing
        const auto tree = window.findChild<QTreeView *>(u"valuesView"_s);
        QVERIFY(tree && tree->isVisible());
        const int nameWidth = tree->fontMetrics().horizontalAdvance(u"GUI_BAT_DATA_MAX_CELL_VOLTAGE"_s);
        QVERIFY2(tree->columnWidth(0) >= nameWidth + tree->indentation(),
                 qPrintable(QString::number(tree->columnWidth(0))));
        QVERIFY(!window.showView(u"nonsense"_s));
        QCOMPARE(window.currentView(), u"variables"_s);
    }

    void certificateBarAsksForAcceptance()
    {
        MainWindow window;
        window.show();
        QSignalSpy accept(&window, &MainWindow::acceptCertificateRequested);
        window.showCertificateChanged(QStringLiteral("certificate of h:443 changed: pinned AA, presented BB"));
        QPushButton *button = nullptr;
        for (QPushButton *candidate : window.findChildren<QPushButton *>()) {
            if (candidate->isVisible())
                button = candidate;
        }
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(accept.size(), 1);
        QVERIFY(!button->isVisible());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
