#include "chartsview.h"

#include "chartcolours.h"
#include "chartstoolbar.h"
#include "dailyenergychart.h"
#include "history/historystore.h"
#include "powerchart.h"
#include "powerchartview.h"

#include <QDateTime>
#include <QEvent>
#include <QGraphicsLayout>
#include <QLabel>
#include <QLoggingCategory>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>

Q_LOGGING_CATEGORY(lcCharts, "kw.gui.charts", QtInfoMsg)

using namespace Qt::StringLiterals;
using kw::history::HistoryStore;
using kw::history::HistoryTier;

namespace kw::gui {
namespace {

constexpr qint64 MinuteMs = 60 * 1000;

qint64 bucketMs(HistoryTier tier)
{
    switch (tier) {
    case HistoryTier::Raw: return 0;
    case HistoryTier::Minute: return MinuteMs;
    case HistoryTier::TenMinutes: return 10 * MinuteMs;
    case HistoryTier::Hour: return 60 * MinuteMs;
    }
    return 0;
}

} // namespace

ChartsView::ChartsView(QWidget *parent)
    : QWidget(parent),
      m_clock([] { return QDateTime::currentMSecsSinceEpoch(); }),
      m_toolbar(new ChartsToolbar),
      m_pages(new QStackedWidget),
      m_chartsPage(new QWidget),
      m_messageTitle(new QLabel),
      m_messageDetail(new QLabel),
      m_messagePage(new QWidget),
      m_splitter(new QSplitter(Qt::Vertical)),
      m_powerChart(new PowerChart),
      m_powerView(new PowerChartView(m_powerChart)),
      m_dailyChart(new DailyEnergyChart)
{
    m_splitter->addWidget(m_powerView);
    m_splitter->addWidget(m_dailyChart);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    auto *chartsLayout = new QVBoxLayout(m_chartsPage);
    chartsLayout->setContentsMargins(0, 0, 0, 0);
    chartsLayout->addWidget(m_splitter);

    auto *messageLayout = new QVBoxLayout(m_messagePage);
    messageLayout->addStretch(2);
    messageLayout->addWidget(m_messageTitle);
    messageLayout->addWidget(m_messageDetail);
    messageLayout->addStretch(3);
    for (QLabel *label : {m_messageTitle, m_messageDetail}) {
        label->setAlignment(Qt::AlignCenter);
        label->setWordWrap(true);
    }

    m_pages->addWidget(m_chartsPage);
    m_pages->addWidget(m_messagePage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    layout->addWidget(m_toolbar);
    layout->addWidget(m_pages, 1);

    m_dataTimer.setSingleShot(true);
    m_dataTimer.setInterval(DataRefreshIntervalMs);
    m_requeryTimer.setSingleShot(true);
    m_requeryTimer.setInterval(RequeryDelayMs);
    connect(&m_dataTimer, &QTimer::timeout, this, &ChartsView::refresh);
    connect(&m_requeryTimer, &QTimer::timeout, this, &ChartsView::refresh);

    connect(m_toolbar, &ChartsToolbar::presetChosen, this, &ChartsView::setRangePreset);
    connect(m_toolbar, &ChartsToolbar::customRangeApplied, this, &ChartsView::setCustomRange);
    connect(m_toolbar, &ChartsToolbar::resetClicked, this, &ChartsView::resetToPreset);
    connect(m_toolbar, &ChartsToolbar::liveToggled, this, &ChartsView::setLiveFollow);
    connect(m_powerView, &PowerChartView::rangeRequested, this, &ChartsView::userRangeRequested);
    connect(m_powerView, &PowerChartView::resetRequested, this, &ChartsView::resetToPreset);
    connect(m_powerView, &PowerChartView::hoverMoved, this, &ChartsView::showReadout);
    connect(m_powerView, &PowerChartView::hoverLeft, this, [] { QToolTip::hideText(); });
    connect(m_powerChart, &QChart::plotAreaChanged, this, [this](const QRectF &plotArea) {
        if (m_pages->currentWidget() == m_chartsPage && qRound(plotArea.width()) != m_lastQuery.widthPx)
            scheduleRequery();
    });

    m_range = ChartRange::presetRange(m_preset, nowMs());
    m_powerChart->setTimeRange(m_range);
    applyPalette();
    showMessage(tr("No history available"), tr("Charts need the recorded history, which is not open."));
    updateToolbar();
}

ChartsView::~ChartsView() = default;

void ChartsView::setHistoryStore(HistoryStore *store)
{
    disconnect(m_storeConnection);
    m_store = store;
    if (store)
        m_storeConnection = connect(store, &HistoryStore::batchWritten, this, &ChartsView::notifyNewData);
    m_dailyStale = true;
    refreshNow();
}

void ChartsView::setClock(std::function<qint64()> nowMs)
{
    m_clock = nowMs ? std::move(nowMs) : [] { return QDateTime::currentMSecsSinceEpoch(); };
    if (m_follow)
        refreshNow();
}

qint64 ChartsView::nowMs() const
{
    return m_clock();
}

void ChartsView::setRangePreset(RangePreset preset)
{
    m_preset = preset;
    m_zoomed = false;
    if (preset == RangePreset::Custom) {
        m_customRange = m_range;
        m_toolbar->setCustomFields(m_range);
        setFollow(false);
    } else {
        setFollow(true);
    }
    refreshNow();
}

void ChartsView::setCustomRange(qint64 fromMs, qint64 toMs)
{
    m_preset = RangePreset::Custom;
    m_zoomed = false;
    m_customRange = ChartRange::clamped({fromMs, toMs});
    m_toolbar->setCustomFields(m_customRange);
    setFollow(false);
    setRange(m_customRange);
    refreshNow();
}

void ChartsView::setLiveFollow(bool follow)
{
    if (follow)
        m_zoomed = false;
    setFollow(follow);
    refreshNow();
}

void ChartsView::setFollow(bool follow)
{
    if (follow == m_follow)
        return;
    m_follow = follow;
    updateToolbar();
    Q_EMIT liveFollowChanged(follow);
}

void ChartsView::setRange(TimeRange range)
{
    if (range == m_range)
        return;
    m_range = range;
    m_powerChart->setTimeRange(range);
    updateToolbar();
    Q_EMIT rangeChanged(range.fromMs, range.toMs);
}

void ChartsView::userRangeRequested(qint64 fromMs, qint64 toMs)
{
    m_zoomed = true;
    setFollow(false);
    // The axis follows at once; the points catch up when the wheel or drag has been quiet.
    setRange(ChartRange::clamped({fromMs, toMs}));
    scheduleRequery();
}

void ChartsView::resetToPreset()
{
    m_zoomed = false;
    if (m_preset == RangePreset::Custom) {
        setFollow(false);
        setRange(m_customRange);
    } else {
        setFollow(true);
    }
    refreshNow();
}

void ChartsView::notifyNewData(qint64 lastSampleMs)
{
    m_dailyStale = true;
    m_dirty = true;
    const bool visibleChange = m_follow || m_range.contains(lastSampleMs) || isShowingMessage();
    if (!visibleChange || !isVisible())
        return;
    // Not restarted by later notifications: a steady stream still refreshes every interval.
    if (!m_dataTimer.isActive())
        m_dataTimer.start();
}

void ChartsView::scheduleRequery()
{
    m_requeryTimer.start(); // restarted: waits for the zoom, pan or resize to settle
}

void ChartsView::refreshNow()
{
    refresh();
}

void ChartsView::refresh()
{
    m_dataTimer.stop();
    m_requeryTimer.stop();
    m_dirty = false;
    ++m_refreshCount;
    if (m_follow) {
        const qint64 spanMs = m_preset == RangePreset::Custom ? m_customRange.spanMs() : ChartRange::presetSpanMs(m_preset);
        const qint64 now = nowMs();
        setRange({now - spanMs, now});
    }
    if (!m_store || !m_store->isOpen()) {
        showMessage(tr("No history available"), tr("Charts need the recorded history, which is not open."));
    } else if (!m_store->lastSampleMs()) {
        showMessage(tr("No recorded history yet"),
                    tr("The charts fill in as soon as the first values from the device are recorded."));
    } else {
        m_pages->setCurrentWidget(m_chartsPage);
        const int widthPx = plotWidthPx();
        const kw::history::SeriesResult result = m_store->series(m_range.fromMs, m_range.toMs, widthPx);
        const qint64 columnMs = m_range.spanMs() / std::max(1, widthPx);
        const qint64 gapMs = std::max(MinGapMs, columnMs + bucketMs(result.tier));
        m_powerChart->setData(result, gapMs);

        Query query{m_range.fromMs, m_range.toMs, widthPx, result.tier, 0, {}, gapMs};
        for (auto it = result.series.cbegin(); it != result.series.cend(); ++it) {
            query.pointCounts.insert(it.key(), int(it.value().size()));
            query.pointCount += int(it.value().size());
        }
        m_lastQuery = query;
        qCDebug(lcCharts) << "refresh" << widthPx << "px" << historyTierName(result.tier) << query.pointCount
                          << "points";
        refreshDaily();
        // Lay the charts out now rather than on the next pass of the event loop, so that a grab
        // right after a refresh shows the new axes.
        m_powerChart->layout()->activate();
        m_dailyChart->chart()->layout()->activate();
    }
    updateToolbar();
    Q_EMIT refreshed();
}

void ChartsView::refreshDaily()
{
    const QDate last = QDateTime::fromMSecsSinceEpoch(m_range.toMs - 1).date();
    const QDate first = last.addDays(-(ChartRange::dailyEnergyDays(m_range.spanMs()) - 1));
    if (!m_dailyStale && first == m_dailyFirst && last == m_dailyLast)
        return;
    m_dailyFirst = first;
    m_dailyLast = last;
    m_dailyStale = false;
    m_dailyChart->setDays(first, last, m_store->dailyEnergy(first, last));
}

int ChartsView::plotWidthPx() const
{
    const double width = m_powerChart->plotArea().width();
    // Before the first layout the plot area is empty: estimate it from the view.
    return width >= 50 ? qRound(width) : std::max(100, m_powerView->width() - 110);
}

void ChartsView::showMessage(const QString &title, const QString &detail)
{
    m_messageTitle->setText(title);
    m_messageDetail->setText(detail);
    m_pages->setCurrentWidget(m_messagePage);
}

bool ChartsView::isShowingMessage() const
{
    return m_pages->currentWidget() == m_messagePage;
}

QString ChartsView::messageText() const
{
    return isShowingMessage() ? m_messageTitle->text() : QString();
}

QChartView *ChartsView::powerChartView() const
{
    return m_powerView;
}

QChartView *ChartsView::dailyEnergyChartView() const
{
    return m_dailyChart;
}

void ChartsView::showReadout(qint64 timeMs, const QPoint &globalPos)
{
    QToolTip::showText(globalPos + QPoint(16, 16), m_powerChart->readoutText(timeMs), m_powerView);
}

void ChartsView::updateToolbar()
{
    m_toolbar->setState(m_preset, m_range, m_follow, m_zoomed);
}

void ChartsView::applyPalette()
{
    const ChartColours colours = ChartColours::fromPalette(palette());
    m_powerChart->applyPalette(palette(), font());
    m_dailyChart->applyPalette(palette(), font());
    m_toolbar->setLiveColours(colours.battery, colours.secondaryText, colours.secondaryText);
    m_messageTitle->setFont(ChartColours::scaledFont(font(), 1.4));
    QPalette secondary = m_messageDetail->palette();
    secondary.setColor(QPalette::WindowText, colours.secondaryText);
    m_messageDetail->setPalette(secondary);
}

void ChartsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        applyPalette();
    QWidget::changeEvent(event);
}

void ChartsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Data that came in while hidden was not queried; catch up once.
    if (m_dirty)
        m_dataTimer.start(0);
}

} // namespace kw::gui
