#pragma once

#include "requesttargettap.h"

#include <QTcpServer>
#include <QTcpSocket>

#include <functional>

namespace kw::sim {

// A QTcpServer or QSslServer (TLS already negotiated) that decides per accepted connection
// whether Qt's HTTP server gets it or the simulator keeps it to misbehave on the raw socket
// (timeout, reset, trickle, truncation…). QAbstractHttpServer pulls connections through
// nextPendingConnection(), so this is where the decision goes. Each connection handed on is
// fitted with a RequestTargetTap first, before the HTTP server connects to its signals.
template <typename Server>
class FaultingServer final : public Server
{
public:
    // Returns true when it has taken the socket for raw handling.
    using Filter = std::function<bool(QTcpSocket *)>;

    explicit FaultingServer(Filter filter, QObject *parent = nullptr)
        : Server(parent)
        , m_filter(std::move(filter))
    {
    }

    QTcpSocket *nextPendingConnection() override
    {
        while (QTcpSocket *socket = Server::nextPendingConnection()) {
            if (m_filter && m_filter(socket))
                continue;
            RequestTargetTap::attach(socket);
            return socket;
        }
        return nullptr;
    }

private:
    Filter m_filter;
};

} // namespace kw::sim
