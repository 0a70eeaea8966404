// kilowatch-sim: a simulated SENEC.Home V3 on loopback, for tests, demos and benchmarks.

#include "util/quitsignalwatcher.h"
#include "senecsimulator.h"
#include "simulatoroptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QTimer>

#include <cstdio>
#include <cstdlib>

using namespace kw::sim;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kilowatch-sim", text);
}

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "kilowatch-sim: %s\n", qPrintable(message));
    std::exit(64); // sysexits EX_USAGE, as kilowatch and kilowatch-cli
}

SimulatorOptions parseOptions(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Simulated SENEC.Home V3 appliance: serves POST /lala.cgi, the daily logs and the variable "
           "monitor on loopback, with a physically consistent PV/house/battery/grid plant.\n"
           "Prints its base URL as the first line of standard output."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption port({QStringLiteral("p"), QStringLiteral("port")}, tr("TCP port (0: any free port)."), tr("N"), QStringLiteral("0"));
    const QCommandLineOption address(QStringLiteral("address"), tr("Address to bind (default 127.0.0.1)."), tr("IP"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption seed(QStringLiteral("seed"), tr("Seed for a repeatable plant, logs and fault dice."), tr("N"), QStringLiteral("1"));
    const QCommandLineOption speed(QStringLiteral("speed"), tr("Simulated seconds per real second."), tr("X"), QStringLiteral("1"));
    const QCommandLineOption start(QStringLiteral("start"), tr("Simulated start time, ISO 8601 (default: now; without offset: UTC)."), tr("TIME"));
    const QCommandLineOption firmware(QStringLiteral("firmware"), tr("Personality: 0824 (HTTP), 0825 or 0826 (HTTPS, default)."), tr("VERSION"), QStringLiteral("0826"));
    const QCommandLineOption cert(QStringLiteral("tls-cert"), tr("PEM certificate to present (default: the bundled demo certificate)."), tr("FILE"));
    const QCommandLineOption key(QStringLiteral("tls-key"), tr("PEM private key for --tls-cert."), tr("FILE"));
    const QCommandLineOption fault(QStringLiteral("fault"),
                                   tr("Inject a fault with a probability per connection, repeatable: timeout, http500, "
                                      "garbage, truncated, slow, reset, notfound (e.g. --fault timeout:0.2)."),
                                   tr("KIND[:RATE]"));
    const QCommandLineOption wallboxes(QStringLiteral("wallboxes"),
                                       tr("Installed wallboxes, 0 to 4 (default 0), each with an electric car "
                                          "charging on some evenings and sunny middays."),
                                       tr("N"), QStringLiteral("0"));
    parser.addOptions({port, address, seed, speed, start, firmware, cert, key, fault, wallboxes});
    // process() would exit 1 on a bad option; usage errors exit 64 in all three programs.
    if (!parser.parse(app.arguments()))
        fail(parser.errorText());
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("version")))
        parser.process(app); // prints to stdout and exits 0
    if (!parser.positionalArguments().isEmpty())
        fail(tr("unexpected argument \"%1\"").arg(parser.positionalArguments().constFirst()));

    SimulatorOptions options;
    bool ok = false;
    const uint portNumber = parser.value(port).toUInt(&ok);
    if (!ok || portNumber > 65535)
        fail(tr("--port must be a number from 0 to 65535"));
    options.port = quint16(portNumber);
    const QString addressText = parser.value(address);
    options.address = addressText == u"localhost" ? QHostAddress(QHostAddress::LocalHost) : QHostAddress(addressText);
    if (options.address.isNull())
        fail(tr("--address must be an IP address"));
    options.seed = parser.value(seed).toULongLong(&ok);
    if (!ok)
        fail(tr("--seed must be a non-negative integer"));
    options.speed = parser.value(speed).toDouble(&ok);
    if (!ok || !(options.speed > 0.0 && options.speed <= 1e6))
        fail(tr("--speed must be a number above 0"));
    if (parser.isSet(start)) {
        options.start = parseSimulatedStart(parser.value(start));
        if (!options.start.isValid())
            fail(tr("--start must be an ISO 8601 date and time, e.g. 2024-06-21T06:00:00Z"));
    }
    const auto personality = parseFirmware(parser.value(firmware));
    if (!personality)
        fail(tr("--firmware must be 0824, 0825 or 0826"));
    options.firmware = *personality;
    options.tlsCertificatePath = parser.value(cert);
    options.tlsKeyPath = parser.value(key);
    if (options.tlsCertificatePath.isEmpty() != options.tlsKeyPath.isEmpty())
        fail(tr("--tls-cert and --tls-key go together"));
    const int wallboxCount = parser.value(wallboxes).toInt(&ok);
    if (!ok || wallboxCount < 0 || wallboxCount > 4)
        fail(tr("--wallboxes must be a number from 0 to 4"));
    options.wallboxes = wallboxCount;
    for (const QString &text : parser.values(fault)) {
        QString error;
        const auto spec = parseFaultSpec(text, &error);
        if (!spec)
            fail(error);
        options.faults.append(*spec);
    }
    return options;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kilowatch-sim"));
    QCoreApplication::setOrganizationName(QStringLiteral("Kilowatch"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KW_VERSION));

    const SimulatorOptions options = parseOptions(app);
    // Before the URL goes out: whoever reads it may stop us right away.
    kw::QuitSignalWatcher quitWatcher;
    QObject::connect(&quitWatcher, &kw::QuitSignalWatcher::quitRequested, &app, [](int) { QCoreApplication::quit(); });
    SenecSimulator simulator(options);
    if (!simulator.start()) { // a port in use, an unreadable certificate: not a usage error
        std::fprintf(stderr, "kilowatch-sim: %s\n", qPrintable(simulator.errorString()));
        return 1;
    }

    // The first line of stdout is the contract with scripts and tests: flush it at once.
    std::printf("%s\n", qPrintable(simulator.baseUrl().toString()));
    std::fflush(stdout);
    std::fprintf(stderr, "kilowatch-sim: firmware %s, seed %llu, speed %g, wallboxes %d, simulated start %s\n",
                 qPrintable(firmwareName(options.firmware)), static_cast<unsigned long long>(options.seed),
                 options.speed, options.wallboxes,
                 qPrintable(QDateTime::fromMSecsSinceEpoch(simulator.simulatedNowMs(), Qt::UTC).toString(Qt::ISODate)));

    // Low-volume request log: every fault and error at once, plain successes summed up.
    int quietRequests = 0;
    QObject::connect(&simulator, &SenecSimulator::requestHandled, &app,
                     [&quietRequests](const QString &method, const QString &target, int status, const QString &fault) {
                         if (fault.isEmpty() && status == 200) {
                             ++quietRequests;
                             return;
                         }
                         std::fprintf(stderr, "kilowatch-sim: %s %s -> %s%s\n", qPrintable(method), qPrintable(target),
                                      status ? qPrintable(QString::number(status)) : "no answer",
                                      fault.isEmpty() ? "" : qPrintable(QStringLiteral(" (fault %1)").arg(fault)));
                     });
    QTimer summary;
    QObject::connect(&summary, &QTimer::timeout, &app, [&quietRequests] {
        if (quietRequests > 0)
            std::fprintf(stderr, "kilowatch-sim: %d requests answered in the last minute\n", quietRequests);
        quietRequests = 0;
    });
    summary.start(60'000);

    const int code = app.exec();
    simulator.stop();
    std::fprintf(stderr, "kilowatch-sim: stopped after %d lala.cgi requests\n", simulator.requestCount());
    return code;
}
