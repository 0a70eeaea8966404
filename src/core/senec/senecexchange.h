#pragma once

#include "net/transporterror.h"
#include "senecresponse.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>

namespace kw::net {
class DeviceReply;
class DeviceTransport;
struct TransportResult;
} // namespace kw::net

namespace kw::senec {

// One logical lala.cgi request: sends its (split) bodies one after another — the device wants one
// request at a time — and unites the answers. Any failed or non-JSON answer fails the whole
// exchange: a partial answer would look complete to whoever reads it. Used by the poller and by
// the command-line client.
class SenecExchange : public QObject
{
    Q_OBJECT
public:
    struct Outcome
    {
        net::TransportError error = net::TransportError::None;
        QString message;            // one line when error != None
        SenecResponse response;     // the merged answers (when parsing was asked for)
        QList<QByteArray> rawBodies; // each answer as received

        bool ok() const { return error == net::TransportError::None; }
    };

    // `parse` false: keep the bodies as received and do not require them to be JSON (--raw).
    SenecExchange(net::DeviceTransport *transport, QList<QByteArray> bodies, bool parse = true,
                  QObject *parent = nullptr);

    // Sends the first body; finished() follows exactly once (unless aborted).
    void start();
    // Cancels the running request; finished() is not emitted any more.
    void abort();

Q_SIGNALS:
    void finished(const kw::senec::SenecExchange::Outcome &outcome);

private:
    void sendNext();
    void onReply(const net::TransportResult &result);
    void finish(net::TransportError error, const QString &message);

    QPointer<net::DeviceTransport> m_transport;
    QPointer<net::DeviceReply> m_reply;
    QList<QByteArray> m_bodies;
    bool m_parse;
    bool m_aborted = false;
    qsizetype m_next = 0;
    QList<SenecResponse> m_answers;
    Outcome m_outcome;
};

} // namespace kw::senec
