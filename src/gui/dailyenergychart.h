#pragma once

#include "chartcolours.h"
#include "history/dailyenergy.h"

#include <QChartView>
#include <QDate>
#include <QList>

#include <array>

class QBarCategoryAxis;
class QBarSet;
class QCategoryAxis;
class QStackedBarSeries;

namespace kw::gui {

// Energies per local day as bars that balance: above zero where the day's energy came from (PV,
// grid import, battery discharge), below zero where it went (house, grid export, battery charge),
// in kWh. Every day of the window gets a bar, an unrecorded one stays empty; hovering a bar shows
// the day's figures with autarky and self-consumption.
class DailyEnergyChart : public QChartView
{
    Q_OBJECT
public:
    enum class Quantity { Pv, GridImport, BatteryDischarge, House, GridExport, BatteryCharge };
    static constexpr int QuantityCount = 6;

    explicit DailyEnergyChart(QWidget *parent = nullptr);

    // Days first..last inclusive; `recorded` as HistoryStore::dailyEnergy() returns them.
    void setDays(QDate first, QDate last, const QList<kw::history::DailyEnergy> &recorded);
    // One entry per day of the window, zero totals where nothing was recorded.
    const QList<kw::history::DailyEnergy> &days() const { return m_days; }
    QBarSet *barSet(Quantity quantity) const { return m_sets[std::size_t(quantity)]; }
    QStackedBarSeries *barSeries() const { return m_series; }
    // Signed, in kWh: what the bar of `quantity` shows for a day.
    static double barValueKWh(const kw::history::EnergyTotals &totals, Quantity quantity);
    // The hover text of one day of the window (rich text).
    QString toolTipText(int dayIndex) const;

    void applyPalette(const QPalette &palette, const QFont &font);

private:
    void updateValueAxis(double maxInKWh, double maxOutKWh);
    void applyBrushes();

    QStackedBarSeries *m_series;
    std::array<QBarSet *, QuantityCount> m_sets{};
    QBarCategoryAxis *m_dayAxis;
    QCategoryAxis *m_valueAxis;
    QList<kw::history::DailyEnergy> m_days;
    ChartColours m_colours;
};

} // namespace kw::gui
