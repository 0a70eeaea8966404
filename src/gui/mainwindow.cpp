#include "mainwindow.h"

#include "batteryview.h"
#include "chartsview.h"
#include "energyflowwidget.h"
#include "freshnessindicator.h"
#include "history/historystore.h"
#include "livevaluesfilterproxy.h"
#include "livevaluesmodel.h"
#include "logview.h"
#include "powerformatter.h"
#include "todaypanel.h"
#include "ui_mainwindow.h"
#include "varsview.h"
#include "welcomepage.h"

#include <QApplication>
#include <algorithm>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>

namespace kw::gui {
namespace {

constexpr int MaxColumnEms = 24;
constexpr int MaxNameColumnEms = 30; // the longest SENEC names, indented under their section
constexpr int TodayPanelEms = 20;

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_model(new models::LiveValuesModel(this))
    , m_filter(new models::LiveValuesFilterProxy(this))
    , m_stateLabel(new QLabel(this))
    , m_deviceLabel(new QLabel(this))
    , m_freshness(new FreshnessIndicator(this))
{
    m_ui->setupUi(this);

    QFont summaryFont = m_ui->summaryLabel->font();
    summaryFont.setPointSizeF(summaryFont.pointSizeF() * 1.25);
    summaryFont.setBold(true);
    m_ui->summaryLabel->setFont(summaryFont);

    // The flow diagram takes what the panel leaves; the panel keeps a readable width.
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_ui->overviewSplitter->setStretchFactor(0, 1);
    m_ui->overviewSplitter->setStretchFactor(1, 0);
    // The panel's layout sets its minimum (every label whole); it starts a little wider.
    const int panelWidth = std::max(m_ui->todayPanel->minimumSizeHint().width(), TodayPanelEms * em);
    m_ui->overviewSplitter->setSizes({width() - panelWidth, panelWidth});

    setUpValuesView();
    setUpStatusBar();
    setUpMenus();

    connect(m_ui->acceptCertificateButton, &QPushButton::clicked, this, [this] {
        m_ui->certificateBar->hide();
        Q_EMIT acceptCertificateRequested();
    });
    connect(m_ui->welcomePage, &WelcomePage::demoRequested, this, &MainWindow::demoRequested);
    connect(m_ui->welcomePage, &WelcomePage::deviceRequested, this, &MainWindow::deviceRequested);
    showDashboard();
}

MainWindow::~MainWindow() = default;

void MainWindow::setUpValuesView()
{
    m_filter->setSourceModel(m_model);
    m_ui->valuesView->setModel(m_filter);
    QHeaderView *columns = m_ui->valuesView->header();
    columns->setStretchLastSection(true);
    columns->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // While searching, every match is shown opened up; without a search the tree is as the user
    // left it.
    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setSearchText(text);
        if (!text.isEmpty())
            m_ui->valuesView->expandAll();
    });
}

void MainWindow::setUpStatusBar()
{
    // State, device and freshness are permanent: a transient error message must not hide them.
    m_ui->statusBar->addPermanentWidget(m_deviceLabel);
    m_ui->statusBar->addPermanentWidget(m_stateLabel);
    m_ui->statusBar->addPermanentWidget(m_freshness);
    setConnectionState(ConnectionState::Idle);
}

void MainWindow::setUpMenus()
{
    const QList<QAction *> viewActions = {m_ui->showOverviewAction, m_ui->showBatteryAction,
                                          m_ui->showChartsAction, m_ui->showLogAction,
                                          m_ui->showVariablesAction};
    for (qsizetype i = 0; i < viewActions.size(); ++i) {
        const QString name = viewNames().at(i);
        connect(viewActions.at(i), &QAction::triggered, this, [this, name] { showView(name); });
    }
    connect(m_ui->fullScreenAction, &QAction::toggled, this, [this](bool on) {
        setWindowState(on ? windowState() | Qt::WindowFullScreen : windowState() & ~Qt::WindowFullScreen);
    });
    connect(m_ui->quitAction, &QAction::triggered, this, [] { QApplication::quit(); });
    connect(m_ui->saveLogAction, &QAction::triggered, this, [this] {
        showView(QStringLiteral("log"));
        m_ui->logView->saveWithDialog();
    });
    connect(m_ui->exportAction, &QAction::triggered, this, &MainWindow::exportRequested);
    connect(m_ui->pollNowAction, &QAction::triggered, this, &MainWindow::pollNowRequested);
    connect(m_ui->pauseAction, &QAction::toggled, this, &MainWindow::pausePollingRequested);
    connect(m_ui->fullSweepAction, &QAction::triggered, this, &MainWindow::fullSweepRequested);
    connect(m_ui->connectDeviceAction, &QAction::triggered, this, &MainWindow::connectDeviceRequested);
    connect(m_ui->connectDemoAction, &QAction::triggered, this, &MainWindow::demoRequested);
    connect(m_ui->preferencesAction, &QAction::triggered, this, &MainWindow::settingsRequested);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->aboutQtAction, &QAction::triggered, this, [this] { QMessageBox::aboutQt(this); });
    m_ui->preferencesAction->setMenuRole(QAction::PreferencesRole);
    m_ui->quitAction->setMenuRole(QAction::QuitRole);
    m_ui->aboutAction->setMenuRole(QAction::AboutRole);
    m_ui->aboutQtAction->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Kilowatch"),
        tr("<h3>Kilowatch %1</h3>"
           "<p>A live dashboard for home solar and battery systems.</p>"
           "<p>It polls the device on your network gently, keeps the history on your own disk "
           "and trusts only the certificate you pinned.</p>")
            .arg(QApplication::applicationVersion().toHtmlEscaped()));
}

QStringList MainWindow::viewNames()
{
    // In the order of the tabs.
    return {QStringLiteral("overview"), QStringLiteral("battery"), QStringLiteral("charts"),
            QStringLiteral("log"), QStringLiteral("variables")};
}

bool MainWindow::showView(const QString &name)
{
    const qsizetype index = viewNames().indexOf(name);
    if (index < 0)
        return false;
    m_ui->viewTabs->setCurrentIndex(int(index));
    return true;
}

QString MainWindow::currentView() const
{
    return viewNames().value(m_ui->viewTabs->currentIndex());
}

void MainWindow::showWelcome()
{
    m_ui->pages->setCurrentWidget(m_ui->welcomePage);
    m_ui->summaryLabel->clear();
    setDashboardActionsEnabled(false);
}

void MainWindow::showDashboard()
{
    m_ui->pages->setCurrentWidget(m_ui->dashboardPage);
    setDashboardActionsEnabled(true);
}

void MainWindow::setDashboardActionsEnabled(bool enabled)
{
    // Without a device there is nothing to show, poll or save.
    for (QAction *action : {m_ui->showOverviewAction, m_ui->showBatteryAction, m_ui->showChartsAction,
                            m_ui->showLogAction, m_ui->showVariablesAction, m_ui->pollNowAction,
                            m_ui->pauseAction, m_ui->fullSweepAction, m_ui->saveLogAction,
                            m_ui->exportAction})
        action->setEnabled(enabled);
    m_freshness->setVisible(enabled);
}

bool MainWindow::isShowingWelcome() const
{
    return m_ui->pages->currentWidget() == m_ui->welcomePage;
}

EnergyFlowWidget *MainWindow::flowWidget() const { return m_ui->flowWidget; }
TodayPanel *MainWindow::todayPanel() const { return m_ui->todayPanel; }
BatteryView *MainWindow::batteryView() const { return m_ui->batteryView; }
ChartsView *MainWindow::chartsView() const { return m_ui->chartsView; }
LogView *MainWindow::logView() const { return m_ui->logView; }
VarsView *MainWindow::varsView() const { return m_ui->varsView; }
WelcomePage *MainWindow::welcomePage() const { return m_ui->welcomePage; }
QAction *MainWindow::exportAction() const { return m_ui->exportAction; }
QAction *MainWindow::pauseAction() const { return m_ui->pauseAction; }
QAction *MainWindow::preferencesAction() const { return m_ui->preferencesAction; }
QAction *MainWindow::quitAction() const { return m_ui->quitAction; }

void MainWindow::setDeviceName(const QString &name)
{
    m_deviceName = name;
    m_deviceLabel->setText(name);
    m_deviceLabel->setToolTip(QString());
    setWindowTitle(tr("Kilowatch — %1").arg(name));
}

void MainWindow::setDeviceInfo(const DeviceInfo &info)
{
    const QString summary = info.summary();
    m_deviceLabel->setText(summary.isEmpty() ? m_deviceName
                                             : tr("%1 — %2").arg(summary, m_deviceName));
    QStringList details;
    if (!info.serial.isEmpty())
        details.append(tr("Device id %1").arg(info.serial));
    if (info.batteryCapacityWh)
        details.append(tr("Battery %1").arg(PowerFormatter::formatEnergy(*info.batteryCapacityWh)));
    if (info.wallboxCount > 0)
        details.append(tr("%n wallboxes", nullptr, info.wallboxCount));
    m_deviceLabel->setToolTip(details.join(QLatin1Char('\n')));
    if (info.batteryCapacityWh)
        m_ui->flowWidget->setBatteryCapacityWh(*info.batteryCapacityWh);
}

void MainWindow::setConnectionState(ConnectionState state)
{
    m_stateLabel->setText(connectionStateText(state));
    if (state != ConnectionState::CertificateChanged)
        m_ui->certificateBar->hide();
}

void MainWindow::setPollIntervalMs(int intervalMs)
{
    m_freshness->setPollIntervalMs(intervalMs);
}

void MainWindow::setHistoryStore(history::HistoryStore *store)
{
    disconnect(m_historyConnection);
    m_ui->chartsView->setHistoryStore(store);
    m_ui->todayPanel->setHistoryStore(store);
    if (store) {
        // The charts follow the store themselves.
        m_historyConnection = connect(store, &history::HistoryStore::batchWritten, m_ui->todayPanel,
                                      &TodayPanel::notifyNewData);
    }
}

void MainWindow::setPollingPaused(bool paused)
{
    const QSignalBlocker blocker(m_ui->pauseAction);
    m_ui->pauseAction->setChecked(paused);
}

void MainWindow::setDeviceLanguage(const QString &language)
{
    m_ui->batteryView->setLanguage(language);
    m_model->setLanguage(language); // the live values' enum texts (STAT_STATE …)
}

void MainWindow::showUpdate(const EnergySnapshot &snapshot, const senec::SenecResponse &response)
{
    m_ui->summaryLabel->setSnapshot(snapshot);
    m_ui->flowWidget->setGridOutage(snapshot.gridOutage);
    m_ui->flowWidget->setSnapshot(snapshot);
    m_ui->todayPanel->setSnapshot(snapshot);
    m_ui->batteryView->showResponse(response);
    m_model->update(response);
    // Size the columns to the first data only: resizing on every poll would make them jump.
    if (!m_columnsSized && m_model->rowCount() > 0)
        sizeValueColumns();
    m_freshness->markFresh();
}

void MainWindow::sizeValueColumns()
{
    // The live values open at first; the other sections wait to be opened or searched.
    const QModelIndex energy = m_filter->mapFromSource(m_model->indexForPath(QStringLiteral("ENERGY")));
    m_ui->valuesView->expand(energy);
    m_ui->valuesView->scrollTo(energy, QAbstractItemView::PositionAtTop);
    for (int column = 0; column < m_model->columnCount(); ++column)
        m_ui->valuesView->resizeColumnToContents(column);
    // One long array or id must not push Raw and Description out of sight; the tooltip has it.
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    for (int column = 0; column < m_model->columnCount(); ++column) {
        const int maxWidth =
            em * (column == models::LiveValuesModel::NameColumn ? MaxNameColumnEms : MaxColumnEms);
        if (m_ui->valuesView->columnWidth(column) > maxWidth)
            m_ui->valuesView->setColumnWidth(column, maxWidth);
    }
    m_columnsSized = true;
}

void MainWindow::showPollError(const QString &message)
{
    // The views keep the last good data; the error is shown beside the data's age.
    m_freshness->setToolTip(m_freshness->toolTip() + QLatin1Char('\n') + message);
    m_ui->statusBar->showMessage(message, 10'000);
}

void MainWindow::showNotice(const QString &message)
{
    m_ui->statusBar->showMessage(message, 15'000);
}

void MainWindow::showCertificateChanged(const QString &description)
{
    m_ui->certificateLabel->setText(description);
    m_ui->certificateBar->show();
}

} // namespace kw::gui
