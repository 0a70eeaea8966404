#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace kw::alerts {

// The conditions Kilowatch tells the user about, each of which can be switched off. An episode
// has a beginning and, for most, an end ("unreachable" … "reachable again").
enum class AlertKind : quint8 {
    Unreachable,        // several polls in a row failed; ends when a poll succeeds again
    CertificateChanged, // the device presented a certificate other than the pinned one
    BatteryAlarm,       // a battery module raises an alarm, or the device reports a BMS error
    DeviceFault,        // STAT_STATE is one of the device's error states
    GridOutage,         // the public grid is down (backup power / grid failure states)
    BatteryFull,        // SOC reached full
    BatteryEmpty,       // SOC reached empty
};

QList<AlertKind> allAlertKinds(); // in declaration order
// Stable names for settings files: "unreachable", "certificate-changed", "battery-alarm",
// "device-fault", "grid-outage", "battery-full", "battery-empty".
QString alertKindName(AlertKind kind);
std::optional<AlertKind> parseAlertKind(const QString &name);
// For people (translated), e.g. for the settings dialog: "Device unreachable and back".
QString alertKindDisplayName(AlertKind kind);

} // namespace kw::alerts
