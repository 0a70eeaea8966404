#include "replywriter.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#if defined(Q_OS_WIN)
#include <winsock2.h>
#else
#include <sys/socket.h>
#endif

namespace kw::sim::ReplyWriter {
namespace {
constexpr int SlowPieces = 10;
}

void send(QTcpSocket *socket, const HttpReply &reply, bool closeConnection)
{
    socket->write(reply.serialize(closeConnection));
    if (closeConnection)
        socket->disconnectFromHost(); // after the buffered bytes are out
}

void sendSlowly(QTcpSocket *socket, const HttpReply &reply, bool closeConnection, int durationMs)
{
    socket->write(reply.head(closeConnection));
    socket->flush();
    const QByteArray body = reply.body;
    const qsizetype pieceSize = qMax<qsizetype>(1, (body.size() + SlowPieces - 1) / SlowPieces);
    auto *timer = new QTimer(socket); // dies with the socket if the client gives up
    timer->setInterval(qMax(1, durationMs / SlowPieces));
    auto offset = std::make_shared<qsizetype>(0);
    QObject::connect(timer, &QTimer::timeout, socket, [socket, timer, body, pieceSize, offset, closeConnection] {
        socket->write(body.mid(*offset, pieceSize));
        socket->flush();
        *offset += pieceSize;
        if (*offset >= body.size()) {
            timer->stop();
            timer->deleteLater();
            if (closeConnection)
                socket->disconnectFromHost();
        }
    });
    timer->start();
}

void reset(QTcpSocket *socket)
{
    const qintptr fd = socket->socketDescriptor();
    if (fd >= 0) {
        // Linger on with a zero timeout: close() then sends RST instead of FIN.
        struct linger option;
        option.l_onoff = 1;
        option.l_linger = 0;
#if defined(Q_OS_WIN)
        ::setsockopt(SOCKET(fd), SOL_SOCKET, SO_LINGER, reinterpret_cast<const char *>(&option), sizeof option);
#else
        ::setsockopt(int(fd), SOL_SOCKET, SO_LINGER, &option, sizeof option);
#endif
    }
    socket->abort();
}

} // namespace kw::sim::ReplyWriter
