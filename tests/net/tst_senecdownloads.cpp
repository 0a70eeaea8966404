#include "simfixture.h"

#include "senec/seneclogdownloader.h"
#include "senec/senecvarsdownloader.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace kw::net;
using namespace kw::senec;
using kw::sim::Firmware;
using namespace kwtest;

// Log and variable monitor downloads against each firmware personality of the simulator.
class TestSenecDownloads : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static SenecLogResult fetchLog(SenecLogDownloader &downloader, QDate day)
    {
        QSignalSpy spy(&downloader, &SenecLogDownloader::finished);
        if (!downloader.fetch(day) || !spy.wait(10'000))
            return {};
        return spy.first().first().value<SenecLogResult>();
    }

    static SenecVarsResult fetchVars(SenecVarsDownloader &downloader)
    {
        QSignalSpy spy(&downloader, &SenecVarsDownloader::finished);
        if (!downloader.fetch() || !spy.wait(10'000))
            return {};
        return spy.first().first().value<SenecVarsResult>();
    }

    static QDate simulatedToday(kw::sim::SenecSimulator &sim)
    {
        return QDateTime::fromMSecsSinceEpoch(sim.simulatedNowMs(), QTimeZone::utc()).date();
    }

private Q_SLOTS:
    void logs_data()
    {
        QTest::addColumn<int>("firmware");
        QTest::addColumn<QString>("prefix");
        QTest::newRow("0826") << int(Firmware::V0826) << QStringLiteral("//log");
        QTest::newRow("0825") << int(Firmware::V0825) << QStringLiteral("/log");
        QTest::newRow("0824") << int(Firmware::V0824) << QStringLiteral("/log");
    }

    void logs()
    {
        QFETCH(int, firmware);
        QFETCH(QString, prefix);
        auto sim = startSimulator(simOptions(Firmware(firmware)));
        QVERIFY(sim);
        CertificateTrustStore store(m_dir.filePath(QStringLiteral("logs.json")));
        QNetworkAccessManager nam;
        DeviceTransport transport(&nam, addressOf(*sim), &store);
        SenecLogDownloader downloader(&transport);

        const QDate today = simulatedToday(*sim);
        const SenecLogResult result = fetchLog(downloader, today);
        QCOMPARE(result.status, SenecLogResult::Status::Ok);
        QCOMPARE(result.dayUtc, today);
        QCOMPARE(result.path, SenecLogDownloader::path(prefix, today));
        QCOMPARE(downloader.knownPrefix(), prefix);
        QVERIFY(!result.lines.isEmpty());
        int leveled = 0;
        for (const SenecLogLine &line : result.lines) {
            if (line.timeMs) {
                // Lines of a UTC day's file carry that day's UTC times.
                QCOMPARE(QDateTime::fromMSecsSinceEpoch(*line.timeMs, QTimeZone::utc()).date(), today);
            }
            if (line.level != SenecLogLevel::Unknown) {
                ++leveled;
                QVERIFY(!line.category.isEmpty());
            }
        }
        QVERIFY(leveled > 0);

        // Long before the simulated history: no log that day, which is not an error.
        const SenecLogResult none = fetchLog(downloader, today.addYears(-3));
        QCOMPARE(none.status, SenecLogResult::Status::NoLog);
        QVERIFY(none.error.isEmpty());
        QCOMPARE(downloader.knownPrefix(), prefix);
    }

    void logFetchRefusedWhileRunning()
    {
        auto sim = startSimulator(simOptions(Firmware::V0824));
        QVERIFY(sim);
        QNetworkAccessManager nam;
        DeviceTransport transport(&nam, addressOf(*sim), nullptr);
        SenecLogDownloader downloader(&transport);
        QSignalSpy spy(&downloader, &SenecLogDownloader::finished);
        QVERIFY(downloader.fetch(simulatedToday(*sim)));
        QVERIFY(downloader.isRunning());
        QVERIFY(!downloader.fetch(simulatedToday(*sim)));
        QVERIFY(spy.wait(10'000));
        QCOMPARE(spy.size(), 1);
        QVERIFY(!downloader.isRunning());
    }

    void logFromAnUnreachableDeviceFails()
    {
        auto sim = startSimulator(simOptions(Firmware::V0824));
        QVERIFY(sim);
        const DeviceAddress address = addressOf(*sim);
        const QDate today = simulatedToday(*sim);
        sim.reset();
        QNetworkAccessManager nam;
        DeviceTransport transport(&nam, address, nullptr);
        SenecLogDownloader downloader(&transport);
        const SenecLogResult result = fetchLog(downloader, today);
        QCOMPARE(result.status, SenecLogResult::Status::Failed);
        QCOMPARE(result.transportError, TransportError::Network);
        QVERIFY(!result.error.isEmpty());
    }

    void vars_data()
    {
        QTest::addColumn<int>("firmware");
        QTest::addColumn<QString>("path");
        QTest::newRow("0826") << int(Firmware::V0826) << QStringLiteral("//vars.html");
        QTest::newRow("0825") << int(Firmware::V0825) << QStringLiteral("/Vars.html");
        QTest::newRow("0824") << int(Firmware::V0824) << QStringLiteral("/vars.html");
    }

    void vars()
    {
        QFETCH(int, firmware);
        QFETCH(QString, path);
        auto sim = startSimulator(simOptions(Firmware(firmware)));
        QVERIFY(sim);
        CertificateTrustStore store(m_dir.filePath(QStringLiteral("vars.json")));
        QNetworkAccessManager nam;
        DeviceTransport transport(&nam, addressOf(*sim), &store);
        SenecVarsDownloader downloader(&transport);
        const SenecVarsResult result = fetchVars(downloader);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.path, path);
        QCOMPARE(downloader.knownPath(), path);
        QVERIFY(result.rows.size() > 100);
        bool sawState = false, sawArrayElement = false;
        for (const SenecVarsRow &row : result.rows) {
            QVERIFY2(!row.section().isEmpty(), qPrintable(row.name));
            sawState = sawState || row.name == u"ENERGY.STAT_STATE";
            sawArrayElement = sawArrayElement || (row.variable() == u"CELL_VOLTAGES_MODULE_A" && row.index() == 3);
        }
        QVERIFY(sawState);
        QVERIFY(sawArrayElement);

        // The known path is tried first next time, also by a new downloader told about it.
        SenecVarsDownloader restored(&transport);
        restored.setKnownPath(path);
        const SenecVarsResult again = fetchVars(restored);
        QVERIFY(again.ok);
        QCOMPARE(again.path, path);
    }
};

QTEST_GUILESS_MAIN(TestSenecDownloads)
#include "tst_senecdownloads.moc"
