#include "lalaexchange.h"

#include "net/devicereply.h"
#include "net/devicetransport.h"
#include "senec/senecrequestbuilder.h"

namespace kw::cli {

LalaExchange::LalaExchange(net::DeviceTransport *transport, QList<QByteArray> bodies, bool parse,
                           QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_bodies(std::move(bodies))
    , m_parse(parse)
{
}

void LalaExchange::start()
{
    m_next = 0;
    m_answers.clear();
    m_outcome = Outcome();
    sendNext();
}

void LalaExchange::sendNext()
{
    if (!m_transport) {
        finish(net::TransportError::Aborted, tr("the connection was closed"));
        return;
    }
    if (m_next >= m_bodies.size()) {
        if (m_parse)
            m_outcome.response = senec::SenecRequestBuilder::mergeAnswers(m_answers);
        Q_EMIT finished(m_outcome);
        return;
    }
    net::DeviceReply *reply = m_transport->postLala(m_bodies.at(m_next++));
    connect(reply, &net::DeviceReply::finished, this, &LalaExchange::onReply);
}

void LalaExchange::onReply(const net::TransportResult &result)
{
    if (!result.ok()) {
        finish(result.error, result.message);
        return;
    }
    m_outcome.rawBodies.append(result.body);
    if (m_parse) {
        senec::SenecParseResult parsed = senec::parseSenecResponse(result.body);
        if (!parsed.response) {
            finish(net::TransportError::InvalidBody,
                   tr("the device's answer is not lala.cgi JSON: %1").arg(parsed.error));
            return;
        }
        m_answers.append(std::move(*parsed.response));
    }
    sendNext();
}

void LalaExchange::finish(net::TransportError error, const QString &message)
{
    m_outcome.error = error;
    m_outcome.message = message;
    Q_EMIT finished(m_outcome);
}

} // namespace kw::cli
