#include "devicepoller.h"

#include "net/devicereply.h"
#include "net/devicetransport.h"
#include "senec/senecrequestbuilder.h"

#include <QDateTime>

namespace kw {

Q_LOGGING_CATEGORY(lcPoll, "kw.poll", QtInfoMsg)

namespace {

// Whole sections answer with many variables; a full sweep asks for a few at a time.
constexpr int FullSweepSectionsPerBody = 8;

QElapsedTimer &monotonic()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return clock;
}

// A live answer without any ENERGY power value is no live data, even if it is valid JSON
// (e.g. every section answered with OBJECT_NOT_FOUND).
bool hasLiveValues(const senec::SenecResponse &response)
{
    const QString energy = QStringLiteral("ENERGY");
    const senec::SenecSection *section = response.section(energy);
    if (!section || section->status != senec::SectionStatus::Ok)
        return false;
    for (const char *name : {"GUI_INVERTER_POWER", "GUI_HOUSE_POW", "GUI_GRID_POW", "GUI_BAT_DATA_POWER"}) {
        if (response.number(energy, QString::fromLatin1(name)))
            return true;
    }
    return false;
}

} // namespace

DevicePoller::DevicePoller(net::DeviceTransport *transport, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_backoff(DefaultIntervalMs)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &DevicePoller::beginPoll);
}

DevicePoller::~DevicePoller()
{
    abortPoll();
}

void DevicePoller::setIntervalMs(int intervalMs)
{
    m_intervalMs = qMax(m_minimumIntervalMs, intervalMs);
    m_backoff.setIntervalMs(m_intervalMs);
}

void DevicePoller::setMinimumIntervalMs(int minimumMs)
{
    m_minimumIntervalMs = qMax(1, minimumMs);
}

void DevicePoller::setHeavyIntervalMs(int heavyIntervalMs)
{
    m_heavyIntervalMs = qMax(0, heavyIntervalMs);
}

void DevicePoller::setOfflineAfterFailures(int failures)
{
    m_offlineAfterFailures = qMax(1, failures);
}

void DevicePoller::setMaxBackoffMs(int maxMs)
{
    m_backoff.setMaxDelayMs(maxMs);
}

void DevicePoller::setRandomSeed(quint32 seed)
{
    m_backoff.seed(seed);
}

void DevicePoller::setClockSource(ClockSource source)
{
    m_clockSource = source;
}

void DevicePoller::setLanguage(const QString &language)
{
    m_backend.setLanguage(language);
}

net::CertificateMismatch DevicePoller::pendingCertificateMismatch() const
{
    return m_transport ? m_transport->pendingMismatch() : net::CertificateMismatch();
}

int DevicePoller::nextPollDelayMs() const
{
    return m_timer.isActive() ? m_timer.remainingTime() : -1;
}

void DevicePoller::setState(ConnectionState state)
{
    if (m_state == state)
        return;
    qCDebug(lcPoll) << "state" << connectionStateName(m_state) << "->" << connectionStateName(state);
    m_state = state;
    Q_EMIT stateChanged(state);
}

void DevicePoller::start()
{
    if (m_state != ConnectionState::Idle)
        return;
    m_consecutiveFailures = 0;
    setState(ConnectionState::Connecting);
    if (m_state == ConnectionState::Connecting)
        beginPoll();
}

void DevicePoller::stop()
{
    abortPoll();
    m_timer.stop();
    setState(ConnectionState::Idle);
}

void DevicePoller::pause()
{
    if (m_state == ConnectionState::Idle || m_state == ConnectionState::Paused)
        return;
    abortPoll();
    m_timer.stop();
    setState(ConnectionState::Paused);
}

void DevicePoller::resume()
{
    if (m_state != ConnectionState::Paused)
        return;
    setState(ConnectionState::Connecting);
    if (m_state == ConnectionState::Connecting)
        beginPoll();
}

void DevicePoller::pollNow()
{
    if (m_polling || !isActive(m_state))
        return;
    m_timer.stop();
    beginPoll();
}

void DevicePoller::requestFullSweep()
{
    m_fullSweepPending = true;
    // While backing off, the sweep waits for the next retry rather than hammering the device.
    if (m_state == ConnectionState::Online && !m_polling) {
        m_timer.stop();
        beginPoll();
    }
}

bool DevicePoller::acceptPresentedCertificate(QString *error)
{
    if (m_state != ConnectionState::CertificateChanged || !m_transport) {
        if (error)
            *error = tr("no changed certificate is waiting to be accepted");
        return false;
    }
    if (!m_transport->acceptPresentedCertificate(error))
        return false;
    m_consecutiveFailures = 0;
    setState(ConnectionState::Connecting);
    if (m_state == ConnectionState::Connecting)
        beginPoll();
    return true;
}

void DevicePoller::schedule(int delayMs)
{
    m_timer.start(qMax(0, delayMs));
}

void DevicePoller::abortPoll()
{
    ++m_generation; // answers of the aborted poll are ignored
    m_polling = false;
    if (m_exchange) {
        m_exchange->abort();
        m_exchange->deleteLater();
    }
    m_exchange = nullptr;
}

void DevicePoller::beginPoll()
{
    if (m_polling || !isActive(m_state))
        return;
    if (!m_transport) {
        pollFailedWith(tr("no device connection"), false);
        return;
    }
    m_polling = true;
    ++m_generation;
    m_pollClock.start();

    senec::SenecRequestBuilder builder(m_backend.liveSet());
    const qint64 now = monotonic().elapsed();
    m_pollIncludesHeavy = m_lastHeavyMs < 0 || m_heavyIntervalMs == 0
                       || now - m_lastHeavyMs >= m_heavyIntervalMs;
    if (m_pollIncludesHeavy)
        builder.add(m_backend.heavySet());
    QList<QByteArray> bodies = builder.bodies();

    m_pollIncludesFull = m_fullSweepPending;
    if (m_pollIncludesFull) {
        senec::SenecRequestBuilder full(m_backend.allSections());
        full.setMaxWholeSectionsPerBody(FullSweepSectionsPerBody);
        bodies += full.bodies();
    }
    qCDebug(lcPoll) << "poll" << bodies.size() << "bodies, heavy" << m_pollIncludesHeavy
                    << "full" << m_pollIncludesFull;
    auto *exchange = new senec::SenecExchange(m_transport, std::move(bodies), true, this);
    m_exchange = exchange;
    const quint64 generation = m_generation;
    connect(exchange, &senec::SenecExchange::finished, this,
            [this, exchange, generation](const senec::SenecExchange::Outcome &outcome) {
                exchange->deleteLater();
                if (exchange == m_exchange && generation == m_generation) {
                    m_exchange = nullptr;
                    onExchangeFinished(outcome);
                }
            });
    exchange->start();
}

void DevicePoller::onExchangeFinished(const senec::SenecExchange::Outcome &outcome)
{
    if (!outcome.ok()) {
        pollFailedWith(outcome.message, outcome.error == net::TransportError::CertificateChanged);
        return;
    }
    pollSucceeded(outcome.response);
}

qint64 DevicePoller::stampFor(const senec::SenecResponse &response) const
{
    if (m_clockSource == ClockSource::Device) {
        if (const auto deviceMs = senec::SenecBackend::deviceTimeUtcMs(response))
            return *deviceMs;
    }
    return QDateTime::currentMSecsSinceEpoch();
}

void DevicePoller::pollSucceeded(const senec::SenecResponse &merged)
{
    if (!hasLiveValues(merged)) {
        pollFailedWith(tr("the device answered without live values (ENERGY missing or not found)"),
                       false);
        return;
    }
    m_polling = false;
    ++m_pollCount;
    m_consecutiveFailures = 0;
    m_lastError.clear();
    m_lastSuccessMs = QDateTime::currentMSecsSinceEpoch();
    if (m_pollIncludesHeavy)
        m_lastHeavyMs = monotonic().elapsed();
    m_lastPollResponse = merged;
    m_lastResponse.merge(merged);
    const EnergySnapshot snapshot = m_backend.snapshot(merged, stampFor(merged));
    m_lastSnapshot = snapshot;
    const bool full = m_pollIncludesFull;
    if (full)
        m_fullSweepPending = false;

    // Schedule before notifying, so a slot that stops or pauses the poller wins.
    schedule(m_intervalMs - int(m_pollClock.elapsed()));
    const quint64 generation = m_generation;
    setState(ConnectionState::Online);
    if (generation != m_generation)
        return;
    if (full)
        Q_EMIT fullSweepFinished(merged);
    Q_EMIT updated(snapshot, m_lastResponse);
}

void DevicePoller::pollFailedWith(const QString &message, bool certificateChanged)
{
    m_polling = false;
    ++m_pollCount;
    ++m_consecutiveFailures;
    m_lastError = message;
    qCInfo(lcPoll).noquote() << "poll failed (" << m_consecutiveFailures << "in a row):" << message;

    const quint64 generation = m_generation;
    if (certificateChanged) {
        m_timer.stop();
        setState(ConnectionState::CertificateChanged);
        if (generation != m_generation)
            return;
        Q_EMIT pollFailed(message);
        if (m_transport && m_state == ConnectionState::CertificateChanged)
            Q_EMIT this->certificateChanged(m_transport->pendingMismatch());
        return;
    }
    schedule(m_backoff.delayMs(m_consecutiveFailures));
    setState(m_consecutiveFailures >= m_offlineAfterFailures ? ConnectionState::Offline
                                                             : ConnectionState::BackingOff);
    if (generation != m_generation)
        return;
    Q_EMIT pollFailed(message);
}

} // namespace kw
