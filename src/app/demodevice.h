#pragma once

#include <QDateTime>
#include <QObject>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace kw::sim {
class SenecSimulator;
}

namespace kw::app {

// The device behind `kilowatch --demo`: the simulator in this process, on loopback, firmware
// 0826 (HTTPS with a fresh self-signed certificate), plus a throw-away trust file and history
// database so the demo never touches the user's pinned certificates or recorded history.
class DemoDevice : public QObject
{
    Q_OBJECT
public:
    // `start` invalid: the simulated clock starts now. `speed`: simulated seconds per real second.
    DemoDevice(const QDateTime &start, double speed, QObject *parent = nullptr);
    ~DemoDevice() override;

    // False with errorString() when the simulator cannot start.
    bool start();
    QString errorString() const { return m_error; }

    QUrl baseUrl() const;
    QString trustFile() const;
    QString historyPath() const;

private:
    std::unique_ptr<sim::SenecSimulator> m_simulator;
    QTemporaryDir m_trustDir;
    QString m_error;
};

} // namespace kw::app
