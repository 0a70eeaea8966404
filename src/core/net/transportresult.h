#pragma once

#include "certificatemismatch.h"
#include "deviceaddress.h"
#include "transporterror.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace kw::net {

// The outcome of one device request: the body on success, a typed error and a one-line message
// otherwise. HTTP error bodies are kept (they can help diagnose), but never parsed as data.
struct TransportResult
{
    TransportError error = TransportError::None;
    QString message;          // one line, translated; empty on success
    int httpStatus = 0;       // 0 when no HTTP answer arrived
    QByteArray body;
    QUrl url;                 // the URL of the last attempt
    Scheme scheme = Scheme::Auto; // the concrete scheme of the last attempt
    qint64 elapsedMs = 0;
    int attempts = 0;         // 1, or 2 when the other scheme was tried as well
    CertificateMismatch mismatch; // set for CertificateChanged

    bool ok() const { return error == TransportError::None; }
    bool isNotFound() const { return error == TransportError::HttpStatus && httpStatus == 404; }
};

} // namespace kw::net
