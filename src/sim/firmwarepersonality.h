#pragma once

#include "simulatoroptions.h"

#include <QByteArray>
#include <QDate>

#include <optional>

namespace kw::sim {

// What differs between firmware releases as seen from the network: scheme, the spelling of the
// variable-monitor and log paths, the session cookie. Any other spelling of a path is a 404, as
// on the device, so clients have to find the right variant.
class FirmwarePersonality
{
public:
    explicit FirmwarePersonality(Firmware firmware);

    Firmware firmware() const { return m_firmware; }
    QString name() const { return firmwareName(m_firmware); }

    bool usesTls() const { return m_firmware != Firmware::V0824; }
    QString scheme() const { return usesTls() ? QStringLiteral("https") : QStringLiteral("http"); }
    // 0826 (NPU 2411+) sets `senec-homev3-gui` on lala.cgi answers.
    bool setsSessionCookie() const { return m_firmware == Firmware::V0826; }
    // 0825+ sit behind nginx; the old firmware's own server sends no Server header.
    QByteArray serverHeader() const;

    QByteArray lalaPath() const { return QByteArrayLiteral("/lala.cgi"); }
    QByteArray varsPath() const;  // "/vars.html", "/Vars.html", "//vars.html"
    QByteArray logPrefix() const; // "/log/" or "//log/"

    // The UTC day of a log request target ("//log/2024/06/21.log"), or nullopt when the target
    // is not a log path of this firmware.
    std::optional<QDate> logDate(const QByteArray &target) const;
    // The target's path: without query or fragment, percent-decoded as nginx (in front of 0825+)
    // does, so "/%2Fvars.html" reaches the same page as "//vars.html". (Qt's QNAM collapses a
    // literal "//" unless the path is written "/.//vars.html".)
    static QByteArray pathOf(const QByteArray &target);

private:
    Firmware m_firmware;
};

} // namespace kw::sim
