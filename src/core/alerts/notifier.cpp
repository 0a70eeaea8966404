#include "notifier.h"

#include "poll/devicepoller.h"

#include <QDateTime>
#include <QLocale>

namespace kw::alerts {

Notifier::Notifier(QObject *parent)
    : QObject(parent)
{
}

void Notifier::setEnabled(AlertKind kind, bool enabled)
{
    m_enabled.insert(kind, enabled);
}

bool Notifier::isEnabled(AlertKind kind) const
{
    return m_enabled.value(kind, true);
}

void Notifier::setDeviceName(const QString &name)
{
    m_deviceName = name.trimmed();
}

bool Notifier::isHolding(AlertKind kind) const
{
    return m_holding.value(kind, false);
}

void Notifier::reset()
{
    m_holding.clear();
    m_announced.clear();
    m_started = false;
    m_everReached = false;
    m_alarmingModules.clear();
}

void Notifier::watch(DevicePoller *poller)
{
    connect(poller, &DevicePoller::updated, this,
            [this](const EnergySnapshot &snapshot) { observeSnapshot(snapshot); });
    connect(poller, &DevicePoller::stateChanged, this, &Notifier::observeConnectionState);
    connect(poller, &DevicePoller::certificateChanged, this, &Notifier::observeCertificateChanged);
}

QString Notifier::deviceText() const
{
    return m_deviceName.isEmpty() ? tr("The device") : m_deviceName;
}

AlertEvent Notifier::event(AlertKind kind, bool began, AlertSeverity severity, const QString &title,
                           const QString &message) const
{
    return {kind, began, severity, title, message, QDateTime::currentMSecsSinceEpoch()};
}

void Notifier::update(AlertKind kind, bool holds, bool quiet, const AlertEvent &began,
                      const AlertEvent &ended)
{
    if (holds == isHolding(kind))
        return;
    m_holding.insert(kind, holds);
    if (holds) {
        const bool tell = !quiet && isEnabled(kind);
        m_announced.insert(kind, tell);
        if (tell)
            Q_EMIT alert(began);
        return;
    }
    // An end is told only for an episode whose beginning was told: "back again" after nothing
    // would be noise.
    const bool told = m_announced.value(kind, false);
    m_announced.insert(kind, false);
    if (told && !ended.title.isEmpty() && isEnabled(kind))
        Q_EMIT alert(ended);
}

void Notifier::observeConnectionState(ConnectionState state)
{
    switch (state) {
    case ConnectionState::Online:
        m_everReached = true;
        update(AlertKind::Unreachable, false, false, {},
               event(AlertKind::Unreachable, false, AlertSeverity::Information,
                     tr("Device reachable again"), tr("%1 answers again.").arg(deviceText())));
        update(AlertKind::CertificateChanged, false, false, {});
        break;
    case ConnectionState::Offline:
        // Offline is the poller's verdict after several failed polls in a row, not one hiccup.
        // A device that never answered in this run is not news: the window already says so.
        update(AlertKind::Unreachable, true, !m_everReached,
               event(AlertKind::Unreachable, true, AlertSeverity::Warning, tr("Device unreachable"),
                     tr("%1 has not answered several polls in a row. Kilowatch keeps trying.")
                         .arg(deviceText())));
        break;
    case ConnectionState::Idle:
    case ConnectionState::Connecting:
    case ConnectionState::BackingOff:
    case ConnectionState::CertificateChanged:
    case ConnectionState::Paused:
        // Nothing is known yet, or the user chose this: the episodes stand as they are.
        break;
    }
}

void Notifier::observeCertificateChanged(const net::CertificateMismatch &mismatch)
{
    update(AlertKind::CertificateChanged, true, false,
           event(AlertKind::CertificateChanged, true, AlertSeverity::Critical,
                 tr("Device certificate changed"),
                 tr("%1 (%2) presented a certificate other than the one you trusted. Polling "
                    "stopped until you check and accept it.")
                     .arg(deviceText(), mismatch.hostKey)));
}

bool Notifier::batteryFullNow(double socPercent) const
{
    return isHolding(AlertKind::BatteryFull) ? socPercent >= FullRearmPercent
                                             : socPercent >= FullAtPercent;
}

bool Notifier::batteryEmptyNow(double socPercent, std::optional<double> batteryW) const
{
    if (isHolding(AlertKind::BatteryEmpty))
        return socPercent <= EmptyRearmPercent;
    const bool discharging = batteryW && *batteryW < DischargingBelowW;
    return socPercent <= 0.0 || (socPercent <= EmptyAtPercent && !discharging);
}

void Notifier::observeSnapshot(const EnergySnapshot &snapshot)
{
    // The first snapshot sets the baseline: what holds then was there before we looked.
    const bool quiet = !m_started;
    m_started = true;
    m_everReached = true;
    const QLocale locale;
    const QString state = snapshot.stateText.isEmpty() ? tr("state %1").arg(snapshot.stateCode)
                                                       : snapshot.stateText;

    if (snapshot.alarmingModules)
        m_alarmingModules = *snapshot.alarmingModules;
    QString alarmText;
    if (!m_alarmingModules.isEmpty()) {
        QStringList numbers;
        for (const int module : std::as_const(m_alarmingModules))
            numbers.append(locale.toString(module));
        alarmText = m_alarmingModules.size() == 1
            ? tr("Battery module %1 raises an alarm.").arg(numbers.constFirst())
            : tr("Battery modules %1 raise alarms.").arg(numbers.join(u", "));
    }
    if (snapshot.batteryFault)
        alarmText = (alarmText.isEmpty() ? QString() : alarmText + u' ')
            + tr("The device reports: %1.").arg(state);
    update(AlertKind::BatteryAlarm, snapshot.batteryFault || !m_alarmingModules.isEmpty(), quiet,
           event(AlertKind::BatteryAlarm, true, AlertSeverity::Critical, tr("Battery alarm"),
                 tr("%1: %2").arg(deviceText(), alarmText)));

    update(AlertKind::DeviceFault, snapshot.deviceFault, quiet,
           event(AlertKind::DeviceFault, true, AlertSeverity::Critical, tr("Device error"),
                 tr("%1 reports an error: %2.").arg(deviceText(), state)));

    update(AlertKind::GridOutage, snapshot.gridOutage, quiet,
           event(AlertKind::GridOutage, true, AlertSeverity::Warning, tr("Grid outage"),
                 tr("The public grid is down; %1 runs on backup power (%2).")
                     .arg(deviceText(), state)),
           event(AlertKind::GridOutage, false, AlertSeverity::Information, tr("Grid is back"),
                 tr("%1 is connected to the public grid again.").arg(deviceText())));

    if (snapshot.socPercent) {
        const double soc = *snapshot.socPercent;
        const QString socText = locale.toString(soc, 'f', 0);
        update(AlertKind::BatteryFull, batteryFullNow(soc), quiet,
               event(AlertKind::BatteryFull, true, AlertSeverity::Information, tr("Battery full"),
                     tr("The battery is charged to %1 %.").arg(socText)));
        update(AlertKind::BatteryEmpty, batteryEmptyNow(soc, snapshot.batteryW), quiet,
               event(AlertKind::BatteryEmpty, true, AlertSeverity::Information, tr("Battery empty"),
                     tr("The battery is down to %1 %; the house draws from the grid.")
                         .arg(socText)));
    }
}

} // namespace kw::alerts
