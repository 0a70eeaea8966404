#pragma once

#include "alertkind.h"

#include <QString>
#include <QtGlobal>

namespace kw::alerts {

enum class AlertSeverity : quint8 { Information, Warning, Critical };

// One thing worth telling the user, ready to show: a notification's title and text.
struct AlertEvent
{
    AlertKind kind = AlertKind::Unreachable;
    bool began = true; // false: the episode ended ("reachable again", "grid is back")
    AlertSeverity severity = AlertSeverity::Information;
    QString title;     // short: "Grid outage"
    QString message;   // a sentence or two, with the device and the figures that matter
    qint64 timestampMs = 0; // host clock, UTC ms

    bool operator==(const AlertEvent &other) const = default;
};

} // namespace kw::alerts
