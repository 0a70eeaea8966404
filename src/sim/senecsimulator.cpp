#include "senecsimulator.h"

#include "devicehttpserver.h"
#include "faultingserver.h"
#include "faultinjector.h"
#include "firmwarepersonality.h"
#include "lalaresponder.h"
#include "livevariables.h"
#include "loggenerator.h"
#include "plantmodel.h"
#include "rawrequestreader.h"
#include "replywriter.h"
#include "simclock.h"
#include "simresources.h"
#include "variabletable.h"
#include "varspage.h"

#include <QDateTime>
#include <QFile>
#include <QLoggingCategory>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>

namespace kw::sim {

Q_LOGGING_CATEGORY(lcSim, "kw.sim", QtInfoMsg)

namespace {

constexpr char NotFoundProperty[] = "kwSimSectionsNotFound";
constexpr char RolledProperty[] = "kwSimFaultDiceRolled";
const QByteArray CookieName = QByteArrayLiteral("senec-homev3-gui");

QSslKey readKey(const QByteArray &pem)
{
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        QSslKey key(pem, algorithm);
        if (!key.isNull())
            return key;
    }
    return {};
}

} // namespace

class SenecSimulatorPrivate
{
public:
    SenecSimulatorPrivate(SenecSimulator *q, SimulatorOptions options);

    bool loadTls();
    // Called by FaultingServer for every new connection: true when the simulator keeps it.
    bool takeConnection(QTcpSocket *socket);
    bool takeForFault(QTcpSocket *socket);
    void serveRaw(QTcpSocket *socket);
    bool servesRaw() const;
    HttpAnswer serve(const IncomingRequest &request, QTcpSocket *socket);
    void carryOut(const FaultSpec &fault, const IncomingRequest &request, QTcpSocket *socket);
    HttpReply route(const IncomingRequest &request, bool sectionsNotFound);
    void countLala(const IncomingRequest &request);
    bool hasSessionCookie(const IncomingRequest &request) const;
    void advance();

    SenecSimulator *q;
    SimulatorOptions options;
    FirmwarePersonality personality;
    const VariableTable &table;
    SimClock clock;
    PlantModel plant;
    LiveVariables live;
    LalaResponder responder;
    LogGenerator logs;
    FaultInjector faults;
    QByteArray sessionCookie;

#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    QPointer<DeviceHttpServer> server; // owns the listener when Qt's HTTP server is used
#endif
    QPointer<QTcpServer> listener;
    QSslCertificate certificate;
    QSslKey key;
    QString error;
    int lalaRequests = 0;
    int cookieRequests = 0;
};

namespace {

qint64 startOf(const SimulatorOptions &options)
{
    return options.start.isValid() ? options.start.toMSecsSinceEpoch()
                                   : QDateTime::currentMSecsSinceEpoch();
}

int npuImageVersion(const VariableTable &table)
{
    const VariableSpec *spec = table.variable(QStringLiteral("SYS_UPDATE"), QStringLiteral("NPU_IMAGE_VERSION"));
    return spec && !spec->defaults.isEmpty() ? int(std::get<double>(spec->defaults.constFirst())) : 0;
}

QByteArray randomCookie(quint64 seed)
{
    SimRandom random(SimRandom::hash(seed, 0xC00C1E));
    QByteArray value;
    for (int i = 0; i < 4; ++i)
        value += QByteArray::number(random.next(), 16).rightJustified(16, '0');
    return value;
}

} // namespace

SenecSimulatorPrivate::SenecSimulatorPrivate(SenecSimulator *owner, SimulatorOptions opts)
    : q(owner)
    , options(std::move(opts))
    , personality(options.firmware)
    , table(VariableTable::bundled(personality.name()))
    , clock(startOf(options), options.speed)
    , plant(options.seed, clock.startMs(), options.warmUpDays, {}, options.wallboxes)
    , live(options.seed, table.presentSectionNames())
    , responder(table)
    , logs(options.seed, personality.name(), npuImageVersion(table))
    , faults(options.seed)
    , sessionCookie(randomCookie(options.seed))
{
    faults.setFaults(options.faults);
    clock.restart(); // the plant's warm-up is not part of the simulated timeline
}

void SenecSimulatorPrivate::advance()
{
    plant.advanceTo(clock.nowMs());
}

bool SenecSimulatorPrivate::loadTls()
{
    ensureSimResources();
    const QString certPath = options.tlsCertificatePath.isEmpty() ? QStringLiteral(":/kw/sim/demo-cert.pem")
                                                                  : options.tlsCertificatePath;
    const QString keyPath = options.tlsKeyPath.isEmpty() ? QStringLiteral(":/kw/sim/demo-key.pem")
                                                         : options.tlsKeyPath;
    QFile certFile(certPath);
    QFile keyFile(keyPath);
    if (!certFile.open(QIODevice::ReadOnly)) {
        error = SenecSimulator::tr("Cannot read the certificate %1: %2").arg(certPath, certFile.errorString());
        return false;
    }
    if (!keyFile.open(QIODevice::ReadOnly)) {
        error = SenecSimulator::tr("Cannot read the private key %1: %2").arg(keyPath, keyFile.errorString());
        return false;
    }
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
    certificate = certificates.isEmpty() ? QSslCertificate() : certificates.constFirst();
    key = readKey(keyFile.readAll());
    if (certificate.isNull()) {
        error = SenecSimulator::tr("No PEM certificate in %1").arg(certPath);
        return false;
    }
    if (key.isNull()) {
        error = SenecSimulator::tr("No usable PEM private key in %1").arg(keyPath);
        return false;
    }
    return true;
}

bool SenecSimulatorPrivate::hasSessionCookie(const IncomingRequest &request) const
{
    for (const auto &header : request.headers) {
        if (header.first.compare("Cookie", Qt::CaseInsensitive) != 0)
            continue;
        for (const QByteArray &part : header.second.split(';')) {
            if (part.trimmed() == CookieName + '=' + sessionCookie)
                return true;
        }
    }
    return false;
}

void SenecSimulatorPrivate::countLala(const IncomingRequest &request)
{
    ++lalaRequests;
    if (personality.setsSessionCookie() && hasSessionCookie(request))
        ++cookieRequests;
}

bool SenecSimulatorPrivate::servesRaw() const
{
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    return options.rawHttp;
#else
    return true;
#endif
}

bool SenecSimulatorPrivate::takeConnection(QTcpSocket *socket)
{
    if (takeForFault(socket))
        return true;
    if (!servesRaw())
        return false;
    serveRaw(socket);
    return true;
}

void SenecSimulatorPrivate::serveRaw(QTcpSocket *socket)
{
    RawRequestReader::read(socket, [this](const IncomingRequest &request, QTcpSocket *s) {
        const HttpAnswer answer = serve(request, s);
        // The raw reader takes one request per connection, so every answer closes it.
        if (!answer.handledOnSocket)
            ReplyWriter::send(s, answer.reply, true);
    });
}

bool SenecSimulatorPrivate::takeForFault(QTcpSocket *socket)
{
    if (!faults.isActive())
        return false;
    socket->setProperty(RolledProperty, true);
    const auto fault = faults.roll();
    if (!fault)
        return false;
    if (fault->kind == FaultKind::NotFoundSections) {
        // A content fault: the normal HTTP path answers, with every section missing.
        socket->setProperty(NotFoundProperty, true);
        return false;
    }
    const FaultSpec spec = *fault;
    RawRequestReader::read(socket, [this, spec](const IncomingRequest &request, QTcpSocket *s) {
        carryOut(spec, request, s);
    });
    return true;
}

void SenecSimulatorPrivate::carryOut(const FaultSpec &fault, const IncomingRequest &request, QTcpSocket *socket)
{
    const QByteArray path = FirmwarePersonality::pathOf(request.target);
    if (path == personality.lalaPath())
        countLala(request);
    const QString name = faultKindName(fault.kind);
    int status = 0;
    switch (fault.kind) {
    case FaultKind::Timeout:
        // Hold the connection open and say nothing; it goes when the client gives up.
        break;
    case FaultKind::Reset:
        ReplyWriter::reset(socket);
        break;
    case FaultKind::Http500:
        status = 500;
        ReplyWriter::send(socket, HttpReply::error(500), true);
        break;
    case FaultKind::Garbage: {
        HttpReply reply = route(request, false);
        reply.status = status = 200;
        reply.body = faults.garbage();
        ReplyWriter::send(socket, reply, true);
        break;
    }
    case FaultKind::Truncated: {
        // Content-Length matches what is sent: the HTTP exchange succeeds, the JSON is cut, as
        // real devices do it.
        HttpReply reply = route(request, false);
        reply.body.truncate(faults.truncatedSize(reply.body.size()));
        status = reply.status;
        ReplyWriter::send(socket, reply, true);
        break;
    }
    case FaultKind::Slow: {
        const HttpReply reply = route(request, false);
        status = reply.status;
        ReplyWriter::sendSlowly(socket, reply, true, fault.slowDurationMs);
        break;
    }
    case FaultKind::NotFoundSections:
        break; // handled on the normal path
    }
    qCDebug(lcSim) << "fault" << name << request.method << request.target;
    Q_EMIT q->requestHandled(QString::fromLatin1(request.method), QString::fromLatin1(request.target), status, name);
}

HttpAnswer SenecSimulatorPrivate::serve(const IncomingRequest &request, QTcpSocket *socket)
{
    if (faults.isActive() && !socket->property(RolledProperty).toBool()) {
        // A keep-alive connection from before the faults were switched on: it rolls at its
        // next request instead, so switching a fault on takes effect at once.
        socket->setProperty(RolledProperty, true);
        if (const auto fault = faults.roll()) {
            if (fault->kind == FaultKind::NotFoundSections) {
                socket->setProperty(NotFoundProperty, true);
            } else {
                carryOut(*fault, request, socket);
                HttpAnswer answer;
                answer.handledOnSocket = true;
                return answer;
            }
        }
    }
    const QByteArray path = FirmwarePersonality::pathOf(request.target);
    if (path == personality.lalaPath())
        countLala(request);
    const bool notFound = socket->property(NotFoundProperty).toBool();
    // With faults configured every request gets its own connection (and its own dice roll).
    const bool close = faults.isActive() || request.header("Connection").toLower() == "close";
    HttpAnswer answer{route(request, notFound), close};
    Q_EMIT q->requestHandled(QString::fromLatin1(request.method), QString::fromLatin1(request.target),
                             answer.reply.status, notFound ? faultKindName(FaultKind::NotFoundSections) : QString());
    return answer;
}

HttpReply SenecSimulatorPrivate::route(const IncomingRequest &request, bool sectionsNotFound)
{
    const QByteArray path = FirmwarePersonality::pathOf(request.target);
    HttpReply reply = HttpReply::error(404);
    if (path == personality.lalaPath()) {
        if (request.method != "POST") {
            reply = HttpReply::error(405);
            reply.headers.append({QByteArrayLiteral("Allow"), QByteArrayLiteral("POST")});
        } else {
            const LalaResponder::Reply answer = responder.respond(
                request.body, [this] { advance(); return live.values(plant.snapshot()); }, sectionsNotFound);
            reply = answer.status == 200 ? HttpReply::json(answer.body) : HttpReply::error(answer.status);
            if (personality.setsSessionCookie() && !hasSessionCookie(request))
                reply.headers.append({QByteArrayLiteral("Set-Cookie"),
                                      CookieName + '=' + sessionCookie + "; Secure; HttpOnly; Max-Age=3600; Path=/"});
        }
    } else if (path == personality.varsPath() && request.method == "GET") {
        advance();
        reply = HttpReply::html(VarsPage::render(table, live.values(plant.snapshot())));
    } else if (const auto day = personality.logDate(path); day && request.method == "GET") {
        advance();
        if (const auto text = logs.render(*day, plant, clock.nowMs()))
            reply = HttpReply::text(*text);
    }
    const QByteArray serverName = personality.serverHeader();
    if (!serverName.isEmpty())
        reply.headers.append({QByteArrayLiteral("Server"), serverName});
    return reply;
}

SenecSimulator::SenecSimulator(SimulatorOptions options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<SenecSimulatorPrivate>(this, std::move(options)))
{
}

SenecSimulator::~SenecSimulator()
{
    stop();
}

bool SenecSimulator::start()
{
    if (isRunning())
        return true;
    d->error.clear();
    const bool tls = d->personality.usesTls();
    if (tls && !d->loadTls())
        return false;

    const auto filter = [this](QTcpSocket *socket) { return d->takeConnection(socket); };
    QTcpServer *listener = nullptr;
    if (tls) {
        auto *ssl = new FaultingServer<QSslServer>(filter);
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(d->certificate);
        configuration.setPrivateKey(d->key);
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
        ssl->setSslConfiguration(configuration);
        listener = ssl;
    } else {
        listener = new FaultingServer<QTcpServer>(filter);
    }
    if (!listener->listen(d->options.address, d->options.port)) {
        d->error = tr("Cannot listen on %1 port %2: %3")
                       .arg(d->options.address.toString())
                       .arg(d->options.port)
                       .arg(listener->errorString());
        delete listener;
        return false;
    }
    d->listener = listener;
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    if (!d->servesRaw()) {
        auto *http = new DeviceHttpServer(
            [this](const IncomingRequest &request, QTcpSocket *socket) { return d->serve(request, socket); },
            this);
        http->bind(listener); // takes ownership; pulls connections through the filter
        d->server = http;
        qCDebug(lcSim) << "SENEC simulator" << d->personality.name() << "listening on" << baseUrl().toString();
        return true;
    }
#endif
    // Nobody else pulls connections: do it here, the filter keeps every one of them.
    listener->setParent(this);
    connect(listener, &QTcpServer::pendingConnectionAvailable, this, [listener] {
        while (listener->nextPendingConnection()) {
        }
    });
    qCDebug(lcSim) << "SENEC simulator" << d->personality.name() << "listening on" << baseUrl().toString();
    return true;
}

void SenecSimulator::stop()
{
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    delete d->server; // closes the listener and every connection it owns
    d->server = nullptr;
#endif
    delete d->listener; // (already gone with the HTTP server when there was one)
    d->listener = nullptr;
}

bool SenecSimulator::isRunning() const
{
    return d->listener && d->listener->isListening();
}

QString SenecSimulator::errorString() const
{
    return d->error;
}

QUrl SenecSimulator::baseUrl() const
{
    QUrl url;
    url.setScheme(d->personality.scheme());
    url.setHost(d->options.address.toString());
    url.setPort(port());
    return url;
}

quint16 SenecSimulator::port() const
{
    return d->listener ? d->listener->serverPort() : 0;
}

QSslCertificate SenecSimulator::certificate() const
{
    if (!d->personality.usesTls())
        return QSslCertificate();
    if (d->certificate.isNull())
        d->loadTls();
    return d->certificate;
}

const SimulatorOptions &SenecSimulator::options() const
{
    return d->options;
}

void SenecSimulator::setFaults(const QList<FaultSpec> &faults)
{
    d->faults.setFaults(faults);
}

void SenecSimulator::clearFaults()
{
    d->faults.setFaults({});
}

QList<FaultSpec> SenecSimulator::faults() const
{
    return d->faults.faults();
}

qint64 SenecSimulator::simulatedNowMs()
{
    return d->clock.nowMs();
}

SenecSimulator::Counters SenecSimulator::counters()
{
    d->advance();
    const PlantCounters &c = d->plant.counters();
    return {c.pvWh / 1000.0, c.houseWh / 1000.0, c.gridImportWh / 1000.0,
            c.gridExportWh / 1000.0, c.batteryChargeWh / 1000.0, c.batteryDischargeWh / 1000.0};
}

EnergySnapshot SenecSimulator::groundTruth()
{
    d->advance();
    return d->plant.energySnapshot();
}

int SenecSimulator::requestCount() const
{
    return d->lalaRequests;
}

int SenecSimulator::requestsWithSessionCookie() const
{
    return d->cookieRequests;
}

QString SenecSimulator::sessionCookieValue() const
{
    return d->personality.setsSessionCookie() ? QString::fromLatin1(d->sessionCookie) : QString();
}

QString SenecSimulator::deviceId() const
{
    return d->live.deviceId();
}

} // namespace kw::sim
