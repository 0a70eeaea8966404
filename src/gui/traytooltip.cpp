#include "traytooltip.h"

#include "freshnessindicator.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include <cmath>

namespace kw::gui {
namespace {

// The texts' translation context; lupdate reads it from the macro, as the runtime does.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kw::gui::TrayToolTip)
};

const QString Separator = QStringLiteral(" · ");

bool known(std::optional<double> value)
{
    return value && std::isfinite(*value);
}

QString powerOrMissing(std::optional<double> powerW, PowerUnit unit)
{
    return known(powerW) ? PowerFormatter::format(*powerW, unit) : PowerFormatter::missingText();
}

bool isLive(ConnectionState state)
{
    return state == ConnectionState::Online || state == ConnectionState::BackingOff
        || state == ConnectionState::Connecting;
}

} // namespace

PowerUnit TrayToolTip::unitFor(const EnergySnapshot &snapshot)
{
    QList<double> valuesW;
    for (const auto &value : {snapshot.pvW, snapshot.houseW, snapshot.gridW, snapshot.batteryW}) {
        if (known(value))
            valuesW.append(*value);
    }
    return PowerFormatter::unitFor(valuesW);
}

QString TrayToolTip::text(const std::optional<EnergySnapshot> &snapshot, ConnectionState state,
                          qint64 ageMs)
{
    QStringList lines;
    QString title = Text::tr("Kilowatch");
    if (snapshot && known(snapshot->socPercent))
        title += Separator + Text::tr("battery %1 %").arg(QLocale().toString(std::lround(*snapshot->socPercent)));
    lines.append(title);

    // The device's own words while the data is live; the connection's when it is not, as the
    // device's state would be as old as the figures.
    const bool live = snapshot && isLive(state);
    QString status = live && !snapshot->stateText.isEmpty() ? snapshot->stateText : connectionStateText(state);
    if (!snapshot)
        status += Separator + Text::tr("no data yet");
    else if (live)
        status += Separator + Text::tr("updated %1").arg(FreshnessIndicator::ageText(std::max<qint64>(ageMs, 0)));
    else
        status += Separator + Text::tr("last data %1").arg(FreshnessIndicator::ageText(std::max<qint64>(ageMs, 0)));
    lines.append(status);

    if (snapshot) {
        const PowerUnit unit = unitFor(*snapshot);
        lines.append(Text::tr("PV %1").arg(powerOrMissing(snapshot->pvW, unit)) + Separator
                     + Text::tr("house %1").arg(powerOrMissing(snapshot->houseW, unit)));

        QString grid;
        if (snapshot->gridOutage)
            grid = Text::tr("Grid outage");
        else if (!known(snapshot->gridW))
            grid = Text::tr("Grid %1").arg(PowerFormatter::missingText());
        else if (std::abs(*snapshot->gridW) < 0.5)
            grid = Text::tr("Grid %1").arg(PowerFormatter::format(0.0, unit));
        else
            grid = (*snapshot->gridW > 0 ? Text::tr("Grid %1 import") : Text::tr("Grid %1 export"))
                       .arg(PowerFormatter::format(*snapshot->gridW, unit));
        lines.append(grid);

        QString battery;
        if (!known(snapshot->batteryW))
            battery = Text::tr("Battery %1").arg(PowerFormatter::missingText());
        else if (std::abs(*snapshot->batteryW) < PowerFormatter::IdleThresholdW)
            battery = Text::tr("Battery idle");
        else
            battery = (*snapshot->batteryW > 0 ? Text::tr("Battery %1 charging") : Text::tr("Battery %1 discharging"))
                          .arg(PowerFormatter::format(*snapshot->batteryW, unit));
        lines.append(battery);
    }
    return lines.join(u'\n');
}

QString TrayToolTip::fitted(const QString &text, qsizetype maxChars)
{
    if (text.size() <= maxChars)
        return text;
    const QStringList lines = text.split(u'\n');
    QString result = lines.first().left(maxChars);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (result.size() + 1 + lines.at(i).size() > maxChars)
            break;
        result += u'\n' + lines.at(i);
    }
    return result;
}

} // namespace kw::gui
