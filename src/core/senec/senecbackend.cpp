#include "senecbackend.h"

#include "seneccatalogue.h"
#include "senecstatetexts.h"

#include <algorithm>
#include <cmath>
#include <iterator>

namespace kw::senec {
namespace {

const QString Energy = QStringLiteral("ENERGY");

} // namespace

SenecBackend::SenecBackend(QString language)
    : m_language(std::move(language))
{
}

EnergySnapshot SenecBackend::snapshot(const SenecResponse &response, qint64 timestampMs) const
{
    EnergySnapshot snapshot;
    snapshot.timestampMs = timestampMs;
    snapshot.pvW = response.number(Energy, QStringLiteral("GUI_INVERTER_POWER"));
    // The inverter reports −0.0 at night; a signed zero would print as "-0".
    if (snapshot.pvW && *snapshot.pvW == 0.0)
        snapshot.pvW = 0.0;
    snapshot.houseW = response.number(Energy, QStringLiteral("GUI_HOUSE_POW"));
    snapshot.wallboxW = wallboxPowerW(response);
    // GUI_HOUSE_POW leaves the wallboxes out; the snapshot's house is everything behind the grid
    // meter that is not PV or battery, so it gets them back (see wallboxPowerW()).
    if (snapshot.houseW && snapshot.wallboxW)
        *snapshot.houseW += *snapshot.wallboxW;
    snapshot.gridW = response.number(Energy, QStringLiteral("GUI_GRID_POW"));
    snapshot.batteryW = response.number(Energy, QStringLiteral("GUI_BAT_DATA_POWER"));
    snapshot.socPercent = response.number(Energy, QStringLiteral("GUI_BAT_DATA_FUEL_CHARGE"));
    if (!snapshot.socPercent) {
        if (const auto permille = response.number(QStringLiteral("BMS"), QStringLiteral("SYSTEM_SOC")))
            snapshot.socPercent = *permille * 0.1;
    }
    const SenecValue *state = response.value(Energy, QStringLiteral("STAT_STATE"));
    if (state && state->isOk()) {
        if (const auto code = state->toInt64(); code && *code >= 0 && *code <= 0xFFFF) {
            snapshot.stateCode = static_cast<int>(*code);
            snapshot.stateText = SenecStateTexts::displayText(snapshot.stateCode, m_language);
            snapshot.gridOutage = isGridOutageState(snapshot.stateCode);
            snapshot.deviceFault = isErrorState(snapshot.stateCode);
            snapshot.batteryFault = isBatteryErrorState(snapshot.stateCode);
        }
    }
    snapshot.alarmingModules = alarmingModules(response);
    return snapshot;
}

std::optional<double> SenecBackend::wallboxPowerW(const SenecResponse &response)
{
    // Is the wallbox inside ENERGY.GUI_HOUSE_POW? Not on the devices we have captures of. In an
    // answer with a car charging (solectrus senec-collector, senec_success cassette of 2021-10-05)
    // grid 19,808.5 W = house 794.7 + wallbox 20,514.3 − PV 843.0 − discharge 657.5 holds to the
    // tenth of a watt only with the wallbox added; in one of 2023-09-24 GUI_HOUSE_POW reads 0.0
    // while the wallbox takes more than the balance leaves (the device clamps its house figure at
    // 0 after taking the wallbox out). The community clients (ioBroker, Home Assistant) read the
    // wallbox as a value of its own next to GUI_HOUSE_POW. So it is added to the house here, and
    // the flow diagram routes it house → wallbox.
    const auto installed = response.number(QStringLiteral("WIZARD"), QStringLiteral("SETUP_NUMBER_WALLBOXES"));
    if (!installed || *installed < 1 || *installed > 4)
        return std::nullopt;
    // One slot per possible wallbox; the unused ones read 0 but are not ours to add.
    double sumW = 0;
    for (qsizetype slot = 0; slot < qsizetype(*installed); ++slot) {
        const auto powerW = response.number(QStringLiteral("WALLBOX"), QStringLiteral("APPARENT_CHARGING_POWER"), slot);
        // A missing slot would make the sum look smaller than it is: no figure rather than a wrong one.
        if (!powerW || !std::isfinite(*powerW))
            return std::nullopt;
        sumW += *powerW;
    }
    return sumW;
}

bool SenecBackend::isGridOutageState(int stateCode)
{
    // NOTSTROMBETRIEB, NOTSTROMBETRIEB AKKU LEER, NOTSTROMBETRIEB FEHLER, NETZAUSFALL.
    return (stateCode >= 75 && stateCode <= 77) || stateCode == 80;
}

bool SenecBackend::isBatteryErrorState(int stateCode)
{
    return stateCode == 39 || stateCode == 73 || stateCode == 98;
}

bool SenecBackend::isErrorState(int stateCode)
{
    // The STAT_STATE texts with FEHLER (error) in them, and ISOLATIONSFEHLER (91), less the BMS
    // errors. 77 (NETZERSATZBETRIEB FEHLER) is an outage state as well; both are true of it. A
    // fixed list rather than a search of the texts: a translation must not change what alarms.
    static constexpr int Codes[] = {2,  27, 35, 36, 37, 47, 49, 51, 57, 58, 60,
                                    61, 62, 66, 72, 77, 86, 90, 91, 94};
    return std::find(std::begin(Codes), std::end(Codes), stateCode) != std::end(Codes);
}

std::optional<QList<int>> SenecBackend::alarmingModules(const SenecResponse &response)
{
    const QString bms = QStringLiteral("BMS");
    const SenecVariable *alarms = response.variable(bms, QStringLiteral("ALARM_STATUS"));
    if (!alarms)
        return std::nullopt;
    qsizetype modules = alarms->values.size();
    if (const auto configured = response.number(bms, QStringLiteral("MODULES_CONFIGURED"));
        configured && *configured >= 0)
        modules = std::min(modules, qsizetype(*configured));
    QList<int> alarming;
    for (qsizetype index = 0; index < modules; ++index) {
        const SenecValue &value = alarms->values.at(index);
        if (const auto code = value.isOk() ? value.toInt64() : std::nullopt; code && *code != 0)
            alarming.append(int(index) + 1);
    }
    return alarming;
}

DeviceInfo SenecBackend::deviceInfo(const SenecResponse &response) const
{
    DeviceInfo info;
    const SenecCatalogue &catalogue = SenecCatalogue::instance();
    const QString factory = QStringLiteral("FACTORY");
    if (const SenecValue *type = response.value(factory, QStringLiteral("SYS_TYPE")); type && type->isOk()) {
        info.model = catalogue.enumText(catalogue.variable(factory, QStringLiteral("SYS_TYPE")), *type,
                                        m_language);
        if (info.model.isEmpty() && type->toInt64())
            info.model = QStringLiteral("SENEC (SYS_TYPE %1)").arg(*type->toInt64());
    }
    // Ids and versions are short; a device that sends a page of text here must not push the
    // status bar off the screen.
    constexpr qsizetype MaxTextLength = 40;
    const auto text = [&response](const QString &section, const QString &name) {
        const SenecValue *value = response.value(section, name);
        return value && value->isOk() ? value->text().trimmed().left(MaxTextLength) : QString();
    };
    info.firmware = text(QStringLiteral("WIZARD"), QStringLiteral("APPLICATION_VERSION"));
    info.serial = text(factory, QStringLiteral("DEVICE_ID"));
    if (const auto capacity = response.number(factory, QStringLiteral("DESIGN_CAPACITY"));
        capacity && std::isfinite(*capacity) && *capacity > 0)
        info.batteryCapacityWh = *capacity;
    if (const auto wallboxes = response.number(QStringLiteral("WIZARD"), QStringLiteral("SETUP_NUMBER_WALLBOXES"));
        wallboxes && *wallboxes >= 1 && *wallboxes <= 4)
        info.wallboxCount = int(*wallboxes);
    return info;
}

std::optional<qint64> SenecBackend::deviceTimeUtcMs(const SenecResponse &response)
{
    const SenecValue *webTime = response.value(QStringLiteral("RTC"), QStringLiteral("WEB_TIME"));
    const SenecValue *offset = response.value(QStringLiteral("RTC"), QStringLiteral("UTC_OFFSET"));
    if (!webTime || !offset || !webTime->isOk() || !offset->isOk())
        return std::nullopt;
    // Both are integers on the wire (u3_/i3_); a float here would be a different variable.
    const auto seconds = webTime->toInt64();
    const auto offsetMinutes = offset->toInt64();
    if (!seconds || !offsetMinutes)
        return std::nullopt;
    return (*seconds - *offsetMinutes * 60) * 1000;
}

} // namespace kw::senec
