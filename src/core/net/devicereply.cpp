#include "devicereply.h"

namespace kw::net {

DeviceReply::DeviceReply(QObject *parent)
    : QObject(parent)
{
}

void DeviceReply::abort()
{
    if (!m_finished)
        Q_EMIT abortRequested();
}

void DeviceReply::finish(TransportResult result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_result = std::move(result);
    // Always from the event loop: callers may abort or enqueue from anywhere, even before they
    // connected to finished(), and never see the signal re-entrantly.
    QMetaObject::invokeMethod(
        this,
        [this] {
            Q_EMIT finished(m_result);
            deleteLater();
        },
        Qt::QueuedConnection);
}

} // namespace kw::net
