#pragma once

#include "certificatemismatch.h"
#include "deviceaddress.h"
#include "transportresult.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QString>
#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;
class QSslError;

namespace kw::net {

class CertificateTrustStore;
class DeviceCookieJar;
class DeviceReply;

// HTTP(S) access to one device over an injected QNetworkAccessManager: POST /lala.cgi and GET
// for logs and the vars page, with scheme detection, trust-on-first-use TLS, the device's
// cookies, a per-request timeout and a response size cap.
//
// One request in flight per device: further requests are QUEUED (FIFO, up to maxQueued(); beyond
// that they finish at once with TransportError::Busy). The device is known to hang when hammered.
//
// Scheme: Auto tries HTTPS, then HTTP when HTTPS cannot be spoken at all (refused, handshake
// failure, closed); the scheme that answered is remembered (resolvedScheme(), schemeResolved()).
// Once HTTPS worked there is no automatic fall back to HTTP (that would defeat the pin); a
// remembered HTTP is upgraded to HTTPS if HTTP stops working. resetScheme() re-detects.
class DeviceTransport : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultTimeoutMs = 10'000;
    static constexpr qint64 DefaultMaxResponseBytes = 4 * 1024 * 1024;
    static constexpr int DefaultMaxQueued = 8;

    // `nam` must outlive the transport. `trustStore` may be null: then HTTPS accepts only
    // certificates the system trusts (and still pins nothing).
    DeviceTransport(QNetworkAccessManager *nam, DeviceAddress address,
                    CertificateTrustStore *trustStore, QObject *parent = nullptr);
    ~DeviceTransport() override;

    const DeviceAddress &address() const { return m_address; }

    void setTimeoutMs(int timeoutMs);
    int timeoutMs() const { return m_timeoutMs; }
    void setMaxResponseBytes(qint64 bytes);
    qint64 maxResponseBytes() const { return m_maxResponseBytes; }
    void setMaxQueued(int count);
    int maxQueued() const { return m_maxQueued; }

    // Http or Https once detected (or restored); Auto while unknown.
    Scheme resolvedScheme() const { return m_resolvedScheme; }
    // Restores a scheme persisted from an earlier run (ignored for an explicit address scheme).
    void setResolvedScheme(Scheme scheme);
    void resetScheme();

    // POST /lala.cgi with `body` (Content-Type: application/json).
    DeviceReply *postLala(const QByteArray &body);
    // GET `path` (e.g. "//log/2024/01/31.log", "/Vars.html"); the request target on the wire is
    // exactly `path`, leading "//" included (Qt alone would fold it into "/").
    DeviceReply *get(const QString &path);
    // Cancels the running request and everything queued (each finishes with Aborted).
    void abortAll();
    bool isBusy() const;
    int queuedCount() const;

    // The certificate refused last (CertificateChanged); invalid when none is pending.
    CertificateMismatch pendingMismatch() const { return m_pendingMismatch; }
    // Pins the pending presented certificate; false without a pending mismatch or trust store,
    // or if the trust file cannot be written (`error`).
    bool acceptPresentedCertificate(QString *error = nullptr);

    // The device's cookies (for tests and diagnostics).
    DeviceCookieJar *cookieJar() const { return m_cookieJar; }

Q_SIGNALS:
    void schemeResolved(kw::net::Scheme scheme);
    // First contact over HTTPS stored this fingerprint (lowercase hex).
    void certificatePinned(const QString &hostKey, const QString &sha256);
    void certificateChanged(const kw::net::CertificateMismatch &mismatch);

private:
    struct Job
    {
        QPointer<DeviceReply> handle;
        QByteArray verb;
        QString path;
        QByteArray body;
    };
    enum class AbortReason : quint8 { None, Timeout, TooLarge, CertificateChanged, Caller };

    DeviceReply *enqueue(QByteArray verb, QString path, QByteArray body);
    void startNext();
    void startAttempt(Scheme scheme);
    void onReadyRead();
    void onMetaDataChanged();
    void onSslErrors(const QList<QSslError> &errors);
    void onEncrypted();
    void onFinished();
    void onTimeout();
    void abortCurrent(AbortReason reason, const QString &message);
    // Compares the reply's peer certificate with the pin (pinning it on first use); the
    // mismatch if it differs.
    std::optional<CertificateMismatch> comparePeerCertificate(const QUrl &url,
                                                              const QSslCertificate &presented);
    void refuseCertificate(const CertificateMismatch &mismatch);
    void completeJob(TransportResult result);
    Scheme attemptOrder(int attempt) const;

    QNetworkAccessManager *m_nam;
    DeviceAddress m_address;
    CertificateTrustStore *m_trustStore;
    DeviceCookieJar *m_cookieJar;

    int m_timeoutMs = DefaultTimeoutMs;
    qint64 m_maxResponseBytes = DefaultMaxResponseBytes;
    int m_maxQueued = DefaultMaxQueued;
    Scheme m_resolvedScheme = Scheme::Auto;

    QQueue<Job> m_queue;
    std::optional<Job> m_current;
    QPointer<QNetworkReply> m_reply;
    Scheme m_attemptScheme = Scheme::Auto;
    int m_attempt = 0;
    QByteArray m_buffer;
    QUrl m_attemptUrl; // as asked for (the wire spelling may differ, see wireSpelling())
    QTimer m_timer;
    QElapsedTimer m_elapsed;
    AbortReason m_abortReason = AbortReason::None;
    QString m_abortMessage;
    QString m_firstAttemptMessage;
    bool m_certificateChecked = false;
    bool m_tlsSpoken = false; // the handshake got as far as a certificate: HTTPS is spoken here
    CertificateMismatch m_pendingMismatch;
};

} // namespace kw::net
