#include "devicetransport.h"

#include "certificatetruststore.h"
#include "devicecookiejar.h"
#include "devicereply.h"
#include "netlogging.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QSslError>

namespace kw::net {
namespace {


QString sizeText(qint64 bytes)
{
    constexpr qint64 KiB = 1024;
    constexpr qint64 MiB = 1024 * KiB;
    if (bytes >= MiB && bytes % MiB == 0)
        return QCoreApplication::translate("kw::net::DeviceTransport", "%1 MiB").arg(bytes / MiB);
    if (bytes >= KiB && bytes % KiB == 0)
        return QCoreApplication::translate("kw::net::DeviceTransport", "%1 KiB").arg(bytes / KiB);
    return QCoreApplication::translate("kw::net::DeviceTransport", "%1 bytes").arg(bytes);
}

QString tooLargeMessage(qint64 cap)
{
    return QCoreApplication::translate("kw::net::DeviceTransport",
            "response larger than %1").arg(sizeText(cap));
}

// The trust store key of the host a reply talks to ("host:port", IPv6 in brackets).
QString hostKeyFor(const QUrl &url)
{
    const QString host = url.host();
    const bool v6 = QHostAddress(host).protocol() == QAbstractSocket::IPv6Protocol;
    return (v6 ? u'[' + host + u']' : host) + u':' + QString::number(url.port(443));
}

// Errors meaning "this scheme is not spoken here at all", the only ones that justify trying the
// other scheme. Certificate rejections, timeouts and HTTP answers are not among them.
bool isSchemeMismatch(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::ProtocolFailure:
    case QNetworkReply::UnknownNetworkError:
        return true;
    default:
        return false;
    }
}

QByteArray requestTarget(const QString &path, bool normalized)
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("device"));
    url.setPath(path, QUrl::TolerantMode);
    QUrl::FormattingOptions format = QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveUserInfo
                                   | QUrl::RemoveFragment | QUrl::FullyEncoded;
    if (normalized)
        format |= QUrl::NormalizePathSegments;
    return url.toEncoded(format);
}

// Qt's HTTP client writes the request target as the URL with NormalizePathSegments, which turns
// a leading "//" (the log and vars paths of firmware 0826) into "/". A spelling whose normalized
// form is exactly the wanted target ("/.//vars.html" -> "//vars.html") gets it through intact;
// the simulator tests check the target that arrives.
QString wireSpelling(const QString &path)
{
    const QByteArray wanted = requestTarget(path, false);
    for (const QString &candidate : {path, QString(QStringLiteral("/.") + path)}) {
        if (requestTarget(candidate, true) == wanted)
            return candidate;
    }
    qCWarning(lcNet) << "cannot send the path" << path << "unchanged; sending" << requestTarget(path, true);
    return path;
}

} // namespace

DeviceTransport::DeviceTransport(QNetworkAccessManager *nam, DeviceAddress address,
                                 CertificateTrustStore *trustStore, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_address(std::move(address))
    , m_trustStore(trustStore)
    , m_cookieJar(new DeviceCookieJar(this))
{
    Q_ASSERT(m_nam);
    if (m_address.scheme != Scheme::Auto)
        m_resolvedScheme = m_address.scheme;
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &DeviceTransport::onTimeout);
}

DeviceTransport::~DeviceTransport()
{
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void DeviceTransport::setTimeoutMs(int timeoutMs)
{
    m_timeoutMs = qMax(1, timeoutMs);
}

void DeviceTransport::setMaxResponseBytes(qint64 bytes)
{
    m_maxResponseBytes = qMax<qint64>(1, bytes);
}

void DeviceTransport::setMaxQueued(int count)
{
    m_maxQueued = qMax(0, count);
}

void DeviceTransport::setResolvedScheme(Scheme scheme)
{
    if (m_address.scheme != Scheme::Auto)
        return;
    m_resolvedScheme = scheme;
}

void DeviceTransport::resetScheme()
{
    m_resolvedScheme = m_address.scheme;
}

DeviceReply *DeviceTransport::postLala(const QByteArray &body)
{
    return enqueue(QByteArrayLiteral("POST"), QStringLiteral("/lala.cgi"), body);
}

DeviceReply *DeviceTransport::get(const QString &path)
{
    return enqueue(QByteArrayLiteral("GET"), path, {});
}

bool DeviceTransport::isBusy() const
{
    return m_current.has_value() || !m_queue.isEmpty();
}

int DeviceTransport::queuedCount() const
{
    return static_cast<int>(m_queue.size());
}

DeviceReply *DeviceTransport::enqueue(QByteArray verb, QString path, QByteArray body)
{
    auto *handle = new DeviceReply(this);
    connect(handle, &DeviceReply::abortRequested, this, [this, handle] {
        if (m_current && m_current->handle == handle) {
            abortCurrent(AbortReason::Caller, tr("request cancelled"));
            return;
        }
        for (qsizetype i = 0; i < m_queue.size(); ++i) {
            if (m_queue.at(i).handle == handle) {
                m_queue.removeAt(i);
                TransportResult result;
                result.error = TransportError::Aborted;
                result.message = tr("request cancelled");
                handle->finish(result);
                return;
            }
        }
    });

    // One running plus maxQueued() waiting; the running one may not have started yet.
    const qsizetype outstanding = m_queue.size() + (m_current ? 1 : 0);
    const bool full = outstanding >= 1 + m_maxQueued;
    if (full || !m_address.isValid()) {
        TransportResult result;
        result.error = full ? TransportError::Busy : TransportError::Network;
        result.message = full ? tr("device busy: %1 requests already waiting").arg(outstanding)
                              : tr("no device address");
        handle->finish(result); // emitted from the event loop, after the caller connected
        return handle;
    }
    m_queue.enqueue(Job{handle, std::move(verb), std::move(path), std::move(body)});
    if (!m_current)
        QMetaObject::invokeMethod(this, &DeviceTransport::startNext, Qt::QueuedConnection);
    return handle;
}

void DeviceTransport::startNext()
{
    if (m_current)
        return;
    while (!m_queue.isEmpty()) {
        Job job = m_queue.dequeue();
        if (!job.handle || job.handle->isFinished())
            continue;
        m_current = std::move(job);
        m_attempt = 0;
        m_elapsed.start();
        startAttempt(attemptOrder(0));
        return;
    }
}

Scheme DeviceTransport::attemptOrder(int attempt) const
{
    const Scheme first = m_resolvedScheme == Scheme::Auto ? Scheme::Https : m_resolvedScheme;
    if (attempt == 0)
        return first;
    return first == Scheme::Https ? Scheme::Http : Scheme::Https;
}

void DeviceTransport::startAttempt(Scheme scheme)
{
    Q_ASSERT(m_current);
    m_attemptScheme = scheme;
    m_buffer.clear();
    m_abortReason = AbortReason::None;
    m_abortMessage.clear();
    m_certificateChecked = false;
    m_tlsSpoken = false;

    const QUrl url = m_address.url(scheme, wireSpelling(m_current->path));
    m_attemptUrl = m_address.url(scheme, m_current->path);
    QNetworkRequest request(url);
    // The device speaks HTTP/1.1 only; its own cookies are handled here, per device, so the
    // shared QNetworkAccessManager's jar never sees them.
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    // A device never redirects; following one could leave the pinned host.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("Kilowatch"));
    const QList<QNetworkCookie> cookies = m_cookieJar->cookiesForUrl(url);
    if (!cookies.isEmpty())
        request.setHeader(QNetworkRequest::CookieHeader, QVariant::fromValue(cookies));

    QNetworkReply *reply = nullptr;
    if (m_current->verb == "POST") {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        request.setRawHeader("Accept", "application/json, text/plain, */*");
        reply = m_nam->post(request, m_current->body);
    } else {
        reply = m_nam->get(request);
    }
    m_reply = reply;
    qCDebug(lcNet) << m_current->verb.constData() << m_attemptUrl.toString() << m_current->body.size()
                   << "bytes";

    connect(reply, &QNetworkReply::readyRead, this, &DeviceTransport::onReadyRead);
    connect(reply, &QNetworkReply::metaDataChanged, this, &DeviceTransport::onMetaDataChanged);
    connect(reply, &QNetworkReply::sslErrors, this, &DeviceTransport::onSslErrors);
    connect(reply, &QNetworkReply::encrypted, this, &DeviceTransport::onEncrypted);
    connect(reply, &QNetworkReply::finished, this, &DeviceTransport::onFinished);
    // A total deadline, not an inactivity timeout: a device trickling bytes forever must not
    // hold the one request slot forever.
    m_timer.start(m_timeoutMs);
}

void DeviceTransport::onReadyRead()
{
    if (!m_reply || m_abortReason != AbortReason::None)
        return;
    m_buffer += m_reply->readAll();
    if (m_buffer.size() > m_maxResponseBytes)
        abortCurrent(AbortReason::TooLarge, tooLargeMessage(m_maxResponseBytes));
}

void DeviceTransport::onMetaDataChanged()
{
    if (!m_reply || m_abortReason != AbortReason::None)
        return;
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > m_maxResponseBytes)
        abortCurrent(AbortReason::TooLarge, tooLargeMessage(m_maxResponseBytes));
}

void DeviceTransport::onSslErrors(const QList<QSslError> &errors)
{
    if (!m_reply || m_abortReason != AbortReason::None)
        return;
    m_tlsSpoken = true;
    QSslCertificate presented = m_reply->sslConfiguration().peerCertificate();
    if (presented.isNull()) {
        for (const QSslError &error : errors) {
            if (!error.certificate().isNull()) {
                presented = error.certificate();
                break;
            }
        }
    }
    const QString hostKey = hostKeyFor(m_reply->url());
    if (!m_trustStore || presented.isNull()) {
        qCWarning(lcTls) << hostKey << "certificate errors and no trust store:" << errors;
        return; // not ignored: the reply fails with a TLS error
    }
    // A different certificate is reported as such, whatever else is wrong with it.
    if (m_trustStore->check(hostKey, presented) == CertificateTrustStore::Verdict::Mismatch) {
        if (const auto mismatch = comparePeerCertificate(m_reply->url(), presented))
            refuseCertificate(*mismatch);
        return;
    }
    if (!CertificateTrustStore::onlyExpectedErrors(errors, presented)) {
        qCWarning(lcTls) << hostKey << "certificate errors beyond a self-signed certificate:" << errors;
        return;
    }
    if (comparePeerCertificate(m_reply->url(), presented))
        return; // cannot happen after the check above; never ignore errors for a mismatch
    m_certificateChecked = true;
    // Exactly the errors this one certificate causes; never a blanket ignore.
    m_reply->ignoreSslErrors(CertificateTrustStore::expectedErrors(errors, presented));
}

void DeviceTransport::onEncrypted()
{
    if (!m_reply || m_abortReason != AbortReason::None)
        return;
    m_tlsSpoken = true;
    // A certificate valid under the system CAs raises no sslErrors; compare it here too.
    if (const auto mismatch = comparePeerCertificate(m_reply->url(),
                                                     m_reply->sslConfiguration().peerCertificate()))
        refuseCertificate(*mismatch);
}

std::optional<CertificateMismatch> DeviceTransport::comparePeerCertificate(const QUrl &url,
                                                                           const QSslCertificate &presented)
{
    if (!m_trustStore || m_attemptScheme != Scheme::Https || presented.isNull())
        return std::nullopt;
    const QString hostKey = hostKeyFor(url);
    switch (m_trustStore->check(hostKey, presented)) {
    case CertificateTrustStore::Verdict::Match:
        m_certificateChecked = true;
        return std::nullopt;
    case CertificateTrustStore::Verdict::FirstUse: {
        QString error;
        if (!m_trustStore->pin(hostKey, presented, &error))
            qCWarning(lcTls) << error;
        m_certificateChecked = true;
        Q_EMIT certificatePinned(hostKey, CertificateTrustStore::fingerprint(presented));
        return std::nullopt;
    }
    case CertificateTrustStore::Verdict::Mismatch:
        break;
    }
    CertificateMismatch mismatch;
    mismatch.hostKey = hostKey;
    mismatch.pinnedSha256 = m_trustStore->pinFor(hostKey)->sha256;
    mismatch.presentedSha256 = CertificateTrustStore::fingerprint(presented);
    mismatch.presented = presented;
    return mismatch;
}

void DeviceTransport::refuseCertificate(const CertificateMismatch &mismatch)
{
    m_pendingMismatch = mismatch;
    qCWarning(lcTls).noquote() << mismatch.describe();
    Q_EMIT certificateChanged(mismatch);
    abortCurrent(AbortReason::CertificateChanged, mismatch.describe());
}

void DeviceTransport::onTimeout()
{
    abortCurrent(AbortReason::Timeout,
                 tr("no answer within %1 s").arg(QString::number(m_timeoutMs / 1000.0, 'g', 3)));
}

void DeviceTransport::abortCurrent(AbortReason reason, const QString &message)
{
    if (!m_reply || m_abortReason != AbortReason::None)
        return;
    m_abortReason = reason;
    m_abortMessage = message;
    m_reply->abort(); // emits finished(), handled in onFinished()
}

void DeviceTransport::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || sender() != reply)
        return;
    m_timer.stop();
    disconnect(reply, nullptr, this, nullptr);
    reply->deleteLater();
    m_reply = nullptr;

    if (m_abortReason == AbortReason::None && !m_certificateChecked) {
        // A reused keep-alive connection raises neither sslErrors nor encrypted(): compare here.
        if (const auto mismatch = comparePeerCertificate(reply->url(),
                                                         reply->sslConfiguration().peerCertificate())) {
            m_pendingMismatch = *mismatch;
            m_abortReason = AbortReason::CertificateChanged;
            m_abortMessage = mismatch->describe();
            qCWarning(lcTls).noquote() << mismatch->describe();
            Q_EMIT certificateChanged(*mismatch);
        }
    }
    if (m_abortReason == AbortReason::None)
        m_buffer += reply->readAll();

    TransportResult result;
    result.url = m_attemptUrl;
    result.scheme = m_attemptScheme;
    result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError networkError = reply->error();

    // Keep the device's session cookie whatever the status (the device sets it on any answer).
    const QVariant setCookies = reply->header(QNetworkRequest::SetCookieHeader);
    if (setCookies.isValid())
        m_cookieJar->setCookiesFromUrl(setCookies.value<QList<QNetworkCookie>>(), reply->url());

    if (m_abortReason != AbortReason::None) {
        switch (m_abortReason) {
        case AbortReason::Timeout: result.error = TransportError::Timeout; break;
        case AbortReason::TooLarge: result.error = TransportError::TooLarge; break;
        case AbortReason::CertificateChanged:
            result.error = TransportError::CertificateChanged;
            result.mismatch = m_pendingMismatch;
            break;
        case AbortReason::Caller: result.error = TransportError::Aborted; break;
        case AbortReason::None: break;
        }
        result.message = m_abortMessage.isEmpty() && result.error == TransportError::CertificateChanged
                             ? m_pendingMismatch.describe()
                             : m_abortMessage;
        result.httpStatus = 0;
    } else if (m_buffer.size() > m_maxResponseBytes) {
        result.error = TransportError::TooLarge;
        result.message = tooLargeMessage(m_maxResponseBytes);
    } else if (result.httpStatus > 0
               && (networkError == QNetworkReply::NoError || result.httpStatus >= 300)) {
        if (result.httpStatus >= 200 && result.httpStatus < 300) {
            result.body = m_buffer;
        } else {
            result.error = TransportError::HttpStatus;
            const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
            result.message = reason.isEmpty() ? tr("HTTP %1").arg(result.httpStatus)
                                              : tr("HTTP %1 %2").arg(result.httpStatus).arg(reason);
            result.body = m_buffer;
        }
    } else {
        result.error = networkError == QNetworkReply::SslHandshakeFailedError ? TransportError::Tls
                     : networkError == QNetworkReply::TimeoutError          ? TransportError::Timeout
                                                                            : TransportError::Network;
        result.message = reply->errorString();
        if (networkError == QNetworkReply::RemoteHostClosedError && !m_buffer.isEmpty())
            result.message = tr("connection closed after %1 bytes").arg(m_buffer.size());
    }
    result.elapsedMs = m_elapsed.elapsed();
    result.attempts = m_attempt + 1;
    m_buffer.clear();

    // A refused certificate proves HTTPS is spoken: falling back to HTTP then would be a downgrade.
    const bool schemeMismatch = m_abortReason == AbortReason::None && result.httpStatus == 0
                             && !m_tlsSpoken && isSchemeMismatch(networkError);
    const bool redirected = result.httpStatus >= 300 && result.httpStatus < 400;
    if (m_attempt == 0 && m_address.scheme == Scheme::Auto && m_resolvedScheme != Scheme::Https
        && (schemeMismatch || (redirected && m_attemptScheme == Scheme::Http))) {
        qCInfo(lcNet) << m_address.displayName() << schemeName(m_attemptScheme) << "failed ("
                      << result.message << "), trying" << schemeName(attemptOrder(1));
        m_firstAttemptMessage = schemeName(m_attemptScheme).toUpper() + u": " + result.message;
        m_attempt = 1;
        startAttempt(attemptOrder(1));
        return;
    }
    if (m_attempt == 1 && !result.ok() && !m_firstAttemptMessage.isEmpty()
        && result.error != TransportError::CertificateChanged)
        result.message = m_firstAttemptMessage + u"; " + schemeName(m_attemptScheme).toUpper()
                       + u": " + result.message;
    m_firstAttemptMessage.clear();
    completeJob(std::move(result));
}

void DeviceTransport::completeJob(TransportResult result)
{
    // Any HTTP answer proves the scheme is spoken, even an error status.
    const bool redirect = result.httpStatus >= 300 && result.httpStatus < 400;
    if (m_address.scheme == Scheme::Auto && result.httpStatus > 0 && !redirect
        && m_resolvedScheme != result.scheme) {
        m_resolvedScheme = result.scheme;
        qCInfo(lcNet) << m_address.displayName() << "speaks" << schemeName(result.scheme);
        Q_EMIT schemeResolved(result.scheme);
    }
    // One line, whatever the platform's error strings contain.
    result.message = result.message.simplified();
    if (!result.ok())
        qCDebug(lcNet) << m_address.displayName() << transportErrorName(result.error) << result.message;
    std::optional<Job> job = std::move(m_current);
    m_current.reset();
    if (job && job->handle)
        job->handle->finish(std::move(result));
    if (!m_queue.isEmpty())
        QMetaObject::invokeMethod(this, &DeviceTransport::startNext, Qt::QueuedConnection);
}

void DeviceTransport::abortAll()
{
    const QQueue<Job> queued = std::exchange(m_queue, {});
    for (const Job &job : queued) {
        if (job.handle) {
            TransportResult result;
            result.error = TransportError::Aborted;
            result.message = tr("request cancelled");
            job.handle->finish(result);
        }
    }
    abortCurrent(AbortReason::Caller, tr("request cancelled"));
}

bool DeviceTransport::acceptPresentedCertificate(QString *error)
{
    if (!m_pendingMismatch.isValid() || !m_trustStore) {
        if (error)
            *error = tr("no changed certificate waiting to be accepted");
        return false;
    }
    if (!m_trustStore->pin(m_pendingMismatch.hostKey, m_pendingMismatch.presented, error))
        return false;
    qCInfo(lcTls).noquote() << "accepted new certificate for" << m_pendingMismatch.hostKey
                            << CertificateTrustStore::displayFingerprint(m_pendingMismatch.presentedSha256);
    m_pendingMismatch = CertificateMismatch();
    return true;
}

} // namespace kw::net
