// The Log view against the simulator's logs, fetched over real loopback HTTPS by the real
// downloader: lines, level/category/text filters, no-log days, failed fetches, following, saving.
#include "thememanager.h"
#include "../net/simfixture.h"

#include "logfilterproxymodel.h"
#include "logleveldelegate.h"
#include "logmodel.h"
#include "logview.h"
#include "modelroles.h"

#include "senec/seneclogdownloader.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QScrollBar>
#include <QStyleFactory>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QToolButton>

using namespace Qt::StringLiterals;
using kw::gui::LogLevelDelegate;
using kw::gui::LogView;
using kw::senec::SenecLogDownloader;
using kw::senec::SenecLogLevel;
using kw::senec::SenecLogLine;
using kw::senec::SenecLogResult;

namespace {

// A fixed simulated clock, so the days and their lines are the same on every run.
const QDateTime SimStart(QDate(2024, 6, 15), QTime(14, 0), QTimeZone::utc());

// The app's own dark theme, as the user gets it.
QPalette darkPalette()
{
    return kw::gui::ThemeManager::darkPalette();
}

int levelCount(const QList<SenecLogLine> &lines, std::initializer_list<SenecLogLevel> levels)
{
    return int(std::count_if(lines.cbegin(), lines.cend(), [levels](const SenecLogLine &line) {
        return std::find(levels.begin(), levels.end(), line.level) != levels.end();
    }));
}

// Pixels in `rect` of `image` within a small distance of `colour`.
int pixelsNear(const QImage &image, const QRect &rect, const QColor &colour)
{
    int count = 0;
    const QRect clipped = rect.intersected(image.rect());
    for (int y = clipped.top(); y <= clipped.bottom(); ++y) {
        for (int x = clipped.left(); x <= clipped.right(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (std::abs(pixel.red() - colour.red()) + std::abs(pixel.green() - colour.green())
                    + std::abs(pixel.blue() - colour.blue()) < 40)
                ++count;
        }
    }
    return count;
}

} // namespace

class TestLogView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    kwtest::DeviceRig m_rig;
    std::unique_ptr<SenecLogDownloader> m_downloader;
    QDate m_today;
    QDate m_errorDay; // a day of the simulated history with error lines

    SenecLogResult fetch(QDate day)
    {
        QSignalSpy spy(m_downloader.get(), &SenecLogDownloader::finished);
        if (!m_downloader->fetch(day) || !spy.wait(15'000))
            return {};
        return spy.first().first().value<SenecLogResult>();
    }

    static QTableView *table(LogView &view) { return view.findChild<QTableView *>(u"logTable"_s); }
    static QToolButton *button(LogView &view, const QString &name)
    {
        return view.findChild<QToolButton *>(name);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QVERIFY(m_dir.isValid());
        kw::sim::SimulatorOptions options = kwtest::simOptions(kw::sim::Firmware::V0826);
        options.start = SimStart;
        kwtest::setUpDeviceRig(m_rig, options, m_dir.filePath(u"trust.json"_s), 15'000);
        QVERIFY(m_rig.sim);
        m_downloader = std::make_unique<SenecLogDownloader>(m_rig.transport.get());
        m_today = QDateTime::fromMSecsSinceEpoch(m_rig.sim->simulatedNowMs(), QTimeZone::utc()).date();
        QCOMPARE(m_today, SimStart.date());
        // The seeded chatter has a lost cloud connection (an error) on some days only.
        for (int back = 0; back <= 3 && !m_errorDay.isValid(); ++back) {
            const SenecLogResult result = fetch(m_today.addDays(-back));
            QCOMPARE(result.status, SenecLogResult::Status::Ok);
            if (levelCount(result.lines, {SenecLogLevel::Error, SenecLogLevel::Panic}) > 0)
                m_errorDay = result.dayUtc;
        }
        QVERIFY2(m_errorDay.isValid(), "no day of the simulated history has an error line");
    }

    void cleanupTestCase()
    {
        m_downloader.reset();
        m_rig.transport.reset();
        m_rig.store.reset();
        m_rig.nam.reset();
        m_rig.sim.reset();
    }

    void showsTheLinesOfADay()
    {
        const SenecLogResult result = fetch(m_errorDay);
        QCOMPARE(result.status, SenecLogResult::Status::Ok);
        QVERIFY(result.lines.size() > 50);

        LogView view;
        view.setTodayUtc(m_today);
        view.showLog(result);
        QCOMPARE(view.shownDayUtc(), m_errorDay);
        QCOMPARE(view.selectedDayUtc(), m_errorDay);
        QCOMPARE(view.logModel()->lines(), result.lines);
        QTableView *tableView = table(view);
        QVERIFY(tableView);
        QCOMPARE(tableView->model()->rowCount(), result.lines.size());
        QCOMPARE(tableView->model()->columnCount(), 4);
        const SenecLogLine &last = result.lines.constLast();
        const int lastRow = int(result.lines.size()) - 1;
        QCOMPARE(tableView->model()->index(lastRow, kw::models::LogModel::MessageColumn).data().toString(),
                 last.message);
        QCOMPARE(tableView->model()->index(lastRow, kw::models::LogModel::CategoryColumn).data().toString(),
                 last.category);
        QVERIFY(view.placeholderText().isEmpty());
        QVERIFY(view.errorText().isEmpty());
        const QString status = view.statusText();
        QVERIFY2(status.contains(m_errorDay.toString(Qt::ISODate)), qPrintable(status));
        QVERIFY2(status.contains(u"%1 lines"_s.arg(result.lines.size())), qPrintable(status));
        QVERIFY2(status.contains(result.path), qPrintable(status));
        QVERIFY(button(view, u"logSave"_s)->isEnabled());
        // The category filter offers what the data holds.
        auto *category = view.findChild<QComboBox *>(u"logCategory"_s);
        QVERIFY(category);
        QCOMPARE(category->itemText(0), u"All categories"_s);
        QVERIFY(category->findText(u"NPU"_s) > 0);
        QVERIFY(category->findText(u"ENERGY"_s) > 0);
    }

    void levelFilterNarrowsRows()
    {
        const SenecLogResult result = fetch(m_errorDay);
        LogView view;
        view.setTodayUtc(m_today);
        view.showLog(result);
        const int total = int(result.lines.size());
        const int infos = levelCount(result.lines, {SenecLogLevel::Info});
        const int errors = levelCount(result.lines, {SenecLogLevel::Error, SenecLogLevel::Panic});
        QVERIFY(infos > 0 && infos < total);
        QAbstractItemModel *shown = table(view)->model();

        button(view, u"logLevelInfo"_s)->click();
        QCOMPARE(shown->rowCount(), total - infos);
        for (int row = 0; row < shown->rowCount(); ++row)
            QVERIFY(shown->index(row, 0).data(kw::models::LogLevelRole).toInt() != int(SenecLogLevel::Info));
        QVERIFY2(view.statusText().contains(u"%1 of %2 lines"_s.arg(total - infos).arg(total)),
                 qPrintable(view.statusText()));

        // Errors only.
        button(view, u"logLevelWarnings"_s)->click();
        button(view, u"logLevelOther"_s)->click();
        QCOMPARE(shown->rowCount(), errors);
        // The button says how many lines each level has.
        QVERIFY2(button(view, u"logLevelErrors"_s)->text().endsWith(QString::number(errors)),
                 qPrintable(button(view, u"logLevelErrors"_s)->text()));

        // Nothing left: the view says so instead of an empty table.
        button(view, u"logLevelErrors"_s)->click();
        QCOMPARE(shown->rowCount(), 0);
        QVERIFY2(view.placeholderText().contains(u"No line matches"), qPrintable(view.placeholderText()));
        button(view, u"logLevelInfo"_s)->click();
        QCOMPARE(shown->rowCount(), infos);
        QVERIFY(view.placeholderText().isEmpty());
    }

    void textAndCategoryFilterNarrowRows()
    {
        const SenecLogResult result = fetch(m_errorDay);
        LogView view;
        view.setTodayUtc(m_today);
        view.showLog(result);
        QAbstractItemModel *shown = table(view)->model();
        const int total = int(result.lines.size());

        const QString needle = u"mein-senec"_s;
        const int matching = int(std::count_if(result.lines.cbegin(), result.lines.cend(),
            [&needle](const SenecLogLine &line) {
                return line.message.contains(needle, Qt::CaseInsensitive)
                    || line.category.contains(needle, Qt::CaseInsensitive);
            }));
        QVERIFY(matching > 0 && matching < total);
        auto *search = view.findChild<QLineEdit *>(u"logSearch"_s);
        QVERIFY(search);
        QTest::keyClicks(search, u"MEIN-SENEC"_s);
        // Debounced: not at once, but soon.
        QCOMPARE(shown->rowCount(), total);
        QTRY_COMPARE_WITH_TIMEOUT(shown->rowCount(), matching, 5'000);
        search->clear();
        QCOMPARE(shown->rowCount(), total);

        auto *category = view.findChild<QComboBox *>(u"logCategory"_s);
        const int bmsLines = int(std::count_if(result.lines.cbegin(), result.lines.cend(),
            [](const SenecLogLine &line) { return line.category == u"BMS"; }));
        QVERIFY(bmsLines > 0 && bmsLines < total);
        const int index = category->findText(u"BMS"_s);
        QVERIFY(index > 0);
        category->setCurrentIndex(index);
        Q_EMIT category->activated(index);
        QCOMPARE(shown->rowCount(), bmsLines);
        for (int row = 0; row < shown->rowCount(); ++row)
            QCOMPARE(shown->index(row, kw::models::LogModel::CategoryColumn).data().toString(), u"BMS"_s);
    }

    // Selected lines copy as tab-separated text in file order, whatever the sort.
    void copiesSelectedLines()
    {
        const SenecLogResult result = fetch(m_errorDay);
        LogView view;
        view.setTodayUtc(m_today);
        view.resize(1100, 650);
        view.showLog(result);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTableView *tableView = table(view);
        tableView->sortByColumn(kw::models::LogModel::MessageColumn, Qt::DescendingOrder);
        const QModelIndex first = view.filterModel()->mapFromSource(view.logModel()->index(1, 0));
        const QModelIndex second = view.filterModel()->mapFromSource(view.logModel()->index(2, 0));
        tableView->selectionModel()->select(first, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        tableView->selectionModel()->select(second, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        tableView->setFocus();
        QTest::keySequence(tableView, QKeySequence::Copy);
        const QStringList copied = QApplication::clipboard()->text().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(copied.size(), 2);
        QVERIFY2(copied.at(0).endsWith(u'\t' + result.lines.at(1).message), qPrintable(copied.at(0)));
        QVERIFY2(copied.at(1).endsWith(u'\t' + result.lines.at(2).message), qPrintable(copied.at(1)));
        QCOMPARE(copied.at(0).split(u'\t').size(), 4);
    }

    void noLogDayShowsTheMessage()
    {
        const SenecLogResult lines = fetch(m_today);
        const SenecLogResult none = fetch(m_today.addYears(-2));
        QCOMPARE(none.status, SenecLogResult::Status::NoLog);
        LogView view;
        view.setTodayUtc(m_today);
        view.showLog(lines);
        view.showLog(none);
        QCOMPARE(view.logModel()->rowCount(), 0);
        QVERIFY2(view.placeholderText().startsWith(u"No log on"), qPrintable(view.placeholderText()));
        QVERIFY(view.errorText().isEmpty());
        QVERIFY(!button(view, u"logSave"_s)->isEnabled());
        QString error;
        QVERIFY(!view.saveTo(m_dir.filePath(u"none.log"_s), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFile::exists(m_dir.filePath(u"none.log"_s)));
    }

    void failedFetchKeepsTheLines()
    {
        const SenecLogResult good = fetch(m_errorDay);
        QCOMPARE(good.status, SenecLogResult::Status::Ok);
        m_rig.sim->setFaults({kw::sim::FaultSpec{kw::sim::FaultKind::Http500, 1.0, 0}});
        const SenecLogResult failed = fetch(m_errorDay);
        m_rig.sim->clearFaults();
        QCOMPARE(failed.status, SenecLogResult::Status::Failed);
        QVERIFY(!failed.error.isEmpty());

        LogView view;
        view.setTodayUtc(m_today);
        view.showLog(good);
        view.showLog(failed);
        QCOMPARE(view.logModel()->lines(), good.lines);
        QCOMPARE(table(view)->model()->rowCount(), good.lines.size());
        QVERIFY2(view.errorText().contains(failed.error), qPrintable(view.errorText()));
        QVERIFY2(view.statusText().contains(u"fetch failed"), qPrintable(view.statusText()));
        // The raw file is still the one whose lines are shown.
        QCOMPARE(view.rawLog(), good.raw);

        // The next good fetch clears the error.
        view.showLog(good);
        QVERIFY(view.errorText().isEmpty());
        QVERIFY(!view.statusText().contains(u"fetch failed"));
    }

    void saveWritesTheBytesReceived()
    {
        const SenecLogResult result = fetch(m_today);
        QCOMPARE(result.status, SenecLogResult::Status::Ok);
        QVERIFY(!result.raw.isEmpty());
        LogView view;
        view.setTodayUtc(m_today);
        view.showLog(result);
        const QString path = m_dir.filePath(u"saved.log"_s);
        QString error;
        QVERIFY2(view.saveTo(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), result.raw);

        QVERIFY(!view.saveTo(m_dir.filePath(u"no/such/dir/x.log"_s), &error));
        QVERIFY(error.contains(u"no/such/dir"));
    }

    // Following: a re-download of the same day appends; the end stays in view only for a reader
    // who was at the end.
    void sameDayAppendsAndKeepsTheScrollPosition()
    {
        const SenecLogResult full = fetch(m_errorDay);
        QVERIFY(full.lines.size() > 60);
        SenecLogResult early = full;
        early.lines = full.lines.mid(0, full.lines.size() - 20);

        LogView view;
        view.setTodayUtc(m_errorDay); // so the error day may be followed
        view.resize(1100, 650);
        view.showLog(early);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setFollowing(true);
        QVERIFY(view.isFollowing());
        QTableView *tableView = table(view);
        tableView->scrollToBottom();
        QScrollBar *bar = tableView->verticalScrollBar();
        QVERIFY(bar->maximum() > 0);
        QCOMPARE(bar->value(), bar->maximum());

        QSignalSpy resets(view.logModel(), &QAbstractItemModel::modelReset);
        QSignalSpy inserts(view.logModel(), &QAbstractItemModel::rowsInserted);
        SenecLogResult more = full;
        more.lines = full.lines.mid(0, full.lines.size() - 10);
        const int maximumBefore = bar->maximum();
        view.showLog(more);
        QCOMPARE(resets.size(), 0);
        QCOMPARE(inserts.size(), 1);
        QCOMPARE(view.logModel()->rowCount(), more.lines.size());
        QVERIFY(bar->maximum() > maximumBefore);
        QCOMPARE(bar->value(), bar->maximum());

        // Scrolled up: the new lines arrive below without moving what the reader looks at.
        bar->setValue(bar->maximum() / 2);
        const int readingAt = bar->value();
        view.showLog(full);
        QCOMPARE(resets.size(), 0);
        QCOMPARE(inserts.size(), 2);
        QCOMPARE(view.logModel()->rowCount(), full.lines.size());
        QCOMPARE(bar->value(), readingAt);
        QVERIFY(bar->value() < bar->maximum());

        // Another day is a new log: reset.
        view.showLog(fetch(m_errorDay.addDays(-1)));
        QCOMPARE(resets.size(), 1);
    }

    void asksForDays()
    {
        LogView view;
        view.setTodayUtc(m_today);
        view.setDayDelayMs(50);
        QSignalSpy days(&view, &LogView::dayRequested);
        QSignalSpy follow(&view, &LogView::followChanged);

        // First shown: asks for today once.
        view.show();
        QCOMPARE(days.size(), 1);
        QCOMPARE(days.takeFirst().first().toDate(), m_today);
        view.hide();
        view.show();
        QCOMPARE(days.size(), 0);

        // A burst of picker steps is one question, for the last day.
        button(view, u"logPreviousDay"_s)->click();
        button(view, u"logPreviousDay"_s)->click();
        QVERIFY(days.wait(2'000));
        QCOMPARE(days.size(), 1);
        QCOMPARE(days.takeFirst().first().toDate(), m_today.addDays(-2));

        // Never past today.
        auto *picker = view.findChild<QDateEdit *>(u"logDay"_s);
        QCOMPARE(picker->maximumDate(), m_today);
        picker->setDate(m_today.addDays(5));
        QCOMPARE(view.selectedDayUtc(), m_today);
        QVERIFY(!button(view, u"logNextDay"_s)->isEnabled());
        QVERIFY(days.wait(2'000));
        days.clear();

        // Reload asks at once.
        button(view, u"logReload"_s)->click();
        QCOMPARE(days.size(), 1);
        days.clear();

        // Following an older day switches to today; picking another day stops following.
        view.setSelectedDayUtc(m_today.addDays(-1));
        button(view, u"logFollow"_s)->click();
        QVERIFY(view.isFollowing());
        QCOMPARE(follow.size(), 1);
        QCOMPARE(follow.takeFirst().first().toBool(), true);
        QCOMPARE(view.selectedDayUtc(), m_today);
        QCOMPARE(days.size(), 1);
        QCOMPARE(days.takeFirst().first().toDate(), m_today);
        button(view, u"logPreviousDay"_s)->click();
        QVERIFY(!view.isFollowing());
        QCOMPARE(follow.size(), 1);
        QCOMPARE(follow.takeFirst().first().toBool(), false);
    }

    void renders_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    // Level colours land where they should on light and dark palettes; with KW_RENDER_DIR set the
    // picture is kept for looking at.
    void renders()
    {
        QFETCH(bool, dark);
        const SenecLogResult result = fetch(m_errorDay);
        LogView view;
        if (dark)
            view.setPalette(darkPalette());
        view.setTodayUtc(m_today);
        view.resize(1100, 650);
        view.showLog(result);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        QTableView *tableView = table(view);
        int errorRow = -1;
        SenecLogLevel errorLevel = SenecLogLevel::Error;
        for (int row = 0; row < tableView->model()->rowCount() && errorRow < 0; ++row) {
            const auto level = SenecLogLevel(tableView->model()->index(row, 0).data(kw::models::LogLevelRole).toInt());
            if (level == SenecLogLevel::Error || level == SenecLogLevel::Panic) {
                errorRow = row;
                errorLevel = level;
            }
        }
        QVERIFY(errorRow >= 0);
        const QModelIndex levelCell = tableView->model()->index(errorRow, kw::models::LogModel::LevelColumn);
        tableView->scrollTo(levelCell, QAbstractItemView::PositionAtCenter);
        tableView->setFocus();
        QApplication::processEvents();

        const QImage image = view.grab().toImage();
        const QRect cell = tableView->visualRect(levelCell).translated(tableView->viewport()->mapTo(&view, QPoint()));
        const QColor errorColour = LogLevelDelegate::levelColour(errorLevel, view.palette());
        QVERIFY2(pixelsNear(image, cell, errorColour) > 8, "the error line's level is not in the error colour");
        // The palette decides the colour: a dark palette gets a lighter red than a light one.
        QCOMPARE(kw::gui::ThemeManager::isDark(view.palette()), dark);
        QVERIFY(dark ? errorColour.lightness() > 140 : errorColour.lightness() < 120);

        const QString dir = qEnvironmentVariable("KW_RENDER_DIR");
        const QString suffix = (dark ? u"dark"_s : u"light"_s) + u".png"_s;
        if (!dir.isEmpty())
            QVERIFY(image.save(dir + u"/logvars-log-"_s + suffix));

        // A failed re-fetch: the banner above the kept lines, in the banner's colours.
        SenecLogResult failed;
        failed.status = SenecLogResult::Status::Failed;
        failed.dayUtc = m_errorDay;
        failed.error = u"log %1: connection refused"_s.arg(m_errorDay.toString(Qt::ISODate));
        view.setBusy(true);
        view.showLog(failed);
        QApplication::processEvents();
        const QImage failedImage = view.grab().toImage();
        QVERIFY(!view.errorText().isEmpty());
        QCOMPARE(tableView->model()->rowCount(), result.lines.size());
        if (!dir.isEmpty())
            QVERIFY(failedImage.save(dir + u"/logvars-log-failed-"_s + suffix));

        // No log that day: the message instead of the table.
        SenecLogResult none;
        none.status = SenecLogResult::Status::NoLog;
        none.dayUtc = m_today.addYears(-2);
        view.setBusy(false);
        view.showLog(none);
        QApplication::processEvents();
        QVERIFY(!view.placeholderText().isEmpty());
        if (!dir.isEmpty())
            QVERIFY(view.grab().toImage().save(dir + u"/logvars-log-nolog-"_s + suffix));
    }
};

QTEST_MAIN(TestLogView)
#include "tst_logview.moc"
