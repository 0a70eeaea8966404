#pragma once

#include <QString>
#include <QUrl>
#include <QtGlobal>

#include <optional>

namespace kw::net {

// How to reach a device: Auto tries HTTPS first and falls back to HTTP (firmware before 0825).
enum class Scheme : quint8 { Auto, Http, Https };

QString schemeName(Scheme scheme);                      // "auto", "http", "https"
std::optional<Scheme> parseScheme(const QString &name); // case-insensitive

// Where a device lives: host (name, IPv4 or IPv6), optional port, scheme preference.
struct DeviceAddress
{
    QString host;
    quint16 port = 0; // 0: the scheme's default (443 / 80); otherwise used for both schemes
    Scheme scheme = Scheme::Auto;

    // Accepts "192.168.1.5", "192.168.1.5:8080", "http://h[:p]", "https://h[:p]", "[::1]:80".
    // A bare host (no scheme) means Auto. Paths, queries and user info are rejected.
    static std::optional<DeviceAddress> parse(const QString &text, QString *error = nullptr);

    // The effective port for a concrete scheme (Http or Https).
    quint16 effectivePort(Scheme concrete) const;
    // A URL for a concrete scheme and a path such as "/lala.cgi" or "//log/2024/01/31.log".
    QUrl url(Scheme concrete, const QString &path) const;
    // "host:port" for the HTTPS port: the trust store's key for this device.
    QString tlsHostKey() const;
    // For messages: "https://192.168.1.5", "192.168.1.5 (auto)".
    QString displayName() const;

    bool isValid() const { return !host.isEmpty(); }
    bool operator==(const DeviceAddress &other) const = default;
};

} // namespace kw::net
