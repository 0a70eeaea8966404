#include "batterycelltemperaturesmodel.h"

namespace kw::models {
namespace {

const QString Celsius = QStringLiteral("\u00B0C");
const QString Kelvin = QStringLiteral("K");

} // namespace

BatteryCellTemperaturesModel::BatteryCellTemperaturesModel(QObject *parent)
    : BatteryGridModel(SummaryColumnCount, parent)
{
}

QList<BatteryGridModel::Item> BatteryCellTemperaturesModel::cellItems(const BatteryModuleReading &module) const
{
    return valueItems(module.cellTemperatures, BatteryPackReading::cellTemperaturesVariable(module.slot),
                      1, {});
}

QList<BatteryGridModel::Item> BatteryCellTemperaturesModel::summaryItems(const BatteryModuleReading &,
                                                                         const CellStatistics &cells) const
{
    QList<Item> items(SummaryColumnCount);
    items[MinTempColumn] = numberItem(cells.minimum, 1, Celsius);
    items[MaxTempColumn] = numberItem(cells.maximum, 1, Celsius);
    items[DeltaTempColumn] = numberItem(cells.delta(), 1, Kelvin);
    return items;
}

QString BatteryCellTemperaturesModel::summaryHeader(int column) const
{
    switch (Column(column)) {
    case MinTempColumn: return tr("Min temp.");
    case MaxTempColumn: return tr("Max temp.");
    case DeltaTempColumn: return tr("Spread");
    case SummaryColumnCount: break;
    }
    return {};
}

QString BatteryCellTemperaturesModel::summaryUnit(int column) const
{
    return column == DeltaTempColumn ? Kelvin : Celsius;
}

QString BatteryCellTemperaturesModel::cellHeader(int cell) const
{
    return tr("Sensor %1").arg(cell + 1);
}

QString BatteryCellTemperaturesModel::cellUnit() const
{
    return Celsius;
}

} // namespace kw::models
