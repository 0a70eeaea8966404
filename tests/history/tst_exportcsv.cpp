// CSV exports in kw_core on real SQLite history files: the shared number and time spelling, the
// charts' data (raw samples and, where pruned, minute means) read back against the store, daily
// energies, the log's quoting, progress, cancel and failed writes.
#include "csvreader.h"
#include "export/csvformat.h"
#include "export/dailyenergycsv.h"
#include "export/exportfile.h"
#include "export/exportjob.h"
#include "export/historycsvexport.h"
#include "export/logcsv.h"
#include "history/historyreader.h"
#include "history/historystore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>

#include <cmath>

using namespace Qt::StringLiterals;
using kw::EnergySnapshot;
using kw::exporting::ExportJob;
using kw::exporting::ExportResult;
using kw::exporting::HistoryCsvExport;
namespace CsvFormat = kw::exporting::CsvFormat;

namespace {

constexpr qint64 MinuteMs = 60'000;
constexpr qint64 DayMs = 24 * 3600 * 1000LL;
// 2026-06-01T00:00:00Z
const qint64 StartMs = QDateTime(QDate(2026, 6, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();

// A sunny-ish day at `stepMs`; every 97th sample lacks its battery value, every 89th its SOC.
EnergySnapshot sampleAt(qint64 timeMs, int index)
{
    EnergySnapshot s;
    s.timestampMs = timeMs;
    const double dayShare = double((timeMs - StartMs) % DayMs) / double(DayMs);
    const double pv = std::max(0.0, std::sin((dayShare - 0.25) * 2 * M_PI)) * 6000.0 + index % 7 * 0.125;
    s.pvW = pv;
    s.houseW = 300.0 + index % 13 * 11.5;
    if (index % 97 != 0)
        s.batteryW = (pv - *s.houseW) * 0.4;
    s.gridW = *s.houseW - pv + s.batteryW.value_or(0);
    if (index % 89 != 0)
        s.socPercent = 20.0 + dayShare * 60.0;
    s.stateCode = 14;
    s.stateText = u"Charge, \"normal\""_s;
    return s;
}

bool fill(kw::history::HistoryStore &store, qint64 fromMs, qint64 toMs, qint64 stepMs)
{
    int index = 0;
    for (qint64 t = fromMs; t < toMs; t += stepMs)
        store.append(sampleAt(t, index++));
    QString error;
    const bool ok = store.flush(&error);
    if (!ok)
        qWarning("%s", qPrintable(error));
    return ok;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString number(std::optional<double> value, int decimals)
{
    return value ? CsvFormat::fixed(*value, decimals) : QString();
}

} // namespace

class TestExportCsv : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Every export must ignore this: '.' as decimal separator, no group separators.
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    }

    void formatIsLocaleIndependent()
    {
        QCOMPARE(QLocale().toString(1234.5, 'f', 1), u"1.234,5"_s); // the trap is armed
        QCOMPARE(CsvFormat::fixed(1234.5, 3), u"1234.5"_s);
        QCOMPARE(CsvFormat::fixed(-0.0001, 3), u"0"_s);
        QCOMPARE(CsvFormat::fixed(12.0, 2), u"12"_s);
        QCOMPARE(CsvFormat::fixed(123456789.125, 3), u"123456789.125"_s);
        QCOMPARE(CsvFormat::fixedOrEmpty(std::nullopt, 3), QString());
        QCOMPARE(CsvFormat::fixedOrEmpty(std::nan(""), 3), QString());
        QCOMPARE(CsvFormat::fixedOrEmpty(0.0, 3), u"0"_s);
        QCOMPARE(CsvFormat::isoUtc(StartMs + 1234), u"2026-06-01T00:00:01.234Z"_s);
    }

    void fieldsAreQuotedAsRfc4180()
    {
        QCOMPARE(CsvFormat::field(u"plain"), u"plain"_s);
        QCOMPARE(CsvFormat::field(u"a,b"), u"\"a,b\""_s);
        QCOMPARE(CsvFormat::field(u"say \"hi\""), u"\"say \"\"hi\"\"\""_s);
        QCOMPARE(CsvFormat::field(u"two\nlines"), u"\"two\nlines\""_s);
        QCOMPARE(CsvFormat::row({u"x"_s, QString(), u"ü,1"_s}), QByteArray("x,,\"\xC3\xBC,1\"\r\n"));
    }

    void logMessagesSurviveARoundTrip()
    {
        kw::senec::SenecLogLine first;
        first.timeMs = StartMs + 5000;
        first.level = kw::senec::SenecLogLevel::Warning;
        first.category = u"BMS"_s;
        first.message = u"cell 3, module \"A\": 3.41 V\nsecond line"_s;
        first.lineNumber = 7;
        kw::senec::SenecLogLine bare;
        bare.message = u"no time, no level"_s;
        bare.lineNumber = 8;
        bool ok = false;
        const QList<QStringList> rows = kwtest::parseCsv(kw::exporting::LogCsv::build({first, bare}), &ok);
        QVERIFY(ok);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[0], (QStringList{u"time_utc"_s, u"level"_s, u"category"_s, u"message"_s, u"line"_s}));
        QCOMPARE(rows[1], (QStringList{u"2026-06-01T00:00:05.000Z"_s, u"warning"_s, u"BMS"_s, first.message, u"7"_s}));
        QCOMPARE(rows[2], (QStringList{QString(), u"unknown"_s, QString(), bare.message, u"8"_s}));
    }

    // Two days at 5 s with a one-day raw retention: the first day only as minute rollups. The
    // file holds the minute means up to the pruning point and every raw sample from there on,
    // each value as the store has it (missing ones empty), and nothing twice.
    void chartDataMatchesTheStore()
    {
        const QString dbPath = m_dir.filePath(u"two-days.sqlite"_s);
        kw::history::HistoryStore store;
        QVERIFY(store.open(dbPath));
        store.setRawRetentionDays(1);
        QVERIFY(fill(store, StartMs, StartMs + 2 * DayMs, 5000));
        QVERIFY(store.flush());
        const std::optional<qint64> prunedBefore = store.rawPrunedBeforeMs();
        QVERIFY(prunedBefore);
        QVERIFY(*prunedBefore > StartMs + DayMs / 2);

        const qint64 fromMs = StartMs + 6 * 3600 * 1000; // inside the pruned day
        const qint64 toMs = StartMs + 2 * DayMs - 3 * 3600 * 1000;
        const QString csvPath = m_dir.filePath(u"chart-data.csv"_s);
        const std::atomic_bool cancelled{false};
        QList<double> progress;
        const ExportResult result = HistoryCsvExport(dbPath, fromMs, toMs)
                                        .writeTo(csvPath, cancelled, [&](double f) { progress.append(f); });
        QVERIFY2(result.isWritten(), qPrintable(result.error));

        const qint64 rawFromMs = (*prunedBefore + MinuteMs - 1) / MinuteMs * MinuteMs;
        const QList<EnergySnapshot> raw = store.rawSamples(rawFromMs, toMs);
        const std::unique_ptr<kw::history::HistoryReader> reader = kw::history::HistoryReader::open(dbPath);
        QVERIFY(reader);
        const QList<EnergySnapshot> minutes = reader->minuteMeans(fromMs, rawFromMs);
        QVERIFY(minutes.size() > 100);
        QVERIFY(raw.size() > 1000);
        // Nothing but the pruned part comes from the minutes: its 5 s samples are gone.
        QVERIFY(store.rawSamples(fromMs, *prunedBefore).isEmpty());

        bool ok = false;
        const QList<QStringList> rows = kwtest::parseCsv(readAll(csvPath), &ok);
        QVERIFY(ok);
        QCOMPARE(rows.value(0), (QStringList{u"time_utc"_s, u"resolution"_s, u"pv_w"_s, u"house_w"_s, u"grid_w"_s,
                                             u"battery_w"_s, u"soc_percent"_s, u"state_code"_s, u"state"_s}));
        QCOMPARE(rows.size() - 1, minutes.size() + raw.size());
        QCOMPARE(result.rowCount, qint64(minutes.size() + raw.size()));

        for (int i = 0; i < minutes.size(); ++i) {
            const QStringList &row = rows[1 + i];
            const EnergySnapshot &m = minutes[i];
            QCOMPARE(row[0], CsvFormat::isoUtc(m.timestampMs));
            QCOMPARE(row[1], u"minute_mean"_s);
            QCOMPARE(row[2], number(m.pvW, 3));
            QCOMPARE(row[5], number(m.batteryW, 3));
            QCOMPARE(row[7], QString());
        }
        int missingBattery = 0;
        int missingSoc = 0;
        for (int i = 0; i < raw.size(); ++i) {
            const QStringList &row = rows[1 + minutes.size() + i];
            const EnergySnapshot &s = raw[i];
            QCOMPARE(row.size(), 9);
            QCOMPARE(row[0], CsvFormat::isoUtc(s.timestampMs));
            QCOMPARE(row[1], u"sample"_s);
            QCOMPARE(row[2], number(s.pvW, 3));
            QCOMPARE(row[3], number(s.houseW, 3));
            QCOMPARE(row[4], number(s.gridW, 3));
            QCOMPARE(row[5], number(s.batteryW, 3));
            QCOMPARE(row[6], number(s.socPercent, 2));
            QCOMPARE(row[7], u"14"_s);
            QCOMPARE(row[8], u"Charge, \"normal\""_s);
            QVERIFY(!row[2].contains(u','));
            missingBattery += row[5].isEmpty();
            missingSoc += row[6].isEmpty();
        }
        // Gaps are empty fields, never 0.
        QVERIFY(missingBattery > 10);
        QVERIFY(missingSoc > 10);
        // Ascending, no sample twice.
        for (int i = 2; i < rows.size(); ++i)
            QVERIFY(rows[i - 1][0] < rows[i][0]);
        // A day at a time, ending complete.
        QCOMPARE(progress.size(), 2);
        QCOMPARE(progress.last(), 1.0);
    }

    // The job runs off this thread: the event loop keeps turning while it writes, progress
    // arrives in order, and the result matches a direct write.
    void jobRunsOffTheCallingThread()
    {
        const QString dbPath = m_dir.filePath(u"job.sqlite"_s);
        {
            kw::history::HistoryStore store;
            QVERIFY(store.open(dbPath));
            QVERIFY(fill(store, StartMs, StartMs + 3 * DayMs, 5000));
        }
        const QString csvPath = m_dir.filePath(u"job.csv"_s);
        ExportJob job(HistoryCsvExport(dbPath, StartMs, StartMs + 3 * DayMs).work(csvPath));
        QSignalSpy progress(&job, &ExportJob::progressChanged);
        QSignalSpy finished(&job, &ExportJob::finished);
        int ticks = 0;
        QTimer ticker;
        ticker.setInterval(5);
        connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
        ticker.start();
        job.start();
        QVERIFY(job.isRunning());
        QVERIFY(finished.wait(30'000));
        const auto result = finished.first().first().value<ExportResult>();
        QVERIFY2(result.isWritten(), qPrintable(result.error));
        QCOMPARE(result.rowCount, qint64(3 * DayMs / 5000));
        QVERIFY(progress.size() >= 3);
        QCOMPARE(progress.last().first().toInt(), 1000);
        for (int i = 1; i < progress.size(); ++i)
            QVERIFY(progress[i].first().toInt() > progress[i - 1].first().toInt());
        QVERIFY(ticks > 0);
        QVERIFY(!job.isRunning());
    }

    // Cancelled: no file where there was none, and an existing file byte for byte as it was; no
    // temporary file left behind.
    void cancelLeavesNoFileAndKeepsAnExistingOne()
    {
        const QString dbPath = m_dir.filePath(u"cancel.sqlite"_s);
        {
            kw::history::HistoryStore store;
            QVERIFY(store.open(dbPath));
            QVERIFY(fill(store, StartMs, StartMs + 3 * DayMs, 5000));
        }
        QTemporaryDir out;
        const QString fresh = out.filePath(u"fresh.csv"_s);
        const QString existing = out.filePath(u"existing.csv"_s);
        {
            QFile file(existing);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("keep me\n");
        }
        for (const QString &path : {fresh, existing}) {
            std::atomic_bool cancelled{false};
            int chunks = 0;
            // Cancelled from the progress callback after the first day: mid-export.
            const ExportResult result = HistoryCsvExport(dbPath, StartMs, StartMs + 3 * DayMs)
                                            .writeTo(path, cancelled, [&](double) {
                                                if (++chunks == 1)
                                                    cancelled = true;
                                            });
            QCOMPARE(result.status, ExportResult::Status::Cancelled);
            QCOMPARE(chunks, 1);
        }
        QVERIFY(!QFile::exists(fresh));
        QCOMPARE(readAll(existing), QByteArray("keep me\n"));
        QCOMPARE(QDir(out.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"existing.csv"_s});

        // The same through a job, cancelled at once.
        ExportJob job(HistoryCsvExport(dbPath, StartMs, StartMs + 3 * DayMs).work(existing));
        QSignalSpy finished(&job, &ExportJob::finished);
        job.start();
        job.cancel();
        QVERIFY(finished.wait(30'000));
        QCOMPARE(finished.first().first().value<ExportResult>().status, ExportResult::Status::Cancelled);
        QCOMPARE(readAll(existing), QByteArray("keep me\n"));
    }

    // A file that cannot be written is one clear line naming it; nothing is created.
    void failedWriteIsAClearError()
    {
        const QString dbPath = m_dir.filePath(u"fail.sqlite"_s);
        {
            kw::history::HistoryStore store;
            QVERIFY(store.open(dbPath));
            QVERIFY(fill(store, StartMs, StartMs + DayMs / 4, 5000));
        }
        QTemporaryDir out;
        QFile blocker(out.filePath(u"not-a-folder"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        // A folder that is a file (root ignores permission bits, so no chmod here), and a target
        // that is a folder.
        QVERIFY(QDir(out.path()).mkdir(u"a-folder.csv"_s));
        for (const QString &path : {out.filePath(u"not-a-folder/data.csv"_s), out.filePath(u"a-folder.csv"_s)}) {
            const std::atomic_bool cancelled{false};
            const ExportResult result = HistoryCsvExport(dbPath, StartMs, StartMs + DayMs).writeTo(path, cancelled);
            QCOMPARE(result.status, ExportResult::Status::Failed);
            QVERIFY2(result.error.startsWith(u"Cannot write "_s), qPrintable(result.error));
            QVERIFY(result.error.contains(QDir::toNativeSeparators(path)));
            QVERIFY(!result.error.contains(u'\n'));
            const ExportResult small = kw::exporting::ExportFile::save(path, "x\r\n");
            QCOMPARE(small.status, ExportResult::Status::Failed);
            QVERIFY(small.error.startsWith(u"Cannot write "_s));
        }
        QVERIFY(QFileInfo(out.filePath(u"a-folder.csv"_s)).isDir());
        // No history there at all: said so, no file written.
        const std::atomic_bool cancelled{false};
        const QString target = out.filePath(u"none.csv"_s);
        const ExportResult none = HistoryCsvExport(out.filePath(u"missing.sqlite"_s), StartMs, StartMs + DayMs)
                                      .writeTo(target, cancelled);
        QCOMPARE(none.status, ExportResult::Status::Failed);
        QVERIFY(!QFile::exists(target));
        QVERIFY(!QFile::exists(out.filePath(u"missing.sqlite"_s)));
    }

    // Daily energies: one row per stored day with the store's figures, the zone on every row.
    void dailyEnergiesMatchTheStore()
    {
        const QString dbPath = m_dir.filePath(u"daily.sqlite"_s);
        kw::history::HistoryStore store;
        QVERIFY(store.open(dbPath));
        QVERIFY(fill(store, StartMs, StartMs + 3 * DayMs, 30'000));
        const QTimeZone berlin("Europe/Berlin");
        QVERIFY(berlin.isValid());
        const QList<kw::history::DailyEnergy> days = store.dailyEnergy(QDate(2026, 5, 30), QDate(2026, 6, 5), berlin);
        QCOMPARE(days.size(), 4); // 3 UTC days touch 4 Berlin days
        bool ok = false;
        const QList<QStringList> rows = kwtest::parseCsv(kw::exporting::DailyEnergyCsv::build(days, berlin), &ok);
        QVERIFY(ok);
        QCOMPARE(rows.size(), 5);
        QCOMPARE(rows[0].join(u','),
                 u"date,time_zone,day_start_utc,pv_wh,house_wh,grid_import_wh,grid_export_wh,"
                 "battery_charge_wh,battery_discharge_wh,autarky_percent,self_consumption_percent"_s);
        for (int i = 0; i < days.size(); ++i) {
            const QStringList &row = rows[1 + i];
            const kw::history::EnergyTotals &t = days[i].totals;
            QCOMPARE(row[0], days[i].day.toString(Qt::ISODate));
            QCOMPARE(row[1], u"Europe/Berlin"_s);
            QCOMPARE(row[2], CsvFormat::isoUtc(days[i].day.startOfDay(berlin).toMSecsSinceEpoch()));
            QVERIFY(row[2].endsWith(u"T22:00:00.000Z"_s)); // CEST midnight
            QCOMPARE(row[3].toDouble(), std::round(t.pvWh * 1000) / 1000);
            QCOMPARE(row[4].toDouble(), std::round(t.houseWh * 1000) / 1000);
            QCOMPARE(row[5].toDouble(), std::round(t.gridImportWh * 1000) / 1000);
            QCOMPARE(row[6].toDouble(), std::round(t.gridExportWh * 1000) / 1000);
            QCOMPARE(row[9].toDouble(), std::round(t.autarkyPercent() * 100) / 100);
            QCOMPARE(row[10].toDouble(), std::round(t.selfConsumptionPercent() * 100) / 100);
        }
        QVERIFY(rows[2][3].toDouble() > 10'000); // a whole sunny day of PV, in Wh
    }

    // The long export: 30 days of 5 s samples (518,400 rows), timed.
    void thirtyDaysOfFiveSecondSamples()
    {
        const QString dbPath = m_dir.filePath(u"month.sqlite"_s);
        kw::history::HistoryStore store;
        QVERIFY(store.open(dbPath));
        store.setRawRetentionDays(31);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(fill(store, StartMs, StartMs + 30 * DayMs, 5000));
        const qint64 fillMs = clock.elapsed();
        QCOMPARE(store.rawSampleCount(), qint64(30 * DayMs / 5000));

        const QString csvPath = m_dir.filePath(u"month.csv"_s);
        ExportJob job(HistoryCsvExport(dbPath, StartMs, StartMs + 30 * DayMs).work(csvPath));
        QSignalSpy finished(&job, &ExportJob::finished);
        // The calling thread's event loop stays free: a 20 ms timer keeps firing throughout.
        qint64 longestGapMs = 0;
        QElapsedTimer sinceTick;
        sinceTick.start();
        QTimer ticker;
        ticker.setInterval(20);
        connect(&ticker, &QTimer::timeout, this, [&] {
            longestGapMs = std::max(longestGapMs, sinceTick.restart());
        });
        ticker.start();
        clock.restart();
        job.start();
        QVERIFY(finished.wait(50'000));
        const qint64 exportMs = clock.elapsed();
        const auto result = finished.first().first().value<ExportResult>();
        QVERIFY2(result.isWritten(), qPrintable(result.error));
        QCOMPARE(result.rowCount, qint64(518'400));
        QVERIFY2(longestGapMs < 500, qPrintable(u"event loop stalled %1 ms"_s.arg(longestGapMs)));
        qInfo("30 days at 5 s: stored in %lld ms, exported %lld rows (%lld bytes) in %lld ms, longest "
              "event-loop gap %lld ms",
              fillMs, result.rowCount, QFileInfo(csvPath).size(), exportMs, longestGapMs);
        QFile file(csvPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        int lines = 0;
        while (!file.atEnd()) {
            file.readLine();
            ++lines;
        }
        QCOMPARE(lines, 518'401);
    }
};

QTEST_GUILESS_MAIN(TestExportCsv)
#include "tst_exportcsv.moc"
