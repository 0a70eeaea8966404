#pragma once

#include "chartimagerenderer.h"
#include "chartrange.h"

#include <QCoreApplication>
#include <QDate>
#include <QSize>
#include <QString>

namespace kw::gui {

// What can be exported.
enum class ExportKind {
    PowerChartImage,       // the power chart, PNG or SVG
    DailyEnergyChartImage, // the daily-energy bars, PNG or SVG
    ChartDataCsv,          // the power chart's data (exporting::HistoryCsvExport)
    DailyEnergyCsv,        // exporting::DailyEnergyCsv
    BatteryCellsCsv,       // ExportBatteryCsv, from the last poll answer
    LogCsv,                // exporting::LogCsv, from the device's log
};

// One export as the user (ExportDialog) or the command line (--export) asked for it.
struct ExportRequest
{
    Q_DECLARE_TR_FUNCTIONS(kw::gui::ExportRequest)
public:
    ExportKind kind = ExportKind::PowerChartImage;
    ChartRangePreset range = ChartRangePreset::Day; // charts, their data and daily energies
    TimeRange customRange;                          // used when range is Custom
    QSize imageSize = ChartImageRenderer::DefaultSize;
    ChartImageRenderer::Format imageFormat = ChartImageRenderer::Format::Png;
    QString path;

    bool isImage() const;
    bool usesRange() const; // the charts, their data and daily energies
    // The range to export: the preset's span up to nowMs, or customRange.
    TimeRange timeRange(qint64 nowMs) const;
    // "png", "svg" or "csv".
    QString suffix() const;
    // "kilowatch-charts-2026-06-21.png", "kilowatch-daily-energy-2026-06-21.csv",
    // "kilowatch-battery-cells-…", "kilowatch-log-…"; `day`: the data's (local) day.
    QString defaultFileName(QDate day) const;
    // What the dialog lists: "Power chart (image)", "Chart data (CSV)" …
    static QString kindLabel(ExportKind kind);
    static QList<ExportKind> allKinds();
};

} // namespace kw::gui
