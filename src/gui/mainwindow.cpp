#include "mainwindow.h"

#include "decodedvaluesmodel.h"
#include "ui_mainwindow.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSortFilterProxyModel>

namespace kw::gui {
namespace {

constexpr int MaxColumnEms = 24;

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_model(new DecodedValuesModel(this))
    , m_filter(new QSortFilterProxyModel(this))
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
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setFilterKeyColumn(-1);
    m_ui->valuesView->setModel(m_filter);
    QHeaderView *rows = m_ui->valuesView->verticalHeader();
    rows->hide();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 6); // dense: hundreds of variables
    QHeaderView *columns = m_ui->valuesView->horizontalHeader();
    columns->setStretchLastSection(true);
    columns->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    connect(m_ui->filterEdit, &QLineEdit::textChanged, m_filter,
            &QSortFilterProxyModel::setFilterFixedString);

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
    m_model->setResponse(response);
    // Size the columns to the first data only: resizing on every poll would make them jump.
    if (!m_columnsSized && m_model->rowCount() > 0) {
        m_ui->valuesView->resizeColumnsToContents();
        // One long array or id must not push Raw and Status out of sight; the tooltip has it all.
        const int maxWidth = fontMetrics().horizontalAdvance(QLatin1Char('M')) * MaxColumnEms;
        for (int column = 0; column < m_model->columnCount(); ++column) {
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

void MainWindow::showCertificateChanged(const QString &description)
{
    m_ui->certificateLabel->setText(description);
    m_ui->certificateBar->show();
}

} // namespace kw::gui
