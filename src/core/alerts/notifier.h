#pragma once

#include "alertevent.h"
#include "alertkind.h"
#include "net/certificatemismatch.h"
#include "poll/connectionstate.h"
#include "snapshot/energysnapshot.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace kw {
class DevicePoller;
}

namespace kw::alerts {

// Turns what the poller sees — snapshots, connection states, a changed certificate — into
// AlertEvents worth a notification. Each kind fires once when its condition begins (and, for
// unreachable and grid outage, once when it ends); nothing repeats while a condition holds.
// Startup is quiet: whatever holds at the first snapshot (a full battery, an outage already
// running) is taken as the starting point, not announced; "unreachable" needs the device to
// have answered once. The one exception is a changed certificate: it is news whenever it
// happens, polling stops until the user decides, and a tray-only start would otherwise hide it.
// Battery full / empty use hysteresis so a SOC hovering at the threshold does not flap; "empty"
// means low and no longer discharging, since systems keep a reserve and stop above 0 %. A kind switched off emits nothing but is still tracked, so switching it on
// while its condition holds stays quiet until the next episode. Vendor-neutral: it reads only
// EnergySnapshot's fields and ConnectionState.
class Notifier : public QObject
{
    Q_OBJECT
public:
    static constexpr double FullAtPercent = 99.5;    // "full" from here …
    static constexpr double FullRearmPercent = 95.0;  // … until the SOC falls below this
    static constexpr double EmptyAtPercent = 5.0;     // "empty" at or below this, once the
    static constexpr double DischargingBelowW = -50.0; // battery no longer discharges (or at 0 %),
    static constexpr double EmptyRearmPercent = 10.0; // … until the SOC rises above this

    explicit Notifier(QObject *parent = nullptr);

    void setEnabled(AlertKind kind, bool enabled);
    bool isEnabled(AlertKind kind) const;
    // How the device is named in messages ("SENEC.Home V3 (192.168.1.5)"); empty: "The device".
    void setDeviceName(const QString &name);

    void observeSnapshot(const kw::EnergySnapshot &snapshot);
    void observeConnectionState(kw::ConnectionState state);
    void observeCertificateChanged(const kw::net::CertificateMismatch &mismatch);
    // Feeds the three observe…() from the poller's signals.
    void watch(kw::DevicePoller *poller);
    // Forgets every episode: the next snapshot is a new start (e.g. another device).
    void reset();

    // Whether the condition of `kind` holds now, as far as the notifier knows.
    bool isHolding(AlertKind kind) const;

Q_SIGNALS:
    void alert(const kw::alerts::AlertEvent &event);

private:
    // Records whether `kind`'s condition holds. On a change it emits `began` (when the change is
    // to holding, the kind is enabled and not `quiet`) or `ended` (when the beginning was
    // announced and `ended` has a title).
    void update(AlertKind kind, bool holds, bool quiet, const AlertEvent &began,
                const AlertEvent &ended = {});
    AlertEvent event(AlertKind kind, bool began, AlertSeverity severity, const QString &title,
                     const QString &message) const;
    QString deviceText() const;
    bool batteryFullNow(double socPercent) const;
    bool batteryEmptyNow(double socPercent, std::optional<double> batteryW) const;

    QHash<AlertKind, bool> m_enabled;
    QHash<AlertKind, bool> m_holding;
    QHash<AlertKind, bool> m_announced; // the episode's beginning was told
    QString m_deviceName;
    bool m_started = false;     // a snapshot arrived: conditions have a baseline
    bool m_everReached = false; // the device answered at least once
    QList<int> m_alarmingModules; // last known, kept through answers without alarm flags
};

} // namespace kw::alerts
