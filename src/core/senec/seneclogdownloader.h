#pragma once

#include "seneclogparser.h"
#include "net/transportresult.h"

#include <QDate>
#include <QObject>
#include <QPointer>

namespace kw::net {
class DeviceTransport;
}

namespace kw::senec {

// The outcome of fetching one day's log.
struct SenecLogResult
{
    enum class Status : quint8 { Ok, NoLog, Failed };
    Status status = Status::Failed;
    QDate dayUtc;
    QList<SenecLogLine> lines;  // Ok only
    QByteArray raw;             // Ok only: the file as received
    QString path;               // the path that answered
    QString error;              // Failed only: one line
    net::TransportError transportError = net::TransportError::None;
};

// Downloads device logs: GET //log/YYYY/MM/DD.log (0826), falling back to /log/… on 404 for older
// firmware; the style that answered is remembered. Days are UTC; 404 on both styles means "no log
// that day" (Status::NoLog), which is not an error.
class SenecLogDownloader : public QObject
{
    Q_OBJECT
public:
    explicit SenecLogDownloader(net::DeviceTransport *transport, QObject *parent = nullptr);

    // Starts fetching; false if a fetch is already running. Emits finished() once.
    bool fetch(QDate dayUtc);
    bool isRunning() const { return m_running; }

    // The path style that worked ("//log" or "/log"); empty until one worked.
    QString knownPrefix() const { return m_knownPrefix; }
    void setKnownPrefix(const QString &prefix);

    static QString path(const QString &prefix, QDate dayUtc); // "//log/2024/01/31.log"

Q_SIGNALS:
    void finished(const kw::senec::SenecLogResult &result);

private:
    void attempt(const QString &prefix);
    void onReply(const QString &prefix, const net::TransportResult &reply);

    QPointer<net::DeviceTransport> m_transport;
    QDate m_day;
    bool m_running = false;
    QString m_knownPrefix;
};

} // namespace kw::senec
