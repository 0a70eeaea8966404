#include "simfixture.h"

#include "poll/devicepoller.h"
#include "senec/senecrequestbuilder.h"

#include <QTemporaryDir>
#include <QTimeZone>

using namespace kw;
using namespace kw::net;
using kw::sim::FaultKind;
using kw::sim::FaultSpec;
using kw::sim::Firmware;
using namespace kwtest;

// The poller against the simulator: states, fault handling, recovery, certificate changes.
class TestDevicePoller : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    struct Rig : DeviceRig
    {
        std::unique_ptr<DevicePoller> poller; // destroyed before the transport it uses
    };

    // Short intervals and timeouts so every test stays within a few seconds.
    Rig makeRig(kw::sim::SimulatorOptions options, const QString &trustFile)
    {
        Rig rig;
        setUpDeviceRig(rig, std::move(options), m_dir.filePath(trustFile), 1000);
        if (!rig.sim)
            return rig;
        rig.poller = std::make_unique<DevicePoller>(rig.transport.get());
        rig.poller->setMinimumIntervalMs(50);
        rig.poller->setIntervalMs(200);
        rig.poller->setMaxBackoffMs(800);
        rig.poller->setRandomSeed(1);
        return rig;
    }

    static bool waitForState(DevicePoller &poller, ConnectionState state, int timeoutMs = 10'000)
    {
        if (poller.state() == state)
            return true;
        QSignalSpy spy(&poller, &DevicePoller::stateChanged);
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < timeoutMs) {
            if (poller.state() == state)
                return true;
            spy.wait(qMax<int>(1, timeoutMs - int(clock.elapsed())));
        }
        return poller.state() == state;
    }

private Q_SLOTS:
    void goesOnlineWithLiveAndHeavyValues()
    {
        Rig rig = makeRig(simOptions(Firmware::V0824), QStringLiteral("online.json"));
        QVERIFY(rig.sim);
        DevicePoller &poller = *rig.poller;
        QCOMPARE(poller.state(), ConnectionState::Idle);
        QCOMPARE(poller.intervalMs(), 200);
        QSignalSpy states(&poller, &DevicePoller::stateChanged);
        QSignalSpy updates(&poller, &DevicePoller::updated);
        poller.start();
        QCOMPARE(poller.state(), ConnectionState::Connecting);
        QVERIFY(updates.wait(5000));
        QCOMPARE(poller.state(), ConnectionState::Online);
        QCOMPARE(states.size(), 2);
        QCOMPARE(states.at(0).first().value<ConnectionState>(), ConnectionState::Connecting);
        QCOMPARE(states.at(1).first().value<ConnectionState>(), ConnectionState::Online);

        const EnergySnapshot snapshot = updates.first().at(0).value<EnergySnapshot>();
        QVERIFY(snapshot.isComplete());
        QVERIFY(snapshot.stateCode >= 0);
        QVERIFY(!snapshot.stateText.isEmpty());
        QVERIFY(qAbs(snapshot.timestampMs - QDateTime::currentMSecsSinceEpoch()) < 5000);
        // The sim's balance: grid = house − PV + battery charge.
        QVERIFY(qAbs(*snapshot.gridW - (*snapshot.houseW - *snapshot.pvW + *snapshot.batteryW)) < 5.0);
        // The first poll brings the heavy set too.
        const auto &response = updates.first().at(1).value<kw::senec::SenecResponse>();
        QVERIFY(response.variable(QStringLiteral("BMS"), QStringLiteral("CELL_VOLTAGES_MODULE_A")));
        QVERIFY(response.variable(QStringLiteral("RTC"), QStringLiteral("WEB_TIME")));
        QVERIFY(poller.hasData());
        QCOMPARE(*poller.lastSnapshot(), snapshot);

        // Then polls keep coming at the interval.
        QVERIFY(updates.wait(2000));
        QVERIFY(updates.wait(2000));
        QCOMPARE(poller.consecutiveFailures(), 0);
        poller.stop();
        QCOMPARE(poller.state(), ConnectionState::Idle);
        QVERIFY(poller.hasData()); // kept after stop
    }

    void minimumIntervalIsEnforced()
    {
        QNetworkAccessManager nam;
        DeviceTransport transport(&nam, *DeviceAddress::parse(QStringLiteral("http://127.0.0.1:9")), nullptr);
        DevicePoller poller(&transport);
        QCOMPARE(poller.intervalMs(), 10'000);
        poller.setIntervalMs(500);
        QCOMPARE(poller.intervalMs(), 2'000);
        poller.setMinimumIntervalMs(100);
        poller.setIntervalMs(500);
        QCOMPARE(poller.intervalMs(), 500);
    }

    void faultsKeepLastGoodDataAndRecover_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("https");
        const QList<std::pair<const char *, FaultKind>> kinds{
            {"timeout", FaultKind::Timeout},   {"http500", FaultKind::Http500},
            {"garbage", FaultKind::Garbage},   {"truncated", FaultKind::Truncated},
            {"slow", FaultKind::Slow},         {"reset", FaultKind::Reset},
            {"notfound", FaultKind::NotFoundSections}};
        // Every fault over plain HTTP (0824) and over HTTPS with a pinned certificate (0826).
        for (const auto &[name, kind] : kinds) {
            QTest::addRow("%s http", name) << int(kind) << false;
            QTest::addRow("%s https", name) << int(kind) << true;
        }
    }

    void faultsKeepLastGoodDataAndRecover()
    {
        QFETCH(int, kind);
        QFETCH(bool, https);
        Rig rig = makeRig(simOptions(https ? Firmware::V0826 : Firmware::V0824),
                          QStringLiteral("faults-%1.json").arg(kind));
        QVERIFY(rig.sim);
        DevicePoller &poller = *rig.poller;
        QSignalSpy updates(&poller, &DevicePoller::updated);
        QSignalSpy failures(&poller, &DevicePoller::pollFailed);
        poller.start();
        QVERIFY(updates.wait(5000));
        QVERIFY(waitForState(poller, ConnectionState::Online));

        FaultSpec fault;
        fault.kind = FaultKind(kind);
        fault.slowDurationMs = 3000; // longer than the 1 s timeout
        rig.sim->setFaults({fault}); // hits the next request, even on a kept-alive connection
        QVERIFY(failures.wait(5000));
        QVERIFY2(poller.state() == ConnectionState::BackingOff || poller.state() == ConnectionState::Offline,
                 qPrintable(connectionStateName(poller.state())));
        const EnergySnapshot lastGood = *poller.lastSnapshot();
        const int updatesBefore = int(updates.size());
        QVERIFY(!poller.lastError().isEmpty());
        QCOMPARE(failures.last().first().toString(), poller.lastError());

        // Three failures in a row: offline, still retrying.
        QVERIFY(waitForState(poller, ConnectionState::Offline, 15'000));
        QVERIFY(poller.consecutiveFailures() >= 3);
        QVERIFY(poller.nextPollDelayMs() >= 0);
        QCOMPARE(int(updates.size()), updatesBefore);
        QCOMPARE(*poller.lastSnapshot(), lastGood);
        QVERIFY(poller.lastResponse().variable(QStringLiteral("ENERGY"), QStringLiteral("GUI_HOUSE_POW")));
        QVERIFY(poller.lastResponse().number(QStringLiteral("ENERGY"), QStringLiteral("GUI_HOUSE_POW")));

        rig.sim->clearFaults();
        QVERIFY(waitForState(poller, ConnectionState::Online, 10'000));
        QVERIFY(updates.size() > updatesBefore || updates.wait(2000));
        QCOMPARE(poller.consecutiveFailures(), 0);
        QVERIFY(poller.lastError().isEmpty());
        QVERIFY(poller.lastSnapshot()->timestampMs > lastGood.timestampMs);
    }

    void backoffDelaysStayInBounds()
    {
        Rig rig = makeRig(simOptions(Firmware::V0824), QStringLiteral("backoff.json"));
        QVERIFY(rig.sim);
        DevicePoller &poller = *rig.poller;
        poller.setOfflineAfterFailures(100);
        poller.setMaxBackoffMs(2000);
        FaultSpec fault;
        fault.kind = FaultKind::Http500;
        rig.sim->setFaults({fault});
        QSignalSpy failures(&poller, &DevicePoller::pollFailed);
        QElapsedTimer clock;
        poller.start();
        qint64 previousFailureMs = -1;
        clock.start();
        for (int n = 1; n <= 4; ++n) {
            QVERIFY(failures.wait(5000));
            const qint64 now = clock.elapsed();
            const int scheduled = poller.nextPollDelayMs();
            QCOMPARE(poller.consecutiveFailures(), n);
            QCOMPARE(poller.state(), ConnectionState::BackingOff);
            QVERIFY2(scheduled <= poller.backoff().maxDelayMsFor(n)
                         && scheduled >= poller.backoff().minDelayMsFor(n) - 50,
                     qPrintable(QStringLiteral("failure %1: next poll in %2 ms, bounds [%3, %4]")
                                    .arg(n).arg(scheduled).arg(poller.backoff().minDelayMsFor(n))
                                    .arg(poller.backoff().maxDelayMsFor(n))));
            if (previousFailureMs >= 0) {
                // The real gap between failures follows the previous failure's bounds.
                const qint64 gap = now - previousFailureMs;
                QVERIFY2(gap >= poller.backoff().minDelayMsFor(n - 1) - 20,
                         qPrintable(QStringLiteral("gap %1 ms after failure %2").arg(gap).arg(n - 1)));
            }
            previousFailureMs = now;
        }
        QCOMPARE(poller.backoff().baseDelayMs(4), 1600);
    }

    void certificateChangeStopsPollingUntilAccepted()
    {
        Rig rig = makeRig(simOptions(Firmware::V0826), QStringLiteral("cert-change.json"));
        QVERIFY(rig.sim);
        DevicePoller &poller = *rig.poller;
        QSignalSpy updates(&poller, &DevicePoller::updated);
        poller.start();
        QVERIFY(updates.wait(5000));
        const QString original = CertificateTrustStore::fingerprint(rig.sim->certificate());
        const EnergySnapshot lastGood = *poller.lastSnapshot();

        const quint16 port = rig.sim->port();
        rig.sim.reset();
        rig.sim = startSimulator(otherCertificateOptions(Firmware::V0826, port));
        QVERIFY(rig.sim);
        QSignalSpy changed(&poller, &DevicePoller::certificateChanged);
        QVERIFY(waitForState(poller, ConnectionState::CertificateChanged, 15'000));
        QVERIFY(changed.size() == 1 || changed.wait(1000));
        const CertificateMismatch mismatch = changed.first().first().value<CertificateMismatch>();
        QCOMPARE(mismatch.pinnedSha256, original);
        QCOMPARE(mismatch.presentedSha256, CertificateTrustStore::fingerprint(rig.sim->certificate()));
        QCOMPARE(poller.pendingCertificateMismatch().presentedSha256, mismatch.presentedSha256);
        QCOMPARE(*poller.lastSnapshot(), lastGood);
        QCOMPARE(poller.nextPollDelayMs(), -1);

        // Polling has stopped: nothing reaches the device, the state stays.
        QSignalSpy states(&poller, &DevicePoller::stateChanged);
        QVERIFY(!states.wait(800));
        QCOMPARE(rig.sim->requestCount(), 0);
        poller.pollNow();
        QCOMPARE(poller.state(), ConnectionState::CertificateChanged);

        QString error;
        QVERIFY2(poller.acceptPresentedCertificate(&error), qPrintable(error));
        QVERIFY(waitForState(poller, ConnectionState::Online, 5000));
        QVERIFY(rig.sim->requestCount() > 0);
        QCOMPARE(rig.store->pinFor(addressOf(*rig.sim).tlsHostKey())->sha256, mismatch.presentedSha256);
        QVERIFY(!poller.acceptPresentedCertificate());
    }

    void fullSweepOnRequestOnly()
    {
        Rig rig = makeRig(simOptions(Firmware::V0824), QStringLiteral("sweep.json"));
        QVERIFY(rig.sim);
        DevicePoller &poller = *rig.poller;
        QSignalSpy updates(&poller, &DevicePoller::updated);
        QSignalSpy sweeps(&poller, &DevicePoller::fullSweepFinished);
        poller.start();
        QVERIFY(updates.wait(5000));
        QVERIFY(updates.wait(2000));
        QCOMPARE(sweeps.size(), 0);
        QVERIFY(!poller.lastResponse().section(QStringLiteral("SOCKETS")));

        poller.requestFullSweep();
        QVERIFY(poller.isFullSweepPending());
        QVERIFY(sweeps.wait(5000));
        QVERIFY(!poller.isFullSweepPending());
        const auto sweep = sweeps.first().first().value<kw::senec::SenecResponse>();
        QVERIFY(sweep.sections.size() >= kw::senec::SenecRequestBuilder::allSectionNames().size() - 2);
        QVERIFY(sweep.section(QStringLiteral("SOCKETS")));
        QVERIFY(poller.lastResponse().section(QStringLiteral("SOCKETS")));
        QVERIFY(poller.lastResponse().variableCount() > 300);
        QVERIFY(updates.wait(2000));
        QCOMPARE(sweeps.size(), 1);
    }

    void heavySetLessOften()
    {
        Rig rig = makeRig(simOptions(Firmware::V0824), QStringLiteral("heavy.json"));
        QVERIFY(rig.sim);
        DevicePoller &poller = *rig.poller;
        poller.setHeavyIntervalMs(60'000);
        QSignalSpy updates(&poller, &DevicePoller::updated);
        poller.start();
        QVERIFY(updates.wait(5000));
        QVERIFY(poller.lastPollResponse().variable(QStringLiteral("BMS"), QStringLiteral("CELL_VOLTAGES_MODULE_A")));
        QVERIFY(updates.wait(2000));
        // The second poll is live only; the heavy values are still known from the first.
        QVERIFY(!poller.lastPollResponse().variable(QStringLiteral("BMS"), QStringLiteral("CELL_VOLTAGES_MODULE_A")));
        QVERIFY(poller.lastResponse().variable(QStringLiteral("BMS"), QStringLiteral("CELL_VOLTAGES_MODULE_A")));
    }

    void deviceClockStampsSnapshots()
    {
        kw::sim::SimulatorOptions options = simOptions(Firmware::V0824);
        options.start = QDateTime(QDate(2024, 6, 21), QTime(10, 0), QTimeZone::utc());
        Rig rig = makeRig(options, QStringLiteral("clock.json"));
        QVERIFY(rig.sim);
        DevicePoller &poller = *rig.poller;
        poller.setClockSource(ClockSource::Device);
        QSignalSpy updates(&poller, &DevicePoller::updated);
        poller.start();
        QVERIFY(updates.wait(5000));
        const qint64 stamp = updates.first().first().value<EnergySnapshot>().timestampMs;
        const qint64 simNow = rig.sim->simulatedNowMs();
        QVERIFY2(qAbs(stamp - simNow) <= 3000, qPrintable(QStringLiteral("%1 vs %2").arg(stamp).arg(simNow)));
        QVERIFY(qAbs(stamp - QDateTime::currentMSecsSinceEpoch()) > 86'400'000LL);
    }

    void pauseAndResume()
    {
        Rig rig = makeRig(simOptions(Firmware::V0824), QStringLiteral("pause.json"));
        QVERIFY(rig.sim);
        DevicePoller &poller = *rig.poller;
        QSignalSpy updates(&poller, &DevicePoller::updated);
        poller.start();
        QVERIFY(updates.wait(5000));
        poller.pause();
        QCOMPARE(poller.state(), ConnectionState::Paused);
        const int requests = rig.sim->requestCount();
        QVERIFY(!updates.wait(700));
        QCOMPARE(rig.sim->requestCount(), requests);
        poller.resume();
        QCOMPARE(poller.state(), ConnectionState::Connecting);
        QVERIFY(updates.wait(5000));
        QCOMPARE(poller.state(), ConnectionState::Online);
    }

    void unreachableDeviceGoesOffline()
    {
        // Nothing listens on this port once the simulator is gone: connection refused.
        auto sim = startSimulator(simOptions(Firmware::V0824));
        QVERIFY(sim);
        const DeviceAddress address = addressOf(*sim);
        sim.reset();
        QNetworkAccessManager nam;
        DeviceTransport transport(&nam, address, nullptr);
        DevicePoller poller(&transport);
        poller.setMinimumIntervalMs(50);
        poller.setIntervalMs(100);
        poller.setMaxBackoffMs(300);
        poller.start();
        QVERIFY(waitForState(poller, ConnectionState::Offline, 5000));
        QVERIFY(!poller.hasData());
        QVERIFY(!poller.lastError().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDevicePoller)
#include "tst_devicepoller.moc"
