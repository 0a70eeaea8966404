#include "senecbackend.h"

#include "senecstatetexts.h"

#include <cmath>

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
        }
    }
    return snapshot;
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
