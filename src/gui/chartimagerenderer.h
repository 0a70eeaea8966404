#pragma once

#include "chartrange.h"
#include "export/exportresult.h"

#include <QByteArray>
#include <QFont>
#include <QImage>
#include <QPalette>
#include <QSize>
#include <QString>

#include <optional>

class QPainter;

namespace kw::history {
class HistoryStore;
}

namespace kw::gui {

// Renders the Charts view's charts off-screen at a chosen size, for export: the power chart
// (PowerChart fed by HistoryStore::series() for exactly the plot's pixel width, as on screen) or
// the daily-energy bars (DailyEnergyChart over the days ChartRange::dailyEnergyDays() gives for
// the range). Same colours, fonts and axes as the app; a title saying what, when and which device,
// so the image stands on its own. Nothing is shown or grabbed: the chart is laid out in a scene of
// its own and painted straight into a QImage or a QSvgGenerator.
class ChartImageRenderer
{
public:
    enum class Chart { Power, DailyEnergy };
    enum class Format { Png, Svg };
    static constexpr QSize DefaultSize{1200, 600};
    static constexpr QSize MinimumSize{320, 240};
    static constexpr QSize MaximumSize{7680, 4320};

    // Reads the store in the calling thread (the one that opened it).
    ChartImageRenderer(const kw::history::HistoryStore *store, Chart chart, TimeRange range);

    // Default: the application's palette and font.
    void setPalette(const QPalette &palette) { m_palette = palette; }
    void setFont(const QFont &font) { m_font = font; }
    // Shown in the title; empty: no device named.
    void setDeviceName(const QString &name) { m_deviceName = name; }

    // "Power · 21 Jun 2026 08:30 – 22 Jun 2026 08:30 CEST · device".
    QString title() const;
    // `size` clamped to [MinimumSize, MaximumSize]; exactly that many pixels, device pixel ratio 1.
    QImage renderImage(QSize size) const;
    // An SVG document with width, height and viewBox of `size`.
    QByteArray renderSvg(QSize size) const;
    // By the file's extension (png or svg), through QSaveFile.
    kw::exporting::ExportResult save(const QString &path, QSize size) const;

    static std::optional<Format> formatForPath(const QString &path);
    // The local days the daily-energy chart shows for `range` (as the Charts view): 7 up to a
    // week's span, else 30, ending with the day of the range's end.
    static QDate lastDailyEnergyDay(TimeRange range);
    static QDate firstDailyEnergyDay(TimeRange range);
    static QSize clampedSize(QSize size);

private:
    // Builds the chart at `size` with the store's data and paints it.
    void paint(QPainter &painter, QSize size) const;

    const kw::history::HistoryStore *m_store;
    Chart m_chart;
    TimeRange m_range;
    QPalette m_palette;
    QFont m_font;
    QString m_deviceName;
};

} // namespace kw::gui
