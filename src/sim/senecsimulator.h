#pragma once

#include "simulatoroptions.h"

#include "snapshot/energysnapshot.h"

#include <QObject>
#include <QSslCertificate>
#include <QUrl>

#include <memory>

namespace kw::sim {

class SenecSimulatorPrivate;

// A simulated SENEC.Home V3 appliance serving lala.cgi, logs and the variable monitor on
// loopback. Lives in the thread that created it; all I/O is event driven.
class SenecSimulator : public QObject
{
    Q_OBJECT
public:
    explicit SenecSimulator(SimulatorOptions options, QObject *parent = nullptr);
    ~SenecSimulator() override;

    // Binds and starts serving. False (and errorString()) when the port cannot be bound or the
    // certificate cannot be loaded.
    bool start();
    void stop();
    bool isRunning() const;
    QString errorString() const;

    // "https://127.0.0.1:PORT" or "http://…" depending on the firmware personality.
    QUrl baseUrl() const;
    quint16 port() const;
    // The certificate presented on HTTPS (null for 0824).
    QSslCertificate certificate() const;
    const SimulatorOptions &options() const;

    // Fault injection can change while running: tests switch a fault on, then off again.
    // While any fault is configured every answer carries "Connection: close", so each request
    // arrives on its own connection and gets its own roll of the (seeded) dice.
    void setFaults(const QList<FaultSpec> &faults);
    void clearFaults();
    QList<FaultSpec> faults() const;

    // Ground truth for tests: the simulated clock (UTC ms) and the lifetime counters in kWh
    // (PV produced, house consumed, grid import, grid export, battery charge, battery discharge),
    // advanced to the current simulated instant.
    qint64 simulatedNowMs();
    struct Counters
    {
        double pvKWh = 0, houseKWh = 0, gridImportKWh = 0, gridExportKWh = 0,
               batteryChargeKWh = 0, batteryDischargeKWh = 0;
    };
    Counters counters();
    // The plant's powers, SOC and state at the current simulated instant (timestampMs = the
    // simulated time of that state), in Kilowatch's vendor-neutral form.
    EnergySnapshot groundTruth();
    // Number of lala.cgi requests answered (or faulted) so far.
    int requestCount() const;
    // lala.cgi requests that carried the session cookie handed out by firmware 0826: proves a
    // client's cookie jar works with a bare IP host.
    int requestsWithSessionCookie() const;
    // The `senec-homev3-gui` cookie value this device hands out (empty before 0826).
    QString sessionCookieValue() const;
    // FACTORY.DEVICE_ID, 28 digits derived from the seed.
    QString deviceId() const;

Q_SIGNALS:
    // After each request is answered, faulted or refused. `status` is the HTTP status sent, or 0
    // when none was (timeout, reset); `fault` is the fault's name or empty.
    void requestHandled(const QString &method, const QString &target, int status, const QString &fault);

private:
    std::unique_ptr<SenecSimulatorPrivate> d;
};

} // namespace kw::sim
