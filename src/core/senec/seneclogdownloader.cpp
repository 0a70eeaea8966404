#include "seneclogdownloader.h"

#include "net/devicereply.h"
#include "net/devicetransport.h"

#include <QLoggingCategory>
#include <QTimer>

namespace kw::senec {
namespace {

Q_LOGGING_CATEGORY(lcLog, "kw.senec.log", QtInfoMsg)

const QString NewPrefix = QStringLiteral("//log"); // firmware 0826
const QString OldPrefix = QStringLiteral("/log");

} // namespace

SenecLogDownloader::SenecLogDownloader(net::DeviceTransport *transport, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
{
}

void SenecLogDownloader::setKnownPrefix(const QString &prefix)
{
    if (prefix == NewPrefix || prefix == OldPrefix || prefix.isEmpty())
        m_knownPrefix = prefix;
}

QString SenecLogDownloader::path(const QString &prefix, QDate dayUtc)
{
    return prefix + u'/' + QString::number(dayUtc.year()) + u'/'
         + QString::number(dayUtc.month()).rightJustified(2, u'0') + u'/'
         + QString::number(dayUtc.day()).rightJustified(2, u'0') + u".log";
}

bool SenecLogDownloader::fetch(QDate dayUtc)
{
    if (m_running)
        return false;
    m_running = true;
    m_day = dayUtc;
    if (!dayUtc.isValid() || !m_transport) {
        SenecLogResult result;
        result.dayUtc = dayUtc;
        result.error = !m_transport ? tr("no device connection") : tr("invalid date");
        QTimer::singleShot(0, this, [this, result] {
            m_running = false;
            Q_EMIT finished(result);
        });
        return true;
    }
    attempt(m_knownPrefix.isEmpty() ? NewPrefix : m_knownPrefix);
    return true;
}

void SenecLogDownloader::attempt(const QString &prefix)
{
    net::DeviceReply *reply = m_transport->get(path(prefix, m_day));
    connect(reply, &net::DeviceReply::finished, this,
            [this, prefix](const net::TransportResult &result) { onReply(prefix, result); });
}

void SenecLogDownloader::onReply(const QString &prefix, const net::TransportResult &reply)
{
    // Older firmware serves /log/…; a 404 on //log/… can mean either "no such day" or "wrong
    // path", so the other style is asked too until one has answered once.
    if (reply.isNotFound() && m_knownPrefix.isEmpty() && prefix == NewPrefix && m_transport) {
        attempt(OldPrefix);
        return;
    }
    SenecLogResult result;
    result.dayUtc = m_day;
    result.path = path(prefix, m_day);
    result.transportError = reply.error;
    if (reply.ok()) {
        if (m_knownPrefix != prefix)
            qCInfo(lcLog) << "device serves logs under" << prefix;
        m_knownPrefix = prefix;
        result.status = SenecLogResult::Status::Ok;
        result.raw = reply.body;
        result.lines = SenecLogParser::parse(reply.body);
    } else if (reply.isNotFound()) {
        result.status = SenecLogResult::Status::NoLog;
    } else {
        result.status = SenecLogResult::Status::Failed;
        result.error = tr("log %1: %2").arg(m_day.toString(Qt::ISODate), reply.message);
    }
    m_running = false;
    Q_EMIT finished(result);
}

} // namespace kw::senec
