#pragma once

#include "batterygridmodel.h"

namespace kw::models {

// BMS modules × cell temperature sensors (°C): the same rows as BatteryModulesModel, summary
// columns (lowest, highest, spread) first, then one column per sensor. A model of its own, not a
// role on the voltage cells, because the BMS reports six sensors per module against 14 or 16
// cells: there is no per-cell temperature to attach. Same shape, so a second heatmap view works
// unchanged; sensor columns carry CellTemperatureRole, DeviationFromMeanRole (K from the module
// mean) and the minimum/maximum flags.
class BatteryCellTemperaturesModel : public BatteryGridModel
{
    Q_OBJECT
public:
    enum Column : int {
        MinTempColumn,   // lowest sensor, °C
        MaxTempColumn,   // highest sensor, °C
        DeltaTempColumn, // highest − lowest, K
        SummaryColumnCount
    };

    explicit BatteryCellTemperaturesModel(QObject *parent = nullptr);

protected:
    QList<Item> cellItems(const BatteryModuleReading &module) const override;
    QList<Item> summaryItems(const BatteryModuleReading &module, const CellStatistics &cells) const override;
    QString summaryHeader(int column) const override;
    QString summaryUnit(int column) const override;
    QString cellHeader(int cell) const override;
    QString cellUnit() const override;
    bool cellsAreTemperatures() const override { return true; }
};

} // namespace kw::models
