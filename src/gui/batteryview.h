#pragma once

#include <QWidget>

class QLabel;
class QScrollArea;
class QStackedWidget;
class QTableView;

namespace kw::senec {
class SenecResponse;
} // namespace kw::senec

namespace kw::models {
class BatteryCellTemperaturesModel;
class BatteryGridModel;
class BatteryModulesModel;
} // namespace kw::models

namespace kw::gui {

class CellHeatmapDelegate;

// The Battery view: a one-line pack summary, then per module its figures (SOC, SOH, cycles,
// voltage, current, status), its cell voltages as a heatmap (lowest, highest, delta, then one
// column per cell) and its temperature sensors likewise, each heatmap with its key. Passive: it
// shows the answers it is given; the models update in place, so selection and scrolling survive
// every poll. Until modules are known it shows why there is nothing ("No battery data yet", "The
// device reports no battery modules").
class BatteryView : public QWidget
{
    Q_OBJECT
public:
    enum class State { NoData, NoModules, Modules };

    // Where each heatmap reaches full colour. Fixed, not fitted to the data, so a colour means the
    // same deviation from one poll, module and day to the next, and a healthy pack looks calm
    // instead of having its noise stretched over the whole scale.
    // 20 mV: the NMC cells of a balanced SENEC module sit within a few mV of each other (a real V3
    // answer: 3–4 mV between a module's lowest and highest cell), where passive balancing keeps
    // them; a cell 20 mV off its module's mean (a module delta of some 40 mV) is far outside that
    // and worth a look. A healthy module's few mV still show as light tints (HeatmapColours).
    // 3 K: the BMS reports whole °C from six sensors per module, which agree within a degree or two
    // in one enclosure; 3 K off the module's mean points at a local heat source (a high-resistance
    // cell or connection).
    static constexpr double CellVoltageSpanMv = 20.0;
    static constexpr double TemperatureSpanK = 3.0;

    explicit BatteryView(QWidget *parent = nullptr);

    // Updates both tables in place from everything known so far (DevicePoller::lastResponse()).
    void showResponse(const kw::senec::SenecResponse &response);
    // "de" / "en": the modules' status texts.
    void setLanguage(const QString &language);

    models::BatteryModulesModel *modulesModel() const { return m_modules; }
    models::BatteryCellTemperaturesModel *temperaturesModel() const { return m_temperatures; }

    State state() const;
    // What the view says instead of tables (empty in state Modules).
    QString emptyText() const;
    // "3 modules · 42 cells · mean 3,712 mV · largest cell delta 9 mV in Module B · sensors 21–24 °C"
    QString packSummaryText() const;

    QTableView *moduleTable() const { return m_moduleTable; }
    QTableView *cellTable() const { return m_cellTable; }
    QTableView *temperatureTable() const { return m_temperatureTable; }
    QScrollArea *scrollArea() const { return m_scrollArea; }
    CellHeatmapDelegate *cellDelegate() const { return m_cellDelegate; }
    CellHeatmapDelegate *temperatureDelegate() const { return m_temperatureDelegate; }

protected:
    void changeEvent(QEvent *event) override;

private:
    QTableView *createTable(models::BatteryGridModel *model, CellHeatmapDelegate *delegate);
    QWidget *createSection(const QString &title, QTableView *table, QWidget *legend);
    void hideColumns(QTableView *table, int first, int last);
    void refresh();
    void fitTable(QTableView *table, int headerWidth);

    models::BatteryModulesModel *m_modules;
    models::BatteryCellTemperaturesModel *m_temperatures;
    CellHeatmapDelegate *m_cellDelegate;
    CellHeatmapDelegate *m_temperatureDelegate;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QScrollArea *m_scrollArea = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QTableView *m_moduleTable = nullptr;
    QTableView *m_cellTable = nullptr;
    QTableView *m_temperatureTable = nullptr;
};

} // namespace kw::gui
