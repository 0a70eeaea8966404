#include "batterypackreading.h"

#include <algorithm>

namespace kw::models {
namespace {

using senec::SenecValue;
using senec::SenecVariable;
using senec::ValueStatus;

const QString Bms = QStringLiteral("BMS");

bool isUsable(const SenecValue &value)
{
    return value.isOk() || value.status() == ValueStatus::NonFinite;
}

// MODULES_CONFIGURED and its stand-ins, when one is an Ok integer.
std::optional<int> reportedModuleCount(const senec::SenecSection &section)
{
    for (const char *name : {"MODULES_CONFIGURED", "MODULE_COUNT", "NR_INSTALLED"}) {
        const auto it = section.variables.constFind(QString::fromLatin1(name));
        if (it == section.variables.constEnd() || it->values.isEmpty())
            continue;
        const SenecValue &value = it->scalar();
        if (!value.isOk())
            continue;
        if (const auto count = value.toInt64())
            return int(std::clamp<qint64>(*count, 0, BatteryPackReading::MaxModules));
    }
    return std::nullopt;
}

QList<SenecValue> arrayValues(const senec::SenecSection &section, const QString &name)
{
    const auto it = section.variables.constFind(name);
    if (it == section.variables.constEnd() || !it->isArray)
        return {};
    return it->values;
}

// Without a count the device is taken at its word for the slots it fills: zero-filled slots are
// the empty ones (the device always reports four).
int inferredModuleCount(const senec::SenecSection &section)
{
    int count = 0;
    for (int slot = 0; slot < BatteryPackReading::MaxModules; ++slot) {
        const QList<SenecValue> cells = arrayValues(section, BatteryPackReading::cellVoltagesVariable(slot));
        const bool filled = std::any_of(cells.cbegin(), cells.cend(), [](const SenecValue &v) {
            const auto number = v.isOk() ? v.toDouble() : std::nullopt;
            return number && *number != 0.0;
        });
        if (filled)
            count = slot + 1;
    }
    return count;
}

bool mentionsModules(const senec::SenecSection &section)
{
    for (const char *name : {"MODULES_CONFIGURED", "MODULE_COUNT", "NR_INSTALLED"}) {
        if (section.variables.contains(QString::fromLatin1(name)))
            return true;
    }
    for (int slot = 0; slot < BatteryPackReading::MaxModules; ++slot) {
        if (section.variables.contains(BatteryPackReading::cellVoltagesVariable(slot))
            || section.variables.contains(BatteryPackReading::cellTemperaturesVariable(slot)))
            return true;
    }
    for (int v = 0; v < int(ModuleVariable::Count); ++v) {
        if (section.variables.contains(moduleVariableName(ModuleVariable(v))))
            return true;
    }
    return false;
}

} // namespace

QString moduleVariableName(ModuleVariable variable)
{
    switch (variable) {
    case ModuleVariable::Soc: return QStringLiteral("SOC");
    case ModuleVariable::Soh: return QStringLiteral("SOH");
    case ModuleVariable::Cycles: return QStringLiteral("CYCLES");
    case ModuleVariable::Voltage: return QStringLiteral("VOLTAGE");
    case ModuleVariable::Current: return QStringLiteral("CURRENT");
    case ModuleVariable::MinCellVoltage: return QStringLiteral("MIN_CELL_VOLTAGE");
    case ModuleVariable::MaxCellVoltage: return QStringLiteral("MAX_CELL_VOLTAGE");
    case ModuleVariable::TempMin: return QStringLiteral("TEMP_MIN");
    case ModuleVariable::TempMax: return QStringLiteral("TEMP_MAX");
    case ModuleVariable::Status: return QStringLiteral("STATUS");
    case ModuleVariable::AlarmStatus: return QStringLiteral("ALARM_STATUS");
    case ModuleVariable::BalanceStatus: return QStringLiteral("CELL_BALANCE_STATUS");
    case ModuleVariable::Count: break;
    }
    return {};
}

BatteryPackReading BatteryPackReading::fromResponse(const senec::SenecResponse &response)
{
    BatteryPackReading reading;
    const senec::SenecSection *section = response.section(Bms);
    if (!section || section->status == senec::SectionStatus::Malformed)
        return reading;
    if (section->status == senec::SectionStatus::NotFound) {
        reading.kind = Kind::NoBattery;
        return reading;
    }
    // The live poll asks for BMS.SYSTEM_SOC alone: that says nothing about the modules.
    if (!mentionsModules(*section))
        return reading;

    reading.kind = Kind::Modules;
    const int count = reportedModuleCount(*section).value_or(inferredModuleCount(*section));
    std::array<QList<SenecValue>, int(ModuleVariable::Count)> perModule;
    for (int v = 0; v < int(ModuleVariable::Count); ++v)
        perModule[std::size_t(v)] = arrayValues(*section, moduleVariableName(ModuleVariable(v)));

    for (int slot = 0; slot < count; ++slot) {
        BatteryModuleReading module;
        module.slot = slot;
        module.cellVoltages = arrayValues(*section, BatteryPackReading::cellVoltagesVariable(slot));
        module.cellTemperatures = arrayValues(*section, BatteryPackReading::cellTemperaturesVariable(slot));
        bool hasData = std::any_of(module.cellVoltages.cbegin(), module.cellVoltages.cend(), isUsable)
                    || std::any_of(module.cellTemperatures.cbegin(), module.cellTemperatures.cend(), isUsable);
        for (std::size_t v = 0; v < perModule.size(); ++v) {
            if (slot < perModule[v].size()) {
                module.values[v] = perModule[v].at(slot);
                hasData = hasData || isUsable(*module.values[v]);
            }
        }
        if (hasData)
            reading.modules.append(std::move(module));
    }
    return reading;
}

} // namespace kw::models
