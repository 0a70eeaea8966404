#pragma once

#include "net/deviceaddress.h"
#include "poll/connectionstate.h"
#include "senec/senecresponse.h"
#include "snapshot/deviceinfo.h"
#include "snapshot/energysnapshot.h"

#include <QMainWindow>
#include <QStringList>

#include <memory>

class QAction;
class QLabel;

namespace Ui {
class MainWindow;
}

namespace kw::history {
class HistoryStore;
}

namespace kw::models {
class LiveValuesFilterProxy;
class LiveValuesModel;
} // namespace kw::models

namespace kw::gui {

class BatteryView;
class ChartsView;
class EnergyFlowWidget;
class FreshnessIndicator;
class LogView;
class TodayPanel;
class VarsView;
class WelcomePage;

// The Kilowatch window: the welcome page until a device is chosen, then the dashboard — Overview
// (live energy flow and today's energies), Battery, Charts, Log and Variables — with a status bar
// (connection state, device, data freshness) and menus. Passive: it shows what it is given and
// asks for decisions through signals; it never talks to the network. Each view is its own class;
// this one only arranges them and forwards the poller's data.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void setDeviceName(const QString &name);
    void setDeviceInfo(const kw::DeviceInfo &info);
    void setConnectionState(kw::ConnectionState state);
    void setPollIntervalMs(int intervalMs);
    // Not owned; nullptr: charts and today's energies say there is no history.
    void setHistoryStore(kw::history::HistoryStore *store);
    void showUpdate(const kw::EnergySnapshot &snapshot, const kw::senec::SenecResponse &response);
    void showPollError(const QString &message);
    // A problem that is not about the last poll (e.g. the history cannot be written).
    void showNotice(const QString &message);
    // Shows both fingerprints and a button to trust the new certificate.
    void showCertificateChanged(const QString &description);
    // Reflects the poller's paused state in the menu.
    void setPollingPaused(bool paused);
    // "de" or "en" for device texts (battery status).
    void setDeviceLanguage(const QString &language);

    // The first-start page (no device configured) or the dashboard.
    void showWelcome();
    void showDashboard();
    bool isShowingWelcome() const;

    models::LiveValuesModel *valuesModel() const { return m_model; }
    EnergyFlowWidget *flowWidget() const;
    TodayPanel *todayPanel() const;
    BatteryView *batteryView() const;
    ChartsView *chartsView() const;
    LogView *logView() const;
    VarsView *varsView() const;
    WelcomePage *welcomePage() const;
    FreshnessIndicator *freshnessIndicator() const { return m_freshness; }
    // The window's own actions, for other menus (the tray's) that must share their state:
    // Export…, Pause Polling (checkable), Settings…, Quit.
    QAction *exportAction() const;
    QAction *pauseAction() const;
    QAction *preferencesAction() const;
    QAction *quitAction() const;

    // The views by the names the command line uses: "overview", "battery", "charts", "log",
    // "variables".
    static QStringList viewNames();
    // Brings the named view to the front; false for a name not in viewNames().
    bool showView(const QString &name);
    QString currentView() const;

Q_SIGNALS:
    void acceptCertificateRequested();
    void pollNowRequested();
    void pausePollingRequested(bool paused);
    void fullSweepRequested();
    void settingsRequested();
    // File → Export… (charts as images; history, daily energies, battery cells or log as CSV).
    void exportRequested();
    void connectDeviceRequested();
    void demoRequested();
    void deviceRequested(const QString &address, kw::net::Scheme scheme);

private:
    void setUpMenus();
    void setUpStatusBar();
    void setUpValuesView();
    void sizeValueColumns();
    void showAbout();
    void setDashboardActionsEnabled(bool enabled);

    std::unique_ptr<Ui::MainWindow> m_ui;
    models::LiveValuesModel *m_model;
    models::LiveValuesFilterProxy *m_filter;
    QLabel *m_stateLabel;
    QLabel *m_deviceLabel;
    FreshnessIndicator *m_freshness;
    QMetaObject::Connection m_historyConnection; // the store's batches -> today's energies
    QString m_deviceName;
    bool m_columnsSized = false;
};

} // namespace kw::gui
