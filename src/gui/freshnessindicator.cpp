#include "freshnessindicator.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace kw::gui {
namespace {

QString dotColour(FreshnessIndicator::Level level)
{
    switch (level) {
    case FreshnessIndicator::Level::Fresh:
        return QStringLiteral("#2e9d4f");
    case FreshnessIndicator::Level::Late:
        return QStringLiteral("#e0a800");
    case FreshnessIndicator::Level::Stale:
        return QStringLiteral("#d32f2f");
    case FreshnessIndicator::Level::NoData:
        break;
    }
    return QStringLiteral("#9e9e9e");
}

} // namespace

FreshnessIndicator::FreshnessIndicator(QWidget *parent)
    : QLabel(parent)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    setObjectName(QStringLiteral("freshnessIndicator"));
    setTextFormat(Qt::RichText);
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &FreshnessIndicator::refresh);
    refresh();
}

void FreshnessIndicator::setPollIntervalMs(int intervalMs)
{
    m_intervalMs = std::max(1, intervalMs);
    refresh();
}

void FreshnessIndicator::markFresh()
{
    markFreshAt(m_clock());
}

void FreshnessIndicator::markFreshAt(qint64 hostMs)
{
    m_lastGoodMs = hostMs;
    refresh();
}

void FreshnessIndicator::setClock(std::function<qint64()> nowMs)
{
    m_clock = std::move(nowMs);
    refresh();
}

qint64 FreshnessIndicator::ageMs() const
{
    return m_lastGoodMs > 0 ? std::max<qint64>(0, m_clock() - m_lastGoodMs) : -1;
}

FreshnessIndicator::Level FreshnessIndicator::level() const
{
    return m_lastGoodMs > 0 ? levelFor(ageMs(), m_intervalMs) : Level::NoData;
}

FreshnessIndicator::Level FreshnessIndicator::levelFor(qint64 ageMs, int intervalMs)
{
    if (ageMs < 0)
        return Level::NoData;
    const qint64 lateMs = std::max<qint64>(30'000, 3LL * intervalMs);
    const qint64 staleMs = std::max<qint64>(120'000, 10LL * intervalMs);
    if (ageMs >= staleMs)
        return Level::Stale;
    if (ageMs >= lateMs)
        return Level::Late;
    return Level::Fresh;
}

QString FreshnessIndicator::ageText(qint64 ageMs)
{
    if (ageMs < 0)
        return tr("no data yet");
    const qint64 seconds = ageMs / 1000;
    if (seconds < 2)
        return tr("just now");
    // Units stay abbreviated, so no plural forms are needed.
    if (seconds < 120)
        return tr("%1 s ago").arg(seconds);
    if (seconds < 2 * 3600)
        return tr("%1 min ago").arg(seconds / 60);
    if (seconds < 2 * 86'400)
        return tr("%1 h ago").arg(seconds / 3600);
    return tr("%1 d ago").arg(seconds / 86'400);
}

void FreshnessIndicator::refresh()
{
    const Level current = level();
    const qint64 age = ageMs();
    const QString words = current == Level::NoData ? tr("No data yet") : tr("Data %1").arg(ageText(age));
    setText(QStringLiteral("<span style=\"color:%1\">●</span> %2").arg(dotColour(current), words.toHtmlEscaped()));
    QString tip;
    switch (current) {
    case Level::NoData:
        tip = tr("No data has arrived from the device yet.");
        break;
    case Level::Fresh:
        tip = tr("The data is current.");
        break;
    case Level::Late:
        tip = tr("The last polls did not arrive; the values shown may be out of date.");
        break;
    case Level::Stale:
        tip = tr("The values shown are out of date: the device has not answered for a while.");
        break;
    }
    if (m_lastGoodMs > 0) {
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(m_lastGoodMs).toLocalTime();
        tip += QLatin1Char('\n') + tr("Last good data at %1.").arg(QLocale().toString(at.time(), QLocale::LongFormat));
    }
    setToolTip(tip);
}

void FreshnessIndicator::showEvent(QShowEvent *event)
{
    refresh();
    m_timer.start();
    QLabel::showEvent(event);
}

void FreshnessIndicator::hideEvent(QHideEvent *event)
{
    m_timer.stop();
    QLabel::hideEvent(event);
}

} // namespace kw::gui
