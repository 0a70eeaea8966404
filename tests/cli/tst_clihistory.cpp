// `kilowatch-cli record`, `history` and `totals` as processes on real SQLite files: a recorder
// killed with SIGKILL loses at most its last second or so and leaves a database that opens clean;
// recording resumes into the same file; the decimated series and the day's totals read back.
#include "clirunner.h"
#include "simprocess.h"

#include "history/historystore.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

QByteArray sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// What SQLite itself says about the file: "ok" or the first problem.
QString integrityOf(const QString &path)
{
    const QString name = QStringLiteral("integrity-") + path;
    QString verdict;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            return db.lastError().text();
        QSqlQuery query(db);
        if (query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next())
            verdict = query.value(0).toString();
        else
            verdict = query.lastError().text();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return verdict;
}

} // namespace

class TestCliHistory : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SimProcess m_sim;

    QString path(const char *name) const { return m_dir.filePath(QLatin1StringView(name)); }
    QStringList record(const QString &db) const
    {
        return {QStringLiteral("record"), m_sim.baseUrl().toString(), QStringLiteral("--db"), db,
                QStringLiteral("--interval"), QStringLiteral("1"),
                QStringLiteral("--trust-file"), path("trust.json")};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_sim.start({QStringLiteral("--seed"), QStringLiteral("5"),
                              QStringLiteral("--firmware"), QStringLiteral("0824"),
                              QStringLiteral("--start"), QStringLiteral("2026-06-21T10:00:00Z")}),
                 qPrintable(m_sim.error()));
    }

    void killedRecorderLosesOnlyItsLastSecond()
    {
        const QString db = path("killed.sqlite");
        QProcess recorder;
        recorder.setProcessEnvironment(cliEnvironment());
        recorder.start(cliPath(), record(db));
        QVERIFY(recorder.waitForStarted());
        // Let it record for a while, then kill it without warning in the middle of its work.
        QTest::qWait(6'500);
        QCOMPARE(recorder.state(), QProcess::Running);
        const qint64 killedAtMs = QDateTime::currentMSecsSinceEpoch();
        recorder.kill(); // SIGKILL: no flush, no destructor, no signal handler
        QVERIFY(recorder.waitForFinished());
        QCOMPARE(recorder.exitStatus(), QProcess::CrashExit);

        QCOMPARE(integrityOf(db), QStringLiteral("ok"));
        kw::history::HistoryStore store;
        QString error;
        QVERIFY2(store.open(db, &error), qPrintable(error));
        const auto lastMs = store.lastSampleMs();
        QVERIFY(lastMs.has_value());
        // Host clock, one sample a second, committed at least every second: what is lost is the
        // last second or so (plus the poll in flight).
        QVERIFY2(killedAtMs - *lastMs <= 2'500,
                 qPrintable(QStringLiteral("last sample %1 ms before the kill")
                                .arg(killedAtMs - *lastMs)));
        QVERIFY2(store.rawSampleCount() >= 4, qPrintable(QString::number(store.rawSampleCount())));
        const qint64 countAfterKill = store.rawSampleCount();
        const qint64 firstMs = *store.firstSampleMs();
        store.close();

        // Recording again appends to the same history.
        const CliRun again = runCli(record(db) << QStringLiteral("--duration") << QStringLiteral("3"));
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QVERIFY2(store.open(db, &error), qPrintable(error));
        QCOMPARE(*store.firstSampleMs(), firstMs);
        QVERIFY(store.rawSampleCount() >= countAfterKill + 2);
        QVERIFY(*store.lastSampleMs() > *lastMs);
    }

    void historyPrintsTheDecimatedSeries()
    {
        const QString db = path("series.sqlite");
        const CliRun recorded = runCli(record(db) << QStringLiteral("--duration") << QStringLiteral("4"));
        QVERIFY2(recorded.exitCode == 0, recorded.err.constData());
        const QJsonObject summary = QJsonDocument::fromJson(recorded.out).object();
        QVERIFY(summary.value(u"samples").toInt() >= 3);
        QCOMPARE(summary.value(u"clock").toString(), QStringLiteral("host"));

        const QStringList range{QStringLiteral("history"), QStringLiteral("--db"), db,
                                QStringLiteral("--from"), QStringLiteral("now-10m"),
                                QStringLiteral("--width"), QStringLiteral("50")};
        const CliRun json = runCli(range);
        QVERIFY2(json.exitCode == 0, json.err.constData());
        const QJsonObject root = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(root.value(u"width").toInt(), 50);
        QCOMPARE(root.value(u"tier").toString(), QStringLiteral("raw"));
        const QJsonObject series = root.value(u"series").toObject();
        for (const char16_t *name : {u"pv", u"house", u"grid", u"battery", u"soc"}) {
            const QJsonObject one = series.value(QString::fromUtf16(name)).toObject();
            const QJsonArray points = one.value(u"points").toArray();
            QVERIFY2(!points.isEmpty() && points.size() <= 4 * 50, qPrintable(QString::fromUtf16(name)));
            QCOMPARE(one.value(u"unit").toString(),
                     QString::fromUtf16(name) == u"soc" ? QStringLiteral("%") : QStringLiteral("W"));
        }

        // The same points as CSV: a header with units, one row per point, "." decimals.
        const CliRun csv = runCli(QStringList(range) << QStringLiteral("--csv"));
        QVERIFY2(csv.exitCode == 0, csv.err.constData());
        const QList<QByteArray> lines = csv.out.trimmed().split('\n');
        QCOMPARE(lines.constFirst(), QByteArray("time_utc,series,unit,value"));
        qsizetype jsonPoints = 0;
        for (const QJsonValue &one : series)
            jsonPoints += one.toObject().value(u"points").toArray().size();
        QCOMPARE(lines.size() - 1, jsonPoints);
        const QList<QByteArray> row = lines.at(1).split(',');
        QCOMPARE(row.size(), 4);
        QVERIFY(QDateTime::fromString(QString::fromUtf8(row.at(0)), Qt::ISODateWithMs).isValid());
        QVERIFY(row.at(0).endsWith('Z'));
    }

    void totalsOfADayWithoutDataSayNoData()
    {
        const QString db = path("series.sqlite");
        const CliRun run = runCli({QStringLiteral("totals"), QStringLiteral("--db"), db,
                                   QStringLiteral("--day"), QStringLiteral("2001-01-01")});
        QCOMPARE(run.exitCode, 4);
        QVERIFY(run.err.contains("2001-01-01"));
        QVERIFY(run.out.isEmpty());
    }

    void foreignFilesAreRefusedAndLeftAlone()
    {
        const QString foreign = path("notes.txt");
        {
            QFile file(foreign);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("these are my notes, not a database\n");
        }
        const QByteArray before = sha256Of(foreign);
        for (const QStringList &arguments :
             {QStringList{QStringLiteral("totals"), QStringLiteral("--db"), foreign},
              QStringList{QStringLiteral("history"), QStringLiteral("--db"), foreign,
                          QStringLiteral("--from"), QStringLiteral("now-1h")},
              record(foreign) << QStringLiteral("--duration") << QStringLiteral("2")}) {
            const CliRun run = runCli(arguments);
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.contains("notes.txt"), run.err.constData());
            QCOMPARE(run.errLines().size(), 1);
        }
        QCOMPARE(sha256Of(foreign), before);

        const CliRun missing = runCli({QStringLiteral("totals"), QStringLiteral("--db"),
                                       path("missing.sqlite")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(!QFile::exists(path("missing.sqlite")));
    }

    void badCommandLinesAreUsageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("mentions");
        const QString db = QStringLiteral("x.sqlite");
        QTest::newRow("record without --db")
            << QStringList{QStringLiteral("record"), QStringLiteral("127.0.0.1")} << QByteArray("--db");
        QTest::newRow("interval below 1 s")
            << QStringList{QStringLiteral("record"), QStringLiteral("127.0.0.1"), QStringLiteral("--db"),
                           db, QStringLiteral("--interval"), QStringLiteral("0.5")}
            << QByteArray("--interval");
        QTest::newRow("bad clock")
            << QStringList{QStringLiteral("record"), QStringLiteral("127.0.0.1"), QStringLiteral("--db"),
                           db, QStringLiteral("--clock"), QStringLiteral("wall")}
            << QByteArray("--clock");
        QTest::newRow("history without --from")
            << QStringList{QStringLiteral("history"), QStringLiteral("--db"), db} << QByteArray("--from");
        QTest::newRow("history backwards")
            << QStringList{QStringLiteral("history"), QStringLiteral("--db"), db, QStringLiteral("--from"),
                           QStringLiteral("now"), QStringLiteral("--to"), QStringLiteral("now-1h")}
            << QByteArray("before");
        QTest::newRow("history bad time")
            << QStringList{QStringLiteral("history"), QStringLiteral("--db"), db, QStringLiteral("--from"),
                           QStringLiteral("yesterday")}
            << QByteArray("yesterday");
        QTest::newRow("totals bad day")
            << QStringList{QStringLiteral("totals"), QStringLiteral("--db"), db, QStringLiteral("--day"),
                           QStringLiteral("2026-13-01")}
            << QByteArray("--day");
        QTest::newRow("totals bad zone")
            << QStringList{QStringLiteral("totals"), QStringLiteral("--db"), db,
                           QStringLiteral("--time-zone"), QStringLiteral("Mars/Olympus")}
            << QByteArray("Mars/Olympus");
        QTest::newRow("--csv on totals")
            << QStringList{QStringLiteral("totals"), QStringLiteral("--db"), db, QStringLiteral("--csv")}
            << QByteArray("--csv");
        QTest::newRow("history takes no target")
            << QStringList{QStringLiteral("history"), QStringLiteral("127.0.0.1"), QStringLiteral("--db"),
                           db, QStringLiteral("--from"), QStringLiteral("now-1h")}
            << QByteArray("127.0.0.1");
    }

    void badCommandLinesAreUsageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, mentions);
        const CliRun run = runCli(arguments);
        QCOMPARE(run.exitCode, 64);
        QVERIFY2(run.err.contains(mentions), run.err.constData());
        QVERIFY(!QFile::exists(QStringLiteral("x.sqlite")));
    }
};

QTEST_GUILESS_MAIN(TestCliHistory)
#include "tst_clihistory.moc"
