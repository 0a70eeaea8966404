#include "simprocess.h"

#include <QDeadlineTimer>

SimProcess::~SimProcess()
{
    stop();
}

bool SimProcess::start(const QStringList &arguments, int timeoutMs)
{
    m_process.setProgram(QStringLiteral(KW_SIM_PATH));
    m_process.setArguments(arguments);
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start();
    const QDeadlineTimer deadline(timeoutMs);
    if (!m_process.waitForStarted(timeoutMs)) {
        m_error = m_process.errorString();
        return false;
    }
    while (!m_process.canReadLine()) {
        if (deadline.hasExpired() || m_process.state() != QProcess::Running
            || !m_process.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())))) {
            if (m_process.canReadLine())
                break;
            m_error = QStringLiteral("kilowatch-sim printed no URL: ")
                    + QString::fromUtf8(m_process.readAllStandardError());
            return false;
        }
    }
    m_baseUrl = QUrl(QString::fromUtf8(m_process.readLine().trimmed()));
    if (!m_baseUrl.isValid() || m_baseUrl.port() <= 0) {
        m_error = QStringLiteral("kilowatch-sim printed no usable URL: ") + m_baseUrl.toString();
        return false;
    }
    return true;
}

void SimProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5'000)) {
        m_process.kill();
        m_process.waitForFinished(5'000);
    }
}
