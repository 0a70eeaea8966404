#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>

class QTcpSocket;

namespace kw::sim {

// Remembers the raw request target of each request on a socket ("//log/2024/06/21.log"),
// because QHttpServerRequest's URL loses a leading "//" (it is parsed as an authority) and the
// firmware personalities differ exactly there. It peeks at the bytes before QAbstractHttpServer
// reads them (its readyRead connection is made first), so nothing is consumed.
class RequestTargetTap : public QObject
{
    Q_OBJECT
public:
    static void attach(QTcpSocket *socket);
    // The oldest target seen and not yet taken; empty if none.
    static QByteArray take(QTcpSocket *socket);

private:
    explicit RequestTargetTap(QTcpSocket *socket);
    void inspect();

    QTcpSocket *m_socket;
    QByteArray m_partialLine;
    bool m_collecting = false;
    QList<QByteArray> m_targets;
};

} // namespace kw::sim
