#include "powerformatter.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace kw::gui {
namespace {

// The texts' translation context; lupdate reads it from the macro, as the runtime does.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kw::gui::PowerFormatter)
};

} // namespace

PowerUnit PowerFormatter::unitFor(const QList<double> &valuesW)
{
    for (const double value : valuesW) {
        // 999.6 W would read "1000 W": switch on the rounded value, as a reader sees it.
        if (std::isfinite(value) && std::round(std::abs(value)) >= 1000.0)
            return PowerUnit::Kilowatt;
    }
    return PowerUnit::Watt;
}

QString PowerFormatter::format(double powerW, PowerUnit unit)
{
    const double watts = std::isfinite(powerW) ? std::abs(powerW) : 0.0;
    const QLocale locale;
    if (unit == PowerUnit::Watt)
        return Text::tr("%1 W").arg(locale.toString(std::round(watts), 'f', 0));
    const double kilowatts = watts / 1000.0;
    // Two decimals stay readable up to 9.99 kW; above, the third digit would only add noise.
    const int decimals = kilowatts >= 9.995 ? 1 : 2;
    return Text::tr("%1 kW").arg(locale.toString(kilowatts, 'f', decimals));
}

QString PowerFormatter::durationText(double hours)
{
    if (!std::isfinite(hours) || hours > 99.0)
        return Text::tr("> 99 h");
    const auto minutes = static_cast<qint64>(std::llround(std::max(hours, 0.0) * 60.0));
    if (minutes < 1)
        return Text::tr("< 1 min");
    if (minutes < 60)
        return Text::tr("%1 min").arg(minutes);
    const qint64 wholeHours = minutes / 60;
    const qint64 restMinutes = minutes % 60;
    if (restMinutes == 0)
        return Text::tr("%1 h").arg(wholeHours);
    return Text::tr("%1 h %2 min").arg(wholeHours).arg(restMinutes);
}

QString PowerFormatter::batteryTimeText(std::optional<double> batteryW,
                                        std::optional<double> socPercent, double capacityWh)
{
    if (!batteryW || !socPercent || !std::isfinite(*batteryW) || !std::isfinite(*socPercent)
        || std::abs(*batteryW) < IdleThresholdW || !(capacityWh > 0.0))
        return missingText();
    const double soc = std::clamp(*socPercent, 0.0, 100.0);
    if (*batteryW > 0) {
        const double missingWh = capacityWh * (100.0 - soc) / 100.0;
        return Text::tr("full in %1").arg(durationText(missingWh / *batteryW));
    }
    const double storedWh = capacityWh * soc / 100.0;
    return Text::tr("empty in %1").arg(durationText(storedWh / -*batteryW));
}

QString PowerFormatter::formatEnergy(double energyWh, const QLocale &locale)
{
    if (!std::isfinite(energyWh))
        return missingText();
    if (std::abs(energyWh) < 1000.0)
        return Text::tr("%1 Wh").arg(locale.toString(energyWh, 'f', 0));
    const double kWh = energyWh / 1000.0;
    const int decimals = std::abs(kWh) < 10.0 ? 2 : std::abs(kWh) < 1000.0 ? 1 : 0;
    return Text::tr("%1 kWh").arg(locale.toString(kWh, 'f', decimals));
}

QString PowerFormatter::missingText()
{
    return QStringLiteral("—");
}

} // namespace kw::gui
