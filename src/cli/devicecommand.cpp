#include "devicecommand.h"

#include "exitcode.h"
#include "net/certificatetruststore.h"
#include "net/deviceaddress.h"
#include "net/devicetransport.h"

#include <QFileInfo>
#include <QNetworkAccessManager>

namespace kw::cli {

int exitCodeFor(net::TransportError error)
{
    switch (error) {
    case net::TransportError::None: return ExitOk;
    case net::TransportError::CertificateChanged: return ExitCertificateChanged;
    case net::TransportError::InvalidBody: return ExitBadInput;
    case net::TransportError::Timeout:
    case net::TransportError::Network:
    case net::TransportError::HttpStatus:
    case net::TransportError::TooLarge:
    case net::TransportError::Tls:
    case net::TransportError::Busy:
    case net::TransportError::Aborted: return ExitFailure;
    }
    return ExitFailure;
}

DeviceCommand::DeviceCommand(CliOptions options, OutputWriter &output, QObject *parent)
    : Command(std::move(options), output, parent)
{
}

DeviceCommand::~DeviceCommand() = default;

void DeviceCommand::start()
{
    QString error;
    const auto address = net::DeviceAddress::parse(options().device, &error);
    if (!address) {
        fail(ExitUsage, tr("bad device address \"%1\": %2").arg(options().device, error));
        return;
    }
    m_trustStore = std::make_unique<net::CertificateTrustStore>(options().trustFile);
    // A damaged trust file must stop us: carrying on would pin anew and forget what was trusted.
    if (QFileInfo::exists(options().trustFile) && !m_trustStore->loadError().isEmpty()) {
        fail(ExitFailure, m_trustStore->loadError());
        return;
    }
    m_nam = new QNetworkAccessManager(this);
    m_transport = new net::DeviceTransport(m_nam, *address, m_trustStore.get(), this);
    m_transport->setTimeoutMs(options().timeoutMs);
    connect(m_transport, &net::DeviceTransport::certificatePinned, this,
            [this](const QString &hostKey, const QString &sha256) {
                output().writeNotice(tr("pinned the certificate of %1 (SHA-256 %2) in %3")
                                         .arg(hostKey,
                                              net::CertificateTrustStore::displayFingerprint(sha256),
                                              options().trustFile));
            });
    send();
}

void DeviceCommand::failRequest(net::TransportError error, const QString &message)
{
    if (error == net::TransportError::None) {
        // The transfer worked but the content did not (e.g. a vars page without a table).
        fail(ExitBadInput, message);
        return;
    }
    if (error != net::TransportError::CertificateChanged) {
        fail(exitCodeFor(error), tr("%1: %2").arg(m_transport->address().displayName(), message));
        return;
    }
    const net::CertificateMismatch mismatch = m_transport->pendingMismatch();
    const QString described = mismatch.isValid() ? mismatch.describe() : message;
    if (!options().acceptNewCertificate || m_repinned) {
        fail(ExitCertificateChanged,
             tr("%1; if you expected this, run again with --accept-new-certificate").arg(described));
        return;
    }
    QString pinError;
    if (!m_transport->acceptPresentedCertificate(&pinError)) {
        fail(ExitFailure, pinError.isEmpty() ? described : pinError);
        return;
    }
    m_repinned = true;
    output().writeNotice(tr("accepted the new certificate: %1").arg(described));
    send();
}

} // namespace kw::cli
