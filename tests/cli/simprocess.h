#pragma once

#include <QProcess>
#include <QStringList>
#include <QUrl>

// A kilowatch-sim process for the client tests: started with the given options, ready once it
// printed its base URL (its first line of stdout). Killed when the object goes.
class SimProcess
{
public:
    SimProcess() = default;
    ~SimProcess();
    SimProcess(const SimProcess &) = delete;
    SimProcess &operator=(const SimProcess &) = delete;

    // False (with the sim's stderr in error()) if it does not start within `timeoutMs`.
    bool start(const QStringList &arguments, int timeoutMs = 20'000);
    void stop();

    QUrl baseUrl() const { return m_baseUrl; }
    quint16 port() const { return quint16(m_baseUrl.port()); }
    QString error() const { return m_error; }

private:
    QProcess m_process;
    QUrl m_baseUrl;
    QString m_error;
};
