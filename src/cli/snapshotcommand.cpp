#include "snapshotcommand.h"

#include "senec/senecexchange.h"
#include "snapshotjson.h"
#include "senec/senecbackend.h"
#include "senec/senecrequestbuilder.h"

#include <QDateTime>

namespace kw::cli {

void SnapshotCommand::send()
{
    senec::SenecRequestBuilder builder(senec::SenecBackend::liveSet());
    if (m_exchange)
        m_exchange->deleteLater(); // see PollCommand::send()
    m_exchange = new senec::SenecExchange(transport(), builder.bodies(), true, this);
    connect(m_exchange, &senec::SenecExchange::finished, this, [this](const senec::SenecExchange::Outcome &outcome) {
        if (outcome.error != net::TransportError::None) {
            failRequest(outcome.error, outcome.message);
            return;
        }
        const senec::SenecBackend backend(options().language);
        const EnergySnapshot snapshot =
            backend.snapshot(outcome.response, QDateTime::currentMSecsSinceEpoch());
        succeed(snapshotToJson(snapshot, senec::SenecBackend::deviceTimeUtcMs(outcome.response),
                               options().style));
    });
    m_exchange->start();
}

} // namespace kw::cli
