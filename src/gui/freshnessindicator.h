#pragma once

#include <QLabel>
#include <QTimer>

#include <functional>

namespace kw::gui {

// The status bar's data-age display: a coloured dot and "5 s ago". Green while polls arrive on
// time, amber once a few intervals were missed, red when the data is clearly stale. Ages use the
// host clock (when the poll arrived here), never the device's clock, which may be off or, in the
// demo, on another day. Ticks once a second, and only while shown.
class FreshnessIndicator : public QLabel
{
    Q_OBJECT
public:
    enum class Level { NoData, Fresh, Late, Stale };

    explicit FreshnessIndicator(QWidget *parent = nullptr);

    // The poll interval the age is judged against.
    void setPollIntervalMs(int intervalMs);
    // A good poll arrived now (host clock).
    void markFresh();
    void markFreshAt(qint64 hostMs);
    // For tests: where "now" comes from (default: the host clock).
    void setClock(std::function<qint64()> nowMs);

    qint64 ageMs() const;
    Level level() const;
    // Late after 3 missed intervals (at least 30 s), stale after 10 (at least 2 min): a single
    // slow answer from these devices is normal and must not alarm anyone.
    static Level levelFor(qint64 ageMs, int intervalMs);
    // "just now", "12 s ago", "3 min ago", "2 h ago".
    static QString ageText(qint64 ageMs);

public Q_SLOTS:
    void refresh();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QTimer m_timer;
    std::function<qint64()> m_clock;
    int m_intervalMs = 10'000;
    qint64 m_lastGoodMs = 0;
};

} // namespace kw::gui
