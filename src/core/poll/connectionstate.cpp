#include "connectionstate.h"

#include <QCoreApplication>

namespace kw {

QString connectionStateName(ConnectionState state)
{
    switch (state) {
    case ConnectionState::Idle: return QStringLiteral("idle");
    case ConnectionState::Connecting: return QStringLiteral("connecting");
    case ConnectionState::Online: return QStringLiteral("online");
    case ConnectionState::BackingOff: return QStringLiteral("backing_off");
    case ConnectionState::CertificateChanged: return QStringLiteral("certificate_changed");
    case ConnectionState::Offline: return QStringLiteral("offline");
    case ConnectionState::Paused: return QStringLiteral("paused");
    }
    return {};
}

QString connectionStateText(ConnectionState state)
{
    switch (state) {
    case ConnectionState::Idle: return QCoreApplication::translate("kw::ConnectionState", "Not connected");
    case ConnectionState::Connecting: return QCoreApplication::translate("kw::ConnectionState", "Connecting…");
    case ConnectionState::Online: return QCoreApplication::translate("kw::ConnectionState", "Online");
    case ConnectionState::BackingOff:
        return QCoreApplication::translate("kw::ConnectionState", "Connection problem, retrying");
    case ConnectionState::CertificateChanged:
        return QCoreApplication::translate("kw::ConnectionState", "Certificate changed, waiting for confirmation");
    case ConnectionState::Offline: return QCoreApplication::translate("kw::ConnectionState", "Offline, retrying");
    case ConnectionState::Paused: return QCoreApplication::translate("kw::ConnectionState", "Paused");
    }
    return {};
}

bool isActive(ConnectionState state)
{
    switch (state) {
    case ConnectionState::Connecting:
    case ConnectionState::Online:
    case ConnectionState::BackingOff:
    case ConnectionState::Offline:
        return true;
    case ConnectionState::Idle:
    case ConnectionState::CertificateChanged:
    case ConnectionState::Paused:
        return false;
    }
    return false;
}

} // namespace kw
