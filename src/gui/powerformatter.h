#pragma once

#include <QList>
#include <QLocale>
#include <QString>

#include <optional>

namespace kw::gui {

enum class PowerUnit { Watt, Kilowatt };

// The dashboard's words for powers, energies and battery times: one unit for every label so
// values compare at a glance, the direction always in words rather than a sign.
class PowerFormatter
{
public:
    // Below this a path or a battery current counts as idle (no dots, no time to full/empty).
    static constexpr double IdleThresholdW = 30.0;

    // kW as soon as any of the values (by magnitude, as it would be shown) reaches 1,000 W.
    static PowerUnit unitFor(const QList<double> &valuesW);
    // Magnitude in `unit`: "850 W", "5.20 kW" (2 decimals), "12.4 kW" (1 decimal from 10 kW).
    static QString format(double powerW, PowerUnit unit);
    // "45 min", "1 h 20 min", "6 h", "< 1 min"; "> 99 h" beyond that.
    static QString durationText(double hours);
    // "850 Wh" below 1 kWh, "1.23 kWh", "12.3 kWh" (one decimal from 10 kWh), "1,235 kWh" (none
    // from 1,000 kWh), in `locale`'s digits; "—" for a non-finite value.
    static QString formatEnergy(double energyWh, const QLocale &locale = QLocale());
    // "full in 1 h 54 min" / "empty in 6 h 40 min" from SOC and the nominal capacity, ignoring
    // reserve and losses (an estimate, as the device gives none); "—" when SOC or power is
    // unknown, the battery is idle (< 30 W) or the capacity is not positive.
    static QString batteryTimeText(std::optional<double> batteryW, std::optional<double> socPercent,
                                   double capacityWh);
    static QString missingText();
};

} // namespace kw::gui
