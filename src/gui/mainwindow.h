#pragma once

#include "poll/connectionstate.h"
#include "senec/senecresponse.h"
#include "snapshot/energysnapshot.h"

#include <QMainWindow>
#include <QStringList>

#include <memory>

class QLabel;

namespace Ui {
class MainWindow;
}

namespace kw::models {
class LiveValuesFilterProxy;
class LiveValuesModel;
} // namespace kw::models

namespace kw::gui {

// The Kilowatch window: a summary line, the Overview (live energy flow) and the Variables view
// (the live value tree with search), and a status bar (connection state, device, last update).
// Passive: it shows what it is given and asks for
// decisions through signals; it never talks to the network.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void setDeviceName(const QString &name);
    void setConnectionState(kw::ConnectionState state);
    void showUpdate(const kw::EnergySnapshot &snapshot, const kw::senec::SenecResponse &response);
    void showPollError(const QString &message);
    // A problem that is not about the last poll (e.g. the history cannot be written).
    void showNotice(const QString &message);
    // Shows both fingerprints and a button to trust the new certificate.
    void showCertificateChanged(const QString &description);

    models::LiveValuesModel *valuesModel() const { return m_model; }

    // The views by the names the command line uses: "overview", "variables".
    static QStringList viewNames();
    // Brings the named view to the front; false for a name not in viewNames().
    bool showView(const QString &name);
    QString currentView() const;

Q_SIGNALS:
    void acceptCertificateRequested();

private:
    std::unique_ptr<Ui::MainWindow> m_ui;
    models::LiveValuesModel *m_model;
    models::LiveValuesFilterProxy *m_filter;
    QLabel *m_stateLabel;
    QLabel *m_deviceLabel;
    QLabel *m_updatedLabel;
    bool m_columnsSized = false;
};

} // namespace kw::gui
