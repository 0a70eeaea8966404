#pragma once

#include "httpanswer.h"
#include "incomingrequest.h"

#include <QAbstractHttpServer>
#include <QtGlobal>

// Qt 6.5 replaced the socket-based virtuals this class needs; from there on the simulator serves
// with its own HTTP/1.1 reader (SimulatorOptions::rawHttp), see SenecSimulator::start().
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)

#include <functional>

class QTcpSocket;

namespace kw::sim {

// Qt's HTTP server (parsing, keep-alive, TLS through a bound QSslServer) answering every request
// through one handler. The handler sees the raw request target (see RequestTargetTap) and
// whether the connection was picked for the "sections not found" fault.
//
// Written against Qt 6.4's QAbstractHttpServer API (handleRequest with the QTcpSocket), which
// the faults and the raw request target need; Qt 6.5 replaced those virtuals with
// QHttpServerResponder-based ones that hide the socket.
class DeviceHttpServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    using Answer = HttpAnswer;
    using Handler = std::function<Answer(const IncomingRequest &, QTcpSocket *)>;

    explicit DeviceHttpServer(Handler handler, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Handler m_handler;
};

} // namespace kw::sim

#endif // Qt < 6.5
