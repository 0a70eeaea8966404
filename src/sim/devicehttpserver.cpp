#include "devicehttpserver.h"

#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)

#include "requesttargettap.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QMetaEnum>
#include <QTcpSocket>

namespace kw::sim {

DeviceHttpServer::DeviceHttpServer(Handler handler, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler))
{
}

bool DeviceHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    IncomingRequest incoming;
    const auto methods = QMetaEnum::fromType<QHttpServerRequest::Method>();
    incoming.method = QByteArray(methods.valueToKey(int(request.method()))).toUpper();
    incoming.target = RequestTargetTap::take(socket);
    if (incoming.target.isEmpty())
        incoming.target = request.url().path(QUrl::FullyEncoded).toLatin1();
    incoming.body = request.body();
    incoming.headers = request.headers();

    const Answer answer = m_handler(incoming, socket);
    if (answer.handledOnSocket)
        return true;
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(QHttpServerResponder::StatusCode(answer.reply.status));
    for (const auto &header : answer.reply.allHeaders(answer.closeConnection))
        responder.writeHeader(header.first, header.second);
    responder.writeBody(answer.reply.body);
    if (answer.closeConnection)
        socket->disconnectFromHost();
    return true;
}

void DeviceHttpServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    socket->write(HttpReply::error(404).serialize(true));
    socket->disconnectFromHost();
}

} // namespace kw::sim

#endif // Qt < 6.5
