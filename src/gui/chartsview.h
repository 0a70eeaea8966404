#pragma once

#include "chartrange.h"
#include "history/serieskind.h"

#include <QDate>
#include <QMap>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>

class QChartView;
class QLabel;
class QSplitter;
class QStackedWidget;

namespace kw::history {
class HistoryStore;
}

namespace kw::gui {

class ChartsToolbar;
class DailyEnergyChart;
class PowerChart;
class PowerChartView;

// The Charts view: recorded power (PV, house, grid, battery) and SOC over a chosen range, and the
// energies per local day as balanced bars. Passive: it reads the history store it is given and
// never writes to it.
//
// Every refresh asks HistoryStore::series() for exactly as many pixel columns as the plot area is
// wide (at most four points per column and series, whatever the range) and hands each drawn
// series its points with a single replace(). Refreshes are coalesced: new data at most every
// DataRefreshIntervalMs, resizes, zooms and pans after RequeryDelayMs of quiet (the axis follows a
// zoom or pan at once, the points catch up). New data is not queried while the view is hidden;
// showing it catches up once. Explicit calls (presets, ranges, refreshNow) refresh at once.
class ChartsView : public QWidget
{
    Q_OBJECT
public:
    using RangePreset = ChartRangePreset;
    static constexpr int DataRefreshIntervalMs = 250;
    static constexpr int RequeryDelayMs = 120;
    // Neighbouring points further apart than this (or than a pixel column plus a rollup bucket,
    // where that is more) are a gap in the recording and are not joined by a line.
    static constexpr qint64 MinGapMs = 5 * 60 * 1000;

    // What one refresh asked the store and what it drew.
    struct Query
    {
        qint64 fromMs = 0;
        qint64 toMs = 0;
        int widthPx = 0;
        kw::history::HistoryTier tier = kw::history::HistoryTier::Raw;
        int pointCount = 0; // all series together
        QMap<kw::history::SeriesKind, int> pointCounts;
        qint64 gapMs = 0;
    };

    explicit ChartsView(QWidget *parent = nullptr);
    ~ChartsView() override;

    // Not owned; nullptr shows a "no history" message. The view follows the store's
    // batchWritten() itself (connecting it to notifyNewData() as well does no harm).
    void setHistoryStore(kw::history::HistoryStore *store);
    kw::history::HistoryStore *historyStore() const { return m_store; }
    // "Now" for presets and live follow, UTC ms. Default: the host clock. The demo passes the
    // simulated device clock.
    void setClock(std::function<qint64()> nowMs);

    // A preset shows its span up to now and follows live; Custom keeps the range on screen (to be
    // edited in the toolbar's date fields) and stops following.
    void setRangePreset(RangePreset preset);
    RangePreset rangePreset() const { return m_preset; }
    void setCustomRange(qint64 fromMs, qint64 toMs);
    TimeRange visibleRange() const { return m_range; }
    // Zooming or panning turns following off; turning it on goes back to the preset's span.
    void setLiveFollow(bool follow);
    bool isLiveFollowing() const { return m_follow; }

    // New samples were stored up to lastSampleMs: refreshes at most once per
    // DataRefreshIntervalMs, and only if they can be seen (live follow, or inside the range).
    void notifyNewData(qint64 lastSampleMs);
    void refreshNow();
    Query lastQuery() const { return m_lastQuery; }
    int refreshCount() const { return m_refreshCount; }
    // A coalesced or debounced refresh is waiting for its timer.
    bool isRefreshPending() const { return m_dataTimer.isActive() || m_requeryTimer.isActive(); }
    // The "no history" / "nothing recorded yet" page instead of the charts.
    bool isShowingMessage() const;
    QString messageText() const;

    QChartView *powerChartView() const;
    QChartView *dailyEnergyChartView() const;
    PowerChart *powerChart() const { return m_powerChart; }
    DailyEnergyChart *dailyEnergyChart() const { return m_dailyChart; }
    ChartsToolbar *toolbar() const { return m_toolbar; }

Q_SIGNALS:
    void liveFollowChanged(bool following);
    void rangeChanged(qint64 fromMs, qint64 toMs);
    void refreshed();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void applyPalette();
    void refresh();
    void refreshDaily();
    void scheduleRequery();
    void setFollow(bool follow);
    void setRange(TimeRange range);
    void userRangeRequested(qint64 fromMs, qint64 toMs);
    void resetToPreset();
    void showMessage(const QString &title, const QString &detail);
    void showReadout(qint64 timeMs, const QPoint &globalPos);
    void updateToolbar();
    int plotWidthPx() const;
    qint64 nowMs() const;

    QPointer<kw::history::HistoryStore> m_store;
    QMetaObject::Connection m_storeConnection;
    std::function<qint64()> m_clock;
    RangePreset m_preset = RangePreset::Day;
    TimeRange m_range;
    TimeRange m_customRange;
    bool m_follow = true;
    bool m_zoomed = false;
    bool m_dirty = true;
    bool m_dailyStale = true;
    QDate m_dailyFirst;
    QDate m_dailyLast;
    Query m_lastQuery;
    int m_refreshCount = 0;
    QTimer m_dataTimer;
    QTimer m_requeryTimer;

    ChartsToolbar *m_toolbar;
    QStackedWidget *m_pages;
    QWidget *m_chartsPage;
    QLabel *m_messageTitle;
    QLabel *m_messageDetail;
    QWidget *m_messagePage;
    QSplitter *m_splitter;
    PowerChart *m_powerChart;
    PowerChartView *m_powerView;
    DailyEnergyChart *m_dailyChart;
};

} // namespace kw::gui
