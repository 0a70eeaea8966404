#include "certificatemismatch.h"

#include "certificatetruststore.h"

#include <QCoreApplication>

namespace kw::net {

QString CertificateMismatch::describe() const
{
    return QCoreApplication::translate(
               "kw::net::CertificateMismatch",
               "certificate of %1 changed: pinned SHA-256 %2, presented SHA-256 %3")
        .arg(hostKey, CertificateTrustStore::displayFingerprint(pinnedSha256),
             CertificateTrustStore::displayFingerprint(presentedSha256));
}

} // namespace kw::net
