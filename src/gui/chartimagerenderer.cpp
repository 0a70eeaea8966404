#include "chartimagerenderer.h"

#include "chartsview.h"
#include "dailyenergychart.h"
#include "export/exportfile.h"
#include "history/historyschema.h"
#include "history/historystore.h"
#include "powerchart.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QGuiApplication>
#include <QLineSeries>
#include <QPainter>
#include <QSaveFile>
#include <QScreen>
#include <QSvgGenerator>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace kw::gui {
namespace {

// The texts' translation context; lupdate reads it from the macro, as the runtime does.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kw::gui::ChartImageRenderer)
};

// Text is laid out with the screen's font metrics; painting at the same resolution keeps it
// where the layout put it, in the PNG and in the SVG alike.
int layoutDpi()
{
    const QScreen *screen = QGuiApplication::primaryScreen();
    return screen ? qRound(screen->logicalDotsPerInch()) : 96;
}

void styleTitle(QChart *chart, const ChartColours &colours, const QFont &font)
{
    QFont titleFont = ChartColours::scaledFont(font, 1.15);
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->setTitleBrush(colours.text);
}

} // namespace

ChartImageRenderer::ChartImageRenderer(const history::HistoryStore *store, Chart chart, TimeRange range)
    : m_store(store)
    , m_chart(chart)
    , m_range(range)
    , m_palette(QGuiApplication::palette())
    , m_font(QGuiApplication::font())
{
}

QDate ChartImageRenderer::lastDailyEnergyDay(TimeRange range)
{
    return QDateTime::fromMSecsSinceEpoch(range.toMs - 1).date();
}

QDate ChartImageRenderer::firstDailyEnergyDay(TimeRange range)
{
    return lastDailyEnergyDay(range).addDays(-(ChartRange::dailyEnergyDays(range.spanMs()) - 1));
}

QSize ChartImageRenderer::clampedSize(QSize size)
{
    if (!size.isValid())
        return DefaultSize;
    return size.expandedTo(MinimumSize).boundedTo(MaximumSize);
}

std::optional<ChartImageRenderer::Format> ChartImageRenderer::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"png")
        return Format::Png;
    if (suffix == u"svg")
        return Format::Svg;
    return std::nullopt;
}

QString ChartImageRenderer::title() const
{
    const QLocale locale;
    QString what;
    QString when;
    if (m_chart == Chart::Power) {
        what = Text::tr("Power");
        const QDateTime from = QDateTime::fromMSecsSinceEpoch(m_range.fromMs);
        const QDateTime to = QDateTime::fromMSecsSinceEpoch(m_range.toMs);
        when = Text::tr("%1 – %2 %3").arg(locale.toString(from, QLocale::ShortFormat),
                                    locale.toString(to, QLocale::ShortFormat), to.timeZoneAbbreviation());
    } else {
        what = Text::tr("Daily energy");
        when = Text::tr("%1 – %2 (%3)").arg(locale.toString(firstDailyEnergyDay(m_range), QLocale::ShortFormat),
                                      locale.toString(lastDailyEnergyDay(m_range), QLocale::ShortFormat),
                                      QString::fromUtf8(QTimeZone::systemTimeZoneId()));
    }
    QStringList parts{what, when};
    if (!m_deviceName.isEmpty())
        parts.append(m_deviceName);
    return parts.join(u"  ·  "_s);
}

void ChartImageRenderer::paint(QPainter &painter, QSize size) const
{
    const QRectF area(QPointF(0, 0), QSizeF(size));
    const ChartColours colours = ChartColours::fromPalette(m_palette);
    painter.fillRect(area, colours.background);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);

    if (m_chart == Chart::Power) {
        QGraphicsScene scene;
        auto *chart = new PowerChart; // owned by the scene
        scene.addItem(chart);
        chart->applyPalette(m_palette, m_font);
        styleTitle(chart, colours, m_font);
        chart->setTitle(title());
        chart->setTimeRange(m_range);
        chart->setGeometry(area);
        // As ChartsView: one series query for exactly the plot's pixel columns. The axis labels
        // the data brings may change the plot's width; then once more for the new width.
        int widthPx = 0;
        for (int pass = 0; pass < 2; ++pass) {
            chart->layout()->activate();
            const int plotWidthPx = std::max(1, qRound(chart->plotArea().width()));
            if (plotWidthPx == widthPx)
                break;
            widthPx = plotWidthPx;
            const history::SeriesResult result = m_store && m_store->isOpen()
                                                     ? m_store->series(m_range.fromMs, m_range.toMs, widthPx)
                                                     : history::SeriesResult{};
            const qint64 columnMs = m_range.spanMs() / widthPx;
            const qint64 gapMs = std::max(ChartsView::MinGapMs,
                                          columnMs + history::HistorySchema::bucketMs(result.tier));
            chart->setData(result, gapMs);
        }
        // The zero line reaches far beyond any range so the live chart never extends it; Qt
        // 6.4's QSvgGenerator ignores the plot's clip, so here it ends with the range.
        for (QAbstractSeries *series : chart->series()) {
            if (series->objectName() == u"zero-line")
                static_cast<QLineSeries *>(series)->replace(
                    {QPointF(double(m_range.fromMs), 0), QPointF(double(m_range.toMs), 0)});
        }
        chart->layout()->activate();
        scene.setSceneRect(area);
        scene.render(&painter, area, area);
        return;
    }

    DailyEnergyChart view;
    QChart *chart = view.chart();
    view.applyPalette(m_palette, m_font);
    styleTitle(chart, colours, m_font);
    chart->setTitle(title());
    const QDate first = firstDailyEnergyDay(m_range);
    const QDate last = lastDailyEnergyDay(m_range);
    view.setDays(first, last, m_store && m_store->isOpen() ? m_store->dailyEnergy(first, last)
                                                           : QList<history::DailyEnergy>{});
    chart->setGeometry(area);
    chart->layout()->activate();
    view.scene()->setSceneRect(area);
    view.scene()->render(&painter, area, area);
}

QImage ChartImageRenderer::renderImage(QSize size) const
{
    size = clampedSize(size);
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    const int dotsPerMeter = qRound(layoutDpi() / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.setDevicePixelRatio(1.0);
    QPainter painter(&image);
    paint(painter, size);
    painter.end();
    return image;
}

QByteArray ChartImageRenderer::renderSvg(QSize size) const
{
    size = clampedSize(size);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setResolution(layoutDpi());
    generator.setTitle(title());
    generator.setDescription(Text::tr("Exported by Kilowatch"));
    QPainter painter(&generator);
    paint(painter, size);
    painter.end();
    return buffer.data();
}

exporting::ExportResult ChartImageRenderer::save(const QString &path, QSize size) const
{
    const std::optional<Format> format = formatForPath(path);
    if (!format) {
        return exporting::ExportResult::failed(
            path, exporting::ExportFile::writeError(path, Text::tr("charts are saved as .png or .svg")));
    }
    if (*format == Format::Svg)
        return exporting::ExportFile::save(path, renderSvg(size));
    QBuffer png;
    png.open(QIODevice::WriteOnly);
    if (!renderImage(size).save(&png, "PNG"))
        return exporting::ExportResult::failed(path, exporting::ExportFile::writeError(path, Text::tr("PNG encoding failed")));
    return exporting::ExportFile::save(path, png.data());
}

} // namespace kw::gui
