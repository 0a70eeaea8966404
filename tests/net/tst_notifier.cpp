#include "simfixture.h"

#include "alerts/notifier.h"
#include "poll/devicepoller.h"

#include <QTemporaryDir>

using namespace kw;
using namespace kw::alerts;
using kw::sim::FaultKind;
using kw::sim::FaultSpec;
using kw::sim::Firmware;
using namespace kwtest;

namespace {

// A quiet afternoon: half-charged battery, importing a little, no fault, no alarm.
EnergySnapshot normal()
{
    EnergySnapshot snapshot;
    snapshot.timestampMs = 1'750'000'000'000;
    snapshot.pvW = 1200.0;
    snapshot.houseW = 900.0;
    snapshot.gridW = 100.0;
    snapshot.batteryW = 400.0;
    snapshot.socPercent = 50.0;
    snapshot.stateCode = 14;
    snapshot.stateText = QStringLiteral("PV + LADEN");
    snapshot.alarmingModules = QList<int>{};
    return snapshot;
}

EnergySnapshot withSoc(double socPercent, double batteryW = 0.0)
{
    EnergySnapshot snapshot = normal();
    snapshot.socPercent = socPercent;
    snapshot.batteryW = batteryW;
    return snapshot;
}

// The snapshot in which `kind`'s condition holds (for the kinds a snapshot can carry).
EnergySnapshot holding(AlertKind kind)
{
    EnergySnapshot snapshot = normal();
    switch (kind) {
    case AlertKind::BatteryAlarm: snapshot.alarmingModules = QList<int>{2}; break;
    case AlertKind::DeviceFault:
        snapshot.deviceFault = true;
        snapshot.stateCode = 91;
        snapshot.stateText = QStringLiteral("ISOLATIONSFEHLER");
        break;
    case AlertKind::GridOutage:
        snapshot.gridOutage = true;
        snapshot.stateCode = 75;
        snapshot.stateText = QStringLiteral("NETZERSATZBETRIEB");
        break;
    case AlertKind::BatteryFull: snapshot.socPercent = 100.0; break;
    case AlertKind::BatteryEmpty:
        snapshot.socPercent = 3.0;
        snapshot.batteryW = 0.0;
        break;
    case AlertKind::Unreachable:
    case AlertKind::CertificateChanged: break;
    }
    return snapshot;
}

QList<AlertEvent> events(const QSignalSpy &spy)
{
    QList<AlertEvent> result;
    for (const QList<QVariant> &arguments : spy)
        result.append(arguments.first().value<AlertEvent>());
    return result;
}

net::CertificateMismatch mismatch()
{
    net::CertificateMismatch result;
    result.hostKey = QStringLiteral("127.0.0.1:8443");
    result.pinnedSha256 = QString(64, u'a');
    result.presentedSha256 = QString(64, u'b');
    return result;
}

} // namespace

Q_DECLARE_METATYPE(kw::alerts::AlertEvent)

// The notifier on its own (snapshots and states fed by hand), and watching a real poller against
// the simulator for the connection events.
class TestNotifier : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<AlertEvent>(); }

    void startupIsQuiet()
    {
        Notifier notifier;
        QSignalSpy alerts(&notifier, &Notifier::alert);
        // Everything at once in the very first snapshot: already so before we looked.
        EnergySnapshot bad = normal();
        bad.gridOutage = true;
        bad.deviceFault = true;
        bad.batteryFault = true;
        bad.alarmingModules = QList<int>{1, 3};
        bad.socPercent = 100.0;
        notifier.observeConnectionState(ConnectionState::Connecting);
        notifier.observeConnectionState(ConnectionState::Online);
        notifier.observeSnapshot(bad);
        notifier.observeSnapshot(bad);
        QCOMPARE(alerts.size(), 0);
        for (AlertKind kind : {AlertKind::GridOutage, AlertKind::DeviceFault, AlertKind::BatteryAlarm,
                               AlertKind::BatteryFull})
            QVERIFY(notifier.isHolding(kind));
        // Ending such an episode is not news either ("grid is back" after nothing was said).
        notifier.observeSnapshot(normal());
        QCOMPARE(alerts.size(), 0);
        // The next episode is.
        notifier.observeSnapshot(bad);
        QCOMPARE(alerts.size(), 4);
    }

    void oncePerEpisode_data()
    {
        QTest::addColumn<AlertKind>("kind");
        QTest::addColumn<bool>("endIsTold");
        QTest::newRow("battery alarm") << AlertKind::BatteryAlarm << false;
        QTest::newRow("device fault") << AlertKind::DeviceFault << false;
        QTest::newRow("grid outage") << AlertKind::GridOutage << true;
        QTest::newRow("battery full") << AlertKind::BatteryFull << false;
        QTest::newRow("battery empty") << AlertKind::BatteryEmpty << false;
    }
    void oncePerEpisode()
    {
        QFETCH(AlertKind, kind);
        QFETCH(bool, endIsTold);
        Notifier notifier;
        notifier.setDeviceName(QStringLiteral("SENEC.Home V3 (192.0.2.7)"));
        QSignalSpy alerts(&notifier, &Notifier::alert);
        notifier.observeSnapshot(normal());
        QCOMPARE(alerts.size(), 0);

        for (int episode = 1; episode <= 2; ++episode) {
            for (int poll = 0; poll < 5; ++poll) // holds for five polls: told once
                notifier.observeSnapshot(holding(kind));
            const int expectedAfterBegin = (episode - 1) * (endIsTold ? 2 : 1) + 1;
            QCOMPARE(alerts.size(), expectedAfterBegin);
            const AlertEvent began = events(alerts).constLast();
            QCOMPARE(began.kind, kind);
            QVERIFY(began.began);
            QVERIFY(!began.title.isEmpty());
            QVERIFY(!began.message.isEmpty());
            QVERIFY(began.timestampMs > 0);

            for (int poll = 0; poll < 3; ++poll)
                notifier.observeSnapshot(normal());
            QCOMPARE(alerts.size(), expectedAfterBegin + (endIsTold ? 1 : 0));
            if (endIsTold) {
                const AlertEvent ended = events(alerts).constLast();
                QCOMPARE(ended.kind, kind);
                QVERIFY(!ended.began);
                QCOMPARE(ended.severity, AlertSeverity::Information);
            }
            QVERIFY(!notifier.isHolding(kind));
        }
    }

    void messagesNameTheDeviceAndTheState()
    {
        Notifier notifier;
        notifier.setDeviceName(QStringLiteral("SENEC.Home V3 (192.0.2.7)"));
        QSignalSpy alerts(&notifier, &Notifier::alert);
        notifier.observeSnapshot(normal());
        notifier.observeSnapshot(holding(AlertKind::DeviceFault));
        notifier.observeSnapshot(holding(AlertKind::BatteryAlarm));
        const QList<AlertEvent> told = events(alerts);
        QCOMPARE(told.size(), 2);
        QVERIFY2(told.at(0).message.contains(QStringLiteral("SENEC.Home V3 (192.0.2.7)")), qPrintable(told.at(0).message));
        QVERIFY2(told.at(0).message.contains(QStringLiteral("ISOLATIONSFEHLER")), qPrintable(told.at(0).message));
        QCOMPARE(told.at(0).severity, AlertSeverity::Critical);
        QVERIFY2(told.at(1).message.contains(QStringLiteral("module 2")), qPrintable(told.at(1).message));
    }

    void batteryFullHasHysteresis()
    {
        Notifier notifier;
        QSignalSpy alerts(&notifier, &Notifier::alert);
        notifier.observeSnapshot(withSoc(90.0, 2000.0));
        notifier.observeSnapshot(withSoc(99.6, 300.0));
        QCOMPARE(alerts.size(), 1);
        // Hovering just under full while the device tops up: the same episode.
        for (double soc : {98.8, 99.9, 97.0, 100.0, 95.5})
            notifier.observeSnapshot(withSoc(soc));
        QCOMPARE(alerts.size(), 1);
        notifier.observeSnapshot(withSoc(94.0, -800.0)); // really used: re-armed
        QCOMPARE(alerts.size(), 1);
        notifier.observeSnapshot(withSoc(100.0));
        QCOMPARE(alerts.size(), 2);
        QCOMPARE(events(alerts).constLast().kind, AlertKind::BatteryFull);
    }

    void batteryEmptyWhenLowAndNoLongerDischarging()
    {
        Notifier notifier;
        QSignalSpy alerts(&notifier, &Notifier::alert);
        notifier.observeSnapshot(withSoc(30.0, -900.0));
        notifier.observeSnapshot(withSoc(4.0, -900.0)); // low but still delivering
        QCOMPARE(alerts.size(), 0);
        notifier.observeSnapshot(withSoc(4.0, -10.0)); // stopped at its reserve
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(events(alerts).constLast().kind, AlertKind::BatteryEmpty);
        for (double soc : {3.0, 0.0, 6.0, 9.5})
            notifier.observeSnapshot(withSoc(soc, 500.0));
        QCOMPARE(alerts.size(), 1);
        notifier.observeSnapshot(withSoc(12.0, 800.0));
        notifier.observeSnapshot(withSoc(0.0, -200.0)); // at 0 % it is empty whatever it does
        QCOMPARE(alerts.size(), 2);
    }

    void missingFiguresChangeNothing()
    {
        Notifier notifier;
        QSignalSpy alerts(&notifier, &Notifier::alert);
        notifier.observeSnapshot(normal());
        notifier.observeSnapshot(holding(AlertKind::BatteryAlarm));
        QCOMPARE(alerts.size(), 1);
        // Answers without the alarm flags (the live set) and without a SOC: nothing is known to
        // have changed, so the alarm still holds and nothing is told.
        EnergySnapshot partial = normal();
        partial.alarmingModules.reset();
        partial.socPercent.reset();
        for (int poll = 0; poll < 4; ++poll)
            notifier.observeSnapshot(partial);
        QCOMPARE(alerts.size(), 1);
        QVERIFY(notifier.isHolding(AlertKind::BatteryAlarm));
        notifier.observeSnapshot(normal()); // flags known again, all clear
        QVERIFY(!notifier.isHolding(AlertKind::BatteryAlarm));
        // A BMS error state is a battery alarm too, even with every module quiet.
        EnergySnapshot bmsError = normal();
        bmsError.batteryFault = true;
        bmsError.stateText = QStringLiteral("BMS FEHLER");
        notifier.observeSnapshot(bmsError);
        QCOMPARE(alerts.size(), 2);
        QVERIFY(events(alerts).constLast().message.contains(QStringLiteral("BMS FEHLER")));
    }

    void unreachableAndBack()
    {
        Notifier notifier;
        QSignalSpy alerts(&notifier, &Notifier::alert);
        // Never reached in this run: going offline is not news (the window says so already).
        notifier.observeConnectionState(ConnectionState::Connecting);
        notifier.observeConnectionState(ConnectionState::BackingOff);
        notifier.observeConnectionState(ConnectionState::Offline);
        notifier.observeConnectionState(ConnectionState::Online);
        QCOMPARE(alerts.size(), 0);

        for (int episode = 1; episode <= 2; ++episode) {
            notifier.observeConnectionState(ConnectionState::BackingOff); // one failed poll
            QCOMPARE(alerts.size(), (episode - 1) * 2);
            for (int retry = 0; retry < 3; ++retry) {
                notifier.observeConnectionState(ConnectionState::Offline);
                notifier.observeConnectionState(ConnectionState::BackingOff);
            }
            QCOMPARE(alerts.size(), (episode - 1) * 2 + 1);
            QCOMPARE(events(alerts).constLast().kind, AlertKind::Unreachable);
            QVERIFY(events(alerts).constLast().began);
            notifier.observeConnectionState(ConnectionState::Paused); // the user's doing: no news
            notifier.observeConnectionState(ConnectionState::Connecting);
            notifier.observeConnectionState(ConnectionState::Online);
            QCOMPARE(alerts.size(), episode * 2);
            QVERIFY(!events(alerts).constLast().began);
        }
    }

    void certificateChangedOncePerChange()
    {
        Notifier notifier;
        QSignalSpy alerts(&notifier, &Notifier::alert);
        // Told even at startup: it needs the user, and polling stops until they decide.
        notifier.observeCertificateChanged(mismatch());
        notifier.observeConnectionState(ConnectionState::CertificateChanged);
        notifier.observeCertificateChanged(mismatch());
        QCOMPARE(alerts.size(), 1);
        const AlertEvent told = events(alerts).constFirst();
        QCOMPARE(told.kind, AlertKind::CertificateChanged);
        QCOMPARE(told.severity, AlertSeverity::Critical);
        QVERIFY(told.message.contains(QStringLiteral("127.0.0.1:8443")));
        notifier.observeConnectionState(ConnectionState::Online); // accepted
        QCOMPARE(alerts.size(), 1);
        notifier.observeCertificateChanged(mismatch());
        QCOMPARE(alerts.size(), 2);
    }

    void switchedOffKindsStaySilent()
    {
        Notifier notifier;
        notifier.setEnabled(AlertKind::GridOutage, false);
        QVERIFY(!notifier.isEnabled(AlertKind::GridOutage));
        QVERIFY(notifier.isEnabled(AlertKind::BatteryFull));
        QSignalSpy alerts(&notifier, &Notifier::alert);
        notifier.observeSnapshot(normal());
        notifier.observeSnapshot(holding(AlertKind::GridOutage));
        QVERIFY(notifier.isHolding(AlertKind::GridOutage));
        // Switched on while it holds: still the same episode, nothing to tell until the next.
        notifier.setEnabled(AlertKind::GridOutage, true);
        notifier.observeSnapshot(holding(AlertKind::GridOutage));
        notifier.observeSnapshot(normal());
        QCOMPARE(alerts.size(), 0);
        notifier.observeSnapshot(holding(AlertKind::GridOutage));
        QCOMPARE(alerts.size(), 1);
    }

    void resetMakesTheNextStartQuiet()
    {
        Notifier notifier;
        QSignalSpy alerts(&notifier, &Notifier::alert);
        notifier.observeSnapshot(normal());
        notifier.observeConnectionState(ConnectionState::Online);
        notifier.reset(); // another device
        notifier.observeSnapshot(holding(AlertKind::GridOutage));
        notifier.observeConnectionState(ConnectionState::Offline);
        QVERIFY(notifier.isHolding(AlertKind::GridOutage));
        QCOMPARE(alerts.size(), 1); // the outage is quiet; offline after a snapshot is news
        QCOMPARE(events(alerts).constFirst().kind, AlertKind::Unreachable);
    }

    // A real poller against the simulator: the device stops answering, then answers again.
    void watchesARealPoller()
    {
        DeviceRig rig;
        setUpDeviceRig(rig, simOptions(Firmware::V0826), m_dir.filePath(QStringLiteral("trust.json")), 1000);
        QVERIFY(rig.sim);
        DevicePoller poller(rig.transport.get());
        poller.setMinimumIntervalMs(50);
        poller.setIntervalMs(150);
        poller.setMaxBackoffMs(300);
        poller.setRandomSeed(3);
        Notifier notifier;
        notifier.setDeviceName(QStringLiteral("Simulator"));
        notifier.watch(&poller);
        QSignalSpy alerts(&notifier, &Notifier::alert);
        QSignalSpy updates(&poller, &DevicePoller::updated);
        poller.start();
        QVERIFY(updates.wait(5000));
        QVERIFY(updates.wait(5000));
        QCOMPARE(alerts.size(), 0); // a sunny, healthy start says nothing

        FaultSpec fault;
        fault.kind = FaultKind::Http500;
        rig.sim->setFaults({fault});
        QVERIFY(alerts.wait(10'000));
        QCOMPARE(alerts.size(), 1);
        AlertEvent told = alerts.first().first().value<AlertEvent>();
        QCOMPARE(told.kind, AlertKind::Unreachable);
        QVERIFY(told.began);
        QVERIFY(told.message.contains(QStringLiteral("Simulator")));
        QCOMPARE(poller.state(), ConnectionState::Offline);
        QVERIFY(poller.consecutiveFailures() >= poller.offlineAfterFailures());
        // Still failing for a while: nothing more.
        const int failuresBefore = poller.consecutiveFailures();
        QTRY_VERIFY_WITH_TIMEOUT(poller.consecutiveFailures() >= failuresBefore + 2, 10'000);
        QCOMPARE(alerts.size(), 1);

        rig.sim->clearFaults();
        QVERIFY(alerts.wait(10'000));
        QCOMPARE(alerts.size(), 2);
        told = alerts.at(1).first().value<AlertEvent>();
        QCOMPARE(told.kind, AlertKind::Unreachable);
        QVERIFY(!told.began);
        QVERIFY(updates.wait(5000));
        QCOMPARE(alerts.size(), 2);
        poller.stop();
    }
};

QTEST_GUILESS_MAIN(TestNotifier)
#include "tst_notifier.moc"
