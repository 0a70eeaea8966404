#pragma once

#include "history/energytotals.h"
#include "snapshot/energysnapshot.h"

#include <QDate>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QProgressBar;

namespace kw::history {
class HistoryStore;
}

namespace kw::gui {

// Beside the flow diagram: the device state in words (a grid outage stands out) and today's
// energies with autarky and self-consumption, summed by the history store from the recorded
// minutes. "Today" is the local day of the newest stored sample, so a demo running on another
// day or a device whose clock is off still shows its own day.
class TodayPanel : public QWidget
{
    Q_OBJECT
public:
    // How often the sums are re-read at most while samples keep arriving.
    static constexpr int RefreshIntervalMs = 5'000;

    explicit TodayPanel(QWidget *parent = nullptr);

    void setSnapshot(const kw::EnergySnapshot &snapshot);
    // Not owned; nullptr: the energies say there is no history.
    void setHistoryStore(kw::history::HistoryStore *store);
    // Samples up to `lastSampleMs` are stored: re-read the sums (coalesced).
    void notifyNewData(qint64 lastSampleMs);
    // Reads the sums for the local day of `dayOfMs` now.
    void refreshNow(qint64 dayOfMs);

    QDate day() const { return m_day; }
    const kw::history::EnergyTotals &totals() const { return m_totals; }
    QString stateText() const;
    // The value shown for one energy row ("12.4 kWh"), for tests.
    QString energyText(const QString &rowName) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void showTotals();
    void applyStateStyle();
    QLabel *addEnergyRow(const QString &name, const QString &title);

    QPointer<kw::history::HistoryStore> m_store;
    QLabel *m_stateTitle;
    QLabel *m_stateLabel;
    QLabel *m_dayLabel;
    QLabel *m_autarkyValue;
    QProgressBar *m_autarkyBar;
    QLabel *m_selfUseValue;
    QProgressBar *m_selfUseBar;
    QWidget *m_rows;
    QTimer m_refreshTimer;
    qint64 m_pendingDayOfMs = 0;
    QDate m_day;
    kw::history::EnergyTotals m_totals;
    bool m_haveTotals = false;
    bool m_stateIsAlarming = false; // outage or error state: drawn in red
};

} // namespace kw::gui
