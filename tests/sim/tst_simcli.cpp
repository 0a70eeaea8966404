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

using namespace Qt::StringLiterals;

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
    void helpAndVersion();
    void rejectsBadArguments_data();
    void rejectsBadArguments();
    void faultOptionReachesTheServer();
    void wallboxOptionReachesTheDevice();
};

void TestSimCli::printsUrlFirstAndServes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("scheme");
    QTest::newRow("default 0826") << QStringList{u"--seed"_s, u"3"_s} << u"https"_s;
    QTest::newRow("0824 http") << QStringList{u"--firmware"_s, u"0824"_s, u"--start"_s, u"2024-06-21T06:00:00Z"_s} << u"http"_s;
}

void TestSimCli::printsUrlFirstAndServes()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, scheme);
    Running sim = launch(arguments + QStringList{u"--speed"_s, u"30"_s});
    QVERIFY2(sim.url.isValid(), qPrintable(QString::fromUtf8(sim.process->readAllStandardError())));
    QVERIFY(QRegularExpression(u"^https?://127\\.0\\.0\\.1:\\d+$"_s).match(sim.url.toString()).hasMatch());
    QCOMPARE(sim.url.scheme(), scheme);
    QNetworkAccessManager manager;
    const auto result = kw::test::postLala(manager, sim.url, demoCertificate(), R"({"WIZARD":{"APPLICATION_VERSION":""},"RTC":{}})");
    QCOMPARE(result.status, 200);
    const auto response = kw::senec::parseSenecResponse(result.body).response;
    QVERIFY(response);
    QCOMPARE(response->value(u"WIZARD"_s, u"APPLICATION_VERSION"_s)->text(), scheme == u"http" ? u"0824"_s : u"0826"_s);
    sim.process->terminate(); // SIGTERM
    QCOMPARE(finish(*sim.process), 0);
    const QString log = QString::fromUtf8(sim.process->readAllStandardError());
    QVERIFY2(log.contains(u"stopped after 1 lala.cgi requests"), qPrintable(log));
    QVERIFY(sim.process->readAllStandardOutput().isEmpty()); // only the URL on stdout
#if defined(Q_OS_UNIX)
    // Ctrl+C in a terminal: SIGINT ends it as cleanly as SIGTERM. (On Windows the C runtime
    // handles Ctrl+C; a test process cannot send it to another console.)
    Running interrupted = launch(arguments);
    QVERIFY(interrupted.url.isValid());
    ::kill(pid_t(interrupted.process->processId()), SIGINT);
    QCOMPARE(finish(*interrupted.process), 0);
#endif
}

void TestSimCli::helpAndVersion()
{
    QProcess help;
    help.start(QStringLiteral(KW_SIM_EXECUTABLE), {u"--help"_s});
    QCOMPARE(finish(help), 0);
    const QString text = QString::fromUtf8(help.readAllStandardOutput());
    for (const char *option : {"--port", "--address", "--seed", "--speed", "--start", "--firmware", "--tls-cert",
                               "--tls-key", "--fault", "--wallboxes"})
        QVERIFY2(text.contains(QLatin1StringView(option)), option);
    QProcess version;
    version.start(QStringLiteral(KW_SIM_EXECUTABLE), {u"--version"_s});
    QCOMPARE(finish(version), 0);
    QVERIFY(QString::fromUtf8(version.readAllStandardOutput()).contains(QRegularExpression(u"kilowatch-sim \\d+\\.\\d+\\.\\d+"_s)));
}

void TestSimCli::rejectsBadArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("firmware") << QStringList{u"--firmware"_s, u"0900"_s} << u"--firmware"_s;
    QTest::newRow("fault") << QStringList{u"--fault"_s, u"meltdown"_s} << u"unknown fault kind"_s;
    QTest::newRow("rate") << QStringList{u"--fault"_s, u"timeout:3"_s} << u"rate"_s;
    QTest::newRow("speed") << QStringList{u"--speed"_s, u"-1"_s} << u"--speed"_s;
    QTest::newRow("start") << QStringList{u"--start"_s, u"yesterday"_s} << u"--start"_s;
    QTest::newRow("port") << QStringList{u"--port"_s, u"70000"_s} << u"--port"_s;
    QTest::newRow("address") << QStringList{u"--address"_s, u"not-an-ip"_s} << u"--address"_s;
    QTest::newRow("wallboxes") << QStringList{u"--wallboxes"_s, u"5"_s} << u"--wallboxes"_s;
    QTest::newRow("wallboxes text") << QStringList{u"--wallboxes"_s, u"one"_s} << u"--wallboxes"_s;
    QTest::newRow("key without cert") << QStringList{u"--tls-key"_s, u"/tmp/k.pem"_s} << u"--tls-cert"_s;
    QTest::newRow("unknown option") << QStringList{u"--bogus"_s} << u"bogus"_s;
    QTest::newRow("positional") << QStringList{u"extra"_s} << u"extra"_s;
    QTest::newRow("missing cert") << QStringList{u"--tls-cert"_s, u"/nonexistent.pem"_s, u"--tls-key"_s, u"/nonexistent.pem"_s}
                                  << u"/nonexistent.pem"_s;
}

void TestSimCli::rejectsBadArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QProcess process;
    process.start(QStringLiteral(KW_SIM_EXECUTABLE), arguments);
    // Usage errors exit 64 (EX_USAGE) like kilowatch and kilowatch-cli; a server that cannot
    // start (the missing certificate) exits 1.
    QCOMPARE(finish(process), qstrcmp(QTest::currentDataTag(), "missing cert") == 0 ? 1 : 64);
    QVERIFY(process.readAllStandardOutput().isEmpty()); // no URL: nothing is being served
    const QString error = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(error.contains(message), qPrintable(error));
}

void TestSimCli::faultOptionReachesTheServer()
{
    Running sim = launch({u"--fault"_s, u"http500"_s, u"--fault"_s, u"timeout:0"_s});
    QVERIFY(sim.url.isValid());
    QNetworkAccessManager manager;
    QCOMPARE(kw::test::postLala(manager, sim.url, demoCertificate(), R"({"RTC":{}})").status, 500);
    sim.process->terminate();
    QCOMPARE(finish(*sim.process), 0);
    QVERIFY(QString::fromUtf8(sim.process->readAllStandardError()).contains(u"-> 500 (fault http500)"));
}

void TestSimCli::wallboxOptionReachesTheDevice()
{
    Running sim = launch({u"--wallboxes"_s, u"2"_s});
    QVERIFY(sim.url.isValid());
    QNetworkAccessManager manager;
    const auto answer = kw::test::postLala(manager, sim.url, demoCertificate(),
                                           R"({"WIZARD":{"SETUP_NUMBER_WALLBOXES":""},"WALLBOX":{"STATE":""}})");
    QCOMPARE(answer.status, 200);
    const auto parsed = kw::senec::parseSenecResponse(answer.body);
    QVERIFY(parsed.response);
    QCOMPARE(parsed.response->number(u"WIZARD"_s, u"SETUP_NUMBER_WALLBOXES"_s), 2.0);
    // Two slots in use (a car plugged in or not), the other two empty.
    QVERIFY(*parsed.response->number(u"WALLBOX"_s, u"STATE"_s, 1) != 0.0);
    QCOMPARE(parsed.response->number(u"WALLBOX"_s, u"STATE"_s, 2), 0.0);
    sim.process->terminate();
    QCOMPARE(finish(*sim.process), 0);
    QVERIFY(QString::fromUtf8(sim.process->readAllStandardError()).contains(u"wallboxes 2"));
}

QTEST_GUILESS_MAIN(TestSimCli)
#include "tst_simcli.moc"
