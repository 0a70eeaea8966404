#pragma once

#include "senecrequestbuilder.h"
#include "senecresponse.h"
#include "snapshot/deviceinfo.h"
#include "snapshot/energysnapshot.h"

#include <QString>
#include <QtGlobal>

#include <optional>

namespace kw::senec {

// Maps decoded SENEC answers to the vendor-neutral EnergySnapshot. Only Ok values are used:
// a missing, forbidden or malformed value stays nullopt and never becomes 0.
class SenecBackend
{
public:
    // `language` for stateText: "de" (the device's own texts) or "en".
    explicit SenecBackend(QString language = QStringLiteral("de"));

    void setLanguage(const QString &language) { m_language = language; }
    QString language() const { return m_language; }

    // pv = ENERGY.GUI_INVERTER_POWER (−0.0 -> 0), house = GUI_HOUSE_POW, grid = GUI_GRID_POW
    // (+ import), battery = GUI_BAT_DATA_POWER (+ charge), soc = GUI_BAT_DATA_FUEL_CHARGE (else
    // BMS.SYSTEM_SOC × 0.1), state = ENERGY.STAT_STATE, grid outage from the state (backup power
    // mode 75–77, grid failure 80), device and battery faults from the state and module alarms
    // from BMS.ALARM_STATUS (see below). With WIZARD.SETUP_NUMBER_WALLBOXES ≥ 1, wallbox = the sum of
    // WALLBOX.APPARENT_CHARGING_POWER over the installed slots, and house includes it (the
    // device's GUI_HOUSE_POW does not). `timestampMs` is stored as given.
    EnergySnapshot snapshot(const SenecResponse &response, qint64 timestampMs) const;
    // The installed wallboxes' charging power in W; nullopt without a wallbox or when a slot's
    // value is missing or not Ok.
    static std::optional<double> wallboxPowerW(const SenecResponse &response);
    // True for the STAT_STATE codes that mean the public grid is gone.
    static bool isGridOutageState(int stateCode);
    // True for the STAT_STATE codes that name an error of the battery management (BMS FEHLER,
    // BMS: FEHLER BETRIEBSTEMPERATUR, BMS FEHLER - MODULUNGLEICHGEWICHT).
    static bool isBatteryErrorState(int stateCode);
    // True for the other STAT_STATE codes that name an error or fault ("FEHLER …", "… FEHLER",
    // ISOLATIONSFEHLER); not for the BMS errors above.
    static bool isErrorState(int stateCode);
    // The battery modules (from 1) whose BMS.ALARM_STATUS is an Ok non-zero value, over the
    // configured modules (all reported elements if the count is missing); nullopt when the
    // answer has no ALARM_STATUS.
    static std::optional<QList<int>> alarmingModules(const SenecResponse &response);

    // model = FACTORY.SYS_TYPE in words, firmware = WIZARD.APPLICATION_VERSION (what SENEC's UI
    // calls the version, e.g. "0826"), serial = FACTORY.DEVICE_ID, battery capacity =
    // FACTORY.DESIGN_CAPACITY, wallboxes = WIZARD.SETUP_NUMBER_WALLBOXES (0–4).
    DeviceInfo deviceInfo(const SenecResponse &response) const;

    // The device clock in UTC ms: (RTC.WEB_TIME − RTC.UTC_OFFSET × 60) × 1000; nullopt if either
    // is missing or not Ok.
    static std::optional<qint64> deviceTimeUtcMs(const SenecResponse &response);

    static SenecRequestSet liveSet() { return SenecRequestBuilder::liveSet(); }
    static SenecRequestSet heavySet() { return SenecRequestBuilder::heavySet(); }
    static SenecRequestSet allSections() { return SenecRequestBuilder::allSections(); }

private:
    QString m_language;
};

} // namespace kw::senec
