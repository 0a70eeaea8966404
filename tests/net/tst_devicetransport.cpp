#include "simfixture.h"

#include "net/devicecookiejar.h"
#include "senec/senecresponse.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>

using namespace kw::net;
using kw::sim::FaultKind;
using kw::sim::FaultSpec;
using kw::sim::Firmware;
using namespace kwtest;

// The transport against the simulator over real loopback HTTP (0824) and HTTPS (0825/0826).
class TestDeviceTransport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString trustPath(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private Q_SLOTS:
    void plainHttpPost()
    {
        auto sim = startSimulator(simOptions(Firmware::V0824));
        QVERIFY(sim);
        QNetworkAccessManager nam;
        DeviceTransport transport(&nam, addressOf(*sim), nullptr);
        QCOMPARE(transport.resolvedScheme(), Scheme::Http);
        const TransportResult result = await(transport.postLala(liveBody()));
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(result.httpStatus, 200);
        QCOMPARE(result.scheme, Scheme::Http);
        QCOMPARE(result.attempts, 1);
        const auto parsed = kw::senec::parseSenecResponse(result.body);
        QVERIFY2(parsed.response, qPrintable(parsed.error));
        QVERIFY(parsed.response->number(QStringLiteral("ENERGY"), QStringLiteral("GUI_HOUSE_POW")));
        QCOMPARE(sim->requestCount(), 1);
    }

    void httpsFirstUsePinsThenSameCertificateIsAccepted()
    {
        auto sim = startSimulator(simOptions(Firmware::V0826));
        QVERIFY(sim);
        const QString path = trustPath("first-use.json");
        const QString expected = CertificateTrustStore::fingerprint(sim->certificate());
        QCOMPARE(expected.size(), 64);
        {
            QNetworkAccessManager nam;
            CertificateTrustStore store(path);
            DeviceTransport transport(&nam, addressOf(*sim), &store);
            QSignalSpy pinned(&transport, &DeviceTransport::certificatePinned);
            const TransportResult result = await(transport.postLala(liveBody()));
            QVERIFY2(result.ok(), qPrintable(result.message));
            QCOMPARE(result.scheme, Scheme::Https);
            QCOMPARE(pinned.size(), 1);
            QCOMPARE(pinned.first().at(0).toString(), addressOf(*sim).tlsHostKey());
            QCOMPARE(pinned.first().at(1).toString(), expected);
            QCOMPARE(store.pinFor(addressOf(*sim).tlsHostKey())->sha256, expected);
            // Same connection, same certificate: no second pin.
            QVERIFY(await(transport.postLala(liveBody())).ok());
            QCOMPARE(pinned.size(), 1);
        }
        // A new QNetworkAccessManager (new connections, new handshake) and a new store on the same
        // file: the pinned certificate is accepted without pinning again.
        QNetworkAccessManager nam;
        CertificateTrustStore store(path);
        DeviceTransport transport(&nam, addressOf(*sim), &store);
        QSignalSpy pinned(&transport, &DeviceTransport::certificatePinned);
        QSignalSpy changed(&transport, &DeviceTransport::certificateChanged);
        const TransportResult result = await(transport.postLala(liveBody()));
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(pinned.size(), 0);
        QCOMPARE(changed.size(), 0);
    }

    void withoutTrustStoreSelfSignedIsRefused()
    {
        auto sim = startSimulator(simOptions(Firmware::V0825));
        QVERIFY(sim);
        QNetworkAccessManager nam;
        DeviceTransport transport(&nam, addressOf(*sim), nullptr);
        const TransportResult result = await(transport.postLala(liveBody()));
        QCOMPARE(result.error, TransportError::Tls);
        // Auto does not fall back to HTTP after a refused certificate: that would be a downgrade.
        DeviceTransport automatic(&nam, addressOf(*sim, true), nullptr);
        const TransportResult refused = await(automatic.postLala(liveBody()));
        QCOMPARE(refused.error, TransportError::Tls);
        QCOMPARE(refused.attempts, 1);
        QCOMPARE(automatic.resolvedScheme(), Scheme::Auto);
        QCOMPARE(sim->requestCount(), 0);
    }

    void changedCertificateIsRefusedUntilAccepted_data()
    {
        QTest::addColumn<bool>("sameManager");
        QTest::newRow("same QNetworkAccessManager") << true;
        QTest::newRow("new QNetworkAccessManager") << false;
    }

    void changedCertificateIsRefusedUntilAccepted()
    {
        QFETCH(bool, sameManager);
        const QString path = trustPath(sameManager ? "changed-same.json" : "changed-new.json");
        auto first = startSimulator(simOptions(Firmware::V0826));
        QVERIFY(first);
        const quint16 port = first->port();
        const QString original = CertificateTrustStore::fingerprint(first->certificate());
        CertificateTrustStore store(path);
        auto nam = std::make_unique<QNetworkAccessManager>();
        auto transport = std::make_unique<DeviceTransport>(nam.get(), addressOf(*first), &store);
        QVERIFY(await(transport->postLala(liveBody())).ok());
        QCOMPARE(store.pinFor(addressOf(*first).tlsHostKey())->sha256, original);

        // The board is replaced: same address, another certificate.
        first.reset();
        auto second = startSimulator(otherCertificateOptions(Firmware::V0826, port));
        QVERIFY(second);
        QCOMPARE(second->port(), port);
        const QString presented = CertificateTrustStore::fingerprint(second->certificate());
        QCOMPARE(presented, QStringLiteral("9d1a670a8bd778ab32ff87018d14f3a80cd4571aad2860c69823597bfcf1edf9"));
        if (!sameManager) {
            transport.reset();
            nam = std::make_unique<QNetworkAccessManager>();
            transport = std::make_unique<DeviceTransport>(nam.get(), addressOf(*second), &store);
        }
        QSignalSpy changed(transport.get(), &DeviceTransport::certificateChanged);
        const TransportResult refused = await(transport->postLala(liveBody()));
        QCOMPARE(refused.error, TransportError::CertificateChanged);
        QCOMPARE(refused.mismatch.pinnedSha256, original);
        QCOMPARE(refused.mismatch.presentedSha256, presented);
        QVERIFY(refused.message.contains(CertificateTrustStore::displayFingerprint(original)));
        QVERIFY(refused.message.contains(CertificateTrustStore::displayFingerprint(presented)));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(second->requestCount(), 0); // nothing was sent to the unknown certificate
        QCOMPARE(store.pinFor(addressOf(*second).tlsHostKey())->sha256, original);

        // Refused again until the user accepts; then it is the new pin, also on disk.
        QCOMPARE(await(transport->postLala(liveBody())).error, TransportError::CertificateChanged);
        QCOMPARE(transport->pendingMismatch().presentedSha256, presented);
        QString error;
        QVERIFY2(transport->acceptPresentedCertificate(&error), qPrintable(error));
        QVERIFY(!transport->pendingMismatch().isValid());
        const TransportResult accepted = await(transport->postLala(liveBody()));
        QVERIFY2(accepted.ok(), qPrintable(accepted.message));
        QCOMPARE(CertificateTrustStore(path).pinFor(addressOf(*second).tlsHostKey())->sha256, presented);
        QVERIFY(!transport->acceptPresentedCertificate());
    }

    void prePinnedOtherFingerprintIsRefusedOnFirstContact()
    {
        auto sim = startSimulator(simOptions(Firmware::V0825));
        QVERIFY(sim);
        const QString path = trustPath("prepinned.json");
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(R"({"version":1,"pins":{")" + addressOf(*sim).tlsHostKey().toUtf8() + R"(":{"sha256":")"
                       + QByteArray(64, 'e') + R"("}}})");
        }
        CertificateTrustStore store(path);
        QNetworkAccessManager nam;
        DeviceTransport transport(&nam, addressOf(*sim, true), &store);
        const TransportResult result = await(transport.postLala(liveBody()));
        QCOMPARE(result.error, TransportError::CertificateChanged);
        QCOMPARE(result.mismatch.pinnedSha256, QString(64, u'e'));
        QCOMPARE(result.attempts, 1); // a changed certificate never falls back to HTTP
        QCOMPARE(sim->requestCount(), 0);
    }

    void autoFallsBackToHttpAndRemembers()
    {
        auto sim = startSimulator(simOptions(Firmware::V0824));
        QVERIFY(sim);
        CertificateTrustStore store(trustPath("fallback.json"));
        QNetworkAccessManager nam;
        DeviceTransport transport(&nam, addressOf(*sim, true), &store);
        QCOMPARE(transport.resolvedScheme(), Scheme::Auto);
        QSignalSpy resolved(&transport, &DeviceTransport::schemeResolved);
        const TransportResult first = await(transport.postLala(liveBody()));
        QVERIFY2(first.ok(), qPrintable(first.message));
        QCOMPARE(first.scheme, Scheme::Http);
        QCOMPARE(first.attempts, 2);
        QCOMPARE(resolved.size(), 1);
        QCOMPARE(resolved.first().first().value<Scheme>(), Scheme::Http);
        QCOMPARE(transport.resolvedScheme(), Scheme::Http);

        const TransportResult second = await(transport.postLala(liveBody()));
        QVERIFY(second.ok());
        QCOMPARE(second.attempts, 1); // straight to HTTP
        QCOMPARE(resolved.size(), 1);
        QVERIFY(store.hostKeys().isEmpty());

        // The remembered scheme can be restored into a new transport (the app persists it).
        DeviceTransport restored(&nam, addressOf(*sim, true), &store);
        restored.setResolvedScheme(Scheme::Http);
        const TransportResult third = await(restored.postLala(liveBody()));
        QVERIFY(third.ok());
        QCOMPARE(third.attempts, 1);
    }

    void autoPrefersHttps()
    {
        auto sim = startSimulator(simOptions(Firmware::V0826));
        QVERIFY(sim);
        CertificateTrustStore store(trustPath("auto-https.json"));
        QNetworkAccessManager nam;
        DeviceTransport transport(&nam, addressOf(*sim, true), &store);
        const TransportResult result = await(transport.postLala(liveBody()));
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(result.scheme, Scheme::Https);
        QCOMPARE(result.attempts, 1);
        QCOMPARE(transport.resolvedScheme(), Scheme::Https);
    }

    void explicitSchemeIsHonoured()
    {
        auto sim = startSimulator(simOptions(Firmware::V0824));
        QVERIFY(sim);
        CertificateTrustStore store(trustPath("explicit.json"));
        QNetworkAccessManager nam;
        DeviceAddress address = addressOf(*sim);
        address.scheme = Scheme::Https;
        DeviceTransport transport(&nam, address, &store);
        const TransportResult result = await(transport.postLala(liveBody()));
        QVERIFY(!result.ok());
        QCOMPARE(result.attempts, 1);
        QCOMPARE(result.scheme, Scheme::Https);
        QVERIFY(result.error == TransportError::Tls || result.error == TransportError::Network);
    }

    void faults_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("expected");
        QTest::addColumn<bool>("https");
        QTest::newRow("timeout http") << int(FaultKind::Timeout) << int(TransportError::Timeout) << false;
        QTest::newRow("timeout https") << int(FaultKind::Timeout) << int(TransportError::Timeout) << true;
        QTest::newRow("http500") << int(FaultKind::Http500) << int(TransportError::HttpStatus) << true;
        QTest::newRow("reset http") << int(FaultKind::Reset) << int(TransportError::Network) << false;
        QTest::newRow("reset https") << int(FaultKind::Reset) << int(TransportError::Network) << true;
        // A slow answer that takes longer than the timeout is a timeout.
        QTest::newRow("slow") << int(FaultKind::Slow) << int(TransportError::Timeout) << false;
    }

    void faults()
    {
        QFETCH(int, kind);
        QFETCH(int, expected);
        QFETCH(bool, https);
        auto sim = startSimulator(simOptions(https ? Firmware::V0826 : Firmware::V0824));
        QVERIFY(sim);
        CertificateTrustStore store(trustPath("faults.json"));
        QNetworkAccessManager nam;
        DeviceTransport transport(&nam, addressOf(*sim), &store);
        transport.setTimeoutMs(1000);
        QVERIFY(await(transport.postLala(liveBody())).ok());

        FaultSpec fault;
        fault.kind = FaultKind(kind);
        fault.slowDurationMs = 3000;
        sim->setFaults({fault}); // hits the next request, even on a kept-alive connection
        const TransportResult failed = await(transport.postLala(liveBody()));
        QCOMPARE(int(failed.error), expected);
        QVERIFY(!failed.message.isEmpty());
        QVERIFY(!failed.message.contains(u'\n'));
        if (failed.error == TransportError::Timeout)
            QVERIFY2(failed.elapsedMs >= 900 && failed.elapsedMs < 3000, qPrintable(QString::number(failed.elapsedMs)));
        if (failed.error == TransportError::HttpStatus)
            QCOMPARE(failed.httpStatus, 500);

        sim->clearFaults();
        const TransportResult recovered = await(transport.postLala(liveBody()));
        QVERIFY2(recovered.ok(), qPrintable(recovered.message));
        QVERIFY(kw::senec::parseSenecResponse(recovered.body).response);
    }

    void bodyFaultsArriveAsBodies_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("garbage") << int(FaultKind::Garbage);
        QTest::newRow("truncated") << int(FaultKind::Truncated);
        QTest::newRow("notfound") << int(FaultKind::NotFoundSections);
    }

    void bodyFaultsArriveAsBodies()
    {
        // The transport delivers what came; deciding that a body is no data is the caller's job
        // (the poller test checks that these polls fail and keep the last good data).
        QFETCH(int, kind);
        auto sim = startSimulator(simOptions(Firmware::V0824));
        QVERIFY(sim);
        QNetworkAccessManager nam;
        DeviceTransport transport(&nam, addressOf(*sim), nullptr);
        transport.setTimeoutMs(2000);
        FaultSpec fault;
        fault.kind = FaultKind(kind);
        sim->setFaults({fault});
        const TransportResult result = await(transport.postLala(liveBody()));
        if (FaultKind(kind) == FaultKind::Truncated && result.error == TransportError::Network)
            return; // cut off below the announced Content-Length: a network error, also fine
        QVERIFY2(result.ok(), qPrintable(result.message));
        const auto parsed = kw::senec::parseSenecResponse(result.body);
        if (FaultKind(kind) == FaultKind::NotFoundSections) {
            QVERIFY(parsed.response);
            QCOMPARE(parsed.response->section(QStringLiteral("ENERGY"))->status,
                     kw::senec::SectionStatus::NotFound);
        } else {
            QVERIFY(!parsed.response);
        }
    }

    void slowAnswerWithinTimeoutArrives()
    {
        auto sim = startSimulator(simOptions(Firmware::V0824));
        QVERIFY(sim);
        QNetworkAccessManager nam;
        DeviceTransport transport(&nam, addressOf(*sim), nullptr);
        transport.setTimeoutMs(5000);
        FaultSpec fault;
        fault.kind = FaultKind::Slow;
        fault.slowDurationMs = 1200;
        sim->setFaults({fault});
        const TransportResult result = await(transport.postLala(liveBody()));
        QVERIFY2(result.ok(), qPrintable(result.message));
        QVERIFY(result.elapsedMs >= 1000);
        QVERIFY(kw::senec::parseSenecResponse(result.body).response);
    }

    void sizeCap()
    {
        auto sim = startSimulator(simOptions(Firmware::V0824));
        QVERIFY(sim);
        QNetworkAccessManager nam;
        DeviceTransport transport(&nam, addressOf(*sim), nullptr);
        QCOMPARE(transport.maxResponseBytes(), qint64(4 * 1024 * 1024));
        transport.setMaxResponseBytes(1024);
        const TransportResult result = await(transport.postLala(R"({"BMS":{},"WALLBOX":{},"PWR_UNIT":{}})"));
        QCOMPARE(result.error, TransportError::TooLarge);
        QCOMPARE(result.message, QStringLiteral("response larger than 1 KiB"));
        QVERIFY(result.body.isEmpty());
        // Small answers still pass, on the same transport.
        QVERIFY(await(transport.postLala(R"({"RTC":{"WEB_TIME":""}})")).ok());
        transport.setMaxResponseBytes(4 * 1024 * 1024);
        QVERIFY(await(transport.postLala(R"({"BMS":{},"WALLBOX":{},"PWR_UNIT":{}})")).ok());
    }

    void sizeCapWithoutContentLength()
    {
        // The simulator always announces Content-Length; this answer does not, so the cap has to
        // trip on the bytes as they arrive. A bare loopback server that streams until it closes.
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        connect(&server, &QTcpServer::newConnection, this, [&server] {
            QTcpSocket *socket = server.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                socket->readAll();
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n");
                for (int i = 0; i < 64; ++i)
                    socket->write(QByteArray(1024, ' '));
                socket->disconnectFromHost();
            });
        });
        QNetworkAccessManager nam;
        DeviceAddress address;
        address.host = QStringLiteral("127.0.0.1");
        address.port = server.serverPort();
        address.scheme = Scheme::Http;
        DeviceTransport transport(&nam, address, nullptr);
        transport.setMaxResponseBytes(8 * 1024);
        const TransportResult result = await(transport.postLala(liveBody()));
        QCOMPARE(result.error, TransportError::TooLarge);
        QCOMPARE(result.message, QStringLiteral("response larger than 8 KiB"));
        transport.setMaxResponseBytes(128 * 1024);
        const TransportResult fits = await(transport.postLala(liveBody()));
        QVERIFY2(fits.ok(), qPrintable(fits.message));
        QCOMPARE(fits.body.size(), 64 * 1024);
    }

    void oneRequestAtATimeQueued()
    {
        auto sim = startSimulator(simOptions(Firmware::V0824));
        QVERIFY(sim);
        QNetworkAccessManager nam;
        DeviceTransport transport(&nam, addressOf(*sim), nullptr);
        transport.setMaxQueued(2);
        QList<int> order;
        for (int i = 0; i < 4; ++i) {
            DeviceReply *reply = transport.postLala(liveBody());
            connect(reply, &DeviceReply::finished, this, [&order, i](const TransportResult &r) {
                order.append(r.ok() ? i : -(i + 1));
            });
        }
        QVERIFY(transport.isBusy());
        // First starts, two wait, the fourth exceeds the queue and is refused at once.
        QTRY_COMPARE_WITH_TIMEOUT(order.size(), 4, 10'000);
        QCOMPARE(order, (QList<int>{-4, 0, 1, 2}));
        QVERIFY(!transport.isBusy());
        QCOMPARE(sim->requestCount(), 3);

        // A waiting request can be cancelled without disturbing the running one.
        DeviceReply *running = transport.postLala(liveBody());
        DeviceReply *waiting = transport.postLala(liveBody());
        QSignalSpy runningDone(running, &DeviceReply::finished);
        waiting->abort();
        QCOMPARE(await(waiting).error, TransportError::Aborted);
        QVERIFY(runningDone.wait(5000));
        QVERIFY(runningDone.first().first().value<TransportResult>().ok());
    }

    void sessionCookieRoundTrip()
    {
        auto sim = startSimulator(simOptions(Firmware::V0826));
        QVERIFY(sim);
        CertificateTrustStore store(trustPath("cookie.json"));
        QNetworkAccessManager nam;
        DeviceTransport transport(&nam, addressOf(*sim), &store);
        QVERIFY(await(transport.postLala(
                          R"({"FACTORY":{"SYS_TYPE":"","COUNTRY":"","DEVICE_ID":""}})")).ok());
        const QList<QNetworkCookie> cookies = transport.cookieJar()->cookies();
        QCOMPARE(cookies.size(), 1);
        QCOMPARE(cookies.first().name(), QByteArray("senec-homev3-gui"));
        QVERIFY(cookies.first().isSecure());
        QVERIFY(cookies.first().isHttpOnly());
        QCOMPARE(cookies.first().domain(), QStringLiteral("127.0.0.1"));
        QCOMPARE(sim->requestsWithSessionCookie(), 0);
        QVERIFY(await(transport.postLala(liveBody())).ok());
        QVERIFY(await(transport.postLala(liveBody())).ok());
        QCOMPARE(sim->requestsWithSessionCookie(), 2);
        // The shared manager's own jar never saw the device cookie.
        QVERIFY(nam.cookieJar()->cookiesForUrl(sim->baseUrl()).isEmpty());
    }

    void getPathsVerbatim()
    {
        auto sim = startSimulator(simOptions(Firmware::V0826));
        QVERIFY(sim);
        CertificateTrustStore store(trustPath("get.json"));
        QNetworkAccessManager nam;
        DeviceTransport transport(&nam, addressOf(*sim), &store);
        QStringList targets;
        connect(sim.get(), &kw::sim::SenecSimulator::requestHandled, this,
                [&targets](const QString &, const QString &target, int, const QString &) { targets.append(target); });
        const TransportResult page = await(transport.get(QStringLiteral("//vars.html")));
        QCOMPARE(targets, QStringList{QStringLiteral("//vars.html")}); // the double slash survives
        QVERIFY2(page.ok(), qPrintable(page.message));
        QVERIFY(page.url.toString().endsWith(u"//vars.html"));
        QVERIFY(page.body.contains("<table"));
        const TransportResult missing = await(transport.get(QStringLiteral("/no-such-page.html")));
        QVERIFY(missing.isNotFound());
        QCOMPARE(missing.error, TransportError::HttpStatus);
    }
};

QTEST_GUILESS_MAIN(TestDeviceTransport)
#include "tst_devicetransport.moc"
