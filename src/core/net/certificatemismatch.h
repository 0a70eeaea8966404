#pragma once

#include <QSslCertificate>
#include <QString>

namespace kw::net {

// A device presented a certificate other than the one pinned for it: both fingerprints, so the
// user can compare them before accepting the new one.
struct CertificateMismatch
{
    QString hostKey;              // "host:port"
    QString pinnedSha256;         // lowercase hex, 64 characters
    QString presentedSha256;      // lowercase hex, 64 characters
    QSslCertificate presented;    // the certificate to pin if the user accepts

    bool isValid() const { return !hostKey.isEmpty(); }
    // One line for logs and the CLI, both fingerprints in colon form.
    QString describe() const;
};

} // namespace kw::net
