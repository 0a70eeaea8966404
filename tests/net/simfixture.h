#pragma once

// Shared helpers for the tests that talk to the running simulator over loopback.

#include "net/certificatetruststore.h"
#include "net/deviceaddress.h"
#include "net/devicereply.h"
#include "net/devicetransport.h"
#include "senecsimulator.h"
#include "simengine.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace kwtest {

inline QString testDataPath(const QString &relative)
{
    return QStringLiteral(KW_TEST_DATA_DIR "/") + relative;
}

// A started simulator; fails the calling test (returns null) if it cannot start.
inline std::unique_ptr<kw::sim::SenecSimulator> startSimulator(kw::sim::SimulatorOptions options)
{
    auto simulator = std::make_unique<kw::sim::SenecSimulator>(std::move(options));
    if (!simulator->start()) {
        qWarning("simulator did not start: %s", qPrintable(simulator->errorString()));
        return nullptr;
    }
    return simulator;
}

inline kw::sim::SimulatorOptions simOptions(kw::sim::Firmware firmware, quint16 port = 0)
{
    kw::sim::SimulatorOptions options;
    options.firmware = firmware;
    options.port = port;
    options.seed = 7;
    options.rawHttp = kwtest::simulatorRawHttp();
    return options;
}

inline kw::sim::SimulatorOptions otherCertificateOptions(kw::sim::Firmware firmware, quint16 port)
{
    kw::sim::SimulatorOptions options = simOptions(firmware, port);
    options.tlsCertificatePath = testDataPath(QStringLiteral("tls/other-cert.pem"));
    options.tlsKeyPath = testDataPath(QStringLiteral("tls/other-key.pem"));
    return options;
}

// The simulator's address with its explicit scheme, or scheme Auto (host:port only).
inline kw::net::DeviceAddress addressOf(const kw::sim::SenecSimulator &simulator, bool autoScheme = false)
{
    const QUrl base = simulator.baseUrl();
    kw::net::DeviceAddress address;
    address.host = base.host();
    address.port = static_cast<quint16>(base.port());
    address.scheme = autoScheme ? kw::net::Scheme::Auto
                   : base.scheme() == u"https" ? kw::net::Scheme::Https
                                               : kw::net::Scheme::Http;
    return address;
}

// Sends one request and waits for its result.
inline kw::net::TransportResult await(kw::net::DeviceReply *reply, int timeoutMs = 15'000)
{
    kw::net::TransportResult result;
    result.error = kw::net::TransportError::Aborted;
    result.message = QStringLiteral("test gave up waiting");
    QSignalSpy spy(reply, &kw::net::DeviceReply::finished);
    if (spy.isEmpty() && !spy.wait(timeoutMs))
        return result;
    return spy.first().first().value<kw::net::TransportResult>();
}

// A running simulator and the client side of one device: access manager, trust store and
// transport (destroyed in reverse order: transport first, simulator last).
struct DeviceRig
{
    std::unique_ptr<kw::sim::SenecSimulator> sim;
    std::unique_ptr<QNetworkAccessManager> nam;
    std::unique_ptr<kw::net::CertificateTrustStore> store;
    std::unique_ptr<kw::net::DeviceTransport> transport;
};

// `sim` is null (and the rest unset) when the simulator cannot start.
inline void setUpDeviceRig(DeviceRig &rig, kw::sim::SimulatorOptions options,
                           const QString &trustFilePath, int timeoutMs)
{
    rig.sim = startSimulator(std::move(options));
    if (!rig.sim)
        return;
    rig.nam = std::make_unique<QNetworkAccessManager>();
    rig.store = std::make_unique<kw::net::CertificateTrustStore>(trustFilePath);
    rig.transport = std::make_unique<kw::net::DeviceTransport>(rig.nam.get(), addressOf(*rig.sim),
                                                               rig.store.get());
    rig.transport->setTimeoutMs(timeoutMs);
}

inline const QByteArray &liveBody()
{
    static const QByteArray body = QByteArrayLiteral(
        R"({"ENERGY":{"GUI_BAT_DATA_POWER":"","GUI_GRID_POW":"","GUI_HOUSE_POW":"","GUI_INVERTER_POWER":"","STAT_STATE":""}})");
    return body;
}

} // namespace kwtest
