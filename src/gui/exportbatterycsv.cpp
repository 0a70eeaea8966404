#include "exportbatterycsv.h"

#include "batterycelltemperaturesmodel.h"
#include "batterymodulesmodel.h"
#include "batterypackreading.h"
#include "export/csvformat.h"
#include "modelroles.h"

#include <algorithm>

using namespace Qt::StringLiterals;
using kw::exporting::CsvFormat::fixedOrEmpty;
using kw::models::BatteryCellTemperaturesModel;
using kw::models::BatteryModulesModel;

namespace kw::gui {
namespace {

constexpr int Decimals = 3;

std::optional<double> numberAt(const QAbstractItemModel &model, int row, int column)
{
    const QVariant value = model.index(row, column).data(models::NumericValueRole);
    if (!value.isValid())
        return std::nullopt;
    return value.toDouble();
}

QString twoDigits(int n)
{
    return u"%1"_s.arg(n, 2, 10, QLatin1Char('0'));
}

} // namespace

bool ExportBatteryCsv::hasCells(const senec::SenecResponse &response)
{
    const models::BatteryPackReading pack = models::BatteryPackReading::fromResponse(response);
    return std::any_of(pack.modules.cbegin(), pack.modules.cend(),
                       [](const models::BatteryModuleReading &module) { return !module.cellVoltages.isEmpty(); });
}

QByteArray ExportBatteryCsv::build(const senec::SenecResponse &response, qint64 readingTimeMs,
                                   const QString &language)
{
    BatteryModulesModel voltages;
    voltages.setLanguage(language);
    voltages.update(response);
    BatteryCellTemperaturesModel temperatures;
    temperatures.update(response);

    QStringList header{u"time_utc"_s, u"module"_s, u"soc_percent"_s, u"soh_percent"_s, u"cycles"_s,
                       u"voltage_v"_s, u"current_a"_s, u"min_cell_mv"_s, u"max_cell_mv"_s,
                       u"cell_delta_mv"_s, u"temp_min_c"_s, u"temp_max_c"_s, u"status"_s};
    for (int cell = 0; cell < voltages.cellCount(); ++cell)
        header.append(u"cell_%1_mv"_s.arg(twoDigits(cell + 1)));
    for (int sensor = 0; sensor < temperatures.cellCount(); ++sensor)
        header.append(u"sensor_%1_c"_s.arg(twoDigits(sensor + 1)));
    QByteArray csv = exporting::CsvFormat::row(header);

    const QString time = exporting::CsvFormat::isoUtc(readingTimeMs);
    for (int row = 0; row < voltages.rowCount(); ++row) {
        const int slot = voltages.moduleSlot(row);
        QStringList fields{time, QString(models::BatteryPackReading::slotLetter(slot))};
        for (int column = BatteryModulesModel::SocColumn; column < BatteryModulesModel::StatusColumn; ++column)
            fields.append(fixedOrEmpty(numberAt(voltages, row, column), Decimals));
        fields.append(voltages.index(row, BatteryModulesModel::StatusColumn).data().toString());
        for (int cell = 0; cell < voltages.cellCount(); ++cell)
            fields.append(fixedOrEmpty(numberAt(voltages, row, voltages.columnOfCell(cell)), Decimals));
        const int temperatureRow = temperatures.rowOfSlot(slot);
        for (int sensor = 0; sensor < temperatures.cellCount(); ++sensor) {
            fields.append(temperatureRow < 0
                              ? QString()
                              : fixedOrEmpty(numberAt(temperatures, temperatureRow, temperatures.columnOfCell(sensor)),
                                             Decimals));
        }
        csv += exporting::CsvFormat::row(fields);
    }
    return csv;
}

} // namespace kw::gui
