#include "senecexchange.h"

#include "net/devicereply.h"
#include "net/devicetransport.h"
#include "senecrequestbuilder.h"

namespace kw::senec {

SenecExchange::SenecExchange(net::DeviceTransport *transport, QList<QByteArray> bodies, bool parse,
                             QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_bodies(std::move(bodies))
    , m_parse(parse)
{
}

void SenecExchange::start()
{
    m_next = 0;
    m_aborted = false;
    m_answers.clear();
    m_outcome = Outcome();
    sendNext();
}

void SenecExchange::abort()
{
    m_aborted = true;
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
    }
    m_reply = nullptr;
}

void SenecExchange::sendNext()
{
    if (!m_transport) {
        finish(net::TransportError::Aborted, tr("the connection was closed"));
        return;
    }
    if (m_next >= m_bodies.size()) {
        if (m_parse)
            m_outcome.response = SenecRequestBuilder::mergeAnswers(m_answers);
        m_answers.clear();
        Q_EMIT finished(m_outcome);
        return;
    }
    m_reply = m_transport->postLala(m_bodies.at(m_next++));
    connect(m_reply, &net::DeviceReply::finished, this, &SenecExchange::onReply);
}

void SenecExchange::onReply(const net::TransportResult &result)
{
    m_reply = nullptr;
    if (m_aborted)
        return;
    if (!result.ok()) {
        finish(result.error, result.message);
        return;
    }
    m_outcome.rawBodies.append(result.body);
    if (m_parse) {
        SenecParseResult parsed = parseSenecResponse(result.body);
        if (!parsed.response) {
            // Devices truncate answers under load; a cut-off body is a failed request, not data.
            finish(net::TransportError::InvalidBody,
                   tr("invalid answer from the device (not lala.cgi JSON): %1").arg(parsed.error));
            return;
        }
        m_answers.append(std::move(*parsed.response));
    }
    sendNext();
}

void SenecExchange::finish(net::TransportError error, const QString &message)
{
    m_answers.clear();
    m_outcome.error = error;
    m_outcome.message = message;
    Q_EMIT finished(m_outcome);
}

} // namespace kw::senec
