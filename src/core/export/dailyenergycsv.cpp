#include "dailyenergycsv.h"

#include "csvformat.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace kw::exporting::DailyEnergyCsv {
namespace {

constexpr int EnergyDecimals = 3;
constexpr int PercentDecimals = 2;

} // namespace

QByteArray header()
{
    return CsvFormat::row({u"date"_s, u"time_zone"_s, u"day_start_utc"_s, u"pv_wh"_s, u"house_wh"_s,
                           u"grid_import_wh"_s, u"grid_export_wh"_s, u"battery_charge_wh"_s,
                           u"battery_discharge_wh"_s, u"autarky_percent"_s,
                           u"self_consumption_percent"_s});
}

QByteArray build(const QList<history::DailyEnergy> &days, const QTimeZone &zone)
{
    const QTimeZone dayZone = zone.isValid() ? zone : QTimeZone::utc();
    const QString zoneId = QString::fromUtf8(dayZone.id());
    QByteArray csv = header();
    for (const history::DailyEnergy &day : days) {
        const history::EnergyTotals &t = day.totals;
        csv += CsvFormat::row({
            day.day.toString(Qt::ISODate),
            zoneId,
            CsvFormat::isoUtc(day.day.startOfDay(dayZone).toMSecsSinceEpoch()),
            CsvFormat::fixed(t.pvWh, EnergyDecimals),
            CsvFormat::fixed(t.houseWh, EnergyDecimals),
            CsvFormat::fixed(t.gridImportWh, EnergyDecimals),
            CsvFormat::fixed(t.gridExportWh, EnergyDecimals),
            CsvFormat::fixed(t.batteryChargeWh, EnergyDecimals),
            CsvFormat::fixed(t.batteryDischargeWh, EnergyDecimals),
            CsvFormat::fixed(t.autarkyPercent(), PercentDecimals),
            CsvFormat::fixed(t.selfConsumptionPercent(), PercentDecimals),
        });
    }
    return csv;
}

} // namespace kw::exporting::DailyEnergyCsv
