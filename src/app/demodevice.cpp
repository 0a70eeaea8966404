#include "demodevice.h"

#include "senecsimulator.h"

#include <QRandomGenerator>

namespace kw::app {

DemoDevice::DemoDevice(const QDateTime &start, double speed, QObject *parent)
    : QObject(parent)
{
    sim::SimulatorOptions options;
    options.start = start;
    options.speed = speed;
    options.firmware = sim::Firmware::V0826;
    options.port = 0; // any free port
    // Different clouds and loads each run; kilowatch-sim --seed is there for repeatable runs.
    options.seed = QRandomGenerator::global()->generate64();
    m_simulator = std::make_unique<sim::SenecSimulator>(options);
}

DemoDevice::~DemoDevice() = default;

bool DemoDevice::start()
{
    if (!m_trustDir.isValid()) {
        m_error = tr("cannot create a temporary folder: %1").arg(m_trustDir.errorString());
        return false;
    }
    if (!m_simulator->start()) {
        m_error = m_simulator->errorString();
        return false;
    }
    return true;
}

QUrl DemoDevice::baseUrl() const
{
    return m_simulator->baseUrl();
}

QString DemoDevice::trustFile() const
{
    return m_trustDir.filePath(QStringLiteral("trust.json"));
}

QString DemoDevice::historyPath() const
{
    return m_trustDir.filePath(QStringLiteral("demo-history.sqlite"));
}

} // namespace kw::app
