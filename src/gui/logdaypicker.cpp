#include "logdaypicker.h"

#include <QDateEdit>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace kw::gui {
namespace {

// The device has kept logs only for a few years; the picker need not reach back further.
const QDate EarliestDay(2015, 1, 1);

QToolButton *makeArrow(QWidget *parent, const QString &objectName, Qt::ArrowType arrow,
                       const QString &toolTip)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setArrowType(arrow);
    button->setAutoRaise(true);
    button->setToolTip(toolTip);
    return button;
}

} // namespace

LogDayPicker::LogDayPicker(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QDateEdit(this))
    , m_previous(makeArrow(this, QStringLiteral("logPreviousDay"), Qt::LeftArrow, tr("Previous day")))
    , m_next(makeArrow(this, QStringLiteral("logNextDay"), Qt::RightArrow, tr("Next day")))
    , m_today(new QToolButton(this))
{
    m_edit->setObjectName(QStringLiteral("logDay"));
    m_edit->setCalendarPopup(true);
    m_edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_edit->setToolTip(tr("The day of the log, in UTC (the device keeps one file per UTC day)"));
    m_edit->setDateRange(EarliestDay, todayUtc());
    m_edit->setDate(todayUtc());
    m_today->setObjectName(QStringLiteral("logToday"));
    m_today->setText(tr("Today"));
    m_today->setAutoRaise(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    auto *label = new QLabel(tr("&Day (UTC):"), this);
    label->setBuddy(m_edit);
    layout->addWidget(label);
    layout->addWidget(m_previous);
    layout->addWidget(m_edit);
    layout->addWidget(m_next);
    layout->addWidget(m_today);

    m_delay.setSingleShot(true);
    m_delay.setInterval(DefaultDelayMs);
    connect(&m_delay, &QTimer::timeout, this, [this] { Q_EMIT dayChosen(date()); });
    connect(m_edit, &QDateEdit::dateChanged, this, [this](QDate day) {
        updateRange();
        m_delay.start();
        Q_EMIT dateEdited(day);
    });
    connect(m_previous, &QToolButton::clicked, this, [this] { m_edit->setDate(date().addDays(-1)); });
    connect(m_next, &QToolButton::clicked, this, [this] { m_edit->setDate(date().addDays(1)); });
    connect(m_today, &QToolButton::clicked, this, [this] { m_edit->setDate(todayUtc()); });
    updateRange();
}

QDate LogDayPicker::date() const
{
    return m_edit->date();
}

void LogDayPicker::setDate(QDate dayUtc)
{
    if (!dayUtc.isValid())
        return;
    m_delay.stop();
    const QSignalBlocker blocker(m_edit);
    // A day the device served stays reachable, even if this machine's clock is behind.
    if (dayUtc > m_edit->maximumDate())
        m_edit->setMaximumDate(dayUtc);
    m_edit->setDate(dayUtc);
    updateRange();
}

QDate LogDayPicker::todayUtc() const
{
    return m_todayOverride.isValid() ? m_todayOverride : QDateTime::currentDateTimeUtc().date();
}

void LogDayPicker::setTodayUtc(QDate dayUtc)
{
    m_todayOverride = dayUtc;
    if (date() > todayUtc())
        setDate(todayUtc());
    updateRange();
}

void LogDayPicker::setDelayMs(int delayMs)
{
    m_delay.setInterval(qMax(0, delayMs));
}

void LogDayPicker::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The system's day may have changed while hidden.
    updateRange();
}

void LogDayPicker::updateRange()
{
    const QDate today = todayUtc();
    const QDate latest = qMax(today, date());
    if (m_edit->maximumDate() != latest) {
        const QSignalBlocker blocker(m_edit);
        m_edit->setMaximumDate(latest);
    }
    m_previous->setEnabled(date() > m_edit->minimumDate());
    m_next->setEnabled(date() < today);
    m_today->setEnabled(date() != today);
}

} // namespace kw::gui
