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
    // mode 75–77, grid failure 80). With WIZARD.SETUP_NUMBER_WALLBOXES ≥ 1, wallbox = the sum of
    // WALLBOX.APPARENT_CHARGING_POWER over the installed slots, and house includes it (the
    // device's GUI_HOUSE_POW does not). `timestampMs` is stored as given.
    EnergySnapshot snapshot(const SenecResponse &response, qint64 timestampMs) const;
    // The installed wallboxes' charging power in W; nullopt without a wallbox or when a slot's
    // value is missing or not Ok.
    static std::optional<double> wallboxPowerW(const SenecResponse &response);
    // True for the STAT_STATE codes that mean the public grid is gone.
    static bool isGridOutageState(int stateCode);

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
