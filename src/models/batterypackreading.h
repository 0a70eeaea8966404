#pragma once

#include "senec/senecresponse.h"
#include "senec/senecvalue.h"

#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace kw::models {

// The per-module BMS array variables the battery models show (one element per module slot A–D).
enum class ModuleVariable : int {
    Soc,            // BMS.SOC, %
    Soh,            // BMS.SOH, %
    Cycles,         // BMS.CYCLES
    Voltage,        // BMS.VOLTAGE, V
    Current,        // BMS.CURRENT, A (+ charging)
    MinCellVoltage, // BMS.MIN_CELL_VOLTAGE, mV (as the BMS reports it)
    MaxCellVoltage, // BMS.MAX_CELL_VOLTAGE, mV
    TempMin,        // BMS.TEMP_MIN, °C
    TempMax,        // BMS.TEMP_MAX, °C
    Status,         // BMS.STATUS, coded (coding not documented)
    AlarmStatus,    // BMS.ALARM_STATUS, 0 = no alarm
    BalanceStatus,  // BMS.CELL_BALANCE_STATUS, a bit per cell being balanced
    Count
};

// The BMS variable name of a per-module variable ("SOC", "TEMP_MIN" …).
QString moduleVariableName(ModuleVariable variable);

// What one BMS answer says about one module slot, values as received (not yet scaled).
struct BatteryModuleReading
{
    int slot = 0; // 0..3 = module A..D
    QList<senec::SenecValue> cellVoltages;     // BMS.CELL_VOLTAGES_MODULE_<X>, empty if absent
    QList<senec::SenecValue> cellTemperatures; // BMS.CELL_TEMPERATURES_MODULE_<X> (one per sensor)
    std::array<std::optional<senec::SenecValue>, int(ModuleVariable::Count)> values;

    const std::optional<senec::SenecValue> &value(ModuleVariable variable) const
    {
        return values[std::size_t(variable)];
    }
    bool operator==(const BatteryModuleReading &other) const = default;
};

// The battery modules in one lala.cgi answer: which slots are configured and hold data.
struct BatteryPackReading
{
    enum class Kind : quint8 {
        NoInformation, // the answer says nothing about modules (no BMS section, or only totals)
        NoBattery,     // the BMS section answered OBJECT_NOT_FOUND
        Modules,       // `modules` is what the device reports (possibly none)
    };
    static constexpr int MaxModules = 4;

    Kind kind = Kind::NoInformation;
    QList<BatteryModuleReading> modules; // ascending slot, only slots with data

    // Reads the BMS section. Module count: MODULES_CONFIGURED, else MODULE_COUNT, else
    // NR_INSTALLED, else the slots whose cell voltages are not all zero. A configured slot with no
    // usable value (everything absent or an error) is left out.
    static BatteryPackReading fromResponse(const senec::SenecResponse &response);
    static QChar slotLetter(int slot) { return QChar(u'A' + slot); }
    static QString cellVoltagesVariable(int slot)     // "CELL_VOLTAGES_MODULE_A" …
    {
        return QStringLiteral("CELL_VOLTAGES_MODULE_") + slotLetter(slot);
    }
    static QString cellTemperaturesVariable(int slot) // "CELL_TEMPERATURES_MODULE_A" …
    {
        return QStringLiteral("CELL_TEMPERATURES_MODULE_") + slotLetter(slot);
    }

    bool operator==(const BatteryPackReading &other) const = default;
};

} // namespace kw::models
