// LogModel and LogFilterProxyModel on parsed device logs: columns and roles, following a growing
// log in place, rotation resets, filtering by level / category / text, sorting. Every model runs
// under QAbstractItemModelTester throughout.
#include "logfilterproxymodel.h"
#include "logmodel.h"
#include "modelroles.h"

#include "senec/seneclogparser.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QDateTime>
#include <QFile>
#include <QFont>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace kw::models;
using namespace kw::senec;
using namespace Qt::StringLiterals;

namespace {

QList<SenecLogLine> parseFixture(const QString &name)
{
    QFile file(QStringLiteral(KW_TEST_DATA_DIR "/models/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(name));
    return SenecLogParser::parse(file.readAll());
}

qint64 utcMs(const QString &iso)
{
    return QDateTime(QDateTime::fromString(iso, Qt::ISODate).date(),
                     QDateTime::fromString(iso, Qt::ISODate).time(), QTimeZone::utc())
        .toMSecsSinceEpoch();
}

QStringList messages(const QAbstractItemModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out.append(model.index(row, LogModel::MessageColumn).data().toString());
    return out;
}

using Tester = QAbstractItemModelTester;
constexpr auto QtTestReporting = QAbstractItemModelTester::FailureReportingMode::QtTest;

} // namespace

class TestLogModel : public QObject
{
    Q_OBJECT
private slots:
    void fixturesParseAsExpected();
    void columnsAndRoles();
    void timeZoneChangeTouchesTimeColumnOnly();
    void setLinesResetsAndListsCategories();
    void appendLinesInsertsRowsOnly();
    void appendNewLinesFollowsAGrowingLog();
    void appendNewLinesResetsWhenTheLogRotated();
    void appendNewLinesIntoEmptyModel();
    void outOfRangeAccessIsHarmless();
    void proxyFiltersByLevel();
    void proxyFiltersByCategoryAndText();
    void proxyFollowsAppendsAndCategories();
    void proxySortsByTimeAndLevel();
};

void TestLogModel::fixturesParseAsExpected()
{
    // The oracles below rely on these fixture facts.
    const QList<SenecLogLine> partial = parseFixture(u"senec-log-partial.log"_s);
    const QList<SenecLogLine> grown = parseFixture(u"senec-log-grown.log"_s);
    QCOMPARE(partial.size(), 11);
    QCOMPARE(grown.size(), 17);
    QCOMPARE(partial.mid(0, 10), grown.mid(0, 10));
    QVERIFY(partial.at(10) != grown.at(10));
    QCOMPARE(partial.at(10).message, u"STAT_STATE 15 (AKKU VOLL"_s);
    QCOMPARE(grown.at(10).message, u"STAT_STATE 15 (AKKU VOLL)"_s);
    QCOMPARE(parseFixture(u"senec-log-nextday.log"_s).size(), 3);
}

void TestLogModel::columnsAndRoles()
{
    LogModel model;
    Tester tester(&model, QtTestReporting);
    model.setTimeZone(QTimeZone("Europe/Berlin"));
    model.setLines(parseFixture(u"senec-log-grown.log"_s));
    QCOMPARE(model.rowCount(), 17);
    QCOMPARE(model.columnCount(), 4);
    QCOMPARE(model.headerData(LogModel::TimeColumn, Qt::Horizontal).toString(), u"Time"_s);
    QCOMPARE(model.headerData(LogModel::MessageColumn, Qt::Horizontal).toString(), u"Message"_s);

    // First line: 00:00:02 UTC is 02:00:02 in Berlin in summer.
    const QModelIndex time0 = model.index(0, LogModel::TimeColumn);
    QCOMPARE(time0.data().toString(), u"2024-06-12 02:00:02"_s);
    QCOMPARE(time0.data(TimestampMsRole).value<qint64>(), utcMs(u"2024-06-12T00:00:02"_s));
    QCOMPARE(time0.data(NumericValueRole).toDouble(), double(utcMs(u"2024-06-12T00:00:02"_s)));
    QCOMPARE(model.index(0, LogModel::LevelColumn).data().toString(), u"Info"_s);
    QCOMPARE(model.index(0, LogModel::LevelColumn).data(LogLevelRole).toInt(), int(SenecLogLevel::Info));
    QCOMPARE(model.index(0, LogModel::CategoryColumn).data().toString(), u"Application"_s);
    QCOMPARE(model.index(0, LogModel::MessageColumn).data(DescriptionRole).toString(), u"Application"_s);
    QCOMPARE(model.index(0, LogModel::MessageColumn).data().toString(), u"Start of day: log rotated"_s);
    QVERIFY(!model.index(0, LogModel::MessageColumn).data(Qt::ForegroundRole).isValid());

    // Warning, error, panic: coloured, the panic bold; every column of the row.
    const QModelIndex warning = model.index(3, LogModel::MessageColumn);
    QCOMPARE(warning.data(LogLevelRole).toInt(), int(SenecLogLevel::Warning));
    QVERIFY(warning.data(Qt::ForegroundRole).value<QBrush>().color().isValid());
    const QColor errorColour = model.index(4, LogModel::TimeColumn).data(Qt::ForegroundRole).value<QBrush>().color();
    QVERIFY(errorColour.isValid());
    QVERIFY(errorColour != warning.data(Qt::ForegroundRole).value<QBrush>().color());
    QCOMPARE(model.index(11, LogModel::LevelColumn).data().toString(), u"Panic"_s);
    QVERIFY(model.index(11, LogModel::MessageColumn).data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(!model.index(4, LogModel::MessageColumn).data(Qt::FontRole).isValid());

    // No [L|Category]: level unknown, no category.
    QCOMPARE(model.index(5, LogModel::LevelColumn).data(LogLevelRole).toInt(), int(SenecLogLevel::Unknown));
    QCOMPARE(model.index(5, LogModel::LevelColumn).data().toString(), u"Unknown"_s);
    QCOMPARE(model.index(5, LogModel::CategoryColumn).data().toString(), QString());
    QCOMPARE(model.index(5, LogModel::MessageColumn).data().toString(), u"PowerMeter: 3 phases detected"_s);

    // No timestamp: empty time, no TimestampMsRole, the file's line number in the vertical header.
    QCOMPARE(model.index(15, LogModel::MessageColumn).data().toString(), u"garbage without any timestamp"_s);
    QCOMPARE(model.index(15, LogModel::TimeColumn).data().toString(), QString());
    QVERIFY(!model.index(15, LogModel::TimeColumn).data(TimestampMsRole).isValid());
    QVERIFY(!model.index(15, LogModel::TimeColumn).data(NumericValueRole).isValid());
    QCOMPARE(model.headerData(15, Qt::Vertical).toInt(), 16);

    QCOMPARE(model.roleNames().value(TimestampMsRole), QByteArray("timestampMs"));
    QCOMPARE(model.roleNames().value(LogLevelRole), QByteArray("logLevel"));
    QCOMPARE(model.roleNames().value(Qt::DisplayRole), QByteArray("display"));
}

void TestLogModel::timeZoneChangeTouchesTimeColumnOnly()
{
    LogModel model;
    Tester tester(&model, QtTestReporting);
    model.setTimeZone(QTimeZone("Europe/Berlin"));
    model.setLines(parseFixture(u"senec-log-nextday.log"_s));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setTimeZone(QTimeZone("Asia/Kathmandu"));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(0, LogModel::TimeColumn));
    QCOMPARE(changed.at(0).at(1).toModelIndex(), model.index(2, LogModel::TimeColumn));
    // 03:10:00 UTC + 5:45.
    QCOMPARE(model.index(2, LogModel::TimeColumn).data().toString(), u"2024-06-13 08:55:00"_s);
    model.setTimeZone(QTimeZone("Asia/Kathmandu"));
    QCOMPARE(changed.count(), 1);
}

void TestLogModel::setLinesResetsAndListsCategories()
{
    LogModel model;
    Tester tester(&model, QtTestReporting);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy categories(&model, &LogModel::categoriesChanged);
    model.setLines(parseFixture(u"senec-log-grown.log"_s));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(categories.count(), 1);
    QCOMPARE(model.categories(), (QStringList{u"Application"_s, u"BMS"_s, u"Energy"_s, u"Grid"_s,
                                               u"Inverter"_s, u"Kernel"_s, u"PV"_s, u"Wallbox"_s,
                                               u"Web"_s}));
    // The same categories again: no categoriesChanged.
    model.setLines(parseFixture(u"senec-log-grown.log"_s));
    QCOMPARE(reset.count(), 2);
    QCOMPARE(categories.count(), 1);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.categories().isEmpty());
    QCOMPARE(categories.count(), 2);
}

void TestLogModel::appendLinesInsertsRowsOnly()
{
    const QList<SenecLogLine> grown = parseFixture(u"senec-log-grown.log"_s);
    LogModel model;
    Tester tester(&model, QtTestReporting);
    model.setLines(grown.mid(0, 10));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy categories(&model, &LogModel::categoriesChanged);
    model.appendLines(grown.mid(10));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 10);
    QCOMPARE(inserted.at(0).at(2).toInt(), 16);
    QCOMPARE(model.lines(), grown);
    QCOMPARE(categories.count(), 1); // Kernel and Wallbox are new
    model.appendLines({});
    QCOMPARE(inserted.count(), 1);
}

void TestLogModel::appendNewLinesFollowsAGrowingLog()
{
    const QList<SenecLogLine> partial = parseFixture(u"senec-log-partial.log"_s);
    const QList<SenecLogLine> grown = parseFixture(u"senec-log-grown.log"_s);
    LogModel model;
    Tester tester(&model, QtTestReporting);
    model.setLines(partial);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    // The earlier download caught line 11 half-written: that row changes in place, the rest is
    // appended.
    QCOMPARE(model.appendNewLines(grown), LogModel::Update::Appended);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(10, 0));
    QCOMPARE(changed.at(0).at(1).toModelIndex(), model.index(10, LogModel::ColumnCount - 1));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 11);
    QCOMPARE(inserted.at(0).at(2).toInt(), 16);
    QCOMPARE(model.lines(), grown);
    QCOMPARE(model.index(10, LogModel::MessageColumn).data().toString(), u"STAT_STATE 15 (AKKU VOLL)"_s);

    // The same file again: nothing at all happens.
    QCOMPARE(model.appendNewLines(grown), LogModel::Update::Unchanged);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(reset.count(), 0);

    // Exactly the shown prefix plus more, no partial line: rows inserted only.
    model.setLines(grown.mid(0, 12));
    reset.clear();
    changed.clear();
    inserted.clear();
    QCOMPARE(model.appendNewLines(grown), LogModel::Update::Appended);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 12);
    QCOMPARE(model.rowCount(), 17);
}

void TestLogModel::appendNewLinesResetsWhenTheLogRotated()
{
    const QList<SenecLogLine> grown = parseFixture(u"senec-log-grown.log"_s);
    LogModel model;
    Tester tester(&model, QtTestReporting);
    model.setLines(grown);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy categories(&model, &LogModel::categoriesChanged);

    // A new day's file: fewer lines, nothing in common.
    const QList<SenecLogLine> nextDay = parseFixture(u"senec-log-nextday.log"_s);
    QCOMPARE(model.appendNewLines(nextDay), LogModel::Update::Reset);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(model.lines(), nextDay);
    QCOMPARE(model.categories(), (QStringList{u"Application"_s, u"BMS"_s, u"Energy"_s}));
    QCOMPARE(categories.count(), 1);

    // A longer file whose beginning differs (not the file shown): reset, not append.
    QList<SenecLogLine> other = grown;
    other[1].message = u"changed in the middle"_s;
    model.setLines(grown.mid(0, 5));
    reset.clear();
    QCOMPARE(model.appendNewLines(other), LogModel::Update::Reset);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.lines(), other);

    // Empty download of a non-empty log: reset to empty.
    QCOMPARE(model.appendNewLines({}), LogModel::Update::Reset);
    QCOMPARE(model.rowCount(), 0);
}

void TestLogModel::appendNewLinesIntoEmptyModel()
{
    LogModel model;
    Tester tester(&model, QtTestReporting);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QCOMPARE(model.appendNewLines({}), LogModel::Update::Unchanged);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(model.appendNewLines(parseFixture(u"senec-log-nextday.log"_s)), LogModel::Update::Appended);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.rowCount(), 3);
}

void TestLogModel::outOfRangeAccessIsHarmless()
{
    LogModel model;
    Tester tester(&model, QtTestReporting);
    model.setLines(parseFixture(u"senec-log-nextday.log"_s));
    QVERIFY(!model.data(QModelIndex()).isValid());
    QVERIFY(!model.index(3, 0).isValid());
    QCOMPARE(model.lineAt(-1), SenecLogLine{});
    QCOMPARE(model.lineAt(3), SenecLogLine{});
    QCOMPARE(model.lineAt(2).category, u"BMS"_s);
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);
    QVERIFY(!model.headerData(LogModel::ColumnCount, Qt::Horizontal).isValid());
}

void TestLogModel::proxyFiltersByLevel()
{
    LogModel model;
    LogFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    Tester modelTester(&model, QtTestReporting);
    Tester proxyTester(&proxy, QtTestReporting);
    model.setLines(parseFixture(u"senec-log-grown.log"_s));
    QCOMPARE(proxy.rowCount(), 17);
    QCOMPARE(proxy.visibleLevels().size(), 5);

    proxy.setVisibleLevels({SenecLogLevel::Error, SenecLogLevel::Panic});
    QCOMPARE(messages(proxy), (QStringList{u"MPP tracker 2 communication timeout"_s,
                                            u"watchdog: task npu_main not responding"_s,
                                            u"Wallbox 1: contactor fault"_s}));
    proxy.setLevelVisible(SenecLogLevel::Warning, true);
    QCOMPARE(proxy.rowCount(), 5);
    QVERIFY(proxy.isLevelVisible(SenecLogLevel::Warning));
    QVERIFY(!proxy.isLevelVisible(SenecLogLevel::Info));
    // Unmarked lines (level unknown) are a level of their own.
    proxy.setVisibleLevels({SenecLogLevel::Unknown});
    QCOMPARE(messages(proxy), (QStringList{u"PowerMeter: 3 phases detected"_s,
                                            u"garbage without any timestamp"_s}));
    proxy.setVisibleLevels({});
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setLevelVisible(SenecLogLevel::Info, true);
    QCOMPARE(proxy.rowCount(), 10);
}

void TestLogModel::proxyFiltersByCategoryAndText()
{
    LogModel model;
    LogFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    Tester modelTester(&model, QtTestReporting);
    Tester proxyTester(&proxy, QtTestReporting);
    model.setLines(parseFixture(u"senec-log-grown.log"_s));

    proxy.setCategory(u"Wallbox"_s);
    QCOMPARE(messages(proxy), (QStringList{u"Wallbox 1: car connected"_s, u"Wallbox 1: contactor fault"_s}));
    proxy.setCategory(u"Wall"_s); // exact, not a prefix
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setCategory(u"Wallbox"_s);
    proxy.setText(u"CONTACTOR"_s);
    QCOMPARE(messages(proxy), (QStringList{u"Wallbox 1: contactor fault"_s}));
    proxy.setVisibleLevels({SenecLogLevel::Info});
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setText(u"car"_s);
    QCOMPARE(messages(proxy), (QStringList{u"Wallbox 1: car connected"_s}));

    // Text over message and category, every category.
    proxy.setVisibleLevels({SenecLogLevel::Unknown, SenecLogLevel::Info, SenecLogLevel::Warning,
                            SenecLogLevel::Error, SenecLogLevel::Panic});
    proxy.setCategory(QString());
    proxy.setText(u"bms"_s);
    QCOMPARE(messages(proxy), (QStringList{u"Module B cell 7 voltage 3.412 V below threshold"_s,
                                            u"balancing module A cells 3, 9"_s}));
    proxy.setText(u"WATCHDOG"_s);
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setText(u"lala.cgi"_s);
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setText(u"no such text"_s);
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setText(QString());
    QCOMPARE(proxy.rowCount(), 17);
    // Proxy rows map back to the right source lines.
    proxy.setCategory(u"Grid"_s);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.mapToSource(proxy.index(0, 0)).row(), 9);
    QCOMPARE(proxy.index(0, LogModel::LevelColumn).data(LogLevelRole).toInt(), int(SenecLogLevel::Warning));
}

void TestLogModel::proxyFollowsAppendsAndCategories()
{
    const QList<SenecLogLine> partial = parseFixture(u"senec-log-partial.log"_s);
    const QList<SenecLogLine> grown = parseFixture(u"senec-log-grown.log"_s);
    LogModel model;
    LogFilterProxyModel proxy;
    Tester modelTester(&model, QtTestReporting);
    Tester proxyTester(&proxy, QtTestReporting);
    QSignalSpy proxyCategories(&proxy, &LogFilterProxyModel::categoriesChanged);
    proxy.setSourceModel(&model);
    QCOMPARE(proxyCategories.count(), 1);
    QVERIFY(proxy.categories().isEmpty());
    QCOMPARE(proxy.logModel(), &model);

    model.setLines(partial);
    QCOMPARE(proxyCategories.count(), 2);
    QCOMPARE(proxy.categories(), model.categories());
    proxy.setVisibleLevels({SenecLogLevel::Error, SenecLogLevel::Panic});
    QCOMPARE(proxy.rowCount(), 1);

    QSignalSpy proxyReset(&proxy, &QAbstractItemModel::modelReset);
    QSignalSpy proxyInserted(&proxy, &QAbstractItemModel::rowsInserted);
    QCOMPARE(model.appendNewLines(grown), LogModel::Update::Appended);
    QCOMPARE(proxyReset.count(), 0);
    QVERIFY(proxyInserted.count() >= 1);
    QCOMPARE(proxy.rowCount(), 3);
    QCOMPARE(proxyCategories.count(), 3);
    QVERIFY(proxy.categories().contains(u"Kernel"_s));
    QCOMPARE(proxy.categories(), model.categories());

    // A source that is not a LogModel still filters, through the roles.
    LogModel other;
    other.setLines(grown);
    QSortFilterProxyModel passThrough;
    passThrough.setSourceModel(&other);
    LogFilterProxyModel outer;
    Tester outerTester(&outer, QtTestReporting);
    outer.setSourceModel(&passThrough);
    QVERIFY(outer.logModel() == nullptr);
    QVERIFY(outer.categories().isEmpty());
    outer.setVisibleLevels({SenecLogLevel::Error});
    outer.setText(u"wallbox"_s);
    QCOMPARE(messages(outer), (QStringList{u"Wallbox 1: contactor fault"_s}));
}

void TestLogModel::proxySortsByTimeAndLevel()
{
    LogModel model;
    LogFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    Tester proxyTester(&proxy, QtTestReporting);
    model.setLines(parseFixture(u"senec-log-grown.log"_s));

    proxy.sort(LogModel::TimeColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, LogModel::MessageColumn).data().toString(), u"Energy counters saved"_s);
    // The line without a time goes last when newest come first.
    QCOMPARE(proxy.index(16, LogModel::MessageColumn).data().toString(), u"garbage without any timestamp"_s);
    qint64 previous = std::numeric_limits<qint64>::max();
    for (int row = 0; row < 16; ++row) {
        const qint64 t = proxy.index(row, 0).data(TimestampMsRole).value<qint64>();
        QVERIFY(t <= previous);
        previous = t;
    }

    proxy.sort(LogModel::LevelColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, LogModel::LevelColumn).data(LogLevelRole).toInt(), int(SenecLogLevel::Panic));
    QCOMPARE(proxy.index(16, LogModel::LevelColumn).data(LogLevelRole).toInt(), int(SenecLogLevel::Unknown));

    proxy.sort(LogModel::CategoryColumn, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, LogModel::CategoryColumn).data().toString(), QString());
    QCOMPARE(proxy.index(16, LogModel::CategoryColumn).data().toString(), u"Web"_s);
}

QTEST_MAIN(TestLogModel)
#include "tst_logmodel.moc"
