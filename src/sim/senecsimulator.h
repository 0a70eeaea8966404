#pragma once

#include "simulatoroptions.h"

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
    QString errorString() const;

    // "https://127.0.0.1:PORT" or "http://…" depending on the firmware personality.
    QUrl baseUrl() const;
    quint16 port() const;
    // The certificate presented on HTTPS (null for 0824).
    QSslCertificate certificate() const;

    // Fault injection can change while running: tests switch a fault on, then off again.
    void setFaults(const QList<FaultSpec> &faults);
    void clearFaults();

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
    // Number of lala.cgi requests answered (or faulted) so far.
    int requestCount() const;

private:
    std::unique_ptr<SenecSimulatorPrivate> d;
};

} // namespace kw::sim
