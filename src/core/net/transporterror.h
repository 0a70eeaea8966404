#pragma once

#include <QString>
#include <QtGlobal>

namespace kw::net {

// Why a device request failed. None means the request succeeded.
enum class TransportError : quint8 {
    None,
    Timeout,            // no complete answer within the per-request timeout
    Network,            // refused, reset, unreachable, host not found, closed early…
    HttpStatus,         // the device answered with a status other than 2xx (see httpStatus)
    TooLarge,           // Content-Length or received bytes above the size cap
    Tls,                // TLS handshake failed or a certificate error that pinning does not cover
    CertificateChanged, // the device presented a certificate other than the pinned one
    InvalidBody,        // set by callers: body truncated or not the expected JSON
    Busy,               // refused: the per-device queue is full
    Aborted,            // cancelled by the caller
};

QString transportErrorName(TransportError error); // stable: "timeout", "http_status", …

} // namespace kw::net
