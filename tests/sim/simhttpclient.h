#pragma once

// Test helper: one HTTP(S) exchange with the simulator through a plain QNetworkAccessManager,
// awaited with QSignalSpy. TLS errors are ignored only when they are about the one certificate
// the test expects, so a test cannot pass against the wrong server by accident.

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslError>
#include <QSslSocket>

namespace kw::test {

struct HttpResult
{
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    QList<QNetworkReply::RawHeaderPair> headers;
    QSslCertificate peerCertificate;
    qint64 elapsedMs = 0;
    bool finished = false;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
};

struct HttpCall
{
    QByteArray method = "GET";
    QByteArray body;
    QByteArray contentType = "application/json";
    int transferTimeoutMs = 0;
    int waitMs = 15000;
};

inline HttpResult exchange(QNetworkAccessManager &manager, const QUrl &url, const QSslCertificate &expected,
                           const HttpCall &call = {})
{
    QNetworkRequest request(url);
    if (call.transferTimeoutMs > 0)
        request.setTransferTimeout(call.transferTimeoutMs);
    if (!call.body.isEmpty() || call.method == "POST")
        request.setHeader(QNetworkRequest::ContentTypeHeader, call.contentType);
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = manager.sendCustomRequest(request, call.method, call.body);
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [reply, expected](const QList<QSslError> &errors) {
        QList<QSslError> expectedErrors;
        for (const QSslError &e : errors) {
            if (expected.isNull() || e.certificate() != expected)
                return; // not the certificate we trust: let it fail
            expectedErrors.append(e);
        }
        reply->ignoreSslErrors(expectedErrors);
    });
    QSignalSpy finished(reply, &QNetworkReply::finished);
    HttpResult result;
    result.finished = finished.wait(call.waitMs);
    result.elapsedMs = timer.elapsed();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isOpen())
        result.body = reply->readAll();
    result.error = reply->error();
    result.errorString = reply->errorString();
    result.headers = reply->rawHeaderPairs();
    result.peerCertificate = reply->sslConfiguration().peerCertificate();
    if (!result.finished)
        reply->abort();
    reply->deleteLater();
    return result;
}

inline HttpResult postLala(QNetworkAccessManager &manager, const QUrl &base, const QSslCertificate &expected,
                           const QByteArray &body, int transferTimeoutMs = 0)
{
    QUrl url = base;
    url.setPath(QStringLiteral("/lala.cgi"));
    HttpCall call;
    call.method = "POST";
    call.body = body;
    call.transferTimeoutMs = transferTimeoutMs;
    return exchange(manager, url, expected, call);
}

// QNetworkAccessManager (Qt 6.4) writes the request target with QUrl::NormalizePathSegments,
// which turns "//vars.html" into "/vars.html". "/.//vars.html" normalises to exactly
// "//vars.html", so that is what goes on the wire.
inline QUrl urlFor(const QUrl &base, const QString &path)
{
    QUrl url = base;
    url.setPath(path.startsWith(u"//") ? u"/." + path : path);
    return url;
}

inline HttpResult get(QNetworkAccessManager &manager, const QUrl &base, const QString &path,
                      const QSslCertificate &expected)
{
    return exchange(manager, urlFor(base, path), expected);
}

// One request written byte for byte on a raw (TLS) socket, for request targets QNAM would
// rewrite. Event driven (the simulator runs in this thread), so no blocking waitFor* calls.
// Returns the whole response as received, or empty on failure.
inline QByteArray rawExchange(const QUrl &base, const QByteArray &requestText, const QSslCertificate &expected,
                              int waitMs = 10000)
{
    QSslSocket socket;
    QByteArray response;
    QObject::connect(&socket, &QSslSocket::readyRead, &socket, [&socket, &response] { response += socket.readAll(); });
    QObject::connect(&socket, &QSslSocket::sslErrors, &socket, [&socket, expected](const QList<QSslError> &errors) {
        for (const QSslError &e : errors) {
            if (e.certificate() != expected)
                return;
        }
        socket.ignoreSslErrors(errors);
    });
    QSignalSpy closed(&socket, &QAbstractSocket::disconnected);
    if (base.scheme() == u"https")
        socket.connectToHostEncrypted(base.host(), quint16(base.port()));
    else
        socket.connectToHost(base.host(), quint16(base.port()));
    socket.write(requestText); // buffered until connected (and encrypted)
    closed.wait(waitMs);
    response += socket.readAll();
    return response;
}

} // namespace kw::test
