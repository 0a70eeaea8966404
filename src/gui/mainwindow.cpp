#include "mainwindow.h"

#include "livevaluesfilterproxy.h"
#include "livevaluesmodel.h"
#include "ui_mainwindow.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>

namespace kw::gui {
namespace {

constexpr int MaxColumnEms = 24;
constexpr int MaxNameColumnEms = 30; // the longest SENEC names, indented under their section

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_model(new models::LiveValuesModel(this))
    , m_filter(new models::LiveValuesFilterProxy(this))
    , m_stateLabel(new QLabel(this))
    , m_deviceLabel(new QLabel(this))
    , m_updatedLabel(new QLabel(this))
{
    m_ui->setupUi(this);

    QFont summaryFont = m_ui->summaryLabel->font();
    summaryFont.setPointSizeF(summaryFont.pointSizeF() * 1.25);
    summaryFont.setBold(true);
    m_ui->summaryLabel->setFont(summaryFont);

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

    // State and time are permanent: a transient error message must not hide them.
    m_ui->statusBar->addWidget(m_deviceLabel, 1);
    m_ui->statusBar->addPermanentWidget(m_stateLabel);
    m_ui->statusBar->addPermanentWidget(m_updatedLabel);
    m_updatedLabel->setText(tr("No data yet"));
    setConnectionState(ConnectionState::Idle);

    connect(m_ui->acceptCertificateButton, &QPushButton::clicked, this, [this] {
        m_ui->certificateBar->hide();
        Q_EMIT acceptCertificateRequested();
    });
}

MainWindow::~MainWindow() = default;

QStringList MainWindow::viewNames()
{
    // In the order of the tabs.
    return {QStringLiteral("overview"), QStringLiteral("variables")};
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

void MainWindow::setDeviceName(const QString &name)
{
    m_deviceLabel->setText(name);
    setWindowTitle(tr("Kilowatch — %1").arg(name));
}

void MainWindow::setConnectionState(ConnectionState state)
{
    m_stateLabel->setText(connectionStateText(state));
    if (state != ConnectionState::CertificateChanged)
        m_ui->certificateBar->hide();
}

void MainWindow::showUpdate(const EnergySnapshot &snapshot, const senec::SenecResponse &response)
{
    m_ui->summaryLabel->setSnapshot(snapshot);
    m_ui->flowWidget->setSnapshot(snapshot);
    m_model->update(response);
    // Size the columns to the first data only: resizing on every poll would make them jump.
    if (!m_columnsSized && m_model->rowCount() > 0) {
        // The live values open at first; the other sections wait to be opened or searched.
        const QModelIndex energy =
            m_filter->mapFromSource(m_model->indexForPath(QStringLiteral("ENERGY")));
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
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(snapshot.timestampMs).toLocalTime();
    m_updatedLabel->setText(
        tr("Last update %1").arg(QLocale().toString(local.time(), QLocale::LongFormat)));
    m_updatedLabel->setToolTip(QString());
}

void MainWindow::showPollError(const QString &message)
{
    // The table keeps the last good data; the error is shown next to its time.
    m_updatedLabel->setToolTip(message);
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
