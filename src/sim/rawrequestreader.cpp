#include "rawrequestreader.h"

#include <QTcpSocket>

namespace kw::sim {
namespace {

constexpr qsizetype MaxHeaderBytes = 64 * 1024;
constexpr qsizetype MaxBodyBytes = 4 * 1024 * 1024;

} // namespace

void RawRequestReader::read(QTcpSocket *socket, Callback callback)
{
    new RawRequestReader(socket, std::move(callback));
}

RawRequestReader::RawRequestReader(QTcpSocket *socket, Callback callback)
    : QObject(socket)
    , m_socket(socket)
    , m_callback(std::move(callback))
{
    connect(socket, &QTcpSocket::readyRead, this, &RawRequestReader::consume);
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    if (socket->bytesAvailable() > 0)
        consume();
}

void RawRequestReader::consume()
{
    if (m_done) {
        m_socket->readAll(); // a client sending more after its request: ignored
        return;
    }
    m_buffer += m_socket->readAll();
    // An HTTP request starts with a method token. Anything else (a TLS ClientHello sent to the
    // plain-HTTP personality, say) is dropped at once rather than waited on, as a device does.
    if (!m_buffer.isEmpty() && !(m_buffer.at(0) >= 'A' && m_buffer.at(0) <= 'Z')) {
        m_socket->abort();
        return;
    }
    const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        if (m_buffer.size() > MaxHeaderBytes)
            m_socket->abort();
        return;
    }
    IncomingRequest request;
    const QList<QByteArray> lines = m_buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.constFirst().trimmed().split(' ');
    if (requestLine.size() < 2) {
        m_socket->abort();
        return;
    }
    request.method = requestLine.at(0);
    request.target = requestLine.at(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            request.headers.append({lines.at(i).left(colon).trimmed(), lines.at(i).mid(colon + 1).trimmed()});
    }
    const qsizetype bodyLength = qBound<qsizetype>(0, request.header("Content-Length").toLongLong(), MaxBodyBytes);
    const qsizetype bodyStart = headerEnd + 4;
    if (m_buffer.size() - bodyStart < bodyLength)
        return; // wait for the rest of the body
    request.body = m_buffer.mid(bodyStart, bodyLength);
    m_done = true;
    m_buffer.clear();
    m_callback(request, m_socket);
}

} // namespace kw::sim
