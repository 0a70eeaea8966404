#pragma once

#include <QDateTime>
#include <QObject>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace kw::sim {
class SenecSimulator;
}
namespace kw::history {
class HistoryStore;
}

namespace kw::app {

// The device behind `kilowatch --demo`: the simulator in this process, on loopback, firmware
// 0826 (HTTPS with a fresh self-signed certificate), plus a throw-away trust file and history
// database so the demo never touches the user's pinned certificates or recorded history.
// The simulated plant has run for HistoryDays before the start, and the demo's history holds
// those days, so charts and daily energies have something to show from the first second.
class DemoDevice : public QObject
{
    Q_OBJECT
public:
    static constexpr int HistoryDays = 30;
    static constexpr int Wallboxes = 1;

    // `start` invalid: the simulated clock starts now. `speed`: simulated seconds per real second.
    DemoDevice(const QDateTime &start, double speed, QObject *parent = nullptr);
    ~DemoDevice() override;

    // False with errorString() when the simulator cannot start.
    bool start();
    QString errorString() const { return m_error; }

    QUrl baseUrl() const;
    qint64 startMs() const { return m_startMs; } // the simulated clock's start, UTC ms
    sim::SenecSimulator &simulator() const { return *m_simulator; }
    QString trustFile() const;
    QString historyPath() const;
    // Appends the plant's days before the start (one sample per 30 s, the exact states the
    // simulator went through) to `store`. Returns the number of samples appended.
    qint64 recordPastDays(history::HistoryStore &store) const;

private:
    quint64 m_seed;
    qint64 m_startMs;
    std::unique_ptr<sim::SenecSimulator> m_simulator;
    QTemporaryDir m_trustDir;
    QString m_error;
};

} // namespace kw::app
