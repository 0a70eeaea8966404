#pragma once

#include <QDate>
#include <QTimer>
#include <QWidget>

class QDateEdit;
class QToolButton;

namespace kw::gui {

// Picks the UTC day of a device log: a date field with calendar, previous/next day and "Today",
// never past today. Arrow clicks and typing come in bursts, so the choice is announced once the
// user pauses (dayChosen); dateEdited tells at once.
class LogDayPicker : public QWidget
{
    Q_OBJECT
public:
    static constexpr int DefaultDelayMs = 400;

    explicit LogDayPicker(QWidget *parent = nullptr);

    QDate date() const;
    // Sets the day without announcing it; cancels a pending choice.
    void setDate(QDate dayUtc);
    // "Today" as the device sees it; by default the system clock's UTC date.
    QDate todayUtc() const;
    void setTodayUtc(QDate dayUtc);
    // True while an edit waits to be announced.
    bool isChoosing() const { return m_delay.isActive(); }
    void cancelPendingChoice() { m_delay.stop(); }
    void setDelayMs(int delayMs);

Q_SIGNALS:
    void dateEdited(QDate dayUtc);
    void dayChosen(QDate dayUtc);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateRange();

    QDateEdit *m_edit;
    QToolButton *m_previous;
    QToolButton *m_next;
    QToolButton *m_today;
    QTimer m_delay;
    QDate m_todayOverride;
};

} // namespace kw::gui
