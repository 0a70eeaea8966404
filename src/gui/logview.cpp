#include "logview.h"

#include "busystatusrow.h"
#include "datatable.h"
#include "placeholderstack.h"

#include "fetcherrorbanner.h"
#include "logdaypicker.h"
#include "logfilterbar.h"
#include "logfilterproxymodel.h"
#include "logleveldelegate.h"
#include "logmodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QSaveFile>
#include <QScrollBar>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QTimeZone>
#include <QToolButton>
#include <QVBoxLayout>

namespace kw::gui {

using senec::SenecLogResult;

namespace {

constexpr int MaxCategoryColumnEms = 14;

QToolButton *makeToolButton(QWidget *parent, const QString &objectName, const QString &text,
                            const QIcon &icon)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setText(text);
    button->setIcon(icon);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAutoRaise(true);
    return button;
}

QString isoDay(QDate day)
{
    return day.toString(Qt::ISODate);
}

} // namespace

LogView::LogView(QWidget *parent)
    : QWidget(parent)
    , m_model(new models::LogModel(this))
    , m_proxy(new models::LogFilterProxyModel(this))
    , m_dayPicker(new LogDayPicker(this))
    , m_filterBar(nullptr)
    , m_banner(new FetchErrorBanner(this))
    , m_table(new QTableView(this))
    , m_stack(new PlaceholderStack(m_table, QStringLiteral("log"), this))
    , m_status(new BusyStatusRow(QStringLiteral("log"), this))
{
    m_proxy->setSourceModel(m_model);
    m_filterBar = new LogFilterBar(m_proxy, this);
    QStyle *st = style();

    // Day row: the picker, reload, follow; save on the far side.
    m_reloadButton = makeToolButton(
        this, QStringLiteral("logReload"), tr("Reload"),
        QIcon::fromTheme(QStringLiteral("view-refresh"), st->standardIcon(QStyle::SP_BrowserReload)));
    m_reloadButton->setShortcut(QKeySequence::Refresh);
    m_reloadButton->setToolTip(tr("Fetch this day's log again (%1)")
                                   .arg(QKeySequence(QKeySequence::Refresh).toString(QKeySequence::NativeText)));
    m_followButton = makeToolButton(
        this, QStringLiteral("logFollow"), tr("Follow"),
        QIcon::fromTheme(QStringLiteral("go-bottom"), st->standardIcon(QStyle::SP_ArrowDown)));
    m_followButton->setCheckable(true);
    m_followButton->setToolTip(tr("Follow today's log: fetch it again every half minute and add the "
                                  "new lines at the bottom"));
    m_saveButton = makeToolButton(
        this, QStringLiteral("logSave"), tr("Save…"),
        QIcon::fromTheme(QStringLiteral("document-save-as"), st->standardIcon(QStyle::SP_DialogSaveButton)));
    m_saveButton->setToolTip(tr("Save the log file exactly as the device sent it"));
    m_saveButton->setEnabled(false);

    auto *dayRow = new QHBoxLayout;
    dayRow->setSpacing(4);
    dayRow->addWidget(m_dayPicker);
    dayRow->addSpacing(8);
    dayRow->addWidget(m_reloadButton);
    dayRow->addWidget(m_followButton);
    dayRow->addStretch(1);
    dayRow->addWidget(m_saveButton);

    // The table: file order by default; a header click sorts, a third click returns to file order.
    m_table->setObjectName(QStringLiteral("logTable"));
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new LogLevelDelegate(m_table));
    setUpDataTable(m_table);
    auto *copy = new QAction(tr("Copy lines"), m_table);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(copy);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(copy, &QAction::triggered, this, [this] {
        QStringList text;
        const QModelIndexList rows = m_table->selectionModel()->selectedRows();
        QList<int> sourceRows;
        for (const QModelIndex &row : rows)
            sourceRows.append(m_proxy->mapToSource(row).row());
        std::sort(sourceRows.begin(), sourceRows.end());
        for (int row : std::as_const(sourceRows)) {
            QStringList cells;
            for (int column = 0; column < models::LogModel::ColumnCount; ++column)
                cells.append(m_model->index(row, column).data().toString());
            text.append(cells.join(u'\t'));
        }
        if (!text.isEmpty())
            QApplication::clipboard()->setText(text.join(u'\n') + u'\n');
    });

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(6);
    layout->addLayout(dayRow);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_banner);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_status);

    connect(m_dayPicker, &LogDayPicker::dateEdited, this, &LogView::onDayEdited);
    connect(m_dayPicker, &LogDayPicker::dayChosen, this, &LogView::requestSelectedDay);
    connect(m_reloadButton, &QToolButton::clicked, this, &LogView::requestSelectedDay);
    connect(m_followButton, &QToolButton::toggled, this,
            [this](bool checked) { setFollowingInternal(checked, true); });
    connect(m_saveButton, &QToolButton::clicked, this, &LogView::saveWithDialog);

    // Rows come and go with filters and appends: the counts and the placeholder follow them.
    const auto refresh = [this] {
        updatePlaceholder();
        updateStatus();
    };
    onRowsChanged(m_proxy, this, refresh);
    updatePlaceholder();
    updateStatus();
}

LogView::~LogView() = default;

QDate LogView::selectedDayUtc() const
{
    return m_dayPicker->date();
}

void LogView::setSelectedDayUtc(QDate dayUtc)
{
    if (!dayUtc.isValid())
        return;
    m_dayPicker->setDate(dayUtc);
    if (isFollowing() && dayUtc != todayUtc())
        setFollowingInternal(false, true);
}

QDate LogView::todayUtc() const
{
    return m_dayPicker->todayUtc();
}

void LogView::setTodayUtc(QDate dayUtc)
{
    const QDate previous = todayUtc();
    const QDate selected = selectedDayUtc();
    m_dayPicker->setTodayUtc(dayUtc);
    // The picker keeps meaning "today" where it did: nothing loaded yet, or following.
    if (dayUtc.isValid() && selected == previous && (isFollowing() || !m_shownDay.isValid()))
        m_dayPicker->setDate(dayUtc);
}

bool LogView::isFollowing() const
{
    return m_followButton->isChecked();
}

void LogView::setFollowing(bool following)
{
    m_followButton->setChecked(following);
}

void LogView::setFollowingInternal(bool following, bool notify)
{
    if (m_followButton->isChecked() != following) {
        const QSignalBlocker blocker(m_followButton);
        m_followButton->setChecked(following);
    }
    if (notify)
        Q_EMIT followChanged(following);
    // Following means today: switch to it and ask for it once; the feeder keeps it fresh.
    if (following && selectedDayUtc() != todayUtc()) {
        setSelectedDayUtc(todayUtc());
        requestSelectedDay();
    }
    updateStatus();
}

void LogView::onDayEdited()
{
    // Another day than today cannot be followed: it does not grow.
    if (isFollowing() && selectedDayUtc() != todayUtc())
        setFollowingInternal(false, true);
}

void LogView::requestSelectedDay()
{
    // Asked now (reload, follow): a day edit still waiting would only ask again.
    m_dayPicker->cancelPendingChoice();
    m_asked = true;
    Q_EMIT dayRequested(selectedDayUtc());
}

void LogView::setDayDelayMs(int delayMs)
{
    m_dayPicker->setDelayMs(delayMs);
}

bool LogView::isScrolledToBottom() const
{
    const QScrollBar *bar = m_table->verticalScrollBar();
    return bar->value() >= bar->maximum();
}

void LogView::showLog(const SenecLogResult &result)
{
    m_asked = true;
    // The picker shows the day the lines belong to, unless the user is just choosing another.
    if (result.dayUtc.isValid() && !m_dayPicker->isChoosing() && result.dayUtc != selectedDayUtc())
        setSelectedDayUtc(result.dayUtc);

    switch (result.status) {
    case SenecLogResult::Status::Ok: {
        const bool sameDay = result.dayUtc == m_shownDay && m_model->rowCount() > 0;
        const bool wasAtBottom = isScrolledToBottom();
        if (sameDay)
            m_model->appendNewLines(result.lines);
        else
            m_model->setLines(result.lines);
        m_shownDay = result.dayUtc;
        m_raw = result.raw;
        m_path = result.path;
        m_fetchedAt = QDateTime::currentDateTime();
        m_error.clear();
        m_noLogMessage.clear();
        m_banner->showError({});
        if (!m_columnsSized && m_model->rowCount() > 0)
            sizeColumns();
        // A reader scrolled up to study a line keeps their place; one at the end stays at the end.
        if (sameDay ? (wasAtBottom && isFollowing()) : isFollowing())
            m_table->scrollToBottom();
        else if (!sameDay)
            m_table->scrollToTop();
        break;
    }
    case SenecLogResult::Status::NoLog:
        m_model->clear();
        m_shownDay = result.dayUtc;
        m_raw.clear();
        m_path = result.path;
        m_fetchedAt = QDateTime::currentDateTime();
        m_error.clear();
        m_noLogMessage = tr("No log on %1 (UTC).\nThe device keeps no log file for that day.")
                             .arg(QLocale().toString(result.dayUtc, QLocale::LongFormat));
        m_banner->showError({});
        break;
    case SenecLogResult::Status::Failed: {
        m_error = result.error.isEmpty() ? tr("unknown error") : result.error;
        QString message = tr("Could not fetch the log (%1).").arg(m_error);
        if (m_model->rowCount() > 0)
            message += u' ' + tr("Showing the lines of %1 as fetched at %2.")
                                  .arg(isoDay(m_shownDay),
                                       QLocale().toString(m_fetchedAt.time(), QLocale::ShortFormat));
        m_banner->showError(message);
        break;
    }
    }
    m_saveButton->setEnabled(!m_raw.isEmpty());
    m_filterBar->updateCounts();
    updatePlaceholder();
    updateStatus();
}

void LogView::setBusy(bool busy)
{
    m_busy = busy;
    m_status->setBusy(busy);
    m_reloadButton->setEnabled(!busy);
    updatePlaceholder();
}

bool LogView::saveTo(const QString &path, QString *error) const
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (m_raw.isEmpty())
        return fail(tr("there is no log to save"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    if (file.write(m_raw) != m_raw.size() || !file.commit())
        return fail(tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return true;
}

void LogView::saveWithDialog()
{
    const QString directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested =
        QDir(directory).filePath(QStringLiteral("senec-log-%1.log").arg(isoDay(m_shownDay)));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save log"), suggested,
                                                      tr("Log files (*.log);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveTo(path, &error))
        QMessageBox::warning(this, tr("Save log"), tr("The log was not saved: %1").arg(error));
}

void LogView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Shown for the first time with nothing to show: ask for the picked day (today).
    if (!m_asked)
        requestSelectedDay();
}

QString LogView::statusText() const
{
    return m_status->text();
}

QString LogView::errorText() const
{
    return m_banner->text();
}

QString LogView::placeholderText() const
{
    return m_stack->placeholderText();
}

void LogView::updatePlaceholder()
{
    QString text;
    if (!m_noLogMessage.isEmpty())
        text = m_noLogMessage;
    else if (m_model->rowCount() == 0 && m_busy)
        text = tr("Fetching the log of %1…").arg(isoDay(selectedDayUtc()));
    else if (m_model->rowCount() == 0 && !m_error.isEmpty())
        text = tr("No log loaded.");
    else if (m_model->rowCount() == 0 && m_shownDay.isValid())
        text = tr("The log of %1 is empty.").arg(isoDay(m_shownDay));
    else if (m_model->rowCount() == 0)
        text = tr("Pick a day to see the device's log.");
    else if (m_proxy->rowCount() == 0)
        text = tr("No line matches the filters.");
    m_stack->setPlaceholderText(text);
}

void LogView::updateStatus()
{
    const QLocale locale;
    QStringList parts;
    if (m_shownDay.isValid())
        parts.append(tr("%1 (UTC)").arg(isoDay(m_shownDay)));
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    if (m_shownDay.isValid() && m_noLogMessage.isEmpty()) {
        if (shown != total)
            parts.append(tr("%1 of %2 lines").arg(locale.toString(shown), locale.toString(total)));
        else
            parts.append(tr("%Ln lines", nullptr, total));
    }
    if (!m_error.isEmpty())
        parts.append(tr("fetch failed: %1").arg(m_error));
    else if (!m_path.isEmpty() && m_noLogMessage.isEmpty())
        parts.append(tr("%1, fetched %2").arg(m_path, locale.toString(m_fetchedAt.time(), QLocale::LongFormat)));
    else if (!m_noLogMessage.isEmpty())
        parts.append(tr("no log file"));
    if (total > 0)
        parts.append(tr("times in %1").arg(m_model->timeZone().displayName(
            QDateTime::currentDateTime(), QTimeZone::ShortName)));
    if (isFollowing())
        parts.append(tr("following"));
    m_status->setText(parts.isEmpty() ? tr("No log loaded") : parts.join(QStringLiteral("  ·  ")));
}

void LogView::sizeColumns()
{
    m_table->resizeColumnToContents(models::LogModel::TimeColumn);
    m_table->resizeColumnToContents(models::LogModel::LevelColumn);
    m_table->resizeColumnToContents(models::LogModel::CategoryColumn);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    if (m_table->columnWidth(models::LogModel::CategoryColumn) > em * MaxCategoryColumnEms)
        m_table->setColumnWidth(models::LogModel::CategoryColumn, em * MaxCategoryColumnEms);
    m_columnsSized = true;
}

} // namespace kw::gui
