#pragma once

#include <optional>

#include <QDateTime>
#include <QHostAddress>
#include <QList>
#include <QString>

namespace kw::sim {

// Firmware personalities: how the scheme, the vars page and the log path differ between releases.
enum class Firmware { V0824, V0825, V0826 };

// Faults the simulator can inject, for tests and for anyone checking how a client copes.
enum class FaultKind {
    Timeout,          // accept the request, never answer
    Http500,          // answer 500 Internal Server Error
    Garbage,          // answer 200 with a body that is not JSON
    Truncated,        // answer 200 with the JSON body cut short
    Slow,             // answer correctly but trickle the body out over several seconds
    Reset,            // close the connection with a TCP reset after reading the request
    NotFoundSections, // answer every requested section with OBJECT_NOT_FOUND
};

struct FaultSpec
{
    FaultKind kind = FaultKind::Http500;
    double rate = 1.0; // probability per request, 0..1
    // Slow only: how long the body takes to trickle out. Long enough by default to trip
    // impatient clients, short enough to stay below the usual 10 s request timeout.
    int slowDurationMs = 3000;

    bool operator==(const FaultSpec &other) const = default;
};

struct SimulatorOptions
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0;          // 0: any free port
    quint64 seed = 1;
    double speed = 1.0;        // simulated seconds per real second
    QDateTime start;           // simulated clock start (UTC); invalid: now
    int warmUpDays = 3;        // UTC days simulated before the start (logs, battery history)
    int wallboxes = 0;         // installed wallboxes, 0–4 (WIZARD.SETUP_NUMBER_WALLBOXES)
    Firmware firmware = Firmware::V0826;
    QString tlsCertificatePath; // PEM; empty: the bundled public demo certificate (0825/0826)
    QString tlsKeyPath;
    QList<FaultSpec> faults;
    // Serve every request with the simulator's own HTTP/1.1 reader and writer (one request per
    // connection) instead of Qt's HTTP server. Always the case with Qt >= 6.5, whose
    // QAbstractHttpServer no longer hands out the socket the faults need; on older Qt it lets
    // the tests run the whole protocol over this path too.
    bool rawHttp = false;
};

QString firmwareName(Firmware firmware);            // "0826"
std::optional<Firmware> parseFirmware(const QString &name);
QString faultKindName(FaultKind kind);              // "timeout", "http500", … "notfound"
std::optional<FaultKind> parseFaultKind(const QString &name);
// Parses an ISO 8601 start time for the simulated clock; without an offset it is UTC, so runs do
// not depend on the host's time zone. Invalid QDateTime on bad input.
QDateTime parseSimulatedStart(const QString &text);
// Parses "KIND[:RATE]"; error message in `error` on failure.
std::optional<FaultSpec> parseFaultSpec(const QString &text, QString *error = nullptr);

} // namespace kw::sim
