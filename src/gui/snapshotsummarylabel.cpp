#include "snapshotsummarylabel.h"

#include "powerformatter.h"

#include <QLocale>

#include <cmath>

namespace kw::gui {
namespace {

const QString Missing = QStringLiteral("—");

// Direction words for a signed power: `positive` when > 0, `negative` when < 0; below
// `idleBelowW` the `idle` word (nothing when that is empty).
QString withDirection(std::optional<double> powerW, const QString &positive, const QString &negative,
                      double idleBelowW = 0.5, const QString &idle = {})
{
    const QString text = SnapshotSummaryLabel::powerText(powerW);
    if (!powerW || !std::isfinite(*powerW))
        return text;
    if (std::abs(*powerW) < idleBelowW)
        return idle.isEmpty() ? text : QStringLiteral("%1 (%2)").arg(text, idle);
    return QStringLiteral("%1 (%2)").arg(text, *powerW > 0 ? positive : negative);
}

} // namespace

SnapshotSummaryLabel::SnapshotSummaryLabel(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setText(tr("Waiting for the first data…"));
}

void SnapshotSummaryLabel::setSnapshot(const EnergySnapshot &snapshot)
{
    setText(summaryText(snapshot));
}

QString SnapshotSummaryLabel::powerText(std::optional<double> powerW)
{
    if (!powerW || !std::isfinite(*powerW))
        return Missing;
    // The flow diagram's digits, with the sign kept: the words after it say import or export.
    const QString magnitude = PowerFormatter::format(*powerW, PowerFormatter::unitFor({*powerW}));
    // −0.0 from an idle inverter, or −0.3 W, is shown as 0, not "-0 W".
    if (*powerW >= 0 || std::round(std::abs(*powerW)) == 0.0)
        return magnitude;
    return QLocale().negativeSign() + magnitude;
}

QString SnapshotSummaryLabel::summaryText(const EnergySnapshot &snapshot)
{
    const QString soc = snapshot.socPercent
                          ? tr("%1 %").arg(QLocale().toString(*snapshot.socPercent, 'f', 1))
                          : Missing;
    QString state = snapshot.stateText.isEmpty() ? Missing : snapshot.stateText;
    if (snapshot.stateCode >= 0)
        state = tr("%1 (%2)").arg(state).arg(snapshot.stateCode);
    const QString separator = QStringLiteral("   ·   ");
    return tr("PV %1").arg(powerText(snapshot.pvW)) + separator
         + tr("House %1").arg(powerText(snapshot.houseW)) + separator
         + tr("Grid %1").arg(withDirection(snapshot.gridW, tr("import"), tr("export"))) + separator
         // The battery's words as the flow diagram and the tray say them: idle below 30 W.
         + tr("Battery %1").arg(withDirection(snapshot.batteryW, tr("charging"), tr("discharging"),
                                              PowerFormatter::IdleThresholdW, tr("idle")))
         + separator + tr("SOC %1").arg(soc) + separator + tr("State %1").arg(state);
}

} // namespace kw::gui
