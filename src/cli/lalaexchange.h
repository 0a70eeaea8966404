#pragma once

#include "net/transporterror.h"
#include "senec/senecresponse.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>

namespace kw::net {
class DeviceTransport;
struct TransportResult;
} // namespace kw::net

namespace kw::cli {

// Sends lala.cgi request bodies one after another (the device wants one request at a time) and
// unites the answers. Any failed or non-JSON answer fails the whole exchange: a partial answer
// would look complete to a script.
class LalaExchange : public QObject
{
    Q_OBJECT
public:
    struct Outcome
    {
        net::TransportError error = net::TransportError::None;
        QString message;             // one line when error != None
        senec::SenecResponse response; // the merged answers (when parsing was asked for)
        QList<QByteArray> rawBodies;   // each answer as received
    };

    // `parse` false: keep the bodies as received and do not require them to be JSON (--raw).
    LalaExchange(net::DeviceTransport *transport, QList<QByteArray> bodies, bool parse,
                 QObject *parent = nullptr);

    void start();

Q_SIGNALS:
    void finished(const kw::cli::LalaExchange::Outcome &outcome);

private:
    void sendNext();
    void onReply(const net::TransportResult &result);
    void finish(net::TransportError error, const QString &message);

    QPointer<net::DeviceTransport> m_transport;
    QList<QByteArray> m_bodies;
    bool m_parse;
    qsizetype m_next = 0;
    QList<senec::SenecResponse> m_answers;
    Outcome m_outcome;
};

} // namespace kw::cli
