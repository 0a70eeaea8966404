#pragma once

#include "snapshot/energysnapshot.h"

#include <QLabel>

#include <optional>

namespace kw::gui {

// One line over the table: PV, house, grid, battery, SOC and the device state, in words a
// person reads at a glance (kW above 1000 W, import/export and charging/discharging spelled out).
class SnapshotSummaryLabel : public QLabel
{
    Q_OBJECT
public:
    explicit SnapshotSummaryLabel(QWidget *parent = nullptr);

    void setSnapshot(const EnergySnapshot &snapshot);

    static QString summaryText(const EnergySnapshot &snapshot);
    // "—" for a value the device did not deliver; never a made-up 0.
    static QString powerText(std::optional<double> powerW);
};

} // namespace kw::gui
