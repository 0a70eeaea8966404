#pragma once

#include "backoffpolicy.h"
#include "connectionstate.h"
#include "net/certificatemismatch.h"
#include "net/transportresult.h"
#include "senec/senecbackend.h"
#include "senec/senecexchange.h"
#include "senec/senecresponse.h"
#include "snapshot/energysnapshot.h"

#include <QElapsedTimer>
#include <QList>
#include <QLoggingCategory>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

namespace kw::net {
class DeviceTransport;
}

namespace kw {

Q_DECLARE_LOGGING_CATEGORY(lcPoll) // "kw.poll"

// Which clock stamps snapshots: the host's, or the device's RTC (WEB_TIME − UTC_OFFSET).
enum class ClockSource : quint8 { Host, Device };

// Polls one SENEC device through a DeviceTransport: the live set every interval, the heavy set
// every heavyIntervalMs(), all sections only after requestFullSweep(). One request at a time;
// failures back off exponentially with jitter; the last good data is kept through failures.
// A body that is not valid JSON (e.g. truncated) is a failed poll. A changed certificate stops
// polling (state CertificateChanged) until acceptPresentedCertificate().
class DevicePoller : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultIntervalMs = 10'000;
    static constexpr int DefaultMinimumIntervalMs = 2'000;
    static constexpr int DefaultHeavyIntervalMs = 60'000;
    static constexpr int DefaultOfflineAfterFailures = 3;

    // `transport` must outlive the poller (or be destroyed with it).
    explicit DevicePoller(net::DeviceTransport *transport, QObject *parent = nullptr);
    ~DevicePoller() override;

    // Clamped to minimumIntervalMs(); takes effect from the next scheduled poll.
    void setIntervalMs(int intervalMs);
    int intervalMs() const { return m_intervalMs; }
    // The floor for setIntervalMs() (default 2 s, protects the device). Lower it only for the
    // simulator and tests; applies to later setIntervalMs() calls.
    void setMinimumIntervalMs(int minimumMs);
    int minimumIntervalMs() const { return m_minimumIntervalMs; }
    void setHeavyIntervalMs(int heavyIntervalMs); // 0: heavy set on every poll
    int heavyIntervalMs() const { return m_heavyIntervalMs; }
    void setOfflineAfterFailures(int failures);
    int offlineAfterFailures() const { return m_offlineAfterFailures; }
    void setMaxBackoffMs(int maxMs);
    // Makes the backoff jitter repeatable.
    void setRandomSeed(quint32 seed);
    void setClockSource(ClockSource source);
    ClockSource clockSource() const { return m_clockSource; }
    void setLanguage(const QString &language); // state texts: "de" or "en"
    BackoffPolicy &backoff() { return m_backoff; }

    ConnectionState state() const { return m_state; }
    // Starts polling at once (state Connecting). No effect if already running.
    void start();
    // Stops and aborts a running poll (state Idle). Last data is kept.
    void stop();
    void pause();  // state Paused; aborts a running poll
    void resume(); // polls at once
    // Polls now instead of waiting for the timer (ignored while a poll runs, paused or stopped).
    void pollNow();
    // Adds every section to the next poll (which starts at once if the poller is waiting).
    void requestFullSweep();
    bool isFullSweepPending() const { return m_fullSweepPending; }
    // Pins the certificate that was refused and resumes polling; false if there is none or the
    // trust file cannot be written (`error`).
    bool acceptPresentedCertificate(QString *error = nullptr);
    net::CertificateMismatch pendingCertificateMismatch() const;

    bool hasData() const { return m_lastSnapshot.has_value(); }
    std::optional<EnergySnapshot> lastSnapshot() const { return m_lastSnapshot; }
    // Everything known so far: each variable with its most recent good value (live, heavy and
    // full-sweep answers united).
    const senec::SenecResponse &lastResponse() const { return m_lastResponse; }
    // The answer of the last successful poll alone.
    const senec::SenecResponse &lastPollResponse() const { return m_lastPollResponse; }
    qint64 lastSuccessMs() const { return m_lastSuccessMs; } // UTC ms, host clock; 0 if never
    QString lastError() const { return m_lastError; }
    int consecutiveFailures() const { return m_consecutiveFailures; }
    int pollCount() const { return m_pollCount; }         // polls finished, good or bad
    int nextPollDelayMs() const;                         // −1 when no poll is scheduled

Q_SIGNALS:
    void stateChanged(kw::ConnectionState state);
    // After every successful poll: the new snapshot and lastResponse().
    void updated(const kw::EnergySnapshot &snapshot, const kw::senec::SenecResponse &response);
    // After a full sweep succeeded: the answer of all sections.
    void fullSweepFinished(const kw::senec::SenecResponse &response);
    // A poll failed: one line.
    void pollFailed(const QString &message);
    void certificateChanged(const kw::net::CertificateMismatch &mismatch);

private:
    enum class Part : quint8 { Live, Heavy, Full };
    void setState(ConnectionState state);
    void schedule(int delayMs);
    void beginPoll();
    void onExchangeFinished(const senec::SenecExchange::Outcome &outcome);
    void pollSucceeded(const senec::SenecResponse &merged);
    void pollFailedWith(const QString &message, bool certificateChanged);
    void abortPoll();
    qint64 stampFor(const senec::SenecResponse &response) const;

    QPointer<net::DeviceTransport> m_transport;
    senec::SenecBackend m_backend;
    BackoffPolicy m_backoff;
    QTimer m_timer;

    int m_intervalMs = DefaultIntervalMs;
    int m_minimumIntervalMs = DefaultMinimumIntervalMs;
    int m_heavyIntervalMs = DefaultHeavyIntervalMs;
    int m_offlineAfterFailures = DefaultOfflineAfterFailures;
    ClockSource m_clockSource = ClockSource::Host;

    ConnectionState m_state = ConnectionState::Idle;
    bool m_polling = false;
    bool m_fullSweepPending = false;
    bool m_pollIncludesFull = false;
    bool m_pollIncludesHeavy = false;
    QPointer<senec::SenecExchange> m_exchange; // the poll in flight
    QElapsedTimer m_pollClock;
    qint64 m_lastHeavyMs = -1;
    quint64 m_generation = 0;

    std::optional<EnergySnapshot> m_lastSnapshot;
    senec::SenecResponse m_lastResponse;
    senec::SenecResponse m_lastPollResponse;
    qint64 m_lastSuccessMs = 0;
    QString m_lastError;
    int m_consecutiveFailures = 0;
    int m_pollCount = 0;
};

} // namespace kw
