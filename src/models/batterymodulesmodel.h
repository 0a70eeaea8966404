#pragma once

#include "batterygridmodel.h"

namespace kw::models {

// BMS modules × cell voltages (mV) with each module's summary: one row per configured module (A–D
// per BMS.MODULES_CONFIGURED), summary columns first (SOC … status), then one column per cell
// (14, or 16 on LFP batteries). Cell columns carry DeviationFromMeanRole and the module
// minimum/maximum flags so a heatmap delegate can colour them. Cell temperatures are in
// BatteryCellTemperaturesModel: the BMS reports six sensors per module, not one per cell.
class BatteryModulesModel : public BatteryGridModel
{
    Q_OBJECT
public:
    enum Column : int {
        SocColumn,        // BMS.SOC, %
        SohColumn,        // BMS.SOH, %
        CyclesColumn,     // BMS.CYCLES
        VoltageColumn,    // BMS.VOLTAGE, V
        CurrentColumn,    // BMS.CURRENT, A (+ charging)
        MinCellColumn,    // lowest cell, mV (from the cells; BMS.MIN_CELL_VOLTAGE without them)
        MaxCellColumn,    // highest cell, mV
        DeltaCellColumn,  // highest − lowest, mV
        MinTempColumn,    // BMS.TEMP_MIN, °C (the sensors' lowest without it)
        MaxTempColumn,    // BMS.TEMP_MAX, °C
        StatusColumn,     // in words: alarm, charging/discharging/idle, balancing (see statusText());
                          // NumericValueRole: BMS.STATUS
        SummaryColumnCount
    };

    explicit BatteryModulesModel(QObject *parent = nullptr);

    // "de" or "en" (default) for the status texts; changes only the status column, in place.
    void setLanguage(const QString &language);
    QString language() const { return m_language; }

    // The module's state in words: "Alarm 3" first when BMS.ALARM_STATUS is set, then the
    // catalogue's text for BMS.STATUS where it knows the coding, else what the current says
    // (charging / discharging / idle, ±0.5 A), then "balancing n cells" from
    // CELL_BALANCE_STATUS; parts joined by " · ". Empty when none of these was received.
    QString statusText(const BatteryModuleReading &module) const;

protected:
    QList<Item> cellItems(const BatteryModuleReading &module) const override;
    QList<Item> summaryItems(const BatteryModuleReading &module, const CellStatistics &cells) const override;
    QString summaryHeader(int column) const override;
    QString summaryUnit(int column) const override;
    QString cellHeader(int cell) const override;
    QString cellUnit() const override;
    Qt::Alignment summaryAlignment(int column) const override;

private:
    Item statusItem(const BatteryModuleReading &module) const;
    Item temperatureItem(const BatteryModuleReading &module, ModuleVariable variable) const;

    QString m_language = QStringLiteral("en");
};

} // namespace kw::models
