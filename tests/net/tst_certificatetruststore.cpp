#include "net/certificatetruststore.h"
#include "net/deviceaddress.h"
#include "net/devicecookiejar.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkCookie>
#include <QTemporaryDir>
#include <QTest>

using namespace kw::net;

namespace {

QSslCertificate otherCertificate()
{
    QFile file(QStringLiteral(KW_TEST_DATA_DIR "/tls/other-cert.pem"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("tests/data/tls/other-cert.pem missing");
    return QSslCertificate(file.readAll(), QSsl::Pem);
}

const QString OtherSha256 =
    QStringLiteral("9d1a670a8bd778ab32ff87018d14f3a80cd4571aad2860c69823597bfcf1edf9");

} // namespace

class TestCertificateTrustStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fingerprintForms()
    {
        const QSslCertificate certificate = otherCertificate();
        QVERIFY(!certificate.isNull());
        QCOMPARE(CertificateTrustStore::fingerprint(certificate), OtherSha256);
        QCOMPARE(CertificateTrustStore::displayFingerprint(OtherSha256),
                 QStringLiteral("9D:1A:67:0A:8B:D7:78:AB:32:FF:87:01:8D:14:F3:A8:0C:D4:57:1A:AD:28:60:C6:98:23:59:7B:FC:F1:ED:F9"));
        QVERIFY(CertificateTrustStore::fingerprint(QSslCertificate()).isEmpty());
    }

    void pinsPersistAcrossInstances()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/trust.json"));
        const QSslCertificate certificate = otherCertificate();
        {
            CertificateTrustStore store(path);
            QVERIFY(store.loadError().isEmpty());
            QCOMPARE(store.check(QStringLiteral("192.168.1.5:443"), certificate),
                     CertificateTrustStore::Verdict::FirstUse);
            QString error;
            QVERIFY2(store.pin(QStringLiteral("192.168.1.5:443"), certificate, &error), qPrintable(error));
            QCOMPARE(store.check(QStringLiteral("192.168.1.5:443"), certificate),
                     CertificateTrustStore::Verdict::Match);
        }
        QVERIFY(QFile::exists(path));
        CertificateTrustStore reloaded(path);
        QCOMPARE(reloaded.hostKeys(), QStringList{QStringLiteral("192.168.1.5:443")});
        QCOMPARE(reloaded.pinFor(QStringLiteral("192.168.1.5:443"))->sha256, OtherSha256);
        QVERIFY(reloaded.pinFor(QStringLiteral("192.168.1.5:443"))->pinnedAtMs > 0);
        QCOMPARE(reloaded.check(QStringLiteral("192.168.1.5:443"), certificate),
                 CertificateTrustStore::Verdict::Match);
        // Another port is another device.
        QCOMPARE(reloaded.check(QStringLiteral("192.168.1.5:8443"), certificate),
                 CertificateTrustStore::Verdict::FirstUse);
        QVERIFY(reloaded.forget(QStringLiteral("192.168.1.5:443")));
        QVERIFY(CertificateTrustStore(path).hostKeys().isEmpty());
    }

    void mismatchIsDetected()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("trust.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"version":1,"pins":{"10.0.0.2:443":{"sha256":")" + QByteArray(64, 'a') + R"("}}})");
        file.close();
        CertificateTrustStore store(path);
        QCOMPARE(store.check(QStringLiteral("10.0.0.2:443"), otherCertificate()),
                 CertificateTrustStore::Verdict::Mismatch);
    }

    void corruptFileIsReportedNotFatal()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("trust.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{not json");
        file.close();
        CertificateTrustStore store(path);
        QVERIFY(!store.loadError().isEmpty());
        QVERIFY(store.hostKeys().isEmpty());
        // Malformed pins are skipped, good ones kept.
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(R"({"pins":{"a:443":{"sha256":"xyz"},"b:443":{"sha256":")" + QByteArray(64, 'b') + R"("}}})");
        file.close();
        QVERIFY(store.reload());
        QCOMPARE(store.hostKeys(), QStringList{QStringLiteral("b:443")});
    }

    void expectedErrorsOnlyForThatCertificate()
    {
        const QSslCertificate certificate = otherCertificate();
        const QList<QSslError> errors = {QSslError(QSslError::SelfSignedCertificate, certificate),
                                         QSslError(QSslError::HostNameMismatch, certificate)};
        QCOMPARE(CertificateTrustStore::expectedErrors(errors, certificate), errors);
        QVERIFY(CertificateTrustStore::onlyExpectedErrors(errors, certificate));

        const QList<QSslError> bad = {QSslError(QSslError::SelfSignedCertificate, certificate),
                                      QSslError(QSslError::CertificateSignatureFailed, certificate)};
        QCOMPARE(CertificateTrustStore::expectedErrors(bad, certificate).size(), 1);
        QVERIFY(!CertificateTrustStore::onlyExpectedErrors(bad, certificate));
        QVERIFY(!CertificateTrustStore::onlyExpectedErrors({QSslError(QSslError::CertificateRevoked, certificate)},
                                                           certificate));
    }

    void deviceAddresses()
    {
        QString error;
        auto bare = DeviceAddress::parse(QStringLiteral("192.168.1.5"), &error);
        QVERIFY2(bare, qPrintable(error));
        QCOMPARE(bare->scheme, Scheme::Auto);
        QCOMPARE(bare->port, 0);
        QCOMPARE(bare->url(Scheme::Https, QStringLiteral("/lala.cgi")).toString(),
                 QStringLiteral("https://192.168.1.5/lala.cgi"));
        QCOMPARE(bare->url(Scheme::Http, QStringLiteral("//log/2024/01/31.log")).toString(),
                 QStringLiteral("http://192.168.1.5//log/2024/01/31.log"));
        QCOMPARE(bare->tlsHostKey(), QStringLiteral("192.168.1.5:443"));

        auto explicitHttps = DeviceAddress::parse(QStringLiteral("https://127.0.0.1:8443"));
        QVERIFY(explicitHttps);
        QCOMPARE(explicitHttps->scheme, Scheme::Https);
        QCOMPARE(explicitHttps->port, 8443);
        QCOMPARE(explicitHttps->effectivePort(Scheme::Http), 8443);
        QCOMPARE(explicitHttps->tlsHostKey(), QStringLiteral("127.0.0.1:8443"));

        auto v6 = DeviceAddress::parse(QStringLiteral("::1"));
        QVERIFY(v6);
        QCOMPARE(v6->host, QStringLiteral("::1"));
        QCOMPARE(v6->tlsHostKey(), QStringLiteral("[::1]:443"));
        auto v6Port = DeviceAddress::parse(QStringLiteral("http://[::1]:8080/"));
        QVERIFY(v6Port);
        QCOMPARE(v6Port->url(Scheme::Http, QStringLiteral("/vars.html")).toString(),
                 QStringLiteral("http://[::1]:8080/vars.html"));

        QVERIFY(!DeviceAddress::parse(QString(), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!DeviceAddress::parse(QStringLiteral("ftp://host")));
        QVERIFY(!DeviceAddress::parse(QStringLiteral("http://host/lala.cgi")));
        QCOMPARE(parseScheme(QStringLiteral("HTTPS")), std::optional<Scheme>(Scheme::Https));
        QCOMPARE(schemeName(Scheme::Auto), QStringLiteral("auto"));
    }

    void cookieJarAcceptsBareIpHosts()
    {
        const QUrl https(QStringLiteral("https://192.168.178.40/lala.cgi"));
        const QUrl http(QStringLiteral("http://192.168.178.40/lala.cgi"));
        const QList<QNetworkCookie> parsed = QNetworkCookie::parseCookies(
            "senec-homev3-gui=abc123; Path=/; Max-Age=3600; Secure; HttpOnly");
        QCOMPARE(parsed.size(), 1);

        DeviceCookieJar jar;
        QVERIFY(jar.setCookiesFromUrl(parsed, https));
        const QList<QNetworkCookie> back = jar.cookiesForUrl(https);
        QCOMPARE(back.size(), 1);
        QCOMPARE(back.first().name(), QByteArray("senec-homev3-gui"));
        QCOMPARE(back.first().value(), QByteArray("abc123"));
        // Secure: never sent in clear text; other hosts never see it.
        QVERIFY(jar.cookiesForUrl(http).isEmpty());
        QVERIFY(jar.cookiesForUrl(QUrl(QStringLiteral("https://192.168.178.41/"))).isEmpty());
        QVERIFY(jar.cookiesForUrl(QUrl(QStringLiteral("https://168.178.40/"))).isEmpty());

        // A cookie claiming another IP as its domain is refused.
        QNetworkCookie foreign("x", "1");
        foreign.setDomain(QStringLiteral("10.0.0.1"));
        QVERIFY(!jar.setCookiesFromUrl({foreign}, https));

        // IPv6 hosts too, and an expiry in the past deletes the cookie.
        const QUrl v6(QStringLiteral("https://[fd00::5]/lala.cgi"));
        QVERIFY(jar.setCookiesFromUrl(parsed, v6));
        QCOMPARE(jar.cookiesForUrl(v6).size(), 1);
        QVERIFY(!jar.setCookiesFromUrl(QNetworkCookie::parseCookies("senec-homev3-gui=gone; Path=/; Max-Age=0"), v6));
        QVERIFY(jar.cookiesForUrl(v6).isEmpty());
        QCOMPARE(jar.cookies().size(), 1);
        jar.clear();
        QVERIFY(jar.cookies().isEmpty());
    }

    void qtsOwnJarOnIpHosts()
    {
        // Documents why DeviceCookieJar exists: what Qt's stock jar does with the same cookie.
        // (If this starts failing, Qt changed; the device jar does not depend on it.)
        QNetworkCookieJar stock;
        const QUrl https(QStringLiteral("https://192.168.178.40/lala.cgi"));
        const bool accepted = stock.setCookiesFromUrl(
            QNetworkCookie::parseCookies("senec-homev3-gui=abc123; Path=/; Max-Age=3600; Secure; HttpOnly"),
            https);
        qInfo() << "Qt's stock QNetworkCookieJar accepts the Secure/HttpOnly cookie for a bare IP:" << accepted
                << "and returns" << stock.cookiesForUrl(https).size() << "cookie(s)";
        QCOMPARE(stock.cookiesForUrl(https).size(), accepted ? 1 : 0);
    }
};

QTEST_GUILESS_MAIN(TestCertificateTrustStore)
#include "tst_certificatetruststore.moc"
