#include "transporterror.h"

namespace kw::net {

QString transportErrorName(TransportError error)
{
    switch (error) {
    case TransportError::None: return QStringLiteral("none");
    case TransportError::Timeout: return QStringLiteral("timeout");
    case TransportError::Network: return QStringLiteral("network");
    case TransportError::HttpStatus: return QStringLiteral("http_status");
    case TransportError::TooLarge: return QStringLiteral("too_large");
    case TransportError::Tls: return QStringLiteral("tls");
    case TransportError::CertificateChanged: return QStringLiteral("certificate_changed");
    case TransportError::InvalidBody: return QStringLiteral("invalid_body");
    case TransportError::Busy: return QStringLiteral("busy");
    case TransportError::Aborted: return QStringLiteral("aborted");
    }
    return {};
}

} // namespace kw::net
