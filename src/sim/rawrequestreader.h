#pragma once

#include "incomingrequest.h"

#include <QObject>

#include <functional>

class QTcpSocket;

namespace kw::sim {

// Reads one HTTP/1.1 request (request line, headers, Content-Length body) from a socket that
// Qt's HTTP server never sees, then hands it over; used for connections picked for a fault, so
// the fault happens after the request was received, as on a struggling device. Deletes the
// socket when the peer disconnects.
class RawRequestReader : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const IncomingRequest &, QTcpSocket *)>;

    static void read(QTcpSocket *socket, Callback callback);

private:
    RawRequestReader(QTcpSocket *socket, Callback callback);
    void consume();

    QTcpSocket *m_socket;
    Callback m_callback;
    QByteArray m_buffer;
    bool m_done = false;
};

} // namespace kw::sim
