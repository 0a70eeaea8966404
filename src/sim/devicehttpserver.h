#pragma once

#include "httpreply.h"
#include "incomingrequest.h"

#include <QAbstractHttpServer>

#include <functional>

class QTcpSocket;

namespace kw::sim {

// Qt's HTTP server (parsing, keep-alive, TLS through a bound QSslServer) answering every request
// through one handler. The handler sees the raw request target (see RequestTargetTap) and
// whether the connection was picked for the "sections not found" fault.
//
// Written against Qt 6.4's QAbstractHttpServer API (handleRequest with the QTcpSocket); Qt 6.5
// replaced those virtuals with QHttpServerResponder-based ones, and this class is the one place
// that needs adapting for it.
class DeviceHttpServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    struct Answer
    {
        HttpReply reply;
        bool closeConnection = false;
        bool handledOnSocket = false; // the handler already dealt with the socket (a fault)
    };
    using Handler = std::function<Answer(const IncomingRequest &, QTcpSocket *)>;

    explicit DeviceHttpServer(Handler handler, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Handler m_handler;
};

} // namespace kw::sim
