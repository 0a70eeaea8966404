#include "requesttargettap.h"

#include <QTcpSocket>

namespace kw::sim {
namespace {

constexpr qsizetype MaxRequestLine = 16 * 1024;

bool startsWithMethod(const QByteArray &data)
{
    for (const char *method : {"GET ", "POST ", "HEAD ", "PUT ", "DELETE ", "OPTIONS ", "PATCH "}) {
        if (data.startsWith(method))
            return true;
    }
    return false;
}

} // namespace

RequestTargetTap::RequestTargetTap(QTcpSocket *socket)
    : QObject(socket)
    , m_socket(socket)
{
    connect(socket, &QTcpSocket::readyRead, this, &RequestTargetTap::inspect);
    if (socket->bytesAvailable() > 0)
        inspect();
}

void RequestTargetTap::attach(QTcpSocket *socket)
{
    if (socket && !socket->findChild<RequestTargetTap *>(QString(), Qt::FindDirectChildrenOnly))
        new RequestTargetTap(socket);
}

QByteArray RequestTargetTap::take(QTcpSocket *socket)
{
    auto *tap = socket ? socket->findChild<RequestTargetTap *>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
    if (!tap || tap->m_targets.isEmpty())
        return {};
    return tap->m_targets.takeFirst();
}

void RequestTargetTap::inspect()
{
    // Only new bytes are visible here: the server reads everything it is given right after us.
    const QByteArray data = m_socket->peek(m_socket->bytesAvailable());
    if (!m_collecting) {
        if (!startsWithMethod(data))
            return; // body bytes of a request whose line we already have
        m_collecting = true;
        m_partialLine.clear();
    }
    m_partialLine += data;
    const qsizetype end = m_partialLine.indexOf('\n');
    if (end < 0) {
        if (m_partialLine.size() > MaxRequestLine)
            m_collecting = false;
        return;
    }
    const QList<QByteArray> parts = m_partialLine.left(end).trimmed().split(' ');
    if (parts.size() >= 2)
        m_targets.append(parts.at(1));
    m_collecting = false;
    m_partialLine.clear();
}

} // namespace kw::sim
