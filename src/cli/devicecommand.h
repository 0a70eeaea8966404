#pragma once

#include "command.h"

#include "net/transporterror.h"

#include <memory>

class QNetworkAccessManager;

namespace kw::net {
class CertificateTrustStore;
class DeviceTransport;
} // namespace kw::net

namespace kw::cli {

// A command that talks to a device: sets up the real transport with the pinned-certificate trust
// store, and turns transport failures into one-line errors and exit codes. A changed certificate
// is refused with both fingerprints unless --accept-new-certificate asked to re-pin it, in which
// case the command's requests are sent once more.
class DeviceCommand : public Command
{
    Q_OBJECT
public:
    DeviceCommand(CliOptions options, OutputWriter &output, QObject *parent = nullptr);
    ~DeviceCommand() override;

    void start() final;

protected:
    // Sends the command's requests; called again after a re-pinned certificate.
    virtual void send() = 0;

    net::DeviceTransport *transport() const { return m_transport; }
    // Ends the command for a failed request (or, after re-pinning, sends again).
    void failRequest(net::TransportError error, const QString &message);

private:
    std::unique_ptr<net::CertificateTrustStore> m_trustStore;
    QNetworkAccessManager *m_nam = nullptr;
    net::DeviceTransport *m_transport = nullptr;
    bool m_repinned = false;
};

int exitCodeFor(net::TransportError error);

} // namespace kw::cli
