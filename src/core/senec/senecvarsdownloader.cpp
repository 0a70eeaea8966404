#include "senecvarsdownloader.h"

#include "net/devicereply.h"
#include "net/devicetransport.h"

#include <QLoggingCategory>
#include <QTimer>

namespace kw::senec {
namespace {

Q_LOGGING_CATEGORY(lcVars, "kw.senec.vars", QtInfoMsg)

} // namespace

SenecVarsDownloader::SenecVarsDownloader(net::DeviceTransport *transport, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
{
}

QStringList SenecVarsDownloader::pathVariants()
{
    return {QStringLiteral("//vars.html"), QStringLiteral("/Vars.html"), QStringLiteral("/vars.html")};
}

void SenecVarsDownloader::setKnownPath(const QString &path)
{
    if (path.isEmpty() || pathVariants().contains(path))
        m_knownPath = path;
}

bool SenecVarsDownloader::fetch()
{
    if (m_running)
        return false;
    m_running = true;
    m_order = pathVariants();
    if (!m_knownPath.isEmpty()) {
        m_order.removeAll(m_knownPath);
        m_order.prepend(m_knownPath);
    }
    if (!m_transport) {
        SenecVarsResult result;
        result.error = tr("no device connection");
        QTimer::singleShot(0, this, [this, result] {
            m_running = false;
            Q_EMIT finished(result);
        });
        return true;
    }
    attempt(0);
    return true;
}

void SenecVarsDownloader::attempt(int index)
{
    net::DeviceReply *reply = m_transport->get(m_order.at(index));
    connect(reply, &net::DeviceReply::finished, this,
            [this, index](const net::TransportResult &result) { onReply(index, result); });
}

void SenecVarsDownloader::onReply(int index, const net::TransportResult &reply)
{
    if (reply.isNotFound() && index + 1 < m_order.size() && m_transport) {
        attempt(index + 1);
        return;
    }
    SenecVarsResult result;
    result.path = m_order.at(index);
    result.transportError = reply.error;
    if (reply.ok()) {
        const SenecVarsParser::Result parsed = SenecVarsParser::parse(reply.body);
        result.ok = parsed.ok();
        result.rows = parsed.rows;
        result.error = parsed.error;
        if (result.ok) {
            if (m_knownPath != result.path)
                qCInfo(lcVars) << "device serves the variable monitor at" << result.path;
            m_knownPath = result.path;
        }
    } else if (reply.isNotFound()) {
        result.error = tr("the device has no variable monitor page (tried %1)").arg(m_order.join(u", "));
    } else {
        result.error = tr("variable monitor: %1").arg(reply.message);
    }
    m_running = false;
    Q_EMIT finished(result);
}

} // namespace kw::senec
