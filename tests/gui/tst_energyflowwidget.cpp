// The energy-flow widget: the flows it shows, its labels, its animation clock and its rendering.
#include "energyflowwidget.h"
#include "flowgeometry.h"
#include "powerformatter.h"

#include "civiltime.h"
#include "plantmodel.h"
#include "wallboxmodel.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QImage>
#include <QLocale>
#include <QPalette>
#include <QTest>

#include <limits>
#include <utility>

using kw::EnergySnapshot;
using kw::gui::EnergyFlowWidget;
using kw::gui::FlowGeometry;
using kw::gui::FlowNode;
using kw::gui::FlowPath;
using kw::gui::PowerFormatter;
using kw::gui::PowerUnit;
using kw::models::EnergyFlows;

namespace {

EnergySnapshot makeSnapshot(std::optional<double> pvW, std::optional<double> houseW,
                            std::optional<double> gridW, std::optional<double> batteryW,
                            std::optional<double> socPercent)
{
    EnergySnapshot snapshot;
    snapshot.timestampMs = 1'700'000'000'000;
    snapshot.pvW = pvW;
    snapshot.houseW = houseW;
    snapshot.gridW = gridW;
    snapshot.batteryW = batteryW;
    snapshot.socPercent = socPercent;
    return snapshot;
}

EnergySnapshot withWallbox(EnergySnapshot snapshot, double wallboxW)
{
    snapshot.wallboxW = wallboxW;
    return snapshot;
}

EnergySnapshot sunnyNoon() { return makeSnapshot(5200, 800, -2400, 2000, 62); }
// An evening with the car charging at 11 kW from the grid while the battery serves the house.
EnergySnapshot carEvening() { return withWallbox(makeSnapshot(0, 11540, 10940, -600, 48), 11040); }
// A sunny midday, the car charging at 3.7 kW single-phase from the surplus.
EnergySnapshot carNoon() { return withWallbox(makeSnapshot(6100, 4330, -870, 900, 71), 3680); }
EnergySnapshot evening() { return makeSnapshot(0, 650, 50, -600, 40); }
EnergySnapshot idle() { return makeSnapshot(0, 20, 20, 0, 55); }

// Counts paint events of the watched widget.
class PaintCounter : public QObject
{
public:
    int count = 0;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++count;
        return QObject::eventFilter(watched, event);
    }
};

// Pixels that differ clearly from the top-left corner (the background).
int pixelsUnlike(const QImage &image, QColor background)
{
    int count = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            const QColor pixel = image.pixelColor(x, y);
            if (std::abs(pixel.red() - background.red()) + std::abs(pixel.green() - background.green())
                    + std::abs(pixel.blue() - background.blue()) > 60)
                ++count;
        }
    }
    return count;
}

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x1e, 0x20, 0x24));
    palette.setColor(QPalette::WindowText, QColor(0xe8, 0xea, 0xed));
    palette.setColor(QPalette::Base, QColor(0x26, 0x28, 0x2d));
    palette.setColor(QPalette::Text, QColor(0xe8, 0xea, 0xed));
    palette.setColor(QPalette::Button, QColor(0x2d, 0x30, 0x35));
    palette.setColor(QPalette::ButtonText, QColor(0xe8, 0xea, 0xed));
    return palette;
}

} // namespace

class TestEnergyFlowWidget : public QObject
{
    Q_OBJECT

private:
    // Renders a scene at a small and a large size in both palettes, checks something was drawn,
    // and saves the images to KW_FLOW_SNAPSHOT_DIR when that is set.
    static void renderScene(const char *name, const EnergySnapshot &snapshot, bool outage = false)
    {
        const QString directory = qEnvironmentVariable("KW_FLOW_SNAPSHOT_DIR");
        for (const bool dark : {false, true}) {
            for (const QSize size : {QSize(600, 400), QSize(1200, 800)}) {
                EnergyFlowWidget widget;
                if (dark)
                    widget.setPalette(darkPalette());
                widget.resize(size);
                widget.setSnapshot(snapshot);
                widget.setGridOutage(outage);
                const QImage image = widget.grab().toImage();
                QVERIFY2(pixelsUnlike(image, image.pixelColor(0, 0)) > 500, name);
                if (!directory.isEmpty()) {
                    const QString file = QDir(directory).filePath(
                        QStringLiteral("flow-%1-%2x%3%4.png")
                            .arg(QString::fromLatin1(name))
                            .arg(size.width())
                            .arg(size.height())
                            .arg(dark ? QStringLiteral("-dark") : QString()));
                    QVERIFY(image.save(file));
                }
            }
        }
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void flowsAreEnergyFlows_data()
    {
        QTest::addColumn<EnergySnapshot>("snapshot");
        QTest::newRow("sunny noon") << sunnyNoon();
        QTest::newRow("evening") << evening();
        QTest::newRow("grid charges battery") << makeSnapshot(300, 900, 3600, 3000, 20);
        QTest::newRow("battery exports") << makeSnapshot(0, 400, -1600, -2000, 80);
        QTest::newRow("idle") << idle();
    }
    void flowsAreEnergyFlows()
    {
        QFETCH(EnergySnapshot, snapshot);
        EnergyFlowWidget widget;
        widget.setSnapshot(snapshot);
        QCOMPARE(widget.flows(), EnergyFlows::fromSnapshot(snapshot));
        QCOMPARE(widget.flows().unbalancedW, 0.0);

        // Per node, the paths drawn into and out of it add up to what the snapshot says.
        double fromPv = 0, toHouse = 0, intoBattery = 0, outOfBattery = 0, gridImport = 0, gridExport = 0;
        for (int index = 0; index < kw::gui::FlowPathCount; ++index) {
            const auto path = static_cast<FlowPath>(index);
            const double powerW = EnergyFlowWidget::pathPowerW(widget.flows(), path);
            QVERIFY(powerW >= 0.0);
            const FlowNode source = FlowGeometry::sourceOf(path);
            const FlowNode sink = FlowGeometry::sinkOf(path);
            fromPv += source == FlowNode::Pv ? powerW : 0.0;
            toHouse += sink == FlowNode::House ? powerW : 0.0;
            intoBattery += sink == FlowNode::Battery ? powerW : 0.0;
            outOfBattery += source == FlowNode::Battery ? powerW : 0.0;
            gridImport += source == FlowNode::Grid ? powerW : 0.0;
            gridExport += sink == FlowNode::Grid ? powerW : 0.0;
        }
        QCOMPARE(fromPv, *snapshot.pvW);
        QCOMPARE(toHouse, *snapshot.houseW);
        QCOMPARE(intoBattery - outOfBattery, *snapshot.batteryW);
        QCOMPARE(gridImport - gridExport, *snapshot.gridW);
    }

    void sunnyNoonPaths()
    {
        EnergyFlowWidget widget;
        widget.setSnapshot(sunnyNoon());
        QCOMPARE(widget.flows().pvToHouseW, 800.0);
        QCOMPARE(widget.flows().pvToBatteryW, 2000.0);
        QCOMPARE(widget.flows().pvToGridW, 2400.0);
        QVERIFY(widget.isPathActive(FlowPath::PvToGrid));
        QVERIFY(!widget.isPathActive(FlowPath::GridToHouse));
        widget.setSnapshot(evening());
        QCOMPARE(widget.flows().batteryToHouseW, 600.0);
        QCOMPARE(widget.flows().gridToHouseW, 50.0);
        QVERIFY(widget.isPathActive(FlowPath::GridToHouse)); // 50 W ≥ 30 W
        widget.setSnapshot(makeSnapshot(0, 625, 25, -600, 40));
        QVERIFY(!widget.isPathActive(FlowPath::GridToHouse)); // 25 W: faint, no dots
    }

    void unitSwitchesAtOneKilowatt()
    {
        EnergyFlowWidget widget;
        widget.setSnapshot(makeSnapshot(0, 650, 50, -600, 40));
        QCOMPARE(widget.displayUnit(), PowerUnit::Watt);
        QCOMPARE(widget.labelText(FlowNode::Pv), QStringLiteral("0 W"));
        QCOMPARE(widget.labelText(FlowNode::House), QStringLiteral("650 W"));
        QCOMPARE(widget.labelText(FlowNode::Grid), QStringLiteral("50 W\nimport"));
        QCOMPARE(widget.labelText(FlowNode::Battery), QStringLiteral("600 W\ndischarging"));

        // 999.4 W still reads "999 W"; 999.6 W would read "1000 W", so it already switches.
        widget.setSnapshot(makeSnapshot(999.4, 999.4, 0, 0, 50));
        QCOMPARE(widget.displayUnit(), PowerUnit::Watt);
        widget.setSnapshot(makeSnapshot(999.6, 999.6, 0, 0, 50));
        QCOMPARE(widget.displayUnit(), PowerUnit::Kilowatt);

        widget.setSnapshot(sunnyNoon());
        QCOMPARE(widget.displayUnit(), PowerUnit::Kilowatt);
        QCOMPARE(widget.labelText(FlowNode::Pv), QStringLiteral("5.20 kW"));
        QCOMPARE(widget.labelText(FlowNode::House), QStringLiteral("0.80 kW"));
        QCOMPARE(widget.labelText(FlowNode::Grid), QStringLiteral("2.40 kW\nexport"));
        QCOMPARE(widget.labelText(FlowNode::Battery), QStringLiteral("2.00 kW\ncharging"));

        // A single value ≥ 1,000 W switches every label; 10 kW and above get one decimal.
        widget.setSnapshot(makeSnapshot(12345, 350, -12000, 0, 100));
        QCOMPARE(widget.labelText(FlowNode::Pv), QStringLiteral("12.3 kW"));
        QCOMPARE(widget.labelText(FlowNode::House), QStringLiteral("0.35 kW"));
        QCOMPARE(widget.labelText(FlowNode::Grid), QStringLiteral("12.0 kW\nexport"));
        QCOMPARE(widget.labelText(FlowNode::Battery), QStringLiteral("0.00 kW\nidle"));

        widget.setSnapshot(makeSnapshot(std::nullopt, 500, std::nullopt, 1200, std::nullopt));
        QCOMPARE(widget.labelText(FlowNode::Pv), QStringLiteral("—"));
        QCOMPARE(widget.labelText(FlowNode::House), QStringLiteral("0.50 kW"));
        QCOMPARE(widget.batteryTimeText(), QStringLiteral("—"));
    }

    void gridOutageLabel()
    {
        EnergyFlowWidget widget;
        widget.setSnapshot(makeSnapshot(0, 500, 0, -500, 70));
        widget.setGridOutage(true);
        QVERIFY(widget.gridOutage());
        QCOMPARE(widget.labelText(FlowNode::Grid), QStringLiteral("grid outage"));
        QVERIFY(!widget.isPathActive(FlowPath::GridToHouse));
        QVERIFY(widget.isPathActive(FlowPath::BatteryToHouse));
        widget.setGridOutage(false);
        QCOMPARE(widget.labelText(FlowNode::Grid), QStringLiteral("0 W"));
    }

    void batteryTime_data()
    {
        QTest::addColumn<EnergySnapshot>("snapshot");
        QTest::addColumn<double>("capacityWh");
        QTest::addColumn<QString>("expected");
        QTest::newRow("noon charging") << sunnyNoon() << 10000.0 << QStringLiteral("full in 1 h 54 min");
        QTest::newRow("evening discharging") << evening() << 10000.0 << QStringLiteral("empty in 6 h 40 min");
        QTest::newRow("whole hours") << makeSnapshot(0, 0, 0, 2500, 50) << 5000.0 << QStringLiteral("full in 1 h");
        QTest::newRow("minutes only") << makeSnapshot(0, 0, 0, -3000, 10) << 7500.0 << QStringLiteral("empty in 15 min");
        QTest::newRow("idle") << makeSnapshot(0, 0, 0, 29, 50) << 10000.0 << QStringLiteral("—");
        QTest::newRow("no soc") << makeSnapshot(0, 0, 0, 1000, std::nullopt) << 10000.0 << QStringLiteral("—");
        QTest::newRow("no power") << makeSnapshot(0, 0, 0, std::nullopt, 50) << 10000.0 << QStringLiteral("—");
        QTest::newRow("full") << makeSnapshot(0, 0, 0, 500, 100) << 10000.0 << QStringLiteral("full in < 1 min");
        QTest::newRow("trickle") << makeSnapshot(0, 0, 0, -30, 100) << 10000.0 << QStringLiteral("empty in > 99 h");
    }
    void batteryTime()
    {
        QFETCH(EnergySnapshot, snapshot);
        QFETCH(double, capacityWh);
        QFETCH(QString, expected);
        EnergyFlowWidget widget;
        QCOMPARE(widget.batteryCapacityWh(), 10000.0);
        widget.setBatteryCapacityWh(capacityWh);
        widget.setSnapshot(snapshot);
        QCOMPARE(widget.batteryTimeText(), expected);
    }

    void durationText()
    {
        QCOMPARE(PowerFormatter::durationText(0.5), QStringLiteral("30 min"));
        QCOMPARE(PowerFormatter::durationText(1.0 / 3.0 + 2.0), QStringLiteral("2 h 20 min"));
        QCOMPARE(PowerFormatter::durationText(0.004), QStringLiteral("< 1 min"));
        QCOMPARE(PowerFormatter::durationText(150.0), QStringLiteral("> 99 h"));
    }

    void dotSpeedGrowsAndSaturates()
    {
        EnergyFlowWidget widget;
        QCOMPARE(widget.fullScaleW(), 10000.0);
        QVERIFY(widget.dotSpeed(100) < widget.dotSpeed(1000));
        QVERIFY(widget.dotSpeed(1000) < widget.dotSpeed(5000));
        QCOMPARE(widget.dotSpeed(10000), widget.dotSpeed(25000));
        const double before = widget.dotSpeed(2000);
        widget.setFullScaleW(2000);
        QVERIFY(widget.dotSpeed(2000) > before);
        QCOMPARE(widget.dotSpeed(2000), widget.dotSpeed(10000));
        widget.setFullScaleW(-5); // ignored
        QCOMPARE(widget.fullScaleW(), 2000.0);
    }

    void animationOnlyWhenVisibleEnabledAndActive()
    {
        EnergyFlowWidget widget;
        widget.setReducedMotion(false);
        widget.resize(600, 400);
        widget.setSnapshot(sunnyNoon());
        QVERIFY(!widget.isAnimating()); // never shown

        PaintCounter counter;
        widget.installEventFilter(&counter);
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        QVERIFY(widget.isAnimating());
        // The clock alone keeps repainting: no new snapshot needed.
        const int afterShow = counter.count;
        QTRY_VERIFY_WITH_TIMEOUT(counter.count >= afterShow + 3, 5000);

        widget.setSnapshot(idle());
        QVERIFY(!widget.isAnimating());
        widget.setSnapshot(sunnyNoon());
        QVERIFY(widget.isAnimating());

        widget.setAnimationEnabled(false);
        QVERIFY(!widget.isAnimating());
        widget.setAnimationEnabled(true);
        QVERIFY(widget.isAnimating());

        widget.setReducedMotion(true);
        QVERIFY(!widget.isAnimating());
        widget.setReducedMotion(false);
        QVERIFY(widget.isAnimating());

        // Only grid paths active and the grid is out: nothing moves.
        widget.setSnapshot(makeSnapshot(0, 500, 500, 0, 50));
        QVERIFY(widget.isAnimating());
        widget.setGridOutage(true);
        QVERIFY(!widget.isAnimating());
        widget.setGridOutage(false);
        widget.setSnapshot(sunnyNoon());

        // Hidden: no timer, and neither the clock nor new snapshots cause paints.
        widget.hide();
        QVERIFY(!widget.isAnimating());
        QCoreApplication::processEvents();
        counter.count = 0;
        for (int i = 0; i < 5; ++i) {
            widget.setSnapshot(i % 2 ? sunnyNoon() : evening());
            widget.setGridOutage(i % 2 == 0);
        }
        // Proving that nothing happens needs some time to pass: five frame intervals.
        QTest::qWait(170);
        QCOMPARE(counter.count, 0);
        QVERIFY(!widget.isAnimating());

        widget.setGridOutage(false);
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        QVERIFY(widget.isAnimating());
        QTRY_VERIFY_WITH_TIMEOUT(counter.count > 0, 5000);
    }

    void reducedMotionFromEnvironment()
    {
        qputenv("KW_REDUCED_MOTION", "1");
        EnergyFlowWidget reduced;
        qunsetenv("KW_REDUCED_MOTION");
        EnergyFlowWidget normal;
        QVERIFY(reduced.reducedMotion());
        QVERIFY(!normal.reducedMotion());
        reduced.setSnapshot(sunnyNoon());
        reduced.show();
        QVERIFY(QTest::qWaitForWindowExposed(&reduced));
        QVERIFY(!reduced.isAnimating());
    }

    void geometryHasNoOverlaps_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("600x400") << QSize(600, 400);
        QTest::newRow("1200x800") << QSize(1200, 800);
        QTest::newRow("400x600") << QSize(400, 600);
        QTest::newRow("1600x1000") << QSize(1600, 1000);
    }
    void geometryHasNoOverlaps()
    {
        QFETCH(QSize, size);
        const QRectF bounds(QPointF(0, 0), QSizeF(size));
        const FlowGeometry geometry = FlowGeometry::compute(bounds);
        const double radius = geometry.nodeRadius();
        QVERIFY(radius >= 40.0);
        const FlowNode nodes[] = {FlowNode::Pv, FlowNode::Grid, FlowNode::Battery, FlowNode::House};
        for (const FlowNode a : nodes) {
            const QPointF centre = geometry.centre(a);
            QVERIFY(bounds.contains(QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)));
            for (const FlowNode b : nodes) {
                if (a != b)
                    QVERIFY(QLineF(centre, geometry.centre(b)).length() > 2.5 * radius);
            }
        }
        // Two caption lines under the battery still fit.
        QVERIFY(geometry.centre(FlowNode::Battery).y() + radius + 3 * geometry.captionFontPx() <= bounds.bottom());
        for (int index = 0; index < kw::gui::FlowPathCount; ++index)
            QVERIFY(geometry.path(static_cast<FlowPath>(index)).length() > radius * 0.5);
    }

    void rendersAtAnySize_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("100x100") << QSize(100, 100);
        QTest::newRow("600x400") << QSize(600, 400);
        QTest::newRow("1600x1000") << QSize(1600, 1000);
    }
    void rendersAtAnySize()
    {
        QFETCH(QSize, size);
        EnergyFlowWidget widget;
        widget.resize(size);
        widget.setSnapshot(sunnyNoon());
        const QImage image = widget.grab().toImage();
        QCOMPARE(image.size(), size);
        QVERIFY(pixelsUnlike(image, image.pixelColor(0, 0)) > 20);
    }

    void rendersAtDevicePixelRatioTwo()
    {
        EnergyFlowWidget widget;
        widget.resize(600, 400);
        widget.setSnapshot(sunnyNoon());
        QImage image(QSize(1200, 800), QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(2.0);
        image.fill(widget.palette().color(QPalette::Window));
        widget.render(&image);
        const int drawn = pixelsUnlike(image, image.pixelColor(0, 0));
        // Painted across the full 2× image, not just its top-left quarter.
        QImage bottomRight = image.copy(600, 400, 600, 400);
        QVERIFY(drawn > 1000);
        QVERIFY(pixelsUnlike(bottomRight, image.pixelColor(0, 0)) > 200);
    }

    void darkPaletteRenders()
    {
        EnergyFlowWidget widget;
        widget.setPalette(darkPalette());
        widget.resize(600, 400);
        widget.setSnapshot(evening());
        const QImage image = widget.grab().toImage();
        QVERIFY(image.pixelColor(0, 0).lightnessF() < 0.2);
        // Light text and bright source colours appear on the dark background.
        int bright = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                bright += image.pixelColor(x, y).lightnessF() > 0.7 ? 1 : 0;
        QVERIFY(bright > 200);
    }

    // Renders the reference scenes; with KW_FLOW_SNAPSHOT_DIR set they are written there as PNGs
    // for people to look at.
    void referenceScenes()
    {
        struct Scene
        {
            const char *name;
            EnergySnapshot snapshot;
            bool outage;
        };
        const Scene scenes[] = {{"noon", sunnyNoon(), false},
                                {"evening", evening(), false},
                                {"outage", makeSnapshot(1200, 900, 0, 300, 85), true}};
        for (const Scene &scene : scenes)
            renderScene(scene.name, scene.snapshot, scene.outage);
        const QString directory = qEnvironmentVariable("KW_FLOW_SNAPSHOT_DIR");
        // A frame as people see it: shown, so the dots are out instead of the static arrows.
        EnergyFlowWidget moving;
        moving.resize(600, 400);
        moving.setSnapshot(sunnyNoon());
        moving.show();
        QVERIFY(QTest::qWaitForWindowExposed(&moving));
        QVERIFY(moving.isAnimating());
        const QImage image = moving.grab().toImage();
        QVERIFY(pixelsUnlike(image, image.pixelColor(0, 0)) > 500);
        if (!directory.isEmpty())
            QVERIFY(image.save(QDir(directory).filePath(QStringLiteral("flow-noon-600x400-moving.png"))));
    }

    // The fifth node exists only while the snapshot has a wallbox power.
    void wallboxNodeOnlyWithWallboxPower()
    {
        EnergyFlowWidget widget;
        widget.resize(600, 400);
        widget.setSnapshot(sunnyNoon());
        QVERIFY(!widget.hasWallbox());
        QVERIFY(!widget.flowGeometry().hasWallbox());
        QCOMPARE(widget.flowGeometry().nodeCount(), 4);
        QVERIFY(!widget.isPathActive(FlowPath::HouseToWallbox));
        QCOMPARE(widget.labelText(FlowNode::Wallbox), QStringLiteral("—"));
        QVERIFY(!widget.accessibleDescription().contains(QStringLiteral("wallbox")));

        widget.setSnapshot(carEvening());
        QVERIFY(widget.hasWallbox());
        QCOMPARE(widget.flowGeometry().nodeCount(), 5);
        QVERIFY(widget.isPathActive(FlowPath::HouseToWallbox));
        QCOMPARE(EnergyFlowWidget::pathPowerW(widget.flows(), FlowPath::HouseToWallbox), 11040.0);
        QVERIFY(widget.accessibleDescription().contains(QStringLiteral("wallbox 11.0 kW charging")));

        // An idle wallbox is still drawn (the device has one), its path without dots.
        widget.setSnapshot(withWallbox(evening(), 0));
        QVERIFY(widget.hasWallbox());
        QVERIFY(!widget.isPathActive(FlowPath::HouseToWallbox));
        widget.setSnapshot(withWallbox(makeSnapshot(0, 679, 79, -600, 40), 29)); // below 30 W: no dots
        QVERIFY(!widget.isPathActive(FlowPath::HouseToWallbox));
        widget.setSnapshot(withWallbox(makeSnapshot(0, 680, 80, -600, 40), 30));
        QVERIFY(widget.isPathActive(FlowPath::HouseToWallbox));

        widget.setSnapshot(evening());
        QVERIFY(!widget.hasWallbox());
        QCOMPARE(widget.flowGeometry().nodeCount(), 4);
    }

    // The wallbox's label in the diagram's one unit; the house keeps its own consumption.
    void wallboxLabels()
    {
        EnergyFlowWidget widget;
        widget.setSnapshot(withWallbox(makeSnapshot(2000, 4200, 2200, 0, 50), 3700));
        QCOMPARE(widget.labelText(FlowNode::Wallbox), QStringLiteral("3.70 kW\ncharging"));
        QCOMPARE(widget.labelText(FlowNode::House), QStringLiteral("0.50 kW"));
        QCOMPARE(widget.labelText(FlowNode::Grid), QStringLiteral("2.20 kW\nimport"));

        widget.setSnapshot(withWallbox(makeSnapshot(0, 650, 50, -600, 40), 0));
        QCOMPARE(widget.labelText(FlowNode::Wallbox), QStringLiteral("0 W\nidle"));
        QCOMPARE(widget.labelText(FlowNode::House), QStringLiteral("650 W"));

        // The wallbox alone can switch every label to kW.
        widget.setSnapshot(withWallbox(makeSnapshot(600, 1050, 450, 0, 50), 1000));
        QCOMPARE(widget.displayUnit(), PowerUnit::Kilowatt);
        QCOMPARE(widget.labelText(FlowNode::House), QStringLiteral("0.05 kW"));
        QCOMPARE(widget.labelText(FlowNode::Wallbox), QStringLiteral("1.00 kW\ncharging"));

        // A wallbox whose reading is not a number: the node is there, its value is not.
        widget.setSnapshot(withWallbox(evening(), std::numeric_limits<double>::quiet_NaN()));
        QVERIFY(widget.hasWallbox());
        QCOMPARE(widget.labelText(FlowNode::Wallbox), QStringLiteral("—"));
        QCOMPARE(widget.labelText(FlowNode::House), QStringLiteral("650 W"));
    }

    // With a wallbox every node's paths still add up: the house passes the car's power on.
    void wallboxFlowsAreConserved_data()
    {
        QTest::addColumn<EnergySnapshot>("snapshot");
        QTest::newRow("car evening") << carEvening();
        QTest::newRow("car noon") << carNoon();
        QTest::newRow("idle wallbox") << withWallbox(evening(), 0);
    }
    void wallboxFlowsAreConserved()
    {
        QFETCH(EnergySnapshot, snapshot);
        EnergyFlowWidget widget;
        widget.setSnapshot(snapshot);
        QCOMPARE(widget.flows().unbalancedW, 0.0);
        double toHouse = 0, outOfHouse = 0, toWallbox = 0;
        for (int index = 0; index < kw::gui::FlowPathCountWithWallbox; ++index) {
            const auto path = static_cast<FlowPath>(index);
            const double powerW = EnergyFlowWidget::pathPowerW(widget.flows(), path);
            toHouse += FlowGeometry::sinkOf(path) == FlowNode::House ? powerW : 0.0;
            outOfHouse += FlowGeometry::sourceOf(path) == FlowNode::House ? powerW : 0.0;
            toWallbox += FlowGeometry::sinkOf(path) == FlowNode::Wallbox ? powerW : 0.0;
        }
        QCOMPARE(toHouse, *snapshot.houseW);
        QCOMPARE(outOfHouse, *snapshot.wallboxW);
        QCOMPARE(toWallbox, *snapshot.wallboxW);
        QCOMPARE(widget.flows().houseOwnW(), *snapshot.houseW - *snapshot.wallboxW);
    }

    void wallboxGeometryHasNoOverlaps_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<double>("minimumRadius");
        QTest::newRow("600x400") << QSize(600, 400) << 50.0;
        QTest::newRow("1200x800") << QSize(1200, 800) << 100.0;
        QTest::newRow("800x400") << QSize(800, 400) << 55.0;
        QTest::newRow("1600x1000") << QSize(1600, 1000) << 120.0;
        // Portrait: the five nodes side by side get smaller, but still fit.
        QTest::newRow("400x600") << QSize(400, 600) << 33.0;
    }
    void wallboxGeometryHasNoOverlaps()
    {
        QFETCH(QSize, size);
        QFETCH(double, minimumRadius);
        const QRectF bounds(QPointF(0, 0), QSizeF(size));
        const FlowGeometry geometry = FlowGeometry::compute(bounds, true);
        QVERIFY(geometry.hasWallbox());
        const double radius = geometry.nodeRadius();
        QVERIFY2(radius >= minimumRadius, qPrintable(QString::number(radius)));
        const FlowNode nodes[] = {FlowNode::Pv, FlowNode::Grid, FlowNode::Battery, FlowNode::House, FlowNode::Wallbox};
        for (const FlowNode a : nodes) {
            const QPointF centre = geometry.centre(a);
            QVERIFY(bounds.contains(QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)));
            for (const FlowNode b : nodes) {
                if (a != b)
                    QVERIFY(QLineF(centre, geometry.centre(b)).length() > 2.5 * radius);
            }
        }
        // Below the house, right of the battery, on the battery's row (captions line up).
        const QPointF wallbox = geometry.centre(FlowNode::Wallbox);
        QVERIFY(wallbox.x() > geometry.centre(FlowNode::House).x() + radius);
        QCOMPARE(wallbox.y(), geometry.centre(FlowNode::Battery).y());
        QVERIFY(wallbox.y() + radius + 3 * geometry.captionFontPx() <= bounds.bottom());
        // The group is centred: as much room left of the grid as right of the wallbox.
        const double left = geometry.centre(FlowNode::Grid).x() - bounds.left();
        const double right = bounds.right() - wallbox.x();
        QVERIFY(std::abs(left - right) < 1.0);
        for (int index = 0; index < kw::gui::FlowPathCountWithWallbox; ++index)
            QVERIFY(geometry.path(static_cast<FlowPath>(index)).length() > radius * 0.5);
        // Long enough for moving dots (at least two dot spacings).
        QVERIFY(geometry.path(FlowPath::HouseToWallbox).length() >= 2 * std::max(12.0, radius * 0.5));

        // Without a wallbox the layout is the four-node one, its path absent.
        const FlowGeometry plain = FlowGeometry::compute(bounds);
        QVERIFY(!plain.hasWallbox());
        QVERIFY(plain.path(FlowPath::HouseToWallbox).isEmpty());
        QCOMPARE(plain.centre(FlowNode::Pv), FlowGeometry::compute(bounds, false).centre(FlowNode::Pv));
        QCOMPARE(plain.centre(FlowNode::Pv).x(), bounds.center().x());
    }

    // The wallbox is drawn where the geometry puts it, and nothing is drawn there without one.
    void wallboxIsDrawn()
    {
        EnergyFlowWidget widget;
        widget.resize(600, 400);
        widget.setSnapshot(withWallbox(evening(), 0));
        const QPointF centre = widget.flowGeometry().centre(FlowNode::Wallbox);
        const double half = widget.flowGeometry().nodeRadius() * 0.5;
        // The inside of the node: the car and the label.
        const QRect nodeBox = QRectF(centre.x() - half, centre.y() - half, 2 * half, 2 * half).toRect();
        const QImage with = widget.grab().toImage();
        QVERIFY(pixelsUnlike(with.copy(nodeBox), with.pixelColor(0, 0)) > 50);

        // Without the wallbox its place shows (nearly) background: at most a caption's edge.
        widget.setSnapshot(evening());
        const QImage without = widget.grab().toImage();
        QVERIFY(pixelsUnlike(without.copy(nodeBox), without.pixelColor(0, 0)) * 3 < pixelsUnlike(with.copy(nodeBox), with.pixelColor(0, 0)));
        int changed = 0;
        for (int y = nodeBox.top(); y <= nodeBox.bottom(); ++y)
            for (int x = nodeBox.left(); x <= nodeBox.right(); ++x)
                changed += with.pixel(x, y) != without.pixel(x, y) ? 1 : 0;
        QVERIFY(changed > nodeBox.width() * nodeBox.height() / 10);
    }

    // The wallbox scenes as people see them, light and dark; with KW_FLOW_SNAPSHOT_DIR set they
    // are written there as PNGs to look at.
    void wallboxScenes()
    {
        struct Scene
        {
            const char *name;
            EnergySnapshot snapshot;
        };
        const Scene scenes[] = {{"car-evening", carEvening()}, {"car-noon", carNoon()},
                                {"car-idle", withWallbox(evening(), 0)}};
        for (const Scene &scene : scenes)
            renderScene(scene.name, scene.snapshot);
        const QString directory = qEnvironmentVariable("KW_FLOW_SNAPSHOT_DIR");
        EnergyFlowWidget moving;
        moving.resize(600, 400);
        moving.setSnapshot(carNoon());
        moving.show();
        QVERIFY(QTest::qWaitForWindowExposed(&moving));
        QVERIFY(moving.isAnimating());
        const QImage image = moving.grab().toImage();
        if (!directory.isEmpty())
            QVERIFY(image.save(QDir(directory).filePath(QStringLiteral("flow-car-noon-600x400-moving.png"))));
    }

    // The simulated plant with a wallbox, at a moment of each kind of charging session: the
    // diagram gets the node, the flows balance, and (with KW_FLOW_SNAPSHOT_DIR) PNGs to look at.
    void simulatedWallboxScenes()
    {
        using kw::sim::CivilTime::MsPerDay;
        const quint64 seed = 3;
        const kw::sim::WallboxModel model(seed, 0);
        const qint64 firstDay = kw::sim::CivilTime::utcDay(
            QDateTime(QDate(2024, 6, 10), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch());
        qint64 eveningMs = 0;
        qint64 noonMs = 0;
        for (qint64 day = firstDay; day < firstDay + 60 && (!eveningMs || !noonMs); ++day) {
            for (const kw::sim::WallboxModel::Session &s : model.sessionsOn(day)) {
                // Local (CEST) to UTC: two hours back in summer.
                const qint64 middleUtc = (s.startMs + s.endMs) / 2 - 2 * 3'600'000;
                qint64 &slot = s.phases == 3 ? eveningMs : noonMs;
                if (!slot)
                    slot = middleUtc;
            }
        }
        QVERIFY(eveningMs && noonMs);
        const QString directory = qEnvironmentVariable("KW_FLOW_SNAPSHOT_DIR");
        for (const auto &[name, atMs] : {std::pair{"sim-car-evening", eveningMs}, std::pair{"sim-car-noon", noonMs}}) {
            kw::sim::PlantModel plant(seed, atMs, 0, {}, 1);
            const EnergySnapshot snapshot = plant.energySnapshot();
            QVERIFY(snapshot.wallboxW && *snapshot.wallboxW > 3000.0);
            for (const bool dark : {false, true}) {
                for (const QSize size : {QSize(600, 400), QSize(1200, 800)}) {
                    EnergyFlowWidget widget;
                    if (dark)
                        widget.setPalette(darkPalette());
                    widget.resize(size);
                    widget.setSnapshot(snapshot);
                    QVERIFY(widget.hasWallbox());
                    QVERIFY(widget.isPathActive(FlowPath::HouseToWallbox));
                    QVERIFY(widget.flows().unbalancedW < 1e-6);
                    QVERIFY(widget.labelText(FlowNode::Wallbox).endsWith(QStringLiteral("\ncharging")));
                    const QImage image = widget.grab().toImage();
                    if (!directory.isEmpty()) {
                        QVERIFY(image.save(QDir(directory).filePath(
                            QStringLiteral("flow-%1-%2x%3%4.png")
                                .arg(QString::fromLatin1(name))
                                .arg(size.width())
                                .arg(size.height())
                                .arg(dark ? QStringLiteral("-dark") : QString()))));
                    }
                }
            }
        }
    }
};

QTEST_MAIN(TestEnergyFlowWidget)
#include "tst_energyflowwidget.moc"
