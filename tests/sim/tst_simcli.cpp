// kilowatch-sim as a program: the base URL as the first line of stdout, options, errors,
// and a clean exit on SIGTERM/SIGINT.

#include "simhttpclient.h"

#include "senec/senecresponse.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#if defined(Q_OS_UNIX)
#include <csignal>
#endif

namespace {

struct Running
{
    std::unique_ptr<QProcess> process;
    QUrl url;
};

Running launch(const QStringList &arguments)
{
    Running running;
    running.process = std::make_unique<QProcess>();
    running.process->setProgram(QStringLiteral(KW_SIM_EXECUTABLE));
    running.process->setArguments(arguments);
    running.process->start();
    if (!running.process->waitForStarted(10000))
        return running;
    // The first line appears as soon as the server listens; wait for it, not for time.
    QSignalSpy output(running.process.get(), &QProcess::readyReadStandardOutput);
    while (!running.process->canReadLine() && output.wait(10000)) {
    }
    if (running.process->canReadLine())
        running.url = QUrl(QString::fromUtf8(running.process->readLine()).trimmed());
    return running;
}

int finish(QProcess &process)
{
    QSignalSpy finished(&process, &QProcess::finished);
    if (process.state() != QProcess::NotRunning)
        finished.wait(10000);
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

QSslCertificate demoCertificate()
{
    QFile file(QStringLiteral(KW_TEST_DATA_DIR "/../../resources/sim/demo-cert.pem"));
    return file.open(QIODevice::ReadOnly) ? QSslCertificate(file.readAll(), QSsl::Pem) : QSslCertificate();
}

} // namespace

class TestSimCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void printsUrlFirstAndServes_data();
    void printsUrlFirstAndServes();
    void exitsCleanlyOnSigint();
    void helpAndVersion();
    void rejectsBadArguments_data();
    void rejectsBadArguments();
    void faultOptionReachesTheServer();
};

void TestSimCli::printsUrlFirstAndServes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("scheme");
    QTest::newRow("default 0826") << QStringList{u"--seed"_qs, u"3"_qs} << u"https"_qs;
    QTest::newRow("0824 http") << QStringList{u"--firmware"_qs, u"0824"_qs, u"--start"_qs, u"2024-06-21T06:00:00Z"_qs} << u"http"_qs;
}

void TestSimCli::printsUrlFirstAndServes()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, scheme);
    Running sim = launch(arguments + QStringList{u"--speed"_qs, u"30"_qs});
    QVERIFY2(sim.url.isValid(), qPrintable(QString::fromUtf8(sim.process->readAllStandardError())));
    QVERIFY(QRegularExpression(u"^https?://127\\.0\\.0\\.1:\\d+$"_qs).match(sim.url.toString()).hasMatch());
    QCOMPARE(sim.url.scheme(), scheme);
    QNetworkAccessManager manager;
    const auto result = kw::test::postLala(manager, sim.url, demoCertificate(), R"({"WIZARD":{"APPLICATION_VERSION":""},"RTC":{}})");
    QCOMPARE(result.status, 200);
    const auto response = kw::senec::parseSenecResponse(result.body).response;
    QVERIFY(response);
    QCOMPARE(response->value(u"WIZARD"_qs, u"APPLICATION_VERSION"_qs)->text(), scheme == u"http" ? u"0824"_qs : u"0826"_qs);
    sim.process->terminate(); // SIGTERM
    QCOMPARE(finish(*sim.process), 0);
    const QString log = QString::fromUtf8(sim.process->readAllStandardError());
    QVERIFY2(log.contains(u"stopped after 1 lala.cgi requests"), qPrintable(log));
    QVERIFY(sim.process->readAllStandardOutput().isEmpty()); // only the URL on stdout
}

void TestSimCli::exitsCleanlyOnSigint()
{
#if defined(Q_OS_UNIX)
    Running sim = launch({u"--firmware"_qs, u"0825"_qs});
    QVERIFY(sim.url.isValid());
    ::kill(pid_t(sim.process->processId()), SIGINT);
    QCOMPARE(finish(*sim.process), 0);
#else
    QVERIFY(true); // Ctrl+C handling is the C runtime's there; nothing to send from here
#endif
}

void TestSimCli::helpAndVersion()
{
    QProcess help;
    help.start(QStringLiteral(KW_SIM_EXECUTABLE), {u"--help"_qs});
    QCOMPARE(finish(help), 0);
    const QString text = QString::fromUtf8(help.readAllStandardOutput());
    for (const char *option : {"--port", "--address", "--seed", "--speed", "--start", "--firmware", "--tls-cert",
                               "--tls-key", "--fault"})
        QVERIFY2(text.contains(QLatin1StringView(option)), option);
    QProcess version;
    version.start(QStringLiteral(KW_SIM_EXECUTABLE), {u"--version"_qs});
    QCOMPARE(finish(version), 0);
    QVERIFY(QString::fromUtf8(version.readAllStandardOutput()).contains(QRegularExpression(u"kilowatch-sim \\d+\\.\\d+\\.\\d+"_qs)));
}

void TestSimCli::rejectsBadArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("firmware") << QStringList{u"--firmware"_qs, u"0900"_qs} << u"--firmware"_qs;
    QTest::newRow("fault") << QStringList{u"--fault"_qs, u"meltdown"_qs} << u"unknown fault kind"_qs;
    QTest::newRow("rate") << QStringList{u"--fault"_qs, u"timeout:3"_qs} << u"rate"_qs;
    QTest::newRow("speed") << QStringList{u"--speed"_qs, u"-1"_qs} << u"--speed"_qs;
    QTest::newRow("start") << QStringList{u"--start"_qs, u"yesterday"_qs} << u"--start"_qs;
    QTest::newRow("port") << QStringList{u"--port"_qs, u"70000"_qs} << u"--port"_qs;
    QTest::newRow("address") << QStringList{u"--address"_qs, u"not-an-ip"_qs} << u"--address"_qs;
    QTest::newRow("key without cert") << QStringList{u"--tls-key"_qs, u"/tmp/k.pem"_qs} << u"--tls-cert"_qs;
    QTest::newRow("missing cert") << QStringList{u"--tls-cert"_qs, u"/nonexistent.pem"_qs, u"--tls-key"_qs, u"/nonexistent.pem"_qs}
                                  << u"/nonexistent.pem"_qs;
}

void TestSimCli::rejectsBadArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QProcess process;
    process.start(QStringLiteral(KW_SIM_EXECUTABLE), arguments);
    QVERIFY(finish(process) != 0);
    QVERIFY(process.readAllStandardOutput().isEmpty()); // no URL: nothing is being served
    const QString error = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(error.contains(message), qPrintable(error));
}

void TestSimCli::faultOptionReachesTheServer()
{
    Running sim = launch({u"--fault"_qs, u"http500"_qs, u"--fault"_qs, u"timeout:0"_qs});
    QVERIFY(sim.url.isValid());
    QNetworkAccessManager manager;
    QCOMPARE(kw::test::postLala(manager, sim.url, demoCertificate(), R"({"RTC":{}})").status, 500);
    sim.process->terminate();
    QCOMPARE(finish(*sim.process), 0);
    QVERIFY(QString::fromUtf8(sim.process->readAllStandardError()).contains(u"-> 500 (fault http500)"));
}

QTEST_GUILESS_MAIN(TestSimCli)
#include "tst_simcli.moc"
