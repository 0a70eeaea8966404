// DeviceFilesFeed against the simulator over real loopback HTTPS: fetches on the views' requests,
// one at a time per kind, stale days dropped, and today's log followed only while it is wanted
// and visible, never faster than the follow interval.
#include "../net/simfixture.h"

#include "devicefilesfeed.h"
#include "logmodel.h"
#include "logview.h"
#include "varsmodel.h"
#include "varsview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using kw::app::DeviceFilesFeed;
using kw::gui::LogView;
using kw::gui::VarsView;
using kw::senec::SenecLogResult;
using kw::senec::SenecVarsResult;

namespace {

const QDateTime SimStart(QDate(2024, 6, 15), QTime(6, 0), QTimeZone::utc());
constexpr int FollowIntervalMs = 400;

// Every start and end of a log fetch, with its time, to check they never overlap or crowd.
struct FetchLog
{
    struct Event
    {
        bool start;
        qint64 atMs;
        QDate day;
        bool followed;
    };
    QList<Event> events;
    QElapsedTimer clock;
    bool overlapped = false;
    bool running = false;

    void attach(DeviceFilesFeed *feed, QObject *context)
    {
        clock.start();
        QObject::connect(feed, &DeviceFilesFeed::logFetchStarted, context, [this](QDate day, bool followed) {
            overlapped = overlapped || running;
            running = true;
            events.append({true, clock.elapsed(), day, followed});
        });
        QObject::connect(feed, &DeviceFilesFeed::logFetchFinished, context, [this](const SenecLogResult &result) {
            running = false;
            events.append({false, clock.elapsed(), result.dayUtc, false});
        });
    }
    int followedStarts() const
    {
        return int(std::count_if(events.cbegin(), events.cend(),
                                 [](const Event &e) { return e.start && e.followed; }));
    }
    // Shortest gap between the end of one fetch and the start of a followed one after it.
    qint64 shortestFollowGapMs() const
    {
        qint64 shortest = std::numeric_limits<qint64>::max();
        for (qsizetype i = 1; i < events.size(); ++i) {
            if (events.at(i).start && events.at(i).followed && !events.at(i - 1).start)
                shortest = std::min(shortest, events.at(i).atMs - events.at(i - 1).atMs);
        }
        return shortest;
    }
};

} // namespace

class TestDeviceFilesFeed : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    kwtest::DeviceRig m_rig;
    QDate m_today;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        kw::sim::SimulatorOptions options = kwtest::simOptions(kw::sim::Firmware::V0826);
        options.start = SimStart;
        // Ten simulated minutes per second: today's log grows while the test follows it.
        options.speed = 600.0;
        kwtest::setUpDeviceRig(m_rig, options, m_dir.filePath(u"trust.json"_s), 15'000);
        QVERIFY(m_rig.sim);
        m_today = SimStart.date();
    }

    void cleanupTestCase()
    {
        m_rig.transport.reset();
        m_rig.store.reset();
        m_rig.nam.reset();
        m_rig.sim.reset();
    }

    void fetchesWhatTheViewsAskFor()
    {
        LogView logView;
        VarsView varsView;
        logView.setTodayUtc(m_today);
        DeviceFilesFeed feed(m_rig.transport.get(), &logView, &varsView);
        QSignalSpy logDone(&feed, &DeviceFilesFeed::logFetchFinished);
        QSignalSpy varsDone(&feed, &DeviceFilesFeed::varsFetchFinished);

        // Shown for the first time, each view asks; the feed fetches and hands the result over.
        logView.show();
        QVERIFY(logView.isBusy());
        QVERIFY(feed.isLogFetchRunning());
        QVERIFY(logDone.wait(15'000));
        const auto log = logDone.first().first().value<SenecLogResult>();
        QCOMPARE(log.status, SenecLogResult::Status::Ok);
        QCOMPARE(log.dayUtc, m_today);
        QVERIFY(!logView.isBusy());
        QCOMPARE(logView.shownDayUtc(), m_today);
        QCOMPARE(logView.logModel()->lines(), log.lines);

        varsView.show();
        QVERIFY(varsView.isBusy());
        QVERIFY(varsDone.wait(15'000));
        const auto vars = varsDone.first().first().value<SenecVarsResult>();
        QVERIFY2(vars.ok, qPrintable(vars.error));
        QVERIFY(!varsView.isBusy());
        QCOMPARE(varsView.varsModel()->rows(), vars.rows);

        // A refresh while one runs is the running one.
        Q_EMIT varsView.refreshRequested();
        QVERIFY(feed.isVarsFetchRunning());
        Q_EMIT varsView.refreshRequested();
        QVERIFY(varsDone.wait(15'000));
        QCOMPARE(varsDone.size(), 2);
        QVERIFY(!feed.isVarsFetchRunning());

        // Another day.
        Q_EMIT logView.dayRequested(m_today.addDays(-1));
        QVERIFY(logDone.wait(15'000));
        QCOMPARE(logView.shownDayUtc(), m_today.addDays(-1));
        QCOMPARE(logView.selectedDayUtc(), m_today.addDays(-1));
    }

    // Days asked for while a fetch runs: only the newest is fetched next, the stale result dropped.
    void onlyTheNewestDayIsFetched()
    {
        LogView logView;
        logView.setTodayUtc(m_today);
        DeviceFilesFeed feed(m_rig.transport.get(), &logView, nullptr);
        FetchLog fetches;
        fetches.attach(&feed, this);
        QSignalSpy done(&feed, &DeviceFilesFeed::logFetchFinished);

        feed.fetchLog(m_today.addDays(-1));
        feed.fetchLog(m_today.addDays(-2));
        feed.fetchLog(m_today.addDays(-3));
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 2, 15'000);
        QVERIFY(!feed.isLogFetchRunning());
        QCOMPARE(fetches.events.size(), 4);
        QCOMPARE(fetches.events.at(0).day, m_today.addDays(-1));
        QCOMPARE(fetches.events.at(2).day, m_today.addDays(-3));
        QVERIFY(!fetches.overlapped);
        QCOMPARE(logView.shownDayUtc(), m_today.addDays(-3));
        QCOMPARE(logView.selectedDayUtc(), m_today.addDays(-3));
    }

    void followsTodaysLog()
    {
        LogView logView;
        logView.setTodayUtc(m_today);
        logView.resize(1100, 650);
        DeviceFilesFeed feed(m_rig.transport.get(), &logView, nullptr);
        feed.setFollowIntervalMs(FollowIntervalMs);
        FetchLog fetches;
        fetches.attach(&feed, this);
        QSignalSpy done(&feed, &DeviceFilesFeed::logFetchFinished);

        logView.show();
        QVERIFY(done.wait(15'000));
        QVERIFY(!feed.isFollowScheduled());
        const qsizetype firstLines = logView.logModel()->rowCount();
        QVERIFY(firstLines > 0);
        QSignalSpy resets(logView.logModel(), &QAbstractItemModel::modelReset);
        QSignalSpy inserts(logView.logModel(), &QAbstractItemModel::rowsInserted);

        logView.setFollowing(true);
        QVERIFY(feed.isFollowScheduled() || feed.isLogFetchRunning());
        // The simulated day advances ten minutes a second: new lines arrive and are appended.
        QTRY_VERIFY_WITH_TIMEOUT(fetches.followedStarts() >= 4 && inserts.size() > 0, 30'000);
        QCOMPARE(resets.size(), 0);
        QVERIFY(logView.logModel()->rowCount() > firstLines);
        QVERIFY(!fetches.overlapped);
        // Coarse timers may fire up to 5 % early; never more.
        QVERIFY2(fetches.shortestFollowGapMs() >= FollowIntervalMs * 9 / 10,
                 qPrintable(QString::number(fetches.shortestFollowGapMs())));
        for (const FetchLog::Event &event : std::as_const(fetches.events))
            QCOMPARE(event.day, m_today);

        // A manual reload in between counts: the next followed fetch waits a full interval after it.
        QTRY_VERIFY_WITH_TIMEOUT(!feed.isLogFetchRunning(), 15'000);
        Q_EMIT logView.dayRequested(m_today);
        Q_EMIT logView.dayRequested(m_today); // while running: folded into it
        const qsizetype before = fetches.events.size();
        QTRY_VERIFY_WITH_TIMEOUT(fetches.events.size() >= before + 4, 15'000);
        QVERIFY(!fetches.overlapped);
        QVERIFY(fetches.shortestFollowGapMs() >= FollowIntervalMs * 9 / 10);

        // Hidden: nothing scheduled and nothing fetched.
        QTRY_VERIFY_WITH_TIMEOUT(!feed.isLogFetchRunning(), 15'000);
        logView.hide();
        QVERIFY(!feed.isFollowScheduled());
        const qsizetype hiddenAt = fetches.events.size();
        QTest::qWait(FollowIntervalMs * 4); // absence of fetches: nothing to wait for but time
        QCOMPARE(fetches.events.size(), hiddenAt);

        // Shown again: following resumes.
        logView.show();
        QVERIFY(feed.isFollowScheduled());
        QTRY_VERIFY_WITH_TIMEOUT(fetches.followedStarts() >= 6, 15'000);

        // Not following: nothing scheduled after the running fetch.
        logView.setFollowing(false);
        QTRY_VERIFY_WITH_TIMEOUT(!feed.isLogFetchRunning(), 15'000);
        QVERIFY(!feed.isFollowScheduled());
        const qsizetype stoppedAt = fetches.events.size();
        QTest::qWait(FollowIntervalMs * 3);
        QCOMPARE(fetches.events.size(), stoppedAt);
        QCOMPARE(resets.size(), 0);
    }

    void followStartsAfterTheDefaultInterval()
    {
        LogView logView;
        logView.setTodayUtc(m_today);
        DeviceFilesFeed feed(m_rig.transport.get(), &logView, nullptr);
        QCOMPARE(feed.followIntervalMs(), DeviceFilesFeed::DefaultFollowIntervalMs);
        QSignalSpy started(&feed, &DeviceFilesFeed::logFetchStarted);
        QSignalSpy done(&feed, &DeviceFilesFeed::logFetchFinished);
        logView.show();
        QVERIFY(done.wait(15'000));
        logView.setFollowing(true);
        QVERIFY(feed.isFollowScheduled());
        // Just fetched: the follow waits out the 30 seconds instead of asking again now.
        QTest::qWait(300);
        QCOMPARE(started.size(), 1);
    }
};

QTEST_MAIN(TestDeviceFilesFeed)
#include "tst_devicefilesfeed.moc"
