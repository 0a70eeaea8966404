#pragma once

#include "senec/seneclogdownloader.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QWidget>

class QTableView;
class QToolButton;

namespace kw::models {
class LogFilterProxyModel;
class LogModel;
} // namespace kw::models

namespace kw::gui {

class BusyStatusRow;
class PlaceholderStack;

class FetchErrorBanner;
class LogDayPicker;
class LogFilterBar;

// The device log of one UTC day as a filterable table with level colours. Passive: it shows the
// results it is given and asks for days through dayRequested(); following (today's log re-fetched
// as it grows) is the feeder's job, the view only says whether the user wants it.
class LogView : public QWidget
{
    Q_OBJECT
public:
    explicit LogView(QWidget *parent = nullptr);
    ~LogView() override;

    QDate selectedDayUtc() const;
    // Sets the day picker without asking for the day (e.g. restoring a session).
    void setSelectedDayUtc(QDate dayUtc);
    // "Today" as the device sees it; by default the system clock's UTC date. The picker never goes
    // past it. Set it from the device's clock when that differs (a demo running on another day).
    QDate todayUtc() const;
    void setTodayUtc(QDate dayUtc);

    // True while the user wants today's log followed.
    bool isFollowing() const;
    void setFollowing(bool following);

    // Ok: the table (lines appended when it is the day already shown); NoLog: "no log that day";
    // Failed: the error, with the lines shown before kept.
    void showLog(const kw::senec::SenecLogResult &result);
    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }
    // Writes the log as received (raw bytes). False with `error` when there is none or the file
    // cannot be written.
    bool saveTo(const QString &path, QString *error) const;

    // The day whose lines are shown (invalid before the first log); raw bytes as received.
    QDate shownDayUtc() const { return m_shownDay; }
    // Some answer (lines, "no log", or an error) has been shown.
    bool hasResult() const { return m_shownDay.isValid() || !m_error.isEmpty(); }
    // Asks where to save (a file dialog) and writes the log as received; errors in a message box.
    void saveWithDialog();
    QByteArray rawLog() const { return m_raw; }
    models::LogModel *logModel() const { return m_model; }
    models::LogFilterProxyModel *filterModel() const { return m_proxy; }
    LogFilterBar *filterBar() const { return m_filterBar; }
    // The one-line summary under the table: day, lines shown/total, path or error.
    QString statusText() const;
    // The banner's error; empty when the last fetch went well.
    QString errorText() const;
    // The centred message instead of the table ("no log that day" …); empty while the table shows.
    QString placeholderText() const;
    // How long the day picker waits before asking (arrow clicks come in bursts).
    void setDayDelayMs(int delayMs);

Q_SIGNALS:
    void dayRequested(QDate dayUtc);
    void followChanged(bool following);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onDayEdited();
    void requestSelectedDay();
    void setFollowingInternal(bool following, bool notify);
    bool isScrolledToBottom() const;
    void updatePlaceholder();
    void updateStatus();
    void sizeColumns();

    models::LogModel *m_model;
    models::LogFilterProxyModel *m_proxy;
    LogDayPicker *m_dayPicker;
    QToolButton *m_reloadButton;
    QToolButton *m_followButton;
    QToolButton *m_saveButton;
    LogFilterBar *m_filterBar;
    FetchErrorBanner *m_banner;
    QTableView *m_table;
    PlaceholderStack *m_stack;
    BusyStatusRow *m_status;

    QDate m_shownDay;
    QByteArray m_raw;
    QString m_path;
    QDateTime m_fetchedAt;
    QString m_error;
    QString m_noLogMessage;
    bool m_busy = false;
    bool m_asked = false;
    bool m_columnsSized = false;
};

} // namespace kw::gui
