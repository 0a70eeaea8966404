#include "deviceaddress.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace kw::net {
namespace {


bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

QString schemeName(Scheme scheme)
{
    switch (scheme) {
    case Scheme::Auto: return QStringLiteral("auto");
    case Scheme::Http: return QStringLiteral("http");
    case Scheme::Https: return QStringLiteral("https");
    }
    return {};
}

std::optional<Scheme> parseScheme(const QString &name)
{
    const QString lower = name.trimmed().toLower();
    if (lower == u"auto")
        return Scheme::Auto;
    if (lower == u"http")
        return Scheme::Http;
    if (lower == u"https")
        return Scheme::Https;
    return std::nullopt;
}

std::optional<DeviceAddress> DeviceAddress::parse(const QString &text, QString *error)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        fail(error, QCoreApplication::translate("kw::net::DeviceAddress", "no device address given"));
        return std::nullopt;
    }
    DeviceAddress address;
    QString rest = trimmed;
    const qsizetype schemeEnd = trimmed.indexOf(u"://");
    if (schemeEnd >= 0) {
        const auto scheme = parseScheme(trimmed.left(schemeEnd));
        if (!scheme || *scheme == Scheme::Auto) {
            fail(error, QCoreApplication::translate("kw::net::DeviceAddress",
                    "unsupported scheme \"%1\" (use http or https)").arg(trimmed.left(schemeEnd)));
            return std::nullopt;
        }
        address.scheme = *scheme;
    } else {
        const QHostAddress bareIp(trimmed);
        const bool bareIpv6 = bareIp.protocol() == QAbstractSocket::IPv6Protocol;
        rest = QStringLiteral("auto://") + (bareIpv6 ? u'[' + trimmed + u']' : trimmed);
    }
    // Parse with a scheme so that QUrl splits host and port, IPv6 brackets included.
    QUrl url(schemeEnd >= 0 ? trimmed : rest, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        fail(error, QCoreApplication::translate("kw::net::DeviceAddress",
                "\"%1\" is not a device address (expected host, host:port or http(s)://host[:port])")
                        .arg(trimmed));
        return std::nullopt;
    }
    const QString path = url.path();
    if ((!path.isEmpty() && path != u"/") || url.hasQuery() || url.hasFragment()
        || !url.userInfo().isEmpty()) {
        fail(error, QCoreApplication::translate("kw::net::DeviceAddress",
                "\"%1\": give only the device's host and port, no path, query or user")
                        .arg(trimmed));
        return std::nullopt;
    }
    address.host = url.host();
    if (url.port() > 0)
        address.port = static_cast<quint16>(url.port());
    return address;
}

quint16 DeviceAddress::effectivePort(Scheme concrete) const
{
    if (port != 0)
        return port;
    return concrete == Scheme::Http ? 80 : 443;
}

QUrl DeviceAddress::url(Scheme concrete, const QString &path) const
{
    QUrl url;
    url.setScheme(concrete == Scheme::Http ? QStringLiteral("http") : QStringLiteral("https"));
    url.setHost(host);
    const quint16 p = effectivePort(concrete);
    if (p != (concrete == Scheme::Http ? 80 : 443))
        url.setPort(p);
    // Kept verbatim: the device serves its log and vars pages under "//…" from firmware 0826.
    url.setPath(path.isEmpty() ? QStringLiteral("/") : path, QUrl::TolerantMode);
    return url;
}

QString DeviceAddress::tlsHostKey() const
{
    const QHostAddress ip(host);
    const QString h = ip.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + host + u']' : host;
    return h + u':' + QString::number(effectivePort(Scheme::Https));
}

QString DeviceAddress::displayName() const
{
    const QHostAddress ip(host);
    const QString h = ip.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + host + u']' : host;
    const QString hostPort = port != 0 ? h + u':' + QString::number(port) : h;
    if (scheme == Scheme::Auto)
        return hostPort + u" (auto)";
    return schemeName(scheme) + u"://" + hostPort;
}

} // namespace kw::net
