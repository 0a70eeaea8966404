// The Battery view: the simulator's real BMS answer over loopback in its three tables, the
// heatmap's colour scale and markers as rendered (light and dark), readings that are missing or
// invalid, the empty states, tooltips, and polls that update in place without losing selection
// or scroll position.
#include "thememanager.h"
#include "../net/simfixture.h"

#include "batterycelltemperaturesmodel.h"
#include "batterymodulesmodel.h"
#include "batteryview.h"
#include "cellheatmapdelegate.h"
#include "heatmapcolours.h"
#include "heatmaplegend.h"
#include "modelroles.h"

#include "senec/senecexchange.h"
#include "senec/senecrequestbuilder.h"
#include "senec/senecvaluecodec.h"

#include <QApplication>
#include <QDir>
#include <QHeaderView>
#include <QImage>
#include <QLocale>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyleFactory>
#include <QTableView>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace Qt::StringLiterals;
using kw::gui::BatteryView;
using kw::gui::CellHeatmapDelegate;
using kw::gui::HeatmapColours;
using kw::gui::HeatmapLegend;
using kw::models::BatteryCellTemperaturesModel;
using kw::models::BatteryModulesModel;
using kw::senec::SenecResponse;
namespace SenecValueCodec = kw::senec::SenecValueCodec;

namespace {

using Marker = CellHeatmapDelegate::Marker;
constexpr int Summary = BatteryModulesModel::SummaryColumnCount;

QPalette lightPalette()
{
    return QStyleFactory::create(u"Fusion"_s)->standardPalette();
}

// The app's own dark theme, as the user gets it.
QPalette darkPalette()
{
    return kw::gui::ThemeManager::darkPalette();
}

int distance(const QColor &a, const QColor &b)
{
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue());
}

// The most frequent colour inside `rect`: a cell's background, whatever text and marks it holds.
QColor dominantColour(const QImage &image, const QRect &rect)
{
    QHash<QRgb, int> counts;
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        for (int x = rect.left(); x <= rect.right(); ++x)
            ++counts[image.pixel(x, y) | 0xff000000u];
    }
    QRgb best = 0;
    int bestCount = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > bestCount) {
            best = it.key();
            bestCount = it.value();
        }
    }
    return QColor::fromRgb(best);
}

// Pixels within `rect` close to `colour`.
int pixelsLike(const QImage &image, const QRect &rect, const QColor &colour, int tolerance = 90)
{
    int count = 0;
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        for (int x = rect.left(); x <= rect.right(); ++x) {
            if (distance(image.pixelColor(x, y), colour) <= tolerance)
                ++count;
        }
    }
    return count;
}

// A cell's rectangle in the coordinates of the grabbed view.
QRect cellRect(const BatteryView &view, QTableView *table, const QModelIndex &index)
{
    const QRect inViewport = table->visualRect(index);
    return QRect(table->viewport()->mapTo(&view, inViewport.topLeft()), inViewport.size());
}

QString letterOf(int slot)
{
    return QString(QChar(u'A' + slot));
}

} // namespace

class TestBatteryView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    kwtest::DeviceRig m_rig;
    SenecResponse m_first;
    SenecResponse m_second;

    SenecResponse poll()
    {
        kw::senec::SenecExchange exchange(
            m_rig.transport.get(), kw::senec::SenecRequestBuilder(kw::senec::SenecRequestBuilder::heavySet()).bodies());
        std::optional<kw::senec::SenecExchange::Outcome> outcome;
        connect(&exchange, &kw::senec::SenecExchange::finished, this,
                [&](const kw::senec::SenecExchange::Outcome &o) { outcome = o; });
        exchange.start();
        if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 15'000) || !outcome->ok()) {
            qWarning("simulator poll failed: %s", outcome ? qPrintable(outcome->message) : "timeout");
            return {};
        }
        return outcome->response;
    }

    // The cells of one module as numbers straight from the answer: the oracle for the view.
    static QList<double> cellsOf(const SenecResponse &response, const QString &variable)
    {
        QList<double> cells;
        const auto *v = response.variable(u"BMS"_s, variable);
        for (qsizetype i = 0; v && i < v->values.size(); ++i) {
            if (const auto number = response.number(u"BMS"_s, variable, i))
                cells.append(*number);
        }
        return cells;
    }

    static void showAndWait(BatteryView &view, QSize size)
    {
        view.resize(size);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
    }

    static QImage render(BatteryView &view)
    {
        return view.grab().toImage().convertToFormat(QImage::Format_RGB32);
    }

    // Saves a rendering where KW_BATTERY_SNAPSHOT_DIR points (for looking at it); else nothing.
    static void saveSnapshot(const QImage &image, const QString &name)
    {
        const QString directory = qEnvironmentVariable("KW_BATTERY_SNAPSHOT_DIR");
        if (!directory.isEmpty())
            QVERIFY(image.save(QDir(directory).filePath(name)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QApplication::setPalette(lightPalette());
        QVERIFY(m_dir.isValid());
        kw::sim::SimulatorOptions options = kwtest::simOptions(kw::sim::Firmware::V0826);
        options.speed = 120.0; // values move between two polls
        // A June morning: the battery charging, so cells and currents are not idle.
        options.start = QDateTime(QDate(2024, 6, 21), QTime(6, 0), Qt::UTC);
        kwtest::setUpDeviceRig(m_rig, options, m_dir.filePath(u"trust.json"_s), 15'000);
        QVERIFY(m_rig.sim);
        m_first = poll();
        QVERIFY(m_first.section(u"BMS"_s));
        QTest::qWait(50); // the simulated clock moves on at 120× real time
        m_second = poll();
        QVERIFY(m_second.section(u"BMS"_s));
        QVERIFY(!(m_second == m_first));
    }

    void cleanup()
    {
        QApplication::setPalette(lightPalette());
    }

    void colourScale_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::newRow("light") << lightPalette();
        QTest::newRow("dark") << darkPalette();
    }
    void colourScale()
    {
        QFETCH(QPalette, palette);
        const HeatmapColours colours = HeatmapColours::fromPalette(palette);
        const double span = BatteryView::CellVoltageSpanMv;
        QCOMPARE(colours.neutral, palette.color(QPalette::Base));
        QCOMPARE(colours.background(0.0, span), colours.neutral);
        // Diverging: cool below the mean, warm above, whatever the palette.
        const QColor low = colours.background(-span, span);
        const QColor high = colours.background(span, span);
        QVERIFY2(low.blue() > low.red() + 80, qPrintable(low.name()));
        QVERIFY2(high.red() > high.blue() + 80, qPrintable(high.name()));
        // Symmetric, saturating at the span, zero for a span that makes no sense.
        for (double d : {0.5, 3.0, 7.0, 15.0})
            QCOMPARE(HeatmapColours::strength(-d, span), -HeatmapColours::strength(d, span));
        QCOMPARE(HeatmapColours::strength(span, span), 1.0);
        QCOMPARE(colours.background(3 * span, span), high);
        QCOMPARE(colours.background(-3 * span, span), low);
        QCOMPARE(HeatmapColours::strength(5.0, 0.0), 0.0);
        QCOMPARE(HeatmapColours::strength(std::nan(""), span), 0.0);
        // Further from the mean, further from neutral; a healthy module's 2 mV already shows.
        int previous = 0;
        for (double d : {1.0, 2.0, 5.0, 10.0, 20.0}) {
            const int now = distance(colours.background(d, span), colours.neutral);
            QVERIFY2(now > previous, qPrintable(u"%1 mV"_s.arg(d)));
            QCOMPARE(distance(colours.background(-d, span), colours.neutral) > 0, true);
            previous = now;
        }
        QVERIFY(distance(colours.background(2.0, span), colours.neutral) >= 30);
        // Readable text on every colour of the scale (WCAG AA, 4.5:1).
        for (double d = -1.5 * span; d <= 1.5 * span; d += 0.25) {
            const QColor background = colours.background(d, span);
            const double ratio = HeatmapColours::contrastRatio(colours.textOn(background), background);
            QVERIFY2(ratio >= 4.5, qPrintable(u"%1 mV: %2 on %3, %4:1"_s.arg(d).arg(
                colours.textOn(background).name(), background.name()).arg(ratio)));
        }
        QCOMPARE(HeatmapColours::contrastRatio(Qt::black, Qt::white), 21.0);
    }

    void emptyStates()
    {
        BatteryView view;
        showAndWait(view, {800, 400});
        QCOMPARE(view.state(), BatteryView::State::NoData);
        QCOMPARE(view.emptyText(), u"No battery data yet"_s);
        QVERIFY(!view.cellTable()->isVisible());
        // The message is drawn: something unlike the background in the middle of the view.
        const QImage image = render(view);
        const QColor window = image.pixelColor(2, 2);
        int ink = 0;
        for (int x = 200; x < 600; ++x)
            ink += distance(image.pixelColor(x, 200), window) > 60 ? 1 : 0;
        QVERIFY2(ink > 0, "no empty-state text drawn");
        saveSnapshot(image, u"battery-empty.png"_s);

        // The live poll's SYSTEM_SOC alone says nothing about modules.
        view.showResponse(*kw::senec::parseSenecResponse(R"({"BMS":{"SYSTEM_SOC":"u1_01F4"}})").response);
        QCOMPARE(view.state(), BatteryView::State::NoData);
        // No BMS at all, and a BMS with no modules configured.
        view.showResponse(*kw::senec::parseSenecResponse(R"({"BMS":{"OBJECT_NOT_FOUND":""}})").response);
        QCOMPARE(view.state(), BatteryView::State::NoModules);
        QCOMPARE(view.emptyText(), u"The device reports no battery modules"_s);
        QVERIFY(!view.cellTable()->isVisible());
        view.showResponse(*kw::senec::parseSenecResponse(R"({"BMS":{"MODULES_CONFIGURED":"u8_00"}})").response);
        QCOMPARE(view.state(), BatteryView::State::NoModules);

        view.showResponse(m_first);
        QCOMPARE(view.state(), BatteryView::State::Modules);
        QVERIFY(view.emptyText().isEmpty());
        QVERIFY(view.cellTable()->isVisible());
        QVERIFY(view.temperatureTable()->isVisible());
        QVERIFY(view.moduleTable()->isVisible());
    }

    void simulatorAnswer()
    {
        BatteryView view;
        view.showResponse(m_first);
        showAndWait(view, {1100, 600});
        const BatteryModulesModel *modules = view.modulesModel();
        const BatteryCellTemperaturesModel *temps = view.temperaturesModel();

        // The simulated V3: three modules × 14 cells, six sensors each.
        QCOMPARE(modules->rowCount(), 3);
        QCOMPARE(modules->cellCount(), 14);
        QCOMPARE(temps->rowCount(), 3);
        QCOMPARE(temps->cellCount(), 6);
        for (int row = 0; row < 3; ++row)
            QCOMPARE(modules->headerData(row, Qt::Vertical).toString(), u"Module "_s + letterOf(row));

        // What each table shows: module figures; cell min/max/delta then 14 cells; sensors.
        const auto shown = [](QTableView *table) {
            QList<int> columns;
            for (int c = 0; c < table->model()->columnCount(); ++c) {
                if (!table->isColumnHidden(c))
                    columns.append(c);
            }
            return columns;
        };
        QCOMPARE(shown(view.moduleTable()),
                 (QList<int>{BatteryModulesModel::SocColumn, BatteryModulesModel::SohColumn,
                             BatteryModulesModel::CyclesColumn, BatteryModulesModel::VoltageColumn,
                             BatteryModulesModel::CurrentColumn, BatteryModulesModel::StatusColumn}));
        QList<int> cellColumns{BatteryModulesModel::MinCellColumn, BatteryModulesModel::MaxCellColumn,
                               BatteryModulesModel::DeltaCellColumn};
        for (int c = 0; c < 14; ++c)
            cellColumns.append(Summary + c);
        QCOMPARE(shown(view.cellTable()), cellColumns);
        QCOMPARE(shown(view.temperatureTable()).size(), BatteryCellTemperaturesModel::SummaryColumnCount + 6);

        // Every shown column is wide enough for what it holds, and the cell columns form a grid.
        QHeaderView *header = view.cellTable()->horizontalHeader();
        const int cellWidth = header->sectionSize(Summary);
        for (int c = 0; c < 14; ++c)
            QCOMPARE(header->sectionSize(Summary + c), cellWidth);
        for (QTableView *table : {view.moduleTable(), view.cellTable(), view.temperatureTable()}) {
            const QFontMetrics metrics(table->font());
            for (int row = 0; row < table->model()->rowCount(); ++row) {
                for (int c : shown(table)) {
                    const QString text = table->model()->index(row, c).data().toString();
                    QVERIFY2(metrics.horizontalAdvance(text) < table->columnWidth(c),
                             qPrintable(u"%1 in column %2"_s.arg(text).arg(c)));
                }
            }
            // Not stretched: exactly as wide as its columns, and inside a 1100 px window.
            QCOMPARE(table->width(), 2 * table->frameWidth() + table->verticalHeader()->width()
                                         + table->horizontalHeader()->length());
            QVERIFY(table->width() < 1100 - 2 * 9);
        }
        // The three tables' rows line up: one row height, one module-name column.
        QCOMPARE(view.moduleTable()->verticalHeader()->width(), view.cellTable()->verticalHeader()->width());
        QCOMPARE(view.cellTable()->rowHeight(0), view.temperatureTable()->rowHeight(0));
        // Cell texts are the answer's numbers.
        for (int row = 0; row < 3; ++row) {
            const QList<double> cells = cellsOf(m_first, u"CELL_VOLTAGES_MODULE_"_s + letterOf(row));
            QCOMPARE(cells.size(), 14);
            for (int c = 0; c < 14; ++c)
                QCOMPARE(modules->index(row, Summary + c).data().toString(), QString::number(cells[c], 'f', 0));
        }

        // The pack line, from an oracle of its own.
        QList<double> all;
        double largestDelta = -1;
        int largestRow = -1;
        double coolest = 1e9, warmest = -1e9;
        for (int row = 0; row < 3; ++row) {
            const QList<double> cells = cellsOf(m_first, u"CELL_VOLTAGES_MODULE_"_s + letterOf(row));
            all.append(cells);
            const double delta = *std::max_element(cells.cbegin(), cells.cend())
                               - *std::min_element(cells.cbegin(), cells.cend());
            if (delta > largestDelta) {
                largestDelta = delta;
                largestRow = row;
            }
            for (double t : cellsOf(m_first, u"CELL_TEMPERATURES_MODULE_"_s + letterOf(row))) {
                coolest = std::min(coolest, t);
                warmest = std::max(warmest, t);
            }
        }
        const double mean = std::accumulate(all.cbegin(), all.cend(), 0.0) / double(all.size());
        const QString sensors = coolest == warmest
            ? u"sensors %1 \u00B0C"_s.arg(coolest)
            : u"sensors %1\u2013%2 \u00B0C"_s.arg(coolest).arg(warmest);
        QCOMPARE(view.packSummaryText(),
                 u"3 modules  \u00B7  42 cells  \u00B7  mean cell %1 mV  \u00B7  largest cell delta %2 mV in Module %3  \u00B7  "_s
                         .arg(QString::number(mean, 'f', 0), QString::number(largestDelta, 'f', 0), letterOf(largestRow))
                     + sensors);
    }

    void heatmapRendering_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::addColumn<QString>("name");
        QTest::newRow("light") << lightPalette() << u"light"_s;
        QTest::newRow("dark") << darkPalette() << u"dark"_s;
    }
    void heatmapRendering()
    {
        QFETCH(QPalette, palette);
        QFETCH(QString, name);
        QApplication::setPalette(palette);
        BatteryView view;
        view.showResponse(m_first);
        showAndWait(view, {1100, 600});
        const QImage image = render(view);
        saveSnapshot(image, u"battery-%1.png"_s.arg(name));

        const BatteryModulesModel *modules = view.modulesModel();
        const CellHeatmapDelegate *delegate = view.cellDelegate();
        const HeatmapColours colours = HeatmapColours::fromPalette(view.cellTable()->palette());
        int coloured = 0;
        for (int row = 0; row < modules->rowCount(); ++row) {
            // The cells furthest below and above the module mean.
            QModelIndex lowest, highest;
            for (int c = 0; c < 14; ++c) {
                const QModelIndex index = modules->index(row, Summary + c);
                const double d = index.data(kw::models::DeviationFromMeanRole).toDouble();
                if (!lowest.isValid() || d < lowest.data(kw::models::DeviationFromMeanRole).toDouble())
                    lowest = index;
                if (!highest.isValid() || d > highest.data(kw::models::DeviationFromMeanRole).toDouble())
                    highest = index;
            }
            QVERIFY(lowest.data(kw::models::DeviationFromMeanRole).toDouble() < 0);
            QVERIFY(highest.data(kw::models::DeviationFromMeanRole).toDouble() > 0);
            const QColor below = dominantColour(image, cellRect(view, view.cellTable(), lowest));
            const QColor above = dominantColour(image, cellRect(view, view.cellTable(), highest));
            // Painted as the delegate says, cool below the mean and warm above it.
            QVERIFY2(distance(below, *delegate->cellColour(lowest, view.cellTable()->palette())) <= 3,
                     qPrintable(below.name()));
            QVERIFY2(distance(above, *delegate->cellColour(highest, view.cellTable()->palette())) <= 3,
                     qPrintable(above.name()));
            QVERIFY2(below.blue() > below.red() && above.red() > above.blue(),
                     qPrintable(below.name() + u" / "_s + above.name()));
            QVERIFY(distance(below, above) > 20);
            for (int c = 0; c < 14; ++c) {
                if (distance(dominantColour(image, cellRect(view, view.cellTable(), modules->index(row, Summary + c))),
                             colours.neutral) > 6)
                    ++coloured;
            }
        }
        QVERIFY2(coloured >= 30, qPrintable(QString::number(coloured)));

        // Temperatures likewise: the warmest sensor of each module warm, the coolest cool (the
        // sensors of one module differ in the simulator).
        const BatteryCellTemperaturesModel *temps = view.temperaturesModel();
        for (int row = 0; row < temps->rowCount(); ++row) {
            for (int s = 0; s < temps->cellCount(); ++s) {
                const QModelIndex index = temps->index(row, temps->columnOfCell(s));
                const QColor pixel = dominantColour(image, cellRect(view, view.temperatureTable(), index));
                const QColor expected = *view.temperatureDelegate()->cellColour(index, view.temperatureTable()->palette());
                QVERIFY2(distance(pixel, expected) <= 3, qPrintable(pixel.name() + u" vs "_s + expected.name()));
                const double d = index.data(kw::models::DeviationFromMeanRole).toDouble();
                if (d >= 0.5)
                    QVERIFY(pixel.red() > pixel.blue());
                if (d <= -0.5)
                    QVERIFY(pixel.blue() > pixel.red());
            }
        }

        // The legends: the delegates' spans, drawn.
        const QList<HeatmapLegend *> legends = view.findChildren<HeatmapLegend *>();
        QCOMPARE(legends.size(), 2);
        QCOMPARE(legends[0]->lowText(), u"\u221220 mV"_s);
        QCOMPARE(legends[0]->highText(), u"+20 mV"_s);
        QCOMPARE(legends[1]->highText(), u"+3 K"_s);
        for (HeatmapLegend *legend : legends) {
            QVERIFY(legend->isVisible());
            const QImage key = legend->grab().toImage();
            QVERIFY(pixelsLike(key, key.rect(), colours.background(BatteryView::CellVoltageSpanMv, 20.0), 20) > 20);
            QVERIFY(pixelsLike(key, key.rect(), colours.background(-BatteryView::CellVoltageSpanMv, 20.0), 20) > 20);
        }
    }

    void minimumAndMaximumMarked()
    {
        // Module A gets a clear lowest cell 1 and highest cell 2, and whole-degree sensors of which
        // only sensor 1 stands out (22 °C against five at 23 °C); the rest is the simulator's.
        SenecResponse response = m_first;
        auto &variables = response.sections[u"BMS"_s].variables;
        const QList<double> cellsA = cellsOf(m_first, u"CELL_VOLTAGES_MODULE_A"_s);
        const double lowA = *std::min_element(cellsA.cbegin(), cellsA.cend());
        const double highA = *std::max_element(cellsA.cbegin(), cellsA.cend());
        const auto u16 = [](double mv) {
            return SenecValueCodec::decode(SenecValueCodec::encodeUnsigned(kw::senec::WireType::UInt16, quint64(mv)));
        };
        variables[u"CELL_VOLTAGES_MODULE_A"_s].values[0] = u16(lowA - 12);
        variables[u"CELL_VOLTAGES_MODULE_A"_s].values[1] = u16(highA + 12);
        QList<kw::senec::SenecValue> &sensorsA = variables[u"CELL_TEMPERATURES_MODULE_A"_s].values;
        for (qsizetype s = 0; s < sensorsA.size(); ++s)
            sensorsA[s] = SenecValueCodec::decode(SenecValueCodec::encodeSigned(kw::senec::WireType::Int8, s == 0 ? 22 : 23));

        BatteryView view;
        view.showResponse(response);
        showAndWait(view, {1100, 600});
        const QImage image = render(view);
        saveSnapshot(image, u"battery-markers.png"_s);
        const HeatmapColours colours = HeatmapColours::fromPalette(view.cellTable()->palette());

        // Drawn: a triangle in the cell's left third, pointing the right way, and a frame; neither
        // in an unmarked cell.
        const auto verifyDrawn = [&](QTableView *table, const QModelIndex &index, Marker expected) {
            const QRect rect = cellRect(view, table, index);
            const QColor ink = colours.textOn(dominantColour(image, rect));
            const QRect band(rect.left() + 4, rect.top() + 4, rect.width() / 3 - 4, rect.height() - 8);
            const QRect upper(band.left(), band.top(), band.width(), band.height() / 2);
            const QRect lower(band.left(), band.top() + band.height() / 2, band.width(), band.height() - band.height() / 2);
            const int top = pixelsLike(image, upper, ink), bottom = pixelsLike(image, lower, ink);
            const QRect topEdge(rect.left() + rect.width() / 3, rect.top() + 1, rect.width() / 3, 2);
            const int frame = pixelsLike(image, topEdge, ink, 120);
            const QString where = u"row %1 column %2: %3 above, %4 below, frame %5"_s.arg(index.row())
                                      .arg(index.column()).arg(top).arg(bottom).arg(frame);
            switch (expected) {
            case Marker::None:
                QVERIFY2(top + bottom == 0 && frame == 0, qPrintable(where));
                break;
            case Marker::Maximum: // ▲: wide at the bottom
                QVERIFY2(bottom > top && top + bottom >= 12 && frame >= rect.width() / 3, qPrintable(where));
                break;
            case Marker::Minimum: // ▼: wide at the top
                QVERIFY2(top > bottom && top + bottom >= 12 && frame >= rect.width() / 3, qPrintable(where));
                break;
            }
        };

        // Marked where the extreme singles readings out: shared by at most a quarter of them.
        const auto expectedMarkers = [](const QList<double> &values) {
            const double low = *std::min_element(values.cbegin(), values.cend());
            const double high = *std::max_element(values.cbegin(), values.cend());
            const qsizetype allowed = std::max<qsizetype>(1, values.size() / 4);
            const bool markLow = low < high && std::count(values.cbegin(), values.cend(), low) <= allowed;
            const bool markHigh = low < high && std::count(values.cbegin(), values.cend(), high) <= allowed;
            QList<Marker> markers;
            for (double v : values) {
                markers.append(v == low && markLow     ? Marker::Minimum
                               : v == high && markHigh ? Marker::Maximum
                                                       : Marker::None);
            }
            return markers;
        };

        const BatteryModulesModel *modules = view.modulesModel();
        QCOMPARE(CellHeatmapDelegate::markerOf(modules->index(0, Summary + 0)), Marker::Minimum);
        QCOMPARE(CellHeatmapDelegate::markerOf(modules->index(0, Summary + 1)), Marker::Maximum);
        int markers = 0;
        for (int row = 0; row < modules->rowCount(); ++row) {
            const QList<Marker> expected = expectedMarkers(cellsOf(response, u"CELL_VOLTAGES_MODULE_"_s + letterOf(row)));
            QCOMPARE(expected.size(), 14);
            for (int c = 0; c < 14; ++c) {
                const QModelIndex index = modules->index(row, Summary + c);
                QCOMPARE(CellHeatmapDelegate::markerOf(index), expected[c]);
                markers += expected[c] != Marker::None;
                verifyDrawn(view.cellTable(), index, expected[c]);
                if (QTest::currentTestFailed())
                    return;
            }
        }
        QVERIFY(markers >= 2);

        // The sensors: 22 °C singled out in module A; the five at 23 °C are not "the highest".
        const BatteryCellTemperaturesModel *temps = view.temperaturesModel();
        QCOMPARE(expectedMarkers(cellsOf(response, u"CELL_TEMPERATURES_MODULE_A"_s)),
                 (QList<Marker>{Marker::Minimum, Marker::None, Marker::None, Marker::None, Marker::None, Marker::None}));
        QVERIFY(temps->index(0, temps->columnOfCell(1)).data(kw::models::IsModuleMaximumRole).toBool());
        for (int row = 0; row < temps->rowCount(); ++row) {
            const QList<Marker> expected = expectedMarkers(cellsOf(response, u"CELL_TEMPERATURES_MODULE_"_s + letterOf(row)));
            QCOMPARE(expected.size(), 6);
            for (int s = 0; s < 6; ++s) {
                const QModelIndex index = temps->index(row, temps->columnOfCell(s));
                QCOMPARE(CellHeatmapDelegate::markerOf(index), expected[s]);
                verifyDrawn(view.temperatureTable(), index, expected[s]);
                if (QTest::currentTestFailed())
                    return;
            }
        }
    }

    void missingAndInvalidCells()
    {
        // Module B: cell 4 NaN, cell 6 not found; module C sends only 12 cells.
        SenecResponse response = m_first;
        auto &variables = response.sections[u"BMS"_s].variables;
        QList<kw::senec::SenecValue> &cellsB = variables[u"CELL_VOLTAGES_MODULE_B"_s].values;
        cellsB[3] = SenecValueCodec::decode(u"fl_7FC00000"_s);
        cellsB[5] = SenecValueCodec::decode(u"VARIABLE_NOT_FOUND"_s);
        variables[u"CELL_VOLTAGES_MODULE_C"_s].values.resize(12);

        BatteryView view;
        view.showResponse(response);
        showAndWait(view, {1100, 600});
        const QImage image = render(view);
        saveSnapshot(image, u"battery-missing.png"_s);
        const BatteryModulesModel *modules = view.modulesModel();
        const CellHeatmapDelegate *delegate = view.cellDelegate();
        const HeatmapColours colours = HeatmapColours::fromPalette(view.cellTable()->palette());
        QCOMPARE(modules->cellCount(), 14);

        const QModelIndex nan = modules->index(1, Summary + 3);
        const QModelIndex notFound = modules->index(1, Summary + 5);
        const QModelIndex absent = modules->index(2, Summary + 12);
        for (const QModelIndex &index : {nan, notFound, absent}) {
            QCOMPARE(CellHeatmapDelegate::cellText(index), u"\u2014"_s);
            QVERIFY(!delegate->cellColour(index, view.cellTable()->palette()).has_value());
            QCOMPARE(CellHeatmapDelegate::markerOf(index), Marker::None);
            const QRect rect = cellRect(view, view.cellTable(), index);
            QCOMPARE(dominantColour(image, rect), colours.neutral);
            // The dash is drawn, centred and muted: ink in the middle, none in the text colour.
            const QRect middle(rect.center().x() - 6, rect.top() + 3, 13, rect.height() - 6);
            QVERIFY(middle.width() * middle.height() - pixelsLike(image, middle, colours.neutral, 60) >= 3);
            QCOMPARE(pixelsLike(image, rect.adjusted(2, 2, -2, -2), colours.text, 60), 0);
        }
        QVERIFY(delegate->toolTipText(nan).contains(u"No valid reading"_s));
        QVERIFY(delegate->toolTipText(nan).contains(u"fl_7FC00000"_s));
        QVERIFY(delegate->toolTipText(notFound).contains(u"VARIABLE_NOT_FOUND"_s));
        QCOMPARE(delegate->toolTipText(absent), u"Module C, Cell 13\nNo reading"_s);
        // The rest of module B still coloured around the mean of its 12 valid cells.
        const QModelIndex valid = modules->index(1, Summary + 0);
        QVERIFY(delegate->cellColour(valid, view.cellTable()->palette()).has_value());
        QCOMPARE(modules->cellStatistics(1).count, 12);
        // The pack line counts the cells that hold a reading.
        QVERIFY2(view.packSummaryText().contains(u"38 cells"_s), qPrintable(view.packSummaryText()));
    }

    void tooltips()
    {
        BatteryView view;
        view.showResponse(m_first);
        const BatteryModulesModel *modules = view.modulesModel();
        const CellHeatmapDelegate *delegate = view.cellDelegate();
        for (int c = 0; c < 14; ++c) {
            const QModelIndex index = modules->index(0, Summary + c);
            const QString tip = delegate->toolTipText(index);
            const double value = index.data(kw::models::NumericValueRole).toDouble();
            const double deviation = index.data(kw::models::DeviationFromMeanRole).toDouble();
            const QString raw = m_first.value(u"BMS"_s, u"CELL_VOLTAGES_MODULE_A"_s, c)->raw();
            QVERIFY2(tip.startsWith(u"Module A, Cell %1\n%2 mV (received %3)\n"_s.arg(c + 1).arg(value).arg(raw)),
                     qPrintable(tip));
            QVERIFY2(tip.contains(u" from the module mean of %1 mV"_s.arg(QString::number(value - deviation, 'f', 1))),
                     qPrintable(tip));
            const QString signedDeviation = (deviation > 0.05 ? u"+"_s : deviation < -0.05 ? u"\u2212"_s : u"\u00B1"_s)
                                          + QString::number(std::abs(deviation), 'f', 1) + u" mV"_s;
            QVERIFY2(tip.contains(signedDeviation), qPrintable(tip + u" / "_s + signedDeviation));
            const Marker marker = CellHeatmapDelegate::markerOf(index);
            QCOMPARE(tip.contains(u"\u25B2 highest in Module A"_s), marker == Marker::Maximum);
            QCOMPARE(tip.contains(u"\u25BC lowest in Module A"_s), marker == Marker::Minimum);
        }
        // Summary columns: the value as received.
        const QModelIndex soc = modules->index(0, BatteryModulesModel::SocColumn);
        QCOMPARE(delegate->toolTipText(soc),
                 u"Module A, SOC\n%1\nAs received: %2"_s.arg(soc.data().toString(),
                                                          m_first.value(u"BMS"_s, u"SOC"_s, 0)->raw()));
        const QModelIndex sensor = view.temperaturesModel()->index(2, view.temperaturesModel()->columnOfCell(0));
        const QString tip = view.temperatureDelegate()->toolTipText(sensor);
        QVERIFY2(tip.startsWith(u"Module C, Sensor 1\n"_s) && tip.contains(u" K from the module mean of "_s)
                     && tip.contains(u" \u00B0C"_s),
                 qPrintable(tip));
    }

    void pollsKeepSelectionAndScroll()
    {
        BatteryView view;
        view.showResponse(m_first);
        showAndWait(view, {520, 260}); // small: the page scrolls both ways
        QScrollArea *area = view.scrollArea();
        QTRY_VERIFY(area->horizontalScrollBar()->maximum() > 40);
        QTRY_VERIFY(area->verticalScrollBar()->maximum() > 40);
        area->horizontalScrollBar()->setValue(40);
        area->verticalScrollBar()->setValue(40);

        QTableView *table = view.cellTable();
        const QModelIndex picked = view.modulesModel()->index(1, Summary + 5);
        table->selectionModel()->setCurrentIndex(picked, QItemSelectionModel::ClearAndSelect);
        QSignalSpy resets(view.modulesModel(), &QAbstractItemModel::modelReset);
        QSignalSpy layouts(view.modulesModel(), &QAbstractItemModel::layoutChanged);
        QSignalSpy removed(view.modulesModel(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(view.modulesModel(), &QAbstractItemModel::dataChanged);

        view.showResponse(m_second);
        QVERIFY(changed.size() > 0);
        QCOMPARE(resets.size(), 0);
        QCOMPARE(layouts.size(), 0);
        QCOMPARE(removed.size(), 0);
        QCOMPARE(table->currentIndex(), picked);
        QCOMPARE(table->selectionModel()->selectedIndexes(), QModelIndexList{picked});
        QCOMPARE(area->horizontalScrollBar()->value(), 40);
        QCOMPARE(area->verticalScrollBar()->value(), 40);
        saveSnapshot(render(view), u"battery-small-selected.png"_s);
        // And the table shows the new answer.
        const QList<double> cells = cellsOf(m_second, u"CELL_VOLTAGES_MODULE_B"_s);
        QCOMPARE(picked.data().toString(), QString::number(cells[5], 'f', 0));
    }

    void language()
    {
        BatteryView view;
        view.showResponse(m_first);
        QCOMPARE(view.modulesModel()->language(), u"en"_s);
        view.setLanguage(u"de"_s);
        QCOMPARE(view.modulesModel()->language(), u"de"_s);
        QCOMPARE(view.state(), BatteryView::State::Modules);
        QVERIFY(!view.modulesModel()->index(0, BatteryModulesModel::StatusColumn).data().toString().isEmpty());
    }
};

QTEST_MAIN(TestBatteryView)
#include "tst_batteryview.moc"
