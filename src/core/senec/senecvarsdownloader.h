#pragma once

#include "senecvarsparser.h"
#include "net/transportresult.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace kw::net {
class DeviceTransport;
}

namespace kw::senec {

// The outcome of fetching the variable monitor page.
struct SenecVarsResult
{
    bool ok = false;
    QList<SenecVarsRow> rows;
    QString path;   // the variant that answered
    QString error;  // one line when !ok
    net::TransportError transportError = net::TransportError::None;
};

// Downloads the variable monitor page, trying the firmware's path variants in order
// (`//vars.html` 0826, `/Vars.html` 0825, `/vars.html` before) on 404 and remembering the one that
// worked, which is then tried first.
class SenecVarsDownloader : public QObject
{
    Q_OBJECT
public:
    explicit SenecVarsDownloader(net::DeviceTransport *transport, QObject *parent = nullptr);

    // Starts fetching; false if a fetch is already running. Emits finished() once.
    bool fetch();
    bool isRunning() const { return m_running; }

    QString knownPath() const { return m_knownPath; }
    void setKnownPath(const QString &path);
    static QStringList pathVariants(); // {"//vars.html", "/Vars.html", "/vars.html"}

Q_SIGNALS:
    void finished(const kw::senec::SenecVarsResult &result);

private:
    void attempt(int index);
    void onReply(int index, const net::TransportResult &reply);

    QPointer<net::DeviceTransport> m_transport;
    QStringList m_order;
    bool m_running = false;
    QString m_knownPath;
};

} // namespace kw::senec
