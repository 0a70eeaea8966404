#pragma once

#include <QString>
#include <QtGlobal>

namespace kw {

// Where a device connection stands, as the poller sees it.
enum class ConnectionState : quint8 {
    Idle,               // not started, or stopped
    Connecting,         // first poll (or first after resume/accept) in flight
    Online,             // the last poll succeeded
    BackingOff,         // a poll failed; retrying after a growing, jittered delay
    CertificateChanged, // the device presented a different certificate; waits for the user
    Offline,            // several polls in a row failed; still retrying with backoff
    Paused,             // paused by the user; nothing is sent
};

QString connectionStateName(ConnectionState state); // stable: "idle", "connecting", "online", …
QString connectionStateText(ConnectionState state); // translated, for people

// Whether the poller is trying to reach the device in this state.
bool isActive(ConnectionState state);

} // namespace kw
