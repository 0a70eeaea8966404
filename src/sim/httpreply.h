#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace kw::sim {

// A complete HTTP/1.1 response, serialised by hand so faults can send parts of it (headers
// first, body trickled or cut) on the raw socket.
struct HttpReply
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers; // extra headers (Set-Cookie, Server, Allow…)

    static HttpReply json(QByteArray body, int status = 200);
    static HttpReply text(QByteArray body, int status = 200);
    static HttpReply html(QByteArray body, int status = 200);
    // The small HTML error page nginx sends.
    static HttpReply error(int status);

    // Content-Type, Content-Length (the body size), the extra headers and Connection.
    QList<QPair<QByteArray, QByteArray>> allHeaders(bool closeConnection) const;
    // Status line and headers including the blank line.
    QByteArray head(bool closeConnection) const;
    QByteArray serialize(bool closeConnection) const { return head(closeConnection) + body; }

    static QByteArray reasonPhrase(int status);
};

} // namespace kw::sim
