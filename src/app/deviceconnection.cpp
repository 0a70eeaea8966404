#include "deviceconnection.h"

#include "net/certificatetruststore.h"
#include "net/devicetransport.h"
#include "poll/devicepoller.h"

#include <QFileInfo>
#include <QNetworkAccessManager>

namespace kw::app {

DeviceConnection::DeviceConnection(const net::DeviceAddress &address, const QString &trustFile,
                                   QObject *parent)
    : QObject(parent)
    , m_trustStore(std::make_unique<net::CertificateTrustStore>(trustFile))
    , m_nam(new QNetworkAccessManager(this))
    , m_transport(new net::DeviceTransport(m_nam, address, m_trustStore.get(), this))
    , m_poller(new DevicePoller(m_transport, this))
{
}

// The poller and the transport are children and go first (QObject deletes children in the
// base destructor, but the trust store must outlive the transport: delete them explicitly).
DeviceConnection::~DeviceConnection()
{
    delete m_poller;
    delete m_transport;
}

QString DeviceConnection::trustStoreError() const
{
    if (!QFileInfo::exists(m_trustStore->filePath()))
        return {};
    return m_trustStore->loadError();
}

} // namespace kw::app
