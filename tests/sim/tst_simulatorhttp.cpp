// The simulator over real loopback HTTP and HTTPS with a plain QNetworkAccessManager: every
// section answered and decodable, personalities' schemes and paths, certificates, the session
// cookie, logs, the variable monitor, and the simulated clock behind RTC.WEB_TIME.

#include "senecsimulator.h"
#include "simhttpclient.h"

#include "senec/senecresponse.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include "simengine.h"

#include "senecreference.h"

#include <memory>

using namespace kw::sim;
using namespace Qt::StringLiterals;
using kw::test::HttpResult;
using kw::senec::SectionStatus;

namespace {


QSslCertificate certificateFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QSslCertificate();
    return QSslCertificate(file.readAll(), QSsl::Pem);
}

QByteArray allSectionsRequest()
{
    QJsonObject request;
    for (const QString &section : kwtest::referenceSections())
        request.insert(section, QJsonObject());
    return QJsonDocument(request).toJson(QJsonDocument::Compact);
}

std::unique_ptr<SenecSimulator> startSimulator(Firmware firmware, quint64 seed = 1, const char *start = "2024-06-21T08:00:00Z",
                                               double speed = 1.0)
{
    SimulatorOptions options;
    options.rawHttp = kwtest::simulatorRawHttp();
    options.firmware = firmware;
    options.seed = seed;
    options.speed = speed;
    options.start = QDateTime::fromString(QString::fromLatin1(start), Qt::ISODate);
    auto simulator = std::make_unique<SenecSimulator>(options);
    if (!simulator->start())
        qWarning() << "simulator did not start:" << simulator->errorString();
    return simulator;
}

kw::senec::SenecResponse parsed(const HttpResult &result)
{
    return kw::senec::parseSenecResponse(result.body).response.value_or(kw::senec::SenecResponse());
}

double webTime(QNetworkAccessManager &manager, SenecSimulator &simulator)
{
    const auto r = parsed(kw::test::postLala(manager, simulator.baseUrl(), simulator.certificate(),
                                             R"({"RTC":{"WEB_TIME":"","UTC_OFFSET":""}})"));
    return r.number(u"RTC"_s, u"WEB_TIME"_s).value_or(-1);
}

} // namespace

class TestSimulatorHttp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everySectionOverTheNetwork_data();
    void everySectionOverTheNetwork();
    void singleVariablesAndSentinelsOverTheNetwork();
    void badRequests();
    void schemesAndCertificates();
    void givenCertificateIsPresented();
    void cannotStartWithMissingCertificateOrBusyPort();
    void personalityPaths_data();
    void personalityPaths();
    void sessionCookieWithBareIpHost();
    void logsOverTheNetwork();
    void varsPageOverTheNetwork();
    void startAndSpeedDriveWebTime();
    void groundTruthMatchesServedValues();
};

void TestSimulatorHttp::everySectionOverTheNetwork_data()
{
    QTest::addColumn<Firmware>("firmware");
    QTest::newRow("0824 http") << Firmware::V0824;
    QTest::newRow("0825 https") << Firmware::V0825;
    QTest::newRow("0826 https") << Firmware::V0826;
}

void TestSimulatorHttp::everySectionOverTheNetwork()
{
    QFETCH(Firmware, firmware);
    auto sim = startSimulator(firmware);
    QVERIFY(sim->isRunning());
    QNetworkAccessManager manager;
    const HttpResult result = kw::test::postLala(manager, sim->baseUrl(), sim->certificate(), allSectionsRequest());
    QVERIFY2(result.finished && result.error == QNetworkReply::NoError, qPrintable(result.errorString));
    QCOMPARE(result.status, 200);
    QCOMPARE(result.header("Content-Type"), QByteArray("application/json"));
    const auto response = kw::senec::parseSenecResponse(result.body);
    QVERIFY2(response.response, qPrintable(response.error));
    QCOMPARE(response.response->sections.keys(), kwtest::referenceSections());
    int values = 0;
    for (auto it = response.response->sections.constBegin(); it != response.response->sections.constEnd(); ++it) {
        QCOMPARE(it->status, kwtest::referenceNotFoundSections().contains(it.key()) ? SectionStatus::NotFound : SectionStatus::Ok);
        for (const auto &variable : it->variables) {
            for (const auto &value : variable.values) {
                QVERIFY2(value.isOk(), qPrintable(it.key() + u": " + value.raw()));
                ++values;
            }
        }
    }
    QVERIFY(values > 900);
    QCOMPARE(response.response->value(u"WIZARD"_s, u"APPLICATION_VERSION"_s)->text(), firmwareName(firmware));
    QCOMPARE(sim->requestCount(), 1);
}

void TestSimulatorHttp::singleVariablesAndSentinelsOverTheNetwork()
{
    auto sim = startSimulator(Firmware::V0826);
    QNetworkAccessManager manager;
    const HttpResult result = kw::test::postLala(
        manager, sim->baseUrl(), sim->certificate(),
        R"({"ENERGY":{"GUI_BAT_DATA_FUEL_CHARGE":"","NOT_A_VARIABLE":""},"NOT_A_SECTION":{},"BAT1OBJ4":{}})");
    QCOMPARE(result.status, 200);
    const QJsonObject answer = QJsonDocument::fromJson(result.body).object();
    QCOMPARE(answer.value(u"ENERGY"_s).toObject().value(u"NOT_A_VARIABLE"_s).toString(), u"VARIABLE_NOT_FOUND"_s);
    QVERIFY(answer.value(u"ENERGY"_s).toObject().value(u"GUI_BAT_DATA_FUEL_CHARGE"_s).toString().startsWith(u"fl_"));
    QCOMPARE(answer.value(u"ENERGY"_s).toObject().size(), 2);
    QCOMPARE(answer.value(u"NOT_A_SECTION"_s).toObject(), QJsonObject({{u"OBJECT_NOT_FOUND"_s, QString()}}));
    QCOMPARE(answer.value(u"BAT1OBJ4"_s).toObject(), QJsonObject({{u"OBJECT_NOT_FOUND"_s, QString()}}));

    // The device's web UI sends its JSON as form data.
    QUrl url = sim->baseUrl();
    url.setPath(u"/lala.cgi"_s);
    kw::test::HttpCall call;
    call.method = "POST";
    call.body = R"({"FACTORY":{"DEVICE_ID":""}})";
    call.contentType = "application/x-www-form-urlencoded; charset=UTF-8";
    const HttpResult form = kw::test::exchange(manager, url, sim->certificate(), call);
    QCOMPARE(form.status, 200);
    QCOMPARE(parsed(form).value(u"FACTORY"_s, u"DEVICE_ID"_s)->text(), sim->deviceId());
    QCOMPARE(sim->deviceId().size(), 28);
}

void TestSimulatorHttp::badRequests()
{
    auto sim = startSimulator(Firmware::V0826);
    QNetworkAccessManager manager;
    const HttpResult malformed = kw::test::postLala(manager, sim->baseUrl(), sim->certificate(), "{\"ENERGY\":");
    QCOMPARE(malformed.status, 400);
    const HttpResult notJson = kw::test::postLala(manager, sim->baseUrl(), sim->certificate(), QByteArray("\x01\x02garbage", 9));
    QCOMPARE(notJson.status, 400);
    const HttpResult get = kw::test::get(manager, sim->baseUrl(), u"/lala.cgi"_s, sim->certificate());
    QCOMPARE(get.status, 405);
    QCOMPARE(get.header("Allow"), QByteArray("POST"));
    // Still healthy afterwards.
    QCOMPARE(kw::test::postLala(manager, sim->baseUrl(), sim->certificate(), R"({"RTC":{}})").status, 200);
    QCOMPARE(sim->requestCount(), 4);
}

void TestSimulatorHttp::schemesAndCertificates()
{
    auto plain = startSimulator(Firmware::V0824);
    auto secure = startSimulator(Firmware::V0826);
    QCOMPARE(plain->baseUrl().scheme(), u"http"_s);
    QCOMPARE(secure->baseUrl().scheme(), u"https"_s);
    QCOMPARE(secure->baseUrl().host(), u"127.0.0.1"_s);
    QCOMPARE(secure->baseUrl().port(), int(secure->port()));
    QVERIFY(plain->certificate().isNull());

    // The demo certificate: CN "SENEC.Home simulator", SAN for 127.0.0.1 and ::1, decades valid.
    const QSslCertificate demo = secure->certificate();
    QCOMPARE(demo.subjectInfo(QSslCertificate::CommonName), QStringList(u"SENEC.Home simulator"_s));
    QVERIFY(demo.subjectAlternativeNames().values(QSsl::IpAddressEntry).contains(u"127.0.0.1"_s));
    QVERIFY(demo.expiryDate() > QDateTime::currentDateTimeUtc().addYears(20));

    QNetworkAccessManager manager;
    const HttpResult tls = kw::test::postLala(manager, secure->baseUrl(), demo, R"({"RTC":{}})");
    QCOMPARE(tls.status, 200);
    QCOMPARE(tls.peerCertificate, demo);
    QCOMPARE(tls.header("Server"), QByteArray("nginx/1.17.7"));
    // Without accepting the self-signed certificate the client must fail (a fresh manager: the
    // first one would reuse its already trusted keep-alive connection).
    QNetworkAccessManager fresh;
    const HttpResult untrusted = kw::test::postLala(fresh, secure->baseUrl(), QSslCertificate(), R"({"RTC":{}})");
    QCOMPARE(untrusted.error, QNetworkReply::SslHandshakeFailedError);

    const HttpResult http = kw::test::postLala(manager, plain->baseUrl(), QSslCertificate(), R"({"RTC":{}})");
    QCOMPARE(http.status, 200);
    // Wrong scheme for the personality: the exchange fails quickly, nothing hangs.
    QUrl wrong = secure->baseUrl();
    wrong.setScheme(u"http"_s);
    const HttpResult plainToTls = kw::test::postLala(manager, wrong, demo, R"({"RTC":{}})");
    QVERIFY(plainToTls.finished);
    QVERIFY(plainToTls.status != 200);
    wrong = plain->baseUrl();
    wrong.setScheme(u"https"_s);
    const HttpResult tlsToPlain = kw::test::postLala(manager, wrong, demo, R"({"RTC":{}})");
    QVERIFY(tlsToPlain.finished);
    QVERIFY(tlsToPlain.error != QNetworkReply::NoError);
}

void TestSimulatorHttp::givenCertificateIsPresented()
{
    const QString dir = QStringLiteral(KW_TEST_DATA_DIR) + u"/tls/"_s;
    const QSslCertificate other = certificateFile(dir + u"other-cert.pem"_s);
    QVERIFY(!other.isNull());
    SimulatorOptions options;
    options.rawHttp = kwtest::simulatorRawHttp();
    options.firmware = Firmware::V0825;
    options.tlsCertificatePath = dir + u"other-cert.pem"_s;
    options.tlsKeyPath = dir + u"other-key.pem"_s;
    SenecSimulator sim(options);
    QVERIFY2(sim.start(), qPrintable(sim.errorString()));
    QCOMPARE(sim.certificate(), other);
    auto demo = startSimulator(Firmware::V0825);
    QVERIFY(demo->certificate() != other);
    QVERIFY(demo->certificate().digest(QCryptographicHash::Sha256) != other.digest(QCryptographicHash::Sha256));

    QNetworkAccessManager manager;
    const HttpResult result = kw::test::postLala(manager, sim.baseUrl(), other, R"({"RTC":{}})");
    QCOMPARE(result.status, 200);
    QCOMPARE(result.peerCertificate, other);
    // A client that pinned the demo certificate is refused by this one.
    QNetworkAccessManager fresh;
    const HttpResult pinnedToDemo = kw::test::postLala(fresh, sim.baseUrl(), demo->certificate(), R"({"RTC":{}})");
    QCOMPARE(pinnedToDemo.error, QNetworkReply::SslHandshakeFailedError);
}

void TestSimulatorHttp::cannotStartWithMissingCertificateOrBusyPort()
{
    SimulatorOptions options;
    options.tlsCertificatePath = u"/nonexistent/cert.pem"_s;
    options.tlsKeyPath = u"/nonexistent/key.pem"_s;
    SenecSimulator broken(options);
    QVERIFY(!broken.start());
    QVERIFY(broken.errorString().contains(u"/nonexistent/cert.pem"));
    QVERIFY(!broken.isRunning());

    auto first = startSimulator(Firmware::V0824);
    SimulatorOptions same;
    same.firmware = Firmware::V0824;
    same.port = first->port();
    SenecSimulator second(same);
    QVERIFY(!second.start());
    QVERIFY(!second.errorString().isEmpty());
    QCOMPARE(second.port(), quint16(0));

    first->stop();
    QVERIFY(!first->isRunning());
    QVERIFY2(second.start(), qPrintable(second.errorString())); // the port is free again
}

void TestSimulatorHttp::personalityPaths_data()
{
    QTest::addColumn<Firmware>("firmware");
    QTest::addColumn<QString>("vars");
    QTest::addColumn<QString>("logPrefix");
    QTest::newRow("0824") << Firmware::V0824 << u"/vars.html"_s << u"/log/"_s;
    QTest::newRow("0825") << Firmware::V0825 << u"/Vars.html"_s << u"/log/"_s;
    QTest::newRow("0826") << Firmware::V0826 << u"//vars.html"_s << u"//log/"_s;
}

void TestSimulatorHttp::personalityPaths()
{
    QFETCH(Firmware, firmware);
    QFETCH(QString, vars);
    QFETCH(QString, logPrefix);
    auto sim = startSimulator(firmware, 2, "2024-06-21T08:00:00Z");
    QNetworkAccessManager manager;
    for (const QString &candidate : {u"/vars.html"_s, u"/Vars.html"_s, u"//vars.html"_s, u"//Vars.html"_s}) {
        const HttpResult r = kw::test::get(manager, sim->baseUrl(), candidate, sim->certificate());
        QCOMPARE(r.status, candidate == vars ? 200 : 404);
    }
    for (const QString &prefix : {u"/log/"_s, u"//log/"_s, u"//Log/"_s}) {
        const HttpResult r = kw::test::get(manager, sim->baseUrl(), prefix + u"2024/06/21.log"_s, sim->certificate());
        QCOMPARE(r.status, prefix == logPrefix ? 200 : 404);
    }
    // Byte for byte on a raw socket as well, and the percent-encoded spelling nginx decodes.
    const QByteArray host = "Host: 127.0.0.1:" + QByteArray::number(sim->port()) + "\r\nConnection: close\r\n\r\n";
    const QByteArray rawVars = kw::test::rawExchange(sim->baseUrl(), "GET //vars.html HTTP/1.1\r\n" + host, sim->certificate());
    QVERIFY2(rawVars.startsWith(vars == u"//vars.html" ? "HTTP/1.1 200 " : "HTTP/1.1 404 "), rawVars.left(40).constData());
    const QByteArray rawLog = kw::test::rawExchange(sim->baseUrl(), "GET //log/2024/06/21.log HTTP/1.1\r\n" + host, sim->certificate());
    QVERIFY2(rawLog.startsWith(logPrefix == u"//log/" ? "HTTP/1.1 200 " : "HTTP/1.1 404 "), rawLog.left(40).constData());
    QUrl encoded = sim->baseUrl();
    encoded.setPath(u"/%2Fvars.html"_s, QUrl::TolerantMode);
    QCOMPARE(kw::test::exchange(manager, encoded, sim->certificate()).status, vars == u"//vars.html" ? 200 : 404);
    QCOMPARE(kw::test::get(manager, sim->baseUrl(), u"/"_s, sim->certificate()).status, 404);
    QCOMPARE(kw::test::get(manager, sim->baseUrl(), u"/index.html"_s, sim->certificate()).status, 404);
    QCOMPARE(kw::test::postLala(manager, sim->baseUrl(), sim->certificate(), "{}").status, 200);
}

void TestSimulatorHttp::sessionCookieWithBareIpHost()
{
    auto sim = startSimulator(Firmware::V0826);
    QNetworkAccessManager manager; // its default cookie jar
    const HttpResult first = kw::test::postLala(manager, sim->baseUrl(), sim->certificate(),
                                                R"({"FACTORY":{"SYS_TYPE":"","COUNTRY":"","DEVICE_ID":""}})");
    QCOMPARE(first.status, 200);
    const QByteArray setCookie = first.header("Set-Cookie");
    QCOMPARE(setCookie, "senec-homev3-gui=" + sim->sessionCookieValue().toLatin1() + "; Secure; HttpOnly; Max-Age=3600; Path=/");
    QCOMPARE(sim->requestsWithSessionCookie(), 0);
    const HttpResult second = kw::test::postLala(manager, sim->baseUrl(), sim->certificate(), R"({"ENERGY":{}})");
    QCOMPARE(second.status, 200);
    QCOMPARE(sim->requestsWithSessionCookie(), 1);
    QVERIFY(second.header("Set-Cookie").isEmpty()); // the session is known now
    kw::test::postLala(manager, sim->baseUrl(), sim->certificate(), R"({"ENERGY":{}})");
    QCOMPARE(sim->requestsWithSessionCookie(), 2);
    QCOMPARE(sim->requestCount(), 3);

    // Another client (its own, empty cookie jar) is handed the cookie again and is not counted.
    QNetworkAccessManager other;
    const HttpResult stranger = kw::test::postLala(other, sim->baseUrl(), sim->certificate(), R"({"ENERGY":{}})");
    QVERIFY(stranger.header("Set-Cookie").startsWith("senec-homev3-gui="));
    QCOMPARE(sim->requestsWithSessionCookie(), 2);

    // Older firmware sets no cookie at all.
    auto old = startSimulator(Firmware::V0825);
    const HttpResult noCookie = kw::test::postLala(manager, old->baseUrl(), old->certificate(), R"({"ENERGY":{}})");
    QCOMPARE(noCookie.status, 200);
    QVERIFY(noCookie.header("Set-Cookie").isEmpty());
    QVERIFY(old->sessionCookieValue().isEmpty());
}

void TestSimulatorHttp::logsOverTheNetwork()
{
    auto sim = startSimulator(Firmware::V0826, 5, "2024-06-21T08:00:00Z");
    QNetworkAccessManager manager;
    const HttpResult today = kw::test::get(manager, sim->baseUrl(), u"//log/2024/06/21.log"_s, sim->certificate());
    QCOMPARE(today.status, 200);
    QCOMPARE(today.header("Content-Type"), QByteArray("text/plain; charset=utf-8"));
    const QStringList lines = QString::fromUtf8(today.body).split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(lines.size() > 20);
    static const QRegularExpression pattern(u"^2024-06-21 \\d{2}:\\d{2}:\\d{2} (\\[[IWEP]\\|[A-Z]+\\] )?\\S.*$"_s);
    for (const QString &line : lines)
        QVERIFY2(pattern.match(line).hasMatch(), qPrintable(line));
    QVERIFY(lines.constLast() <= u"2024-06-21 08:00:59"_s); // nothing from the simulated future

    for (const char *day : {"2024/06/18", "2024/06/19", "2024/06/20"})
        QCOMPARE(kw::test::get(manager, sim->baseUrl(), u"//log/"_s + QLatin1StringView(day) + u".log"_s, sim->certificate()).status, 200);
    for (const char *day : {"2024/06/17", "2024/06/22", "2023/06/21", "2024/13/01"})
        QCOMPARE(kw::test::get(manager, sim->baseUrl(), u"//log/"_s + QLatin1StringView(day) + u".log"_s, sim->certificate()).status, 404);
    // Same seed, same log.
    auto twin = startSimulator(Firmware::V0826, 5, "2024-06-21T08:00:00Z");
    const HttpResult yesterday = kw::test::get(manager, sim->baseUrl(), u"//log/2024/06/20.log"_s, sim->certificate());
    const HttpResult twinYesterday = kw::test::get(manager, twin->baseUrl(), u"//log/2024/06/20.log"_s, twin->certificate());
    QCOMPARE(yesterday.body, twinYesterday.body);
}

void TestSimulatorHttp::varsPageOverTheNetwork()
{
    auto sim = startSimulator(Firmware::V0826);
    QNetworkAccessManager manager;
    const HttpResult page = kw::test::get(manager, sim->baseUrl(), u"//vars.html"_s, sim->certificate());
    QCOMPARE(page.status, 200);
    QCOMPARE(page.header("Content-Type"), QByteArray("text/html; charset=utf-8"));
    const QString html = QString::fromUtf8(page.body);
    QVERIFY(html.contains(u"<title>Variable Monitor</title>"));
    QVERIFY(html.contains(u"<tr><th>Name</th><th>Type</th><th>Value</th></tr>"));
    QVERIFY(html.contains(u"<tr><td>WIZARD.APPLICATION_VERSION</td><td>st</td><td>0826</td></tr>"));
    QVERIFY(html.contains(u"<tr><td>BMS.CELL_VOLTAGES_MODULE_A[0]</td><td>u1</td><td>"));
    QVERIFY(html.contains(u"<tr><td>FACTORY.DEVICE_ID</td><td>st</td><td>"_s + sim->deviceId() + u"</td></tr>"));
}

void TestSimulatorHttp::startAndSpeedDriveWebTime()
{
    QNetworkAccessManager manager;
    // Winter: local = UTC + 60 min.
    auto winter = startSimulator(Firmware::V0826, 1, "2024-01-15T12:00:00Z", 60.0);
    const qint64 startSeconds = QDateTime::fromString(u"2024-01-15T12:00:00Z"_s, Qt::ISODate).toSecsSinceEpoch();
    QElapsedTimer real;
    real.start();
    const double first = webTime(manager, *winter);
    QVERIFY2(first >= startSeconds + 3600 && first <= startSeconds + 3600 + 60.0 * (real.elapsed() / 1000.0 + 1),
             qPrintable(QString::number(first - startSeconds - 3600)));
    const auto r = parsed(kw::test::postLala(manager, winter->baseUrl(), winter->certificate(), R"({"RTC":{"UTC_OFFSET":""}})"));
    QCOMPARE(*r.number(u"RTC"_s, u"UTC_OFFSET"_s), 60.0);
    // Sixty simulated seconds per real second: the simulated clock visibly runs.
    QTRY_VERIFY_WITH_TIMEOUT(webTime(manager, *winter) >= first + 90, 10000);
    const double later = webTime(manager, *winter);
    const double simulated = later - first;
    const double realSeconds = real.elapsed() / 1000.0;
    QVERIFY2(simulated <= 60.0 * realSeconds + 2, qPrintable(QStringLiteral("%1 s in %2 s").arg(simulated).arg(realSeconds)));
    QVERIFY(simulated >= 90);
    QVERIFY(std::abs(double(winter->simulatedNowMs() / 1000) + 3600 - later) <= 60 * 1.0 + 2);

    // Summer: local = UTC + 120 min.
    auto summer = startSimulator(Firmware::V0824, 1, "2024-07-01T06:30:00Z", 1.0);
    const double summerTime = webTime(manager, *summer);
    const qint64 summerStart = QDateTime::fromString(u"2024-07-01T06:30:00Z"_s, Qt::ISODate).toSecsSinceEpoch();
    QVERIFY(summerTime >= summerStart + 7200 && summerTime <= summerStart + 7200 + 5);
}

void TestSimulatorHttp::groundTruthMatchesServedValues()
{
    // Speed 0.001: the simulated clock stands (nearly) still between the request and the check.
    auto sim = startSimulator(Firmware::V0826, 9, "2024-05-05T10:00:00Z", 0.001);
    QNetworkAccessManager manager;
    const auto r = parsed(kw::test::postLala(manager, sim->baseUrl(), sim->certificate(),
                                             R"({"ENERGY":{},"STATISTIC":{},"BMS":{"SYSTEM_SOC":""}})"));
    const kw::EnergySnapshot truth = sim->groundTruth();
    QCOMPARE(*r.number(u"ENERGY"_s, u"GUI_GRID_POW"_s), double(float(*truth.gridW)));
    QCOMPARE(*r.number(u"ENERGY"_s, u"GUI_HOUSE_POW"_s), double(float(*truth.houseW)));
    QCOMPARE(*r.number(u"ENERGY"_s, u"GUI_BAT_DATA_POWER"_s), double(float(*truth.batteryW)));
    QCOMPARE(*r.number(u"ENERGY"_s, u"STAT_STATE"_s), double(truth.stateCode));
    QCOMPARE(*r.number(u"BMS"_s, u"SYSTEM_SOC"_s), std::round(*truth.socPercent * 10.0));
    QVERIFY(!truth.stateText.isEmpty());
    const SenecSimulator::Counters c = sim->counters();
    QCOMPARE(*r.number(u"STATISTIC"_s, u"LIVE_PV_GEN"_s), double(float(c.pvKWh)));
    QCOMPARE(*r.number(u"STATISTIC"_s, u"LIVE_HOUSE_CONS"_s), double(float(c.houseKWh)));
    QCOMPARE(*r.number(u"STATISTIC"_s, u"LIVE_GRID_IMPORT"_s), double(float(c.gridImportKWh)));
    QCOMPARE(*r.number(u"STATISTIC"_s, u"LIVE_GRID_EXPORT"_s), double(float(c.gridExportKWh)));
    QCOMPARE(*r.number(u"STATISTIC"_s, u"LIVE_BAT_CHARGE"_s), double(float(c.batteryChargeKWh)));
    QCOMPARE(*r.number(u"STATISTIC"_s, u"LIVE_BAT_DISCHARGE"_s), double(float(c.batteryDischargeKWh)));
    // The lifetime totals balance: house = PV − export − charge + discharge + import.
    QVERIFY(std::abs(c.houseKWh - (c.pvKWh - c.gridExportKWh - c.batteryChargeKWh + c.batteryDischargeKWh + c.gridImportKWh)) < 1e-6);
}

QTEST_GUILESS_MAIN(TestSimulatorHttp)
#include "tst_simulatorhttp.moc"
