#pragma once

#include "transportresult.h"

#include <QObject>

namespace kw::net {

// Handle for one queued or running device request. Emits finished() exactly once, always from
// the event loop (never inside the call that caused it), then deletes itself (deleteLater), so
// read the result in the slot or copy it.
class DeviceReply : public QObject
{
    Q_OBJECT
public:
    bool isFinished() const { return m_finished; }
    const TransportResult &result() const { return m_result; }
    // Cancels the request; finished() follows with TransportError::Aborted (unless already done).
    // isFinished() is true at once.
    void abort();

Q_SIGNALS:
    void finished(const kw::net::TransportResult &result);
    // Internal: asks the transport to cancel this request.
    void abortRequested();

private:
    friend class DeviceTransport;
    explicit DeviceReply(QObject *parent = nullptr);
    void finish(TransportResult result);

    TransportResult m_result;
    bool m_finished = false;
};

} // namespace kw::net
