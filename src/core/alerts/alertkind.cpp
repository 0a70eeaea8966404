#include "alertkind.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace kw::alerts {

QList<AlertKind> allAlertKinds()
{
    return {AlertKind::Unreachable, AlertKind::CertificateChanged, AlertKind::BatteryAlarm,
            AlertKind::DeviceFault, AlertKind::GridOutage,         AlertKind::BatteryFull,
            AlertKind::BatteryEmpty};
}

QString alertKindName(AlertKind kind)
{
    switch (kind) {
    case AlertKind::Unreachable: return u"unreachable"_s;
    case AlertKind::CertificateChanged: return u"certificate-changed"_s;
    case AlertKind::BatteryAlarm: return u"battery-alarm"_s;
    case AlertKind::DeviceFault: return u"device-fault"_s;
    case AlertKind::GridOutage: return u"grid-outage"_s;
    case AlertKind::BatteryFull: return u"battery-full"_s;
    case AlertKind::BatteryEmpty: return u"battery-empty"_s;
    }
    return {};
}

std::optional<AlertKind> parseAlertKind(const QString &name)
{
    for (const AlertKind kind : allAlertKinds()) {
        if (alertKindName(kind).compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

QString alertKindDisplayName(AlertKind kind)
{
    switch (kind) {
    case AlertKind::Unreachable:
        return QCoreApplication::translate("kw::alerts::AlertKind", "Device unreachable, and back again");
    case AlertKind::CertificateChanged:
        return QCoreApplication::translate("kw::alerts::AlertKind", "Device certificate changed");
    case AlertKind::BatteryAlarm:
        return QCoreApplication::translate("kw::alerts::AlertKind", "Battery alarm or BMS error");
    case AlertKind::DeviceFault:
        return QCoreApplication::translate("kw::alerts::AlertKind", "Device reports an error state");
    case AlertKind::GridOutage:
        return QCoreApplication::translate("kw::alerts::AlertKind", "Grid outage, and grid back");
    case AlertKind::BatteryFull:
        return QCoreApplication::translate("kw::alerts::AlertKind", "Battery full");
    case AlertKind::BatteryEmpty:
        return QCoreApplication::translate("kw::alerts::AlertKind", "Battery empty");
    }
    return {};
}

} // namespace kw::alerts
