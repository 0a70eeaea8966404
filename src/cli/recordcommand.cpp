#include "recordcommand.h"

#include "exitcode.h"
#include "export/csvformat.h"
#include "historyoutput.h"
#include "history/historystore.h"
#include "net/certificatetruststore.h"
#include "net/devicetransport.h"
#include "poll/devicepoller.h"
#include "util/jsonwriter.h"
#include "util/quitsignalwatcher.h"

#include <QDateTime>

namespace kw::cli {
namespace {

// The recorder may poll as often as a simulator allows; the app keeps its own, higher floor.
constexpr int RecorderMinimumIntervalMs = 1000;

} // namespace

RecordCommand::RecordCommand(CliOptions options, OutputWriter &output, QObject *parent)
    : DeviceCommand(std::move(options), output, parent)
{
    m_durationTimer.setSingleShot(true);
    connect(&m_durationTimer, &QTimer::timeout, this, &RecordCommand::finish);
}

RecordCommand::~RecordCommand() = default;

void RecordCommand::send()
{
    // send() only runs once: a changed certificate is handled here, not by sending again.
    if (m_poller)
        return;

    m_store = std::make_unique<history::HistoryStore>();
    m_store->setRawRetentionDays(options().keepRawDays);
    QString error;
    if (!m_store->open(options().database, &error)) {
        fail(ExitFailure, error);
        return;
    }
    connect(m_store.get(), &history::HistoryStore::writeFailed, this,
            [this](const QString &message) { output().writeNotice(message); });

    m_poller = new DevicePoller(transport(), this);
    m_poller->setMinimumIntervalMs(RecorderMinimumIntervalMs);
    m_poller->setIntervalMs(options().intervalMs);
    m_poller->setClockSource(options().clock == CliOptions::Clock::Device ? ClockSource::Device
                                                                          : ClockSource::Host);
    connect(m_poller, &DevicePoller::updated, this,
            [this](const EnergySnapshot &snapshot, const senec::SenecResponse &) {
                m_store->append(snapshot);
                ++m_samples;
                if (!m_firstSampleMs)
                    m_firstSampleMs = snapshot.timestampMs;
                m_lastSampleMs = snapshot.timestampMs;
            });
    connect(m_poller, &DevicePoller::pollFailed, this, [this](const QString &message) {
        output().writeNotice(tr("poll failed: %1").arg(message));
    });
    connect(m_poller, &DevicePoller::certificateChanged, this,
            &RecordCommand::onCertificateChanged);

    m_quitWatcher = new QuitSignalWatcher(this);
    connect(m_quitWatcher, &QuitSignalWatcher::quitRequested, this, &RecordCommand::finish);
    if (options().durationMs > 0)
        m_durationTimer.start(std::chrono::milliseconds(options().durationMs));
    m_clock.start();
    m_poller->start();
}

void RecordCommand::onCertificateChanged()
{
    const net::CertificateMismatch mismatch = m_poller->pendingCertificateMismatch();
    if (options().acceptNewCertificate && !m_repinned) {
        m_repinned = true;
        QString error;
        if (m_poller->acceptPresentedCertificate(&error)) {
            output().writeNotice(tr("trusting the new certificate (SHA-256 %1) as asked")
                                     .arg(net::CertificateTrustStore::displayFingerprint(
                                         mismatch.presentedSha256)));
            return;
        }
        m_poller->stop();
        m_store->close();
        fail(ExitFailure, error);
        return;
    }
    m_poller->stop();
    m_store->close();
    fail(ExitCertificateChanged,
         tr("%1; if you expected this, run again with --accept-new-certificate")
             .arg(mismatch.describe()));
}

void RecordCommand::finish()
{
    m_durationTimer.stop();
    if (m_poller)
        m_poller->stop();
    QString error;
    const bool flushed = m_store && m_store->flush(&error);
    if (m_store)
        m_store->close();
    if (!flushed) {
        fail(ExitFailure, tr("could not write %1: %2").arg(options().database, error));
        return;
    }
    if (m_samples == 0) {
        const QString why = m_poller && !m_poller->lastError().isEmpty()
                              ? m_poller->lastError()
                              : tr("the device never answered");
        fail(ExitFailure, tr("no sample recorded: %1").arg(why));
        return;
    }
    JsonWriter json(options().style);
    json.beginObject();
    json.key(u"database");
    json.writeString(options().database);
    json.key(u"samples");
    json.writeInteger(m_samples);
    json.key(u"first_sample");
    json.writeString(exporting::CsvFormat::isoUtc(*m_firstSampleMs));
    json.key(u"last_sample");
    json.writeString(exporting::CsvFormat::isoUtc(*m_lastSampleMs));
    json.key(u"clock");
    json.writeString(options().clock == CliOptions::Clock::Device ? u"device" : u"host");
    json.key(u"elapsed_s");
    json.writeDouble(double(m_clock.elapsed()) / 1000.0, 6);
    json.endObject();
    succeed(json.result());
}

} // namespace kw::cli
