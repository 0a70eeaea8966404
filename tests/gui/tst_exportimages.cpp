// Chart exports rendered off-screen (PNG and SVG, light and dark), the export dialog, and the
// battery cells CSV from the simulator's real BMS answer.
#include "../net/simfixture.h"
#include "chartcolours.h"
#include "chartimagerenderer.h"
#include "csvreader.h"
#include "exportbatterycsv.h"
#include "exportdialog.h"
#include "export/csvformat.h"
#include "history/historystore.h"
#include "senec/senecexchange.h"
#include "senec/senecrequestbuilder.h"
#include "sunnydaysample.h"
#include "thememanager.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QPainter>
#include <QRadioButton>
#include <QSet>
#include <QSpinBox>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using kw::gui::ChartImageRenderer;
using kw::gui::ExportKind;
using kw::gui::TimeRange;

namespace {

// Distinct colours in a sample of the image: a blank or single-colour render has 1 or 2.
int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    return int(colours.size());
}

bool containsColourNear(const QImage &image, const QColor &colour)
{
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - colour.red()) < 12 && std::abs(c.green() - colour.green()) < 12
                && std::abs(c.blue() - colour.blue()) < 12)
                return true;
        }
    return false;
}

} // namespace

class TestExportImages : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    kw::history::HistoryStore m_store;
    TimeRange m_day;

    ChartImageRenderer renderer(ChartImageRenderer::Chart chart, const QPalette &palette) const
    {
        ChartImageRenderer r(&m_store, chart, m_day);
        r.setPalette(palette);
        r.setDeviceName(u"Test device"_s);
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_store.open(m_dir.filePath(u"history.sqlite"_s)));
        // A sunny day at 10 s, as the chart tests use.
        const qint64 startMs = QDateTime(QDate(2026, 6, 21), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        for (qint64 t = startMs; t < startMs + 24 * 3600 * 1000LL; t += 10'000)
            m_store.append(kwtest::sunnyDaySample(t));
        QVERIFY(m_store.flush());
        m_day = {startMs, startMs + 24 * 3600 * 1000LL};
    }

    void pngHasTheSizeAskedForAndTheChart_data()
    {
        QTest::addColumn<int>("chart");
        QTest::addColumn<bool>("dark");
        QTest::addColumn<QSize>("size");
        QTest::newRow("power light") << int(ChartImageRenderer::Chart::Power) << false << QSize(1200, 600);
        QTest::newRow("power dark") << int(ChartImageRenderer::Chart::Power) << true << QSize(800, 450);
        QTest::newRow("daily light") << int(ChartImageRenderer::Chart::DailyEnergy) << false << QSize(1000, 500);
        QTest::newRow("daily dark") << int(ChartImageRenderer::Chart::DailyEnergy) << true << QSize(1600, 900);
    }
    void pngHasTheSizeAskedForAndTheChart()
    {
        QFETCH(int, chart);
        QFETCH(bool, dark);
        QFETCH(QSize, size);
        const QPalette palette = dark ? kw::gui::ThemeManager::darkPalette() : kw::gui::ThemeManager::lightPalette();
        const ChartImageRenderer r = renderer(ChartImageRenderer::Chart(chart), palette);
        const QString path = m_dir.filePath(u"chart-%1.png"_s.arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')));
        const kw::exporting::ExportResult result = r.save(path, size);
        QVERIFY2(result.isWritten(), qPrintable(result.error));
        const QImage image(path);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), size);
        QVERIFY(distinctColours(image) > 30);
        // The background is the palette's, and PV is drawn in its colour.
        const kw::gui::ChartColours colours = kw::gui::ChartColours::fromPalette(palette);
        QCOMPARE(image.pixelColor(2, image.height() - 2), colours.background);
        QVERIFY(containsColourNear(image, colours.pv));
        QVERIFY(r.title().contains(u"Test device"_s));
    }

    void svgParsesWithItsSize()
    {
        for (const auto chart : {ChartImageRenderer::Chart::Power, ChartImageRenderer::Chart::DailyEnergy}) {
            const ChartImageRenderer r = renderer(chart, kw::gui::ThemeManager::lightPalette());
            const QString path = m_dir.filePath(u"chart-%1.svg"_s.arg(int(chart)));
            QVERIFY(r.save(path, QSize(1100, 550)).isWritten());
            QSvgRenderer svg(path);
            QVERIFY(svg.isValid());
            QCOMPARE(svg.viewBoxF(), QRectF(0, 0, 1100, 550));
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray text = file.readAll();
            QVERIFY(text.contains("<title>Power") || text.contains("<title>Daily energy"));
            // Drawn, not empty: the chart's paths and its legend's texts.
            QVERIFY(text.count("<path") + text.count("<polyline") > 10);
            QVERIFY(text.contains(chart == ChartImageRenderer::Chart::Power ? "PV" : "Grid import"));
            // And it renders to what the PNG shows.
            QImage raster(1100, 550, QImage::Format_ARGB32);
            raster.fill(Qt::transparent);
            QPainter painter(&raster);
            svg.render(&painter);
            painter.end();
            QVERIFY(distinctColours(raster) > 20);
        }
    }

    void emptyRangeStillRendersItsFrame()
    {
        ChartImageRenderer r(&m_store, ChartImageRenderer::Chart::Power, {m_day.fromMs - 90 * 86'400'000LL, m_day.fromMs - 89 * 86'400'000LL});
        const QImage image = r.renderImage(QSize(640, 480));
        QCOMPARE(image.size(), QSize(640, 480));
        QVERIFY(distinctColours(image) > 3); // axes, legend, the "nothing recorded" note
        QCOMPARE(ChartImageRenderer::formatForPath(u"x.PNG"_s), ChartImageRenderer::Format::Png);
        QCOMPARE(ChartImageRenderer::formatForPath(u"x.svg"_s), ChartImageRenderer::Format::Svg);
        QVERIFY(!ChartImageRenderer::formatForPath(u"x.jpg"_s));
        QVERIFY(!r.save(m_dir.filePath(u"x.jpg"_s), QSize(640, 480)).isWritten());
        QVERIFY(!QFile::exists(m_dir.filePath(u"x.jpg"_s)));
    }

    void dialogFillsInTheRequest()
    {
        kw::gui::ExportDialog dialog;
        kw::gui::ExportRequest preset;
        preset.kind = ExportKind::ChartDataCsv;
        preset.range = kw::gui::ChartRangePreset::Week;
        dialog.setRequest(preset);
        QVERIFY(dialog.kindButton(ExportKind::ChartDataCsv)->isChecked());
        QVERIFY(dialog.rangeBox()->isEnabled());
        QVERIFY(!dialog.widthBox()->isEnabled()); // no image, no size
        QCOMPARE(dialog.request().range, kw::gui::ChartRangePreset::Week);

        dialog.kindButton(ExportKind::PowerChartImage)->click();
        dialog.formatBox()->setCurrentIndex(1);
        dialog.widthBox()->setValue(1600);
        dialog.heightBox()->setValue(900);
        kw::gui::ExportRequest request = dialog.request();
        QCOMPARE(request.kind, ExportKind::PowerChartImage);
        QCOMPARE(request.imageFormat, ChartImageRenderer::Format::Svg);
        QCOMPARE(request.imageSize, QSize(1600, 900));
        QCOMPARE(request.defaultFileName(QDate(2026, 6, 21)), u"kilowatch-charts-2026-06-21.svg"_s);
        QVERIFY(!dialog.descriptionText().isEmpty());

        // Without a battery reading the battery export cannot be chosen; a chosen one moves on.
        dialog.kindButton(ExportKind::BatteryCellsCsv)->click();
        dialog.setKindAvailable(ExportKind::BatteryCellsCsv, false, u"no battery reading yet"_s);
        QVERIFY(!dialog.kindButton(ExportKind::BatteryCellsCsv)->isEnabled());
        QVERIFY(dialog.request().kind != ExportKind::BatteryCellsCsv);
        QVERIFY(!dialog.rangeBox()->isEnabled() || dialog.request().usesRange());

        // A zoomed chart's range is offered as shown.
        kw::gui::ExportRequest zoomed;
        zoomed.range = kw::gui::ChartRangePreset::Custom;
        zoomed.customRange = m_day;
        dialog.setRequest(zoomed);
        QCOMPARE(dialog.request().range, kw::gui::ChartRangePreset::Custom);
        QCOMPARE(dialog.request().timeRange(0), m_day);

        // To look at it: KW_EXPORT_SNAPSHOT_DIR=/tmp/x saves the dialog as drawn.
        const QString directory = qEnvironmentVariable("KW_EXPORT_SNAPSHOT_DIR");
        if (!directory.isEmpty()) {
            dialog.kindButton(ExportKind::PowerChartImage)->click();
            dialog.resize(dialog.sizeHint());
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QVERIFY(dialog.grab().save(QDir(directory).filePath(u"export-dialog.png"_s)));
        }
    }

    // The battery cells as the simulator's BMS reports them: one row per module, every cell.
    void batteryCellsMatchTheAnswer()
    {
        kwtest::DeviceRig rig;
        kwtest::setUpDeviceRig(rig, kwtest::simOptions(kw::sim::Firmware::V0826), m_dir.filePath(u"trust.json"_s), 15'000);
        QVERIFY(rig.sim);
        kw::senec::SenecExchange exchange(rig.transport.get(),
                                          kw::senec::SenecRequestBuilder(kw::senec::SenecRequestBuilder::heavySet()).bodies());
        std::optional<kw::senec::SenecExchange::Outcome> outcome;
        connect(&exchange, &kw::senec::SenecExchange::finished, this,
                [&](const kw::senec::SenecExchange::Outcome &o) { outcome = o; });
        exchange.start();
        QVERIFY(QTest::qWaitFor([&] { return outcome.has_value(); }, 15'000));
        QVERIFY(outcome->ok());
        const kw::senec::SenecResponse &response = outcome->response;
        QVERIFY(kw::gui::ExportBatteryCsv::hasCells(response));
        QVERIFY(!kw::gui::ExportBatteryCsv::hasCells(kw::senec::SenecResponse{}));

        QLocale::setDefault(QLocale(QLocale::German));
        bool ok = false;
        const QList<QStringList> rows = kwtest::parseCsv(kw::gui::ExportBatteryCsv::build(response, 1'782'000'000'000), &ok);
        QLocale::setDefault(QLocale::c());
        QVERIFY(ok);
        const int modules = int(*response.number(u"BMS"_s, u"MODULES_CONFIGURED"_s));
        QVERIFY(modules >= 1);
        QCOMPARE(rows.size(), 1 + modules);
        const QStringList header = rows[0];
        QCOMPARE(header.mid(0, 3), (QStringList{u"time_utc"_s, u"module"_s, u"soc_percent"_s}));
        const int firstCell = int(header.indexOf(u"cell_01_mv"_s));
        QVERIFY(firstCell > 0);
        QVERIFY(header.contains(u"sensor_01_c"_s));
        for (int m = 0; m < modules; ++m) {
            const QStringList &row = rows[1 + m];
            QCOMPARE(row.size(), header.size());
            QCOMPARE(row[0], kw::exporting::CsvFormat::isoUtc(1'782'000'000'000));
            QCOMPARE(row[1], QString(QChar(u'A' + m)));
            const QString variable = u"CELL_VOLTAGES_MODULE_%1"_s.arg(QChar(u'A' + m));
            const auto *cells = response.variable(u"BMS"_s, variable);
            QVERIFY(cells);
            for (int c = 0; c < 14; ++c) {
                const double expected = *response.number(u"BMS"_s, variable, c);
                QCOMPARE(row[firstCell + c].toDouble(), expected);
                QVERIFY(!row[firstCell + c].contains(u','));
            }
            const double soc = *response.number(u"BMS"_s, u"SOC"_s, m);
            QCOMPARE(row[2].toDouble(), soc);
        }
    }
};

QTEST_MAIN(TestExportImages)
#include "tst_exportimages.moc"
