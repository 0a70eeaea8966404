#include "demodevice.h"

#include "history/historystore.h"
#include "plantmodel.h"
#include "senecsimulator.h"

#include <QRandomGenerator>
#include <QTimeZone>

namespace kw::app {

DemoDevice::DemoDevice(const QDateTime &start, double speed, QObject *parent)
    : QObject(parent)
    // Different clouds and loads each run; kilowatch-sim --seed is there for repeatable runs.
    , m_seed(QRandomGenerator::global()->generate64())
    , m_startMs(start.isValid() ? start.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch())
{
    sim::SimulatorOptions options;
    options.start = QDateTime::fromMSecsSinceEpoch(m_startMs, QTimeZone::utc());
    options.speed = speed;
    options.firmware = sim::Firmware::V0826;
    options.port = 0; // any free port
    options.seed = m_seed;
    options.warmUpDays = HistoryDays;
    // One wallbox, so the demo shows everything the dashboard can draw.
    options.wallboxes = Wallboxes;
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

qint64 DemoDevice::recordPastDays(history::HistoryStore &store) const
{
    // A second plant with the same seed, start and warm-up goes through exactly the states the
    // simulator's plant went through, so the recorded days join the live data without a seam.
    qint64 samples = 0;
    const auto record = [&store, &samples](const sim::PlantModel &plant) {
        store.append(plant.energySnapshot());
        ++samples;
    };
    const sim::PlantModel replay(m_seed, m_startMs, HistoryDays, record, Wallboxes);
    return samples;
}

} // namespace kw::app
