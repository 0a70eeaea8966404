#include "pollcommand.h"

#include "senec/senecexchange.h"
#include "senec/senecbackend.h"
#include "senec/senecdecodedjson.h"
#include "senec/senecrequestbuilder.h"

namespace kw::cli {

void PollCommand::send()
{
    senec::SenecRequestBuilder builder;
    if (options().sections.isEmpty()) {
        builder.add(senec::SenecBackend::liveSet());
    } else {
        for (const QString &section : options().sections)
            builder.addSection(section);
    }
    // send() runs again from inside the old exchange's signal after a re-pin: never delete it there.
    if (m_exchange)
        m_exchange->deleteLater();
    m_exchange = new senec::SenecExchange(transport(), builder.bodies(), !options().raw, this);
    connect(m_exchange, &senec::SenecExchange::finished, this, [this](const senec::SenecExchange::Outcome &outcome) {
        if (outcome.error != net::TransportError::None) {
            failRequest(outcome.error, outcome.message);
            return;
        }
        if (!options().raw) {
            succeed(senec::SenecDecodedJson::toJson(outcome.response, options().style));
            return;
        }
        // Split requests give several bodies; one per line keeps them apart for a script.
        QByteArray out;
        for (const QByteArray &body : outcome.rawBodies) {
            out.append(body);
            if (!body.endsWith('\n'))
                out.append('\n');
        }
        succeed(out);
    });
    m_exchange->start();
}

} // namespace kw::cli
