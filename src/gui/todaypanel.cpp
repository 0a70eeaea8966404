#include "todaypanel.h"

#include "history/historystore.h"
#include "powerformatter.h"

#include <QDateTime>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QTimeZone>
#include <QVBoxLayout>

#include <cmath>

namespace kw::gui {
namespace {

const char *const RowProperty = "kwEnergyRow";

QProgressBar *makePercentBar(QWidget *parent)
{
    auto *bar = new QProgressBar(parent);
    bar->setRange(0, 100);
    bar->setTextVisible(false);
    bar->setMaximumHeight(8);
    return bar;
}

} // namespace

TodayPanel::TodayPanel(QWidget *parent)
    : QWidget(parent)
    , m_stateTitle(new QLabel(tr("Device state"), this))
    , m_stateLabel(new QLabel(this))
    , m_dayLabel(new QLabel(this))
    , m_autarkyValue(new QLabel(this))
    , m_autarkyBar(makePercentBar(this))
    , m_selfUseValue(new QLabel(this))
    , m_selfUseBar(makePercentBar(this))
    , m_rows(new QWidget(this))
{
    setObjectName(QStringLiteral("todayPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(6);

    QFont headingFont = font();
    headingFont.setBold(true);
    m_stateTitle->setFont(headingFont);
    m_dayLabel->setFont(headingFont);
    QFont stateFont = font();
    stateFont.setPointSizeF(stateFont.pointSizeF() * 1.3);
    m_stateLabel->setFont(stateFont);
    m_stateLabel->setWordWrap(true);
    m_stateLabel->setText(QStringLiteral("—"));
    m_stateLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    layout->addWidget(m_stateTitle);
    layout->addWidget(m_stateLabel);
    layout->addSpacing(14);
    layout->addWidget(m_dayLabel);

    auto *grid = new QGridLayout(m_rows);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(4);
    addEnergyRow(QStringLiteral("pv"), tr("Produced (PV)"));
    addEnergyRow(QStringLiteral("house"), tr("Consumed (house)"));
    addEnergyRow(QStringLiteral("import"), tr("Bought from the grid"));
    addEnergyRow(QStringLiteral("export"), tr("Fed into the grid"));
    addEnergyRow(QStringLiteral("charge"), tr("Battery charged"));
    addEnergyRow(QStringLiteral("discharge"), tr("Battery discharged"));
    layout->addWidget(m_rows);
    layout->addSpacing(10);

    auto *ratios = new QGridLayout();
    ratios->setHorizontalSpacing(16);
    ratios->setVerticalSpacing(2);
    auto *autarkyTitle = new QLabel(tr("Autarky"), this);
    autarkyTitle->setToolTip(tr("The share of today's consumption not bought from the grid."));
    auto *selfUseTitle = new QLabel(tr("Self-consumption"), this);
    selfUseTitle->setToolTip(tr("The share of today's PV energy used on site instead of fed in."));
    m_autarkyValue->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_selfUseValue->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    ratios->addWidget(autarkyTitle, 0, 0);
    ratios->addWidget(m_autarkyValue, 0, 1);
    ratios->addWidget(m_autarkyBar, 1, 0, 1, 2);
    ratios->addWidget(selfUseTitle, 2, 0);
    ratios->addWidget(m_selfUseValue, 2, 1);
    ratios->addWidget(m_selfUseBar, 3, 0, 1, 2);
    layout->addLayout(ratios);
    layout->addStretch(1);

    // Many batches arrive per refresh interval; the sums are read once per interval.
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(RefreshIntervalMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, [this] { refreshNow(m_pendingDayOfMs); });

    showTotals();
}

QLabel *TodayPanel::addEnergyRow(const QString &name, const QString &title)
{
    auto *grid = static_cast<QGridLayout *>(m_rows->layout());
    const int row = grid->rowCount();
    auto *titleLabel = new QLabel(title, m_rows);
    auto *value = new QLabel(m_rows);
    value->setProperty(RowProperty, name);
    value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    grid->addWidget(titleLabel, row, 0);
    grid->addWidget(value, row, 1);
    return value;
}

void TodayPanel::setSnapshot(const EnergySnapshot &snapshot)
{
    QString text = snapshot.stateText.isEmpty() ? QStringLiteral("—") : snapshot.stateText;
    if (snapshot.stateCode >= 0)
        m_stateLabel->setToolTip(tr("Device state %1").arg(snapshot.stateCode));
    m_stateIsAlarming = snapshot.gridOutage || snapshot.deviceFault || snapshot.batteryFault;
    if (snapshot.gridOutage)
        text = tr("Grid outage — %1").arg(text);
    m_stateLabel->setText(text);
    applyStateStyle();
}

void TodayPanel::setHistoryStore(history::HistoryStore *store)
{
    m_store = store;
    m_haveTotals = false;
    if (m_store) {
        if (const auto last = m_store->lastSampleMs())
            refreshNow(*last);
    }
    showTotals();
}

void TodayPanel::notifyNewData(qint64 lastSampleMs)
{
    m_pendingDayOfMs = lastSampleMs;
    // The first sums come at once; after that at most one read per interval.
    if (!m_haveTotals)
        refreshNow(lastSampleMs);
    else if (!m_refreshTimer.isActive())
        m_refreshTimer.start();
}

void TodayPanel::refreshNow(qint64 dayOfMs)
{
    if (!m_store || !m_store->isOpen() || dayOfMs <= 0)
        return;
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(dayOfMs).toLocalTime();
    m_day = local.date();
    const QDateTime midnight = m_day.startOfDay();
    const QDateTime nextMidnight = m_day.addDays(1).startOfDay();
    m_totals = m_store->energyBetween(midnight.toMSecsSinceEpoch(), nextMidnight.toMSecsSinceEpoch());
    m_haveTotals = true;
    showTotals();
}

QString TodayPanel::stateText() const
{
    return m_stateLabel->text();
}

QString TodayPanel::energyText(const QString &rowName) const
{
    for (const QLabel *label : m_rows->findChildren<QLabel *>()) {
        if (label->property(RowProperty).toString() == rowName)
            return label->text();
    }
    return {};
}

void TodayPanel::showTotals()
{
    if (!m_store) {
        m_dayLabel->setText(tr("Today"));
        m_dayLabel->setToolTip(tr("Not recording history, so there are no daily energies."));
    } else if (m_day.isValid()) {
        m_dayLabel->setText(tr("Today, %1").arg(QLocale().toString(m_day, QLocale::ShortFormat)));
        m_dayLabel->setToolTip(tr("Summed from the recorded history since local midnight."));
    } else {
        m_dayLabel->setText(tr("Today"));
    }
    const history::EnergyTotals &t = m_totals;
    const QList<std::pair<QString, double>> values = {
        {QStringLiteral("pv"), t.pvWh},
        {QStringLiteral("house"), t.houseWh},
        {QStringLiteral("import"), t.gridImportWh},
        {QStringLiteral("export"), t.gridExportWh},
        {QStringLiteral("charge"), t.batteryChargeWh},
        {QStringLiteral("discharge"), t.batteryDischargeWh},
    };
    for (QLabel *label : m_rows->findChildren<QLabel *>()) {
        const QString row = label->property(RowProperty).toString();
        if (row.isEmpty())
            continue;
        for (const auto &[name, energyWh] : values) {
            if (name == row)
                label->setText(m_haveTotals ? PowerFormatter::formatEnergy(energyWh) : QStringLiteral("—"));
        }
    }
    const QLocale locale;
    const auto showPercent = [&](QLabel *value, QProgressBar *bar, std::optional<double> percent) {
        value->setText(percent ? tr("%1 %").arg(locale.toString(*percent, 'f', 0)) : QStringLiteral("—"));
        bar->setValue(percent ? int(std::lround(*percent)) : 0);
    };
    // Ratios of nothing say nothing: no autarky before anything was consumed, no self-consumption
    // before anything was produced.
    showPercent(m_autarkyValue, m_autarkyBar,
                m_haveTotals && t.houseWh > 0 ? std::optional(t.autarkyPercent()) : std::nullopt);
    showPercent(m_selfUseValue, m_selfUseBar,
                m_haveTotals && t.pvWh > 0 ? std::optional(t.selfConsumptionPercent()) : std::nullopt);
}

void TodayPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyStateStyle();
    QWidget::changeEvent(event);
}

void TodayPanel::applyStateStyle()
{
    // An outage or an error state must be seen from across the room.
    QPalette palette = this->palette();
    if (m_stateIsAlarming)
        palette.setColor(QPalette::WindowText, QColor(0xd3, 0x2f, 0x2f));
    m_stateLabel->setPalette(palette);
}

} // namespace kw::gui
