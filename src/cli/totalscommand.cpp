#include "totalscommand.h"

#include "exitcode.h"
#include "export/csvformat.h"
#include "historyoutput.h"
#include "history/historystore.h"
#include "util/jsonwriter.h"

namespace kw::cli {
namespace {

// kWh to 4 decimals (0.1 Wh): finer than any meter, coarse enough to read.
void writeKWh(JsonWriter &json, QStringView key, double wattHours)
{
    json.key(key);
    json.writeDouble(exporting::CsvFormat::fixed(wattHours / 1000.0, 4).toDouble(), 15);
}

void writePercent(JsonWriter &json, QStringView key, double percent)
{
    json.key(key);
    json.writeDouble(exporting::CsvFormat::fixed(percent, 2).toDouble(), 15);
}

} // namespace

void TotalsCommand::start()
{
    history::HistoryStore store;
    QString error;
    if (!openHistoryForReading(store, options().database, &error)) {
        fail(ExitFailure, error);
        return;
    }
    const QList<history::DailyEnergy> days = store.dailyEnergy(options().day, options().day,
                                                               options().timeZone);
    if (days.isEmpty()) {
        fail(ExitNoData, tr("%1 holds no energy for %2 (%3)")
                             .arg(options().database, options().day.toString(Qt::ISODate),
                                  QString::fromUtf8(options().timeZone.id())));
        return;
    }
    const history::EnergyTotals &totals = days.constFirst().totals;
    JsonWriter json(options().style);
    json.beginObject();
    json.key(u"day");
    json.writeString(options().day.toString(Qt::ISODate));
    json.key(u"time_zone");
    json.writeString(QString::fromUtf8(options().timeZone.id()));
    writeKWh(json, u"pv_kwh", totals.pvWh);
    writeKWh(json, u"house_kwh", totals.houseWh);
    writeKWh(json, u"grid_import_kwh", totals.gridImportWh);
    writeKWh(json, u"grid_export_kwh", totals.gridExportWh);
    writeKWh(json, u"battery_charge_kwh", totals.batteryChargeWh);
    writeKWh(json, u"battery_discharge_kwh", totals.batteryDischargeWh);
    writePercent(json, u"autarky_percent", totals.autarkyPercent());
    writePercent(json, u"self_consumption_percent", totals.selfConsumptionPercent());
    json.endObject();
    succeed(json.result());
}

} // namespace kw::cli
