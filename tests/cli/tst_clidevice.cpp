// kilowatch-cli's network commands, run as a process against a kilowatch-sim process over real
// loopback HTTP and HTTPS.
#include "clirunner.h"
#include "simprocess.h"

#include <QCryptographicHash>
#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

namespace {

QJsonDocument parse(const QByteArray &json)
{
    QJsonParseError error;
    QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    return error.error == QJsonParseError::NoError ? doc : QJsonDocument();
}

QString url(const SimProcess &sim)
{
    return sim.baseUrl().toString();
}

// "AB:CD:…", the form the client names fingerprints in.
QString displayFingerprint(const QByteArray &sha256)
{
    return QString::fromLatin1(sha256.toHex(':').toUpper());
}

QString pinnedFingerprint(const QString &trustFile)
{
    QFile file(trustFile);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject pins = QJsonDocument::fromJson(file.readAll()).object().value(u"pins").toObject();
    if (pins.size() != 1)
        return {};
    return pins.begin().value().toObject().value(u"sha256").toString();
}

} // namespace

class TestCliDevice : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString trustFile(const char *name) const { return m_dir.filePath(QLatin1StringView(name)); }

    // Common arguments of a network command: an isolated trust file and a short timeout.
    QStringList device(const QString &command, const QString &target, const char *trust = "trust.json") const
    {
        return {command, target, QStringLiteral("--trust-file"), trustFile(trust),
                QStringLiteral("--timeout"), QStringLiteral("5")};
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void pollOverHttp()
    {
        SimProcess sim;
        QVERIFY2(sim.start({QStringLiteral("--firmware"), QStringLiteral("0824"),
                            QStringLiteral("--seed"), QStringLiteral("3")}),
                 qPrintable(sim.error()));
        QCOMPARE(sim.baseUrl().scheme(), QStringLiteral("http"));
        const CliRun run = runCli(device(QStringLiteral("poll"), url(sim), "http.json"));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject root = parse(run.out).object();
        const QJsonObject energy = root.value(u"ENERGY").toObject();
        QVERIFY(energy.value(u"GUI_HOUSE_POW").isDouble());
        QVERIFY(energy.value(u"GUI_INVERTER_POWER").isDouble());
        QVERIFY(energy.value(u"STAT_STATE").isDouble());
        QCOMPARE(energy.value(u"STAT_STATE").toDouble(), std::floor(energy.value(u"STAT_STATE").toDouble()));
        QVERIFY(!QFile::exists(trustFile("http.json"))); // nothing to pin over HTTP
    }

    // A bare host:port tries HTTPS first, then falls back to plain HTTP (firmware before 0825).
    void pollAutoFallsBackToHttp()
    {
        SimProcess sim;
        QVERIFY2(sim.start({QStringLiteral("--firmware"), QStringLiteral("0824")}),
                 qPrintable(sim.error()));
        const QString hostPort = QStringLiteral("127.0.0.1:%1").arg(sim.port());
        const CliRun run = runCli(device(QStringLiteral("poll"), hostPort, "auto.json"));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(parse(run.out).object().contains(u"ENERGY"));
    }

    void pollSectionsAndRaw()
    {
        SimProcess sim;
        QVERIFY2(sim.start({QStringLiteral("--firmware"), QStringLiteral("0824")}),
                 qPrintable(sim.error()));
        const QStringList sections{QStringLiteral("--sections"), QStringLiteral("BMS,WIZARD")};
        const CliRun run = runCli(device(QStringLiteral("poll"), url(sim), "sections.json") + sections);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject root = parse(run.out).object();
        QCOMPARE(root.keys(), (QStringList{QStringLiteral("BMS"), QStringLiteral("WIZARD")}));
        QVERIFY(root.value(u"WIZARD").toObject().value(u"APPLICATION_VERSION").isString());

        const CliRun raw = runCli(device(QStringLiteral("poll"), url(sim), "sections.json") + sections
                                  + QStringList{QStringLiteral("--raw")});
        QVERIFY2(raw.exitCode == 0, raw.err.constData());
        const QJsonObject wire = parse(raw.out).object();
        QVERIFY(wire.contains(u"BMS"));
        // As received: the typed wire strings, not decoded values.
        QVERIFY(wire.value(u"WIZARD").toObject().value(u"APPLICATION_VERSION").toString().startsWith(u"st_"));
    }

    void snapshotOverHttpsPinsAndBalances()
    {
        SimProcess sim;
        QVERIFY2(sim.start({QStringLiteral("--seed"), QStringLiteral("11")}), qPrintable(sim.error()));
        QCOMPARE(sim.baseUrl().scheme(), QStringLiteral("https"));
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        const CliRun run = runCli(device(QStringLiteral("snapshot"), url(sim), "snapshot.json"));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.err.contains("pinned"), run.err.constData());
        QCOMPARE(pinnedFingerprint(trustFile("snapshot.json")).size(), 64);

        const QJsonObject s = parse(run.out).object();
        for (const char *key : {"pv_w", "house_w", "grid_w", "grid_import_w", "grid_export_w",
                                "battery_w", "battery_charge_w", "battery_discharge_w",
                                "soc_percent", "state_code"})
            QVERIFY2(s.value(QLatin1StringView(key)).isDouble(), key);
        QVERIFY(s.value(u"state_text").isString());
        QVERIFY(!s.value(u"state_text").toString().isEmpty());
        QCOMPARE(s.value(u"complete").toBool(), true);
        // A healthy simulator without a wallbox; the live set carries no alarm flags.
        QCOMPARE(s.value(u"grid_outage"), QJsonValue(false));
        QCOMPARE(s.value(u"device_fault"), QJsonValue(false));
        QCOMPARE(s.value(u"battery_fault"), QJsonValue(false));
        QVERIFY(s.value(u"wallbox_w").isNull());
        QVERIFY(s.contains(u"alarming_modules"));
        const double pv = s.value(u"pv_w").toDouble();
        const double house = s.value(u"house_w").toDouble();
        const double grid = s.value(u"grid_w").toDouble();
        const double battery = s.value(u"battery_w").toDouble();
        // The simulator's energy balance, within float32 rounding of four values.
        const double tolerance = 0.01 + 1e-6 * (std::abs(pv) + std::abs(house) + std::abs(battery));
        QVERIFY2(std::abs(grid - (house - pv + battery)) <= tolerance,
                 qPrintable(QStringLiteral("grid %1 house %2 pv %3 battery %4")
                                .arg(grid).arg(house).arg(pv).arg(battery)));
        QCOMPARE(s.value(u"grid_import_w").toDouble(), std::max(grid, 0.0));
        QCOMPARE(s.value(u"grid_export_w").toDouble(), std::max(-grid, 0.0));
        QCOMPARE(s.value(u"battery_charge_w").toDouble(), std::max(battery, 0.0));
        QCOMPARE(s.value(u"battery_discharge_w").toDouble(), std::max(-battery, 0.0));
        const double soc = s.value(u"soc_percent").toDouble();
        QVERIFY(soc >= 0 && soc <= 100);
        const qint64 stamp = s.value(u"timestamp_ms").toInteger();
        QVERIFY(stamp >= before && stamp <= QDateTime::currentMSecsSinceEpoch());

        // The same certificate again: accepted silently, nothing re-pinned.
        const CliRun again = runCli(device(QStringLiteral("snapshot"), url(sim), "snapshot.json"));
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QVERIFY(again.err.isEmpty());
    }

    // First use pins; a different certificate on the same host:port is refused with both
    // fingerprints until --accept-new-certificate re-pins it.
    void changedCertificateIsRefused()
    {
        const QString trust = trustFile("change.json");
        quint16 port = 0;
        {
            SimProcess first;
            QVERIFY2(first.start({}), qPrintable(first.error()));
            port = first.port();
            const CliRun run = runCli(device(QStringLiteral("poll"), url(first), "change.json"));
            QVERIFY2(run.exitCode == 0, run.err.constData());
        }
        const QString pinned = pinnedFingerprint(trust);
        QCOMPARE(pinned.size(), 64);

        const QString certPath = QStringLiteral(KW_TEST_DATA_DIR "/tls/other-cert.pem");
        const auto certificates = QSslCertificate::fromPath(certPath);
        QCOMPARE(certificates.size(), 1);
        const QByteArray presented = certificates.constFirst().digest(QCryptographicHash::Sha256);
        QVERIFY(QString::fromLatin1(presented.toHex()) != pinned);

        SimProcess second;
        QVERIFY2(second.start({QStringLiteral("--port"), QString::number(port),
                               QStringLiteral("--tls-cert"), certPath, QStringLiteral("--tls-key"),
                               QStringLiteral(KW_TEST_DATA_DIR "/tls/other-key.pem")}),
                 qPrintable(second.error()));
        QCOMPARE(second.port(), port);

        const CliRun refused = runCli(device(QStringLiteral("poll"), url(second), "change.json"));
        QCOMPARE(refused.exitCode, 3);
        QVERIFY(refused.out.isEmpty());
        QCOMPARE(refused.errLines().size(), 1);
        const QString message = QString::fromUtf8(refused.err);
        QVERIFY2(message.contains(displayFingerprint(QByteArray::fromHex(pinned.toLatin1()))),
                 qPrintable(message));
        QVERIFY2(message.contains(displayFingerprint(presented)), qPrintable(message));
        QCOMPARE(pinnedFingerprint(trust), pinned); // refusing changes nothing

        const CliRun accepted = runCli(device(QStringLiteral("poll"), url(second), "change.json")
                                       + QStringList{QStringLiteral("--accept-new-certificate")});
        QVERIFY2(accepted.exitCode == 0, accepted.err.constData());
        QVERIFY(parse(accepted.out).object().contains(u"ENERGY"));
        QCOMPARE(pinnedFingerprint(trust), QString::fromLatin1(presented.toHex()));

        const CliRun after = runCli(device(QStringLiteral("poll"), url(second), "change.json"));
        QVERIFY2(after.exitCode == 0, after.err.constData());
    }

    void logOfToday()
    {
        SimProcess sim;
        QVERIFY2(sim.start({QStringLiteral("--seed"), QStringLiteral("5")}), qPrintable(sim.error()));
        const QString today = QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate);
        const QStringList date{QStringLiteral("--date"), today};
        const CliRun run = runCli(device(QStringLiteral("log"), url(sim), "log.json") + date);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonArray lines = parse(run.out).array();
        QVERIFY(!lines.isEmpty());
        const QJsonObject first = lines.first().toObject();
        QVERIFY(first.value(u"time").toString().startsWith(today));
        QVERIFY(first.value(u"time_ms").isDouble());
        QVERIFY(first.value(u"message").isString());
        QCOMPARE(first.value(u"line").toInt(), 1);
        bool sawLevel = false;
        for (const QJsonValue &line : lines) {
            const QString level = line.toObject().value(u"level").toString();
            QVERIFY(QStringList({QStringLiteral("info"), QStringLiteral("warning"),
                                 QStringLiteral("error"), QStringLiteral("panic"),
                                 QStringLiteral("unknown")}).contains(level));
            sawLevel = sawLevel || level != u"unknown";
        }
        QVERIFY(sawLevel);

        const CliRun raw = runCli(device(QStringLiteral("log"), url(sim), "log.json") + date
                                  + QStringList{QStringLiteral("--raw")});
        QVERIFY2(raw.exitCode == 0, raw.err.constData());
        QVERIFY(raw.out.startsWith(today.toLatin1()));
        QCOMPARE(raw.out.count('\n') >= lines.size(), true);
    }

    void logOfADayWithoutLog()
    {
        SimProcess sim;
        QVERIFY2(sim.start({}), qPrintable(sim.error()));
        const CliRun run = runCli(device(QStringLiteral("log"), url(sim), "log.json")
                                  + QStringList{QStringLiteral("--date"), QStringLiteral("2001-02-03")});
        QCOMPARE(run.exitCode, 4);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains("no log for that day"), run.err.constData());
        // First contact with this sim: a notice about the new pin, and the one error line.
        QCOMPARE(run.errLines().size(), 2);
        QVERIFY(run.errLines().at(0).contains("pinned the certificate"));
        QVERIFY(run.errLines().at(1).startsWith("kilowatch-cli: error: no log for that day (2001-02-03, UTC)"));
    }

    void varsOfEachFirmware_data()
    {
        QTest::addColumn<QString>("firmware");
        QTest::newRow("0824") << QStringLiteral("0824");
        QTest::newRow("0825") << QStringLiteral("0825");
        QTest::newRow("0826") << QStringLiteral("0826");
    }

    void varsOfEachFirmware()
    {
        QFETCH(QString, firmware);
        SimProcess sim;
        QVERIFY2(sim.start({QStringLiteral("--firmware"), firmware}), qPrintable(sim.error()));
        const CliRun run = runCli(device(QStringLiteral("vars"), url(sim), "vars.json"));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonArray rows = parse(run.out).array();
        QVERIFY(rows.size() > 10);
        bool sawHousePower = false;
        for (const QJsonValue &value : rows) {
            const QJsonObject row = value.toObject();
            QVERIFY(row.value(u"name").toString().contains(u'.'));
            QVERIFY(row.value(u"value").isString());
            sawHousePower = sawHousePower || row.value(u"name").toString() == u"ENERGY.GUI_HOUSE_POW";
        }
        QVERIFY(sawHousePower);
    }

    void failuresAreOneLineWithExitCodes_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("mention");
        QTest::newRow("timeout") << QStringLiteral("timeout") << 1 << QByteArray("no answer within 1 s");
        QTest::newRow("http500") << QStringLiteral("http500") << 1 << QByteArray("500");
        QTest::newRow("garbage") << QStringLiteral("garbage") << 2 << QByteArray("not lala.cgi JSON");
        QTest::newRow("truncated") << QStringLiteral("truncated") << 2 << QByteArray("not lala.cgi JSON");
    }

    void failuresAreOneLineWithExitCodes()
    {
        QFETCH(QString, fault);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, mention);
        SimProcess sim;
        QVERIFY2(sim.start({QStringLiteral("--firmware"), QStringLiteral("0824"),
                            QStringLiteral("--fault"), fault}),
                 qPrintable(sim.error()));
        QStringList arguments = device(QStringLiteral("poll"), url(sim), "faults.json");
        arguments.last() = QStringLiteral("1"); // --timeout 1: the timeout fault never answers
        const CliRun run = runCli(arguments);
        QVERIFY(!run.crashed);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY(run.out.isEmpty());
        QCOMPARE(run.errLines().size(), 1);
        QVERIFY2(run.err.contains(mention), run.err.constData());
    }

    void nothingListening()
    {
        // Port 1 on loopback: refused at once.
        const CliRun run = runCli(device(QStringLiteral("poll"), QStringLiteral("http://127.0.0.1:1"), "none.json"));
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.errLines().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliDevice)
#include "tst_clidevice.moc"
