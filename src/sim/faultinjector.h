#pragma once

#include "simrandom.h"
#include "simulatoroptions.h"

#include <QByteArray>

#include <optional>

namespace kw::sim {

// Rolls the seeded dice for each connection against the configured faults (first match in list
// order wins) and makes the bad content faults send. No I/O: the simulator carries faults out.
class FaultInjector
{
public:
    explicit FaultInjector(quint64 seed);

    void setFaults(const QList<FaultSpec> &faults) { m_faults = faults; }
    const QList<FaultSpec> &faults() const { return m_faults; }
    bool isActive() const { return !m_faults.isEmpty(); }

    std::optional<FaultSpec> roll();
    // A 200 body that is certainly not JSON: an HTML error page or binary noise.
    QByteArray garbage();
    // How many bytes of a body of `size` to keep: between a fifth and four fifths.
    qsizetype truncatedSize(qsizetype size);

private:
    SimRandom m_random;
    QList<FaultSpec> m_faults;
};

} // namespace kw::sim
