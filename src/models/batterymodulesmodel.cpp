#include "batterymodulesmodel.h"

#include <bit>
#include <cmath>

#include "senec/seneccatalogue.h"

namespace kw::models {
namespace {

const QString Bms = QStringLiteral("BMS");
const QString MilliVolt = QStringLiteral("mV");
const QString Celsius = QStringLiteral("\u00B0C");

} // namespace

BatteryModulesModel::BatteryModulesModel(QObject *parent)
    : BatteryGridModel(SummaryColumnCount, parent)
{
}

void BatteryModulesModel::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    rebuild();
}

QList<BatteryGridModel::Item> BatteryModulesModel::cellItems(const BatteryModuleReading &module) const
{
    return valueItems(module.cellVoltages, BatteryPackReading::cellVoltagesVariable(module.slot), 0, {});
}

QList<BatteryGridModel::Item> BatteryModulesModel::summaryItems(const BatteryModuleReading &module,
                                                                const CellStatistics &cells) const
{
    const auto received = [this, &module](ModuleVariable variable, int decimals, const QString &unit) {
        return valueItem(module.value(variable), moduleVariableName(variable), decimals, unit);
    };
    // The BMS's own cell min/max are only a stand-in: computed from the cells, the summary
    // agrees with the cells' minimum/maximum flags.
    const auto extreme = [&](std::optional<double> computed, ModuleVariable variable) {
        return computed ? numberItem(computed, 0, MilliVolt) : received(variable, 0, MilliVolt);
    };
    std::optional<double> delta = cells.delta();
    if (!cells.count) {
        const std::optional<double> lowMv = received(ModuleVariable::MinCellVoltage, 0, {}).number;
        const std::optional<double> highMv = received(ModuleVariable::MaxCellVoltage, 0, {}).number;
        if (lowMv && highMv)
            delta = *highMv - *lowMv;
    }

    QList<Item> items(SummaryColumnCount);
    items[SocColumn] = received(ModuleVariable::Soc, 0, QStringLiteral("%"));
    items[SohColumn] = received(ModuleVariable::Soh, 0, QStringLiteral("%"));
    items[CyclesColumn] = received(ModuleVariable::Cycles, 0, {});
    items[VoltageColumn] = received(ModuleVariable::Voltage, 2, QStringLiteral("V"));
    items[CurrentColumn] = received(ModuleVariable::Current, 2, QStringLiteral("A"));
    items[MinCellColumn] = extreme(cells.minimum, ModuleVariable::MinCellVoltage);
    items[MaxCellColumn] = extreme(cells.maximum, ModuleVariable::MaxCellVoltage);
    items[DeltaCellColumn] = numberItem(delta, 0, MilliVolt);
    items[MinTempColumn] = temperatureItem(module, ModuleVariable::TempMin);
    items[MaxTempColumn] = temperatureItem(module, ModuleVariable::TempMax);
    items[StatusColumn] = statusItem(module);
    return items;
}

BatteryGridModel::Item BatteryModulesModel::temperatureItem(const BatteryModuleReading &module,
                                                            ModuleVariable variable) const
{
    Item item = valueItem(module.value(variable), moduleVariableName(variable), 1, Celsius);
    if (item.number)
        return item;
    // Firmware that leaves out TEMP_MIN/TEMP_MAX still sends the module's sensors.
    const CellStatistics sensors = CellStatistics::of(
        numbersOf(valueItems(module.cellTemperatures, BatteryPackReading::cellTemperaturesVariable(module.slot), 1, Celsius)));
    const std::optional<double> fallback = variable == ModuleVariable::TempMin ? sensors.minimum
                                                                               : sensors.maximum;
    return fallback ? numberItem(fallback, 1, Celsius) : item;
}

BatteryGridModel::Item BatteryModulesModel::statusItem(const BatteryModuleReading &module) const
{
    const std::optional<senec::SenecValue> &status = module.value(ModuleVariable::Status);
    Item item = status ? receivedItem(*status) : Item{};
    if (status && status->isOk()) {
        if (const auto code = status->toInt64())
            item.number = double(*code);
    }
    item.text = statusText(module);
    if (item.text.isEmpty() && status)
        item.text = notANumberText();
    return item;
}

QString BatteryModulesModel::statusText(const BatteryModuleReading &module) const
{
    const auto okInteger = [&module](ModuleVariable variable) -> std::optional<qint64> {
        const std::optional<senec::SenecValue> &value = module.value(variable);
        return value && value->isOk() ? value->toInt64() : std::nullopt;
    };
    QStringList words;
    if (const auto alarm = okInteger(ModuleVariable::AlarmStatus); alarm && *alarm != 0)
        words.append(tr("Alarm %1").arg(*alarm));
    // BMS.STATUS has no documented coding (healthy modules report 1), so unless the catalogue
    // learns one, the module's activity comes from its current, which is documented.
    QString statusWords;
    if (const std::optional<senec::SenecValue> &status = module.value(ModuleVariable::Status); status)
        statusWords = catalogue().enumText(catalogue().variable(Bms, moduleVariableName(ModuleVariable::Status)),
                                           *status, m_language);
    if (!statusWords.isEmpty()) {
        words.append(statusWords);
    } else if (const std::optional<senec::SenecValue> &current = module.value(ModuleVariable::Current);
               current && current->isOk()) {
        if (const auto amps = current->toDouble(); amps && std::isfinite(*amps)) {
            constexpr double IdleCurrentA = 0.5; // sensor noise of an idle module
            words.append(*amps > IdleCurrentA    ? tr("Charging")
                         : *amps < -IdleCurrentA ? tr("Discharging")
                                                 : tr("Idle"));
        }
    }
    if (const auto balance = okInteger(ModuleVariable::BalanceStatus); balance && *balance > 0) {
        const int cells = std::popcount(quint64(*balance));
        words.append(tr("balancing %n cells", nullptr, cells));
    }
    return words.join(QStringLiteral(" · "));
}

QString BatteryModulesModel::summaryHeader(int column) const
{
    switch (Column(column)) {
    case SocColumn: return tr("SOC");
    case SohColumn: return tr("SOH");
    case CyclesColumn: return tr("Cycles");
    case VoltageColumn: return tr("Voltage");
    case CurrentColumn: return tr("Current");
    case MinCellColumn: return tr("Min cell");
    case MaxCellColumn: return tr("Max cell");
    case DeltaCellColumn: return tr("Cell delta");
    case MinTempColumn: return tr("Min temp.");
    case MaxTempColumn: return tr("Max temp.");
    case StatusColumn: return tr("Status");
    case SummaryColumnCount: break;
    }
    return {};
}

QString BatteryModulesModel::summaryUnit(int column) const
{
    switch (Column(column)) {
    case SocColumn:
    case SohColumn: return QStringLiteral("%");
    case VoltageColumn: return QStringLiteral("V");
    case CurrentColumn: return QStringLiteral("A");
    case MinCellColumn:
    case MaxCellColumn:
    case DeltaCellColumn: return MilliVolt;
    case MinTempColumn:
    case MaxTempColumn: return Celsius;
    case CyclesColumn:
    case StatusColumn:
    case SummaryColumnCount: break;
    }
    return {};
}

QString BatteryModulesModel::cellHeader(int cell) const
{
    return tr("Cell %1").arg(cell + 1);
}

QString BatteryModulesModel::cellUnit() const
{
    return MilliVolt;
}

Qt::Alignment BatteryModulesModel::summaryAlignment(int column) const
{
    return column == StatusColumn ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignRight | Qt::AlignVCenter;
}

} // namespace kw::models
