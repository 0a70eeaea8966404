#pragma once

#include "net/deviceaddress.h"

#include <QObject>

#include <memory>

class QNetworkAccessManager;

namespace kw {
class DevicePoller;
namespace net {
class CertificateTrustStore;
class DeviceTransport;
} // namespace net
} // namespace kw

namespace kw::app {

// The network side of one watched device, owned together: the access manager, the trust store,
// the transport and the poller. The window only ever sees the poller's signals.
class DeviceConnection : public QObject
{
    Q_OBJECT
public:
    DeviceConnection(const net::DeviceAddress &address, const QString &trustFile,
                     QObject *parent = nullptr);
    ~DeviceConnection() override;

    DevicePoller *poller() const { return m_poller; }
    net::DeviceTransport *transport() const { return m_transport; }
    net::CertificateTrustStore *trustStore() const { return m_trustStore.get(); }
    // A trust file that exists but cannot be read; empty when all is well.
    QString trustStoreError() const;

private:
    std::unique_ptr<net::CertificateTrustStore> m_trustStore;
    QNetworkAccessManager *m_nam;
    net::DeviceTransport *m_transport;
    DevicePoller *m_poller;
};

} // namespace kw::app
