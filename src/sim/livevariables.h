#pragma once

#include "plantsnapshot.h"
#include "wirevalue.h"

#include <QStringList>

namespace kw::sim {

// Maps the plant's state onto the device's live variables (ENERGY.GUI_*, BMS cell arrays,
// PM1OBJ1 phases, RTC, STATISTIC.LIVE_*, WALLBOX.* …) and the seeded identity (device id,
// serials). Everything else the device reports is a static default from the variable table.
class LiveVariables
{
public:
    LiveVariables(quint64 seed, QStringList presentSections);

    LiveValues values(const PlantSnapshot &snapshot) const;

    QString deviceId() const { return m_deviceId; }

private:
    static void wallboxValues(const PlantSnapshot &snapshot, LiveValues &values);

    QStringList m_sections;
    QString m_deviceId;
    QString m_batterySerial;
    QString m_inverterSerial;
    double m_moduleSerialBase = 0;
};

} // namespace kw::sim
