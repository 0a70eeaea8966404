#include "exportrequest.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace kw::gui {

bool ExportRequest::isImage() const
{
    return kind == ExportKind::PowerChartImage || kind == ExportKind::DailyEnergyChartImage;
}

bool ExportRequest::usesRange() const
{
    return isImage() || kind == ExportKind::ChartDataCsv || kind == ExportKind::DailyEnergyCsv;
}

TimeRange ExportRequest::timeRange(qint64 nowMs) const
{
    return range == ChartRangePreset::Custom ? customRange : ChartRange::presetRange(range, nowMs);
}

QString ExportRequest::suffix() const
{
    if (!isImage())
        return u"csv"_s;
    return imageFormat == ChartImageRenderer::Format::Svg ? u"svg"_s : u"png"_s;
}

QString ExportRequest::defaultFileName(QDate day) const
{
    QString what;
    switch (kind) {
    case ExportKind::PowerChartImage:
    case ExportKind::ChartDataCsv: what = u"charts"_s; break;
    case ExportKind::DailyEnergyChartImage:
    case ExportKind::DailyEnergyCsv: what = u"daily-energy"_s; break;
    case ExportKind::BatteryCellsCsv: what = u"battery-cells"_s; break;
    case ExportKind::LogCsv: what = u"log"_s; break;
    }
    return u"kilowatch-%1-%2.%3"_s.arg(what, day.toString(Qt::ISODate), suffix());
}

QString ExportRequest::kindLabel(ExportKind kind)
{
    switch (kind) {
    case ExportKind::PowerChartImage: return tr("Power chart (image)");
    case ExportKind::DailyEnergyChartImage: return tr("Daily energy chart (image)");
    case ExportKind::ChartDataCsv: return tr("Chart data (CSV)");
    case ExportKind::DailyEnergyCsv: return tr("Daily energies (CSV)");
    case ExportKind::BatteryCellsCsv: return tr("Battery cells (CSV)");
    case ExportKind::LogCsv: return tr("Device log (CSV)");
    }
    return {};
}

QList<ExportKind> ExportRequest::allKinds()
{
    return {ExportKind::PowerChartImage, ExportKind::DailyEnergyChartImage, ExportKind::ChartDataCsv,
            ExportKind::DailyEnergyCsv,  ExportKind::BatteryCellsCsv,       ExportKind::LogCsv};
}

} // namespace kw::gui
