// HistoryStore on real SQLite files: round trip, NULLs, restart, rollups and energies against
// brute-force oracles, out-of-order input, retention, tiers, decimated series of every tier
// against the oracle, daily energies in UTC and Europe/Berlin, the upgrade of a schema version 1
// file, bad files (never modified), flush/commit cadence, write failures and a recorder killed
// with SIGKILL.
#include "history/energyintegrator.h"
#include "history/historyschema.h"
#include "history/historystore.h"
#include "history/historywriter.h"
#include "history/seriesdecimator.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <numbers>
#include <numeric>
#include <thread>

using namespace kw;
using namespace kw::history;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 SecondMs = 1000;
constexpr qint64 MinuteMs = 60 * SecondMs;
constexpr qint64 TenMinuteMs = 10 * MinuteMs;
constexpr qint64 HourMs = 60 * MinuteMs;
constexpr qint64 DayMs = 24 * HourMs;

// Fixed times in the past: retention is measured from the newest sample, so results do not
// depend on today's date.
qint64 utcMs(int year, int month, int day, int hour = 0, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone::utc()).toMSecsSinceEpoch();
}
const qint64 BaseMs = utcMs(2024, 3, 1);

EnergySnapshot snapshot(qint64 timeMs, std::optional<double> pvW, std::optional<double> houseW,
                        std::optional<double> gridW, std::optional<double> batteryW,
                        std::optional<double> socPercent = 50.0, int stateCode = -1,
                        const QString &stateText = {})
{
    EnergySnapshot s;
    s.timestampMs = timeMs;
    s.pvW = pvW;
    s.houseW = houseW;
    s.gridW = gridW;
    s.batteryW = batteryW;
    s.socPercent = socPercent;
    s.stateCode = stateCode;
    s.stateText = stateText;
    return s;
}

std::optional<double> valueOf(const EnergySnapshot &s, SeriesKind kind)
{
    switch (kind) {
    case SeriesKind::Pv: return s.pvW;
    case SeriesKind::House: return s.houseW;
    case SeriesKind::Grid: return s.gridW;
    case SeriesKind::Battery: return s.batteryW;
    case SeriesKind::Soc: return s.socPercent;
    }
    return std::nullopt;
}

bool fuzzyEqual(double a, double b, double tolerance = 1e-6)
{
    return std::abs(a - b) <= tolerance * std::max(1.0, std::max(std::abs(a), std::abs(b)));
}

QByteArray sha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

// The test's own connection to a file, to look at it as SQLite sees it.
class SideConnection
{
public:
    explicit SideConnection(const QString &path, const QString &options = {})
        : m_name(u"test.side.%1"_s.arg(++s_counter))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(options);
        m_open = db.open();
    }
    ~SideConnection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isOpen() const { return m_open; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    bool exec(const QString &sql) const
    {
        QSqlQuery query(db());
        const bool ok = query.exec(sql);
        if (!ok)
            qWarning() << "side query failed:" << sql << query.lastError().text();
        return ok;
    }
    QVariant scalar(const QString &sql) const
    {
        QSqlQuery query(db());
        if (!query.exec(sql) || !query.next())
            return {};
        return query.value(0);
    }

private:
    static inline int s_counter = 0;
    QString m_name;
    bool m_open = false;
};

// One rollup row as stored, and the brute-force expectation of it.
struct Bucket
{
    qint64 n = 0;
    std::array<std::optional<double>, 5> min;
    std::array<std::optional<double>, 5> max;
    std::array<double, 5> sum{};
    std::array<qint64, 5> count{};
    EnergyTotals energy;
};

QMap<qint64, Bucket> readBuckets(const QString &path, HistoryTier tier)
{
    QMap<qint64, Bucket> buckets;
    SideConnection side(path, u"QSQLITE_OPEN_READONLY"_s);
    QStringList columns = {u"t_ms"_s, u"n"_s};
    for (SeriesKind kind : allSeriesKinds()) {
        const QString p = HistorySchema::rollupPrefix(kind);
        columns << p + u"_min"_s << p + u"_max"_s << p + u"_sum"_s << p + u"_n"_s;
    }
    columns += HistorySchema::energyColumns();
    QSqlQuery query(side.db());
    if (!query.exec(u"SELECT %1 FROM %2"_s.arg(columns.join(u", "_s), HistorySchema::rollupTable(tier)))) {
        qWarning() << query.lastError().text();
        return buckets;
    }
    while (query.next()) {
        Bucket b;
        b.n = query.value(1).toLongLong();
        for (int k = 0; k < 5; ++k) {
            const int c = 2 + 4 * k;
            if (!query.isNull(c))
                b.min[k] = query.value(c).toDouble();
            if (!query.isNull(c + 1))
                b.max[k] = query.value(c + 1).toDouble();
            b.sum[k] = query.value(c + 2).toDouble();
            b.count[k] = query.value(c + 3).toLongLong();
        }
        const int e = 2 + 4 * 5;
        b.energy = {query.value(e).toDouble(),     query.value(e + 1).toDouble(),
                    query.value(e + 2).toDouble(), query.value(e + 3).toDouble(),
                    query.value(e + 4).toDouble(), query.value(e + 5).toDouble()};
        buckets.insert(query.value(0).toLongLong(), b);
    }
    return buckets;
}

QList<PowerSample> completePowerSamples(const QList<EnergySnapshot> &sorted)
{
    QList<PowerSample> samples;
    for (const EnergySnapshot &s : sorted) {
        if (s.pvW && s.houseW && s.gridW && s.batteryW)
            samples.append({s.timestampMs, *s.pvW, *s.houseW, *s.gridW, *s.batteryW});
    }
    return samples;
}

// What the rollup tables must hold for these samples (sorted, unique times): statistics by
// brute force, energies by integrating the whole list in one go.
QMap<qint64, Bucket> expectedBuckets(const QList<EnergySnapshot> &sorted, qint64 bucketMs)
{
    QMap<qint64, Bucket> buckets;
    const QList<SeriesKind> kinds = allSeriesKinds();
    for (const EnergySnapshot &s : sorted) {
        Bucket &b = buckets[s.timestampMs - s.timestampMs % bucketMs];
        ++b.n;
        for (int k = 0; k < 5; ++k) {
            const std::optional<double> v = valueOf(s, kinds[k]);
            if (!v)
                continue;
            b.min[k] = b.min[k] ? std::min(*b.min[k], *v) : *v;
            b.max[k] = b.max[k] ? std::max(*b.max[k], *v) : *v;
            b.sum[k] += *v;
            ++b.count[k];
        }
    }
    const QMap<qint64, EnergyTotals> minutes = EnergyIntegrator::integrate(completePowerSamples(sorted));
    for (auto it = minutes.cbegin(); it != minutes.cend(); ++it)
        buckets[it.key() - it.key() % bucketMs].energy += it.value();
    return buckets;
}

bool sameEnergy(const EnergyTotals &a, const EnergyTotals &b, double tolerance = 1e-6)
{
    return fuzzyEqual(a.pvWh, b.pvWh, tolerance) && fuzzyEqual(a.houseWh, b.houseWh, tolerance)
           && fuzzyEqual(a.gridImportWh, b.gridImportWh, tolerance)
           && fuzzyEqual(a.gridExportWh, b.gridExportWh, tolerance)
           && fuzzyEqual(a.batteryChargeWh, b.batteryChargeWh, tolerance)
           && fuzzyEqual(a.batteryDischargeWh, b.batteryDischargeWh, tolerance);
}

bool sameDays(const QList<DailyEnergy> &a, const QList<DailyEnergy> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].day != b[i].day || !sameEnergy(a[i].totals, b[i].totals, 1e-9))
            return false;
    }
    return true;
}

QByteArray describe(const EnergyTotals &e)
{
    return QByteArray("pv=%1 house=%2 import=%3 export=%4 charge=%5 discharge=%6")
        .replace("%1", QByteArray::number(e.pvWh, 'f', 6))
        .replace("%2", QByteArray::number(e.houseWh, 'f', 6))
        .replace("%3", QByteArray::number(e.gridImportWh, 'f', 6))
        .replace("%4", QByteArray::number(e.gridExportWh, 'f', 6))
        .replace("%5", QByteArray::number(e.batteryChargeWh, 'f', 6))
        .replace("%6", QByteArray::number(e.batteryDischargeWh, 'f', 6));
}

// Empty when the stored rollups match the expectation, else the first difference.
QString compareBuckets(const QMap<qint64, Bucket> &stored, const QMap<qint64, Bucket> &expected)
{
    QSet<qint64> keys;
    for (auto it = stored.cbegin(); it != stored.cend(); ++it)
        keys.insert(it.key());
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        keys.insert(it.key());
    QList<qint64> sortedKeys(keys.cbegin(), keys.cend());
    std::sort(sortedKeys.begin(), sortedKeys.end());
    for (qint64 key : sortedKeys) {
        const Bucket s = stored.value(key);
        const Bucket e = expected.value(key);
        const QString at = QDateTime::fromMSecsSinceEpoch(key, QTimeZone::utc()).toString(Qt::ISODate);
        if (s.n != e.n)
            return u"%1: n %2 != %3"_s.arg(at).arg(s.n).arg(e.n);
        for (int k = 0; k < 5; ++k) {
            if (s.count[k] != e.count[k] || s.min[k] != e.min[k] || s.max[k] != e.max[k]
                || !fuzzyEqual(s.sum[k], e.sum[k], 1e-9))
                return u"%1: series %2 differs (count %3/%4, sum %5/%6)"_s.arg(at)
                    .arg(k)
                    .arg(s.count[k])
                    .arg(e.count[k])
                    .arg(s.sum[k])
                    .arg(e.sum[k]);
        }
        if (!sameEnergy(s.energy, e.energy))
            return u"%1: energy %2 != %3"_s.arg(at, QString::fromLatin1(describe(s.energy)),
                                                 QString::fromLatin1(describe(e.energy)));
    }
    return {};
}

QString describe(const SeriesPoint &p)
{
    const QString at = QDateTime::fromMSecsSinceEpoch(p.timeMs, QTimeZone::utc()).toString(Qt::ISODateWithMs);
    return u"(%1, %2)"_s.arg(at).arg(p.value, 0, 'g', 17);
}

// What series() must return for `kind` when it reads `tier`: the decimation of the raw samples,
// or of the brute-force buckets with mean = sum / count (not the sum, not min or max).
QList<SeriesPoint> expectedSeries(const QList<EnergySnapshot> &sorted, HistoryTier tier, SeriesKind kind,
                                  qint64 fromMs, qint64 toMs, int columns)
{
    QList<SeriesRow> rows;
    if (tier == HistoryTier::Raw) {
        for (const EnergySnapshot &s : sorted) {
            if (const std::optional<double> v = valueOf(s, kind))
                rows.append({s.timestampMs, *v, *v, *v});
        }
    } else {
        const QMap<qint64, Bucket> buckets = expectedBuckets(sorted, HistorySchema::bucketMs(tier));
        const int k = int(kind);
        for (auto it = buckets.cbegin(); it != buckets.cend(); ++it) {
            const Bucket &b = it.value();
            if (b.count[k] > 0)
                rows.append({it.key(), *b.min[k], b.sum[k] / double(b.count[k]), *b.max[k]});
        }
    }
    return SeriesDecimator::decimate(rows, fromMs, toMs, columns);
}

// Empty when both hold the same points (values within rounding of the sums), else the first
// difference.
QString compareSeries(const QList<SeriesPoint> &actual, const QList<SeriesPoint> &expected)
{
    for (qsizetype i = 0; i < qMax(actual.size(), expected.size()); ++i) {
        if (i >= actual.size())
            return u"point %1: missing, expected %2"_s.arg(i).arg(describe(expected[i]));
        if (i >= expected.size())
            return u"point %1: %2 is one too many"_s.arg(i).arg(describe(actual[i]));
        if (actual[i].timeMs != expected[i].timeMs || !fuzzyEqual(actual[i].value, expected[i].value, 1e-12))
            return u"point %1: %2, expected %3"_s.arg(i).arg(describe(actual[i]), describe(expected[i]));
    }
    return {};
}

// Irregular, partly incomplete samples with signed powers: what a flaky device delivers.
QList<EnergySnapshot> randomSamples(quint32 seed, qint64 fromMs, int count)
{
    QRandomGenerator rng(seed);
    QList<EnergySnapshot> samples;
    qint64 t = fromMs;
    const auto maybe = [&](double value) -> std::optional<double> {
        return rng.bounded(10) == 0 ? std::nullopt : std::optional<double>(value);
    };
    for (int i = 0; i < count; ++i) {
        // Mostly 1–25 s apart, now and then a gap longer than the integrator bridges.
        t += rng.bounded(50) == 0 ? (5 + rng.bounded(5)) * MinuteMs : (1 + rng.bounded(25)) * SecondMs;
        const int state = int(rng.bounded(20));
        samples.append(snapshot(t, maybe(rng.bounded(8000.0)), maybe(200 + rng.bounded(3000.0)),
                                maybe(rng.bounded(8000.0) - 4000), maybe(rng.bounded(6000.0) - 3000),
                                maybe(rng.bounded(100.0)), state, u"state %1"_s.arg(state)));
    }
    return samples;
}

void appendAll(HistoryStore &store, const QList<EnergySnapshot> &samples)
{
    for (const EnergySnapshot &s : samples)
        store.append(s);
}

// Constant powers every stepMs in [fromMs, toMs].
QList<EnergySnapshot> constantSamples(qint64 fromMs, qint64 toMs, qint64 stepMs, double pvW,
                                      double houseW, double gridW, double batteryW)
{
    QList<EnergySnapshot> samples;
    for (qint64 t = fromMs; t <= toMs; t += stepMs)
        samples.append(snapshot(t, pvW, houseW, gridW, batteryW));
    return samples;
}

// The newest sample the last batchWritten reported (-1: none yet). Never constLast() of an empty
// spy: a race lost must fail the test, not crash it.
qint64 lastReported(const QSignalSpy &written)
{
    return written.isEmpty() ? -1 : written.constLast().constFirst().toLongLong();
}

bool containsValue(const QList<SeriesPoint> &points, double value)
{
    return std::any_of(points.cbegin(), points.cend(),
                       [&](const SeriesPoint &p) { return p.value == value; });
}

// Schema version 1 exactly as Kilowatch wrote it (before the ten-minute rollups), frozen here so
// that the upgrade is tested against the old format, not against today's code.
QStringList versionOneSchema()
{
    const QString rollup =
        u" (t_ms INTEGER PRIMARY KEY NOT NULL, n INTEGER NOT NULL DEFAULT 0, pv_min REAL, pv_max "
        "REAL, pv_sum REAL, pv_n INTEGER NOT NULL DEFAULT 0, house_min REAL, house_max REAL, "
        "house_sum REAL, house_n INTEGER NOT NULL DEFAULT 0, grid_min REAL, grid_max REAL, grid_sum "
        "REAL, grid_n INTEGER NOT NULL DEFAULT 0, battery_min REAL, battery_max REAL, battery_sum "
        "REAL, battery_n INTEGER NOT NULL DEFAULT 0, soc_min REAL, soc_max REAL, soc_sum REAL, soc_n "
        "INTEGER NOT NULL DEFAULT 0, pv_wh REAL NOT NULL DEFAULT 0, house_wh REAL NOT NULL DEFAULT "
        "0, grid_import_wh REAL NOT NULL DEFAULT 0, grid_export_wh REAL NOT NULL DEFAULT 0, "
        "battery_charge_wh REAL NOT NULL DEFAULT 0, battery_discharge_wh REAL NOT NULL DEFAULT 0)"_s;
    return {
        u"PRAGMA journal_mode = WAL"_s,
        u"CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value) WITHOUT ROWID"_s,
        u"CREATE TABLE sample (t_ms INTEGER PRIMARY KEY NOT NULL, pv_w REAL, house_w REAL, grid_w "
        "REAL, battery_w REAL, soc_pct REAL, state_code INTEGER)"_s,
        u"CREATE TABLE state_text (code INTEGER PRIMARY KEY NOT NULL, text TEXT NOT NULL)"_s,
        u"CREATE TABLE minute_rollup"_s + rollup,
        u"CREATE TABLE hour_rollup"_s + rollup,
        u"PRAGMA application_id = 1264011347"_s, // "KWHS",
        u"PRAGMA user_version = 1"_s,
    };
}

QVariant nullOr(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}

// A version 1 file holding `sorted` as that version kept it: the raw samples from
// prunedBeforeMs on, minute and hour rollups (from the oracle) of all of them.
bool writeVersionOneFile(const QString &path, const QList<EnergySnapshot> &sorted, qint64 prunedBeforeMs)
{
    SideConnection side(path);
    const QStringList schema = versionOneSchema();
    const auto run = [&](const QString &sql) { return side.exec(sql); };
    if (!side.isOpen() || !std::all_of(schema.cbegin(), schema.cend(), run))
        return false;
    QSqlDatabase db = side.db();
    bool ok = db.transaction();
    QSqlQuery insert(db);
    ok = ok && insert.prepare(u"INSERT INTO sample VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    for (const EnergySnapshot &s : sorted) {
        if (s.timestampMs < prunedBeforeMs)
            continue;
        const QList<QVariant> values = {s.timestampMs, nullOr(s.pvW), nullOr(s.houseW), nullOr(s.gridW),
                                        nullOr(s.batteryW), nullOr(s.socPercent), s.stateCode};
        for (int i = 0; i < values.size(); ++i)
            insert.bindValue(i, values[i]);
        ok = ok && insert.exec();
        ok = ok && side.exec(u"INSERT OR REPLACE INTO state_text VALUES (%1, '%2')"_s.arg(s.stateCode)
                                 .arg(s.stateText));
    }
    ok = ok && side.exec(u"INSERT INTO meta VALUES ('raw_pruned_before_ms', %1)"_s.arg(prunedBeforeMs));
    const QString placeholders = QStringList(28, u"?"_s).join(u", "_s);
    for (const auto &[table, bucketMs] :
         {std::pair{u"minute_rollup"_s, MinuteMs}, std::pair{u"hour_rollup"_s, HourMs}}) {
        QSqlQuery rollup(db);
        ok = ok && rollup.prepare(u"INSERT INTO %1 VALUES (%2)"_s.arg(table, placeholders));
        const QMap<qint64, Bucket> buckets = expectedBuckets(sorted, bucketMs);
        for (auto it = buckets.cbegin(); it != buckets.cend(); ++it) {
            const Bucket &b = it.value();
            if (b.n == 0 && b.energy.isZero())
                continue; // the store keeps no row for a minute without samples or energy
            QList<QVariant> values = {it.key(), b.n};
            for (int k = 0; k < 5; ++k)
                values << nullOr(b.min[k]) << nullOr(b.max[k])
                       << (b.count[k] > 0 ? QVariant(b.sum[k]) : QVariant()) << b.count[k];
            values << b.energy.pvWh << b.energy.houseWh << b.energy.gridImportWh << b.energy.gridExportWh
                   << b.energy.batteryChargeWh << b.energy.batteryDischargeWh;
            for (int i = 0; i < values.size(); ++i)
                rollup.bindValue(i, values[i]);
            ok = ok && rollup.exec();
        }
    }
    insert.finish();
    return ok && db.commit();
}

// --record-child: records 100 samples a second into the file until killed, and reports on
// stdout what it appended and what was committed (batchWritten).
int recordChild(const QString &path)
{
    HistoryStore store;
    QString error;
    if (!store.open(path, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    qint64 index = 0;
    QObject::connect(&store, &HistoryStore::batchWritten, &store, [](qint64 lastMs) {
        std::printf("committed %lld\n", static_cast<long long>((lastMs - BaseMs) / SecondMs));
        std::fflush(stdout);
    });
    QTimer timer;
    QObject::connect(&timer, &QTimer::timeout, &store, [&] {
        store.append(snapshot(BaseMs + index * SecondMs, 1000, 1000, 0, 0));
        if (index % 50 == 0) {
            std::printf("appended %lld\n", static_cast<long long>(index));
            std::fflush(stdout);
        }
        ++index;
    });
    timer.start(10);
    QTimer::singleShot(60 * 1000, qApp, &QCoreApplication::quit); // never outlive the test
    return QCoreApplication::exec();
}

} // namespace

class TestHistoryStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_fileCounter = 0;
    QString newPath() { return m_dir.filePath(u"history-%1.sqlite"_s.arg(++m_fileCounter)); }

    // A closed, valid history file with a few pages of data.
    QString makeValidFile(int samples = 3000)
    {
        const QString path = newPath();
        HistoryStore store;
        if (!store.open(path))
            return {};
        appendAll(store, constantSamples(BaseMs, BaseMs + (samples - 1) * 10 * SecondMs, 10 * SecondMs,
                                         1000, 500, -500, 0));
        store.close();
        return path;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void init()
    {
        // Connection bookkeeping mistakes show only as warnings; make them failures.
        QTest::failOnWarning(QRegularExpression(u"connection .* is still in use"_s));
        QTest::failOnWarning(QRegularExpression(u"duplicate connection name"_s));
        QTest::failOnWarning(QRegularExpression(u"cannot be (stopped|started) from another thread"_s));
        QTest::failOnWarning(QRegularExpression(u"Cannot create children for a parent"_s));
        QTest::failOnWarning(QRegularExpression(u"Destroyed while thread is still running"_s));
    }

    void roundTrip()
    {
        HistoryStore store;
        const QString path = newPath();
        QString error;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        QVERIFY(store.isOpen());
        QCOMPARE(store.path(), path);
        QList<EnergySnapshot> samples;
        for (int i = 0; i < 200; ++i)
            samples.append(snapshot(BaseMs + i * 1500, 1234.5 + i, 456.25, -12.5 * i, 300.0 - 7 * i,
                                    55.5, i % 3 == 0 ? 14 : 15, i % 3 == 0 ? u"LADEN"_s : u"ENTLADEN"_s));
        appendAll(store, samples);
        QVERIFY2(store.flush(&error), qPrintable(error));
        QCOMPARE(store.rawSampleCount(), 200);
        QCOMPARE(store.rawSamples(BaseMs, BaseMs + DayMs), samples);
        QCOMPARE(store.rawSamples(BaseMs + 1500, BaseMs + 4500), samples.mid(1, 2));
        QCOMPARE(store.firstSampleMs(), BaseMs);
        QCOMPARE(store.lastSampleMs(), BaseMs + 199 * 1500);
        QCOMPARE(store.droppedSampleCount(), 0);
    }

    void missingValuesStayNull()
    {
        HistoryStore store;
        const QString path = newPath();
        QVERIFY(store.open(path));
        QList<EnergySnapshot> samples;
        // 1 kW for 10 minutes; every third sample lacks one power or the SOC.
        for (int i = 0; i <= 60; ++i) {
            EnergySnapshot s = snapshot(BaseMs + i * 10 * SecondMs, 1000, 1000, 0, 0);
            if (i % 3 == 1)
                s.batteryW.reset();
            if (i % 3 == 2)
                s.socPercent.reset();
            samples.append(s);
        }
        samples.append(snapshot(BaseMs + 20 * MinuteMs, std::nullopt, std::nullopt, std::nullopt,
                                std::nullopt, std::nullopt));
        samples.append(snapshot(BaseMs + 21 * MinuteMs, qQNaN(), qInf(), 5, 5, 5));
        appendAll(store, samples);
        QVERIFY(store.flush());

        const QList<EnergySnapshot> stored = store.rawSamples(BaseMs, BaseMs + HourMs);
        QCOMPARE(stored.size(), samples.size());
        QCOMPARE(stored.mid(0, 61), samples.mid(0, 61));
        QCOMPARE(stored.at(61), samples.at(61));
        QVERIFY(!stored.at(62).pvW); // NaN and infinity are no values either
        QVERIFY(!stored.at(62).houseW);
        QCOMPARE(stored.at(62).gridW, 5.0);

        SideConnection side(path, u"QSQLITE_OPEN_READONLY"_s);
        QCOMPARE(side.scalar(u"SELECT count(*) FROM sample WHERE battery_w IS NULL"_s).toInt(), 21);
        QCOMPARE(side.scalar(u"SELECT count(*) FROM sample WHERE soc_pct IS NULL"_s).toInt(), 21);
        QCOMPARE(side.scalar(u"SELECT count(*) FROM sample WHERE state_code IS NULL"_s).toInt(), 63);
        QCOMPARE(side.scalar(u"SELECT count(*) FROM sample WHERE battery_w = 0"_s).toInt(), 41);
        // The minute mean is over the values present only.
        QCOMPARE(side.scalar(u"SELECT soc_n FROM minute_rollup WHERE t_ms = %1"_s.arg(BaseMs)).toInt(), 4);
        QVERIFY(side.scalar(u"SELECT soc_min FROM minute_rollup WHERE t_ms = %1"_s
                                .arg(BaseMs + 20 * MinuteMs))
                    .isNull());
        // Energy bridges an incomplete sample (to the next complete one): still 1 kW × 10 min.
        QVERIFY(fuzzyEqual(store.energyBetween(BaseMs, BaseMs + HourMs).pvWh, 1000.0 / 6));
        const SeriesResult series = store.series(BaseMs, BaseMs + 30 * MinuteMs, 1000);
        QCOMPARE(series.tier, HistoryTier::Raw);
        QCOMPARE(series.series.value(SeriesKind::Battery).size(), 41 + 1);
        QCOMPARE(series.series.value(SeriesKind::Pv).size(), 61);
    }

    void restartKeepsEverythingAndIntegrationContinues()
    {
        const QString path = newPath();
        const QList<EnergySnapshot> first = constantSamples(BaseMs, BaseMs + 30 * MinuteMs, 10 * SecondMs,
                                                            1000, 400, -600, 0);
        const QList<EnergySnapshot> second = constantSamples(BaseMs + 30 * MinuteMs + 10 * SecondMs,
                                                             BaseMs + HourMs, 10 * SecondMs, 1000, 400, -600, 0);
        {
            HistoryStore store;
            QVERIFY(store.open(path));
            appendAll(store, first);
            // No flush: close() commits.
        }
        QVERIFY(!QFileInfo::exists(path + u"-wal"_s)); // closed cleanly, checkpointed
        HistoryStore store;
        QVERIFY(store.open(path));
        QCOMPARE(store.rawSampleCount(), first.size());
        appendAll(store, second);
        QVERIFY(store.flush());
        QCOMPARE(store.rawSamples(0, BaseMs + DayMs), first + second);
        // The segment from the last sample before the restart to the first after it counts too.
        const EnergyTotals totals = store.energyBetween(BaseMs, BaseMs + HourMs);
        QVERIFY2(sameEnergy(totals, {1000, 400, 0, 600, 0, 0}), describe(totals).constData());
        QCOMPARE(compareBuckets(readBuckets(path, HistoryTier::Minute),
                                expectedBuckets(first + second, MinuteMs)),
                 QString());
        store.close();
        QVERIFY(!store.isOpen());
        QVERIFY(store.open(path));
        QCOMPARE(store.rawSampleCount(), first.size() + second.size());
    }

    void rollupsMatchBruteForce()
    {
        const QString path = newPath();
        const QList<EnergySnapshot> samples = randomSamples(7, BaseMs + 17 * SecondMs, 3000);
        HistoryStore store;
        QVERIFY(store.open(path));
        // Batches of varying size, some committed by flush, some by the writer's timer.
        QRandomGenerator rng(11);
        QSignalSpy written(&store, &HistoryStore::batchWritten);
        for (qsizetype i = 0; i < samples.size();) {
            const qsizetype n = qMin<qsizetype>(1 + rng.bounded(400), samples.size() - i);
            appendAll(store, samples.mid(i, n));
            i += n;
            if (rng.bounded(3) == 0)
                QVERIFY(store.flush());
            else // the timer's commit, reported (queued) with the batch's newest sample
                QTRY_VERIFY_WITH_TIMEOUT(lastReported(written) == samples.at(i - 1).timestampMs, 5000);
        }
        QVERIFY(store.flush());
        QCOMPARE(store.rawSampleCount(), samples.size());
        QCOMPARE(compareBuckets(readBuckets(path, HistoryTier::Minute), expectedBuckets(samples, MinuteMs)),
                 QString());
        QCOMPARE(compareBuckets(readBuckets(path, HistoryTier::TenMinutes),
                                expectedBuckets(samples, TenMinuteMs)),
                 QString());
        QCOMPARE(compareBuckets(readBuckets(path, HistoryTier::Hour), expectedBuckets(samples, HourMs)),
                 QString());
    }

    // Each tier read at one bucket per pixel column must give back exactly the oracle's
    // min / mean / max per bucket, for every series — a mean read wrong (the sum, say) shows as
    // the first differing point; and several buckets per column decimate like the oracle's.
    void seriesCarryEachTiersMinMeanMax()
    {
        // About 33 hours of irregular, partly NULL samples.
        const QList<EnergySnapshot> samples = randomSamples(17, BaseMs + 11 * SecondMs, 5000);
        HistoryStore store;
        QVERIFY(store.open(newPath()));
        appendAll(store, samples);
        QVERIFY(store.flush());
        struct Case
        {
            const char *name;
            qint64 fromMs;
            qint64 spanMs;
            int width;
            HistoryTier tier;
        };
        const Case cases[] = {
            {"raw, 1 s columns", BaseMs + 3 * HourMs, HourMs, 3600, HistoryTier::Raw},
            {"one minute per column", BaseMs, 12 * HourMs, 720, HistoryTier::Minute},
            {"ten minutes per column", BaseMs, DayMs, 144, HistoryTier::TenMinutes},
            {"one hour per column", BaseMs, 2 * DayMs, 48, HistoryTier::Hour},
            {"three minutes per column", BaseMs, 12 * HourMs, 240, HistoryTier::Minute},
            {"five ten-minute rows per column", BaseMs - DayMs, 3 * DayMs, 86, HistoryTier::TenMinutes},
            {"seven hours per column", BaseMs, 2 * DayMs, 7, HistoryTier::Hour},
        };
        for (const Case &c : cases) {
            const qint64 toMs = c.fromMs + c.spanMs;
            const SeriesResult result = store.series(c.fromMs, toMs, c.width);
            QVERIFY2(result.tier == c.tier, c.name);
            for (SeriesKind kind : allSeriesKinds()) {
                const QList<SeriesPoint> expected =
                    expectedSeries(samples, c.tier, kind, c.fromMs, toMs, c.width);
                QVERIFY2(expected.size() >= qMin(c.width, 100), c.name); // the check is not vacuous
                const QString difference = compareSeries(result.series.value(kind), expected);
                QVERIFY2(difference.isEmpty(), qPrintable(QString::fromLatin1(c.name) + u", "_s
                                                          + seriesKindName(kind) + u": "_s + difference));
            }
        }
    }

    // energyBetween() sums hours, ten minutes and minutes piecewise: any range, aligned or not,
    // must come out as the sum of the minutes starting in it.
    void energyOfAnyRangeIsTheSumOfItsMinutes()
    {
        const QList<EnergySnapshot> samples = randomSamples(41, BaseMs + 7 * SecondMs, 6000);
        HistoryStore store;
        QVERIFY(store.open(newPath()));
        appendAll(store, samples);
        QVERIFY(store.flush());
        const QMap<qint64, EnergyTotals> minutes = EnergyIntegrator::integrate(completePowerSamples(samples));
        QRandomGenerator rng(43);
        for (int i = 0; i < 200; ++i) {
            const qint64 grid = std::array<qint64, 4>{1, MinuteMs, TenMinuteMs, HourMs}[rng.bounded(4)];
            const qint64 fromMs = BaseMs - HourMs + qint64(rng.bounded(37 * 3600)) * SecondMs / grid * grid;
            const qint64 toMs = fromMs + qint64(rng.bounded(30 * 3600)) * SecondMs / grid * grid;
            EnergyTotals expected;
            for (auto it = minutes.lowerBound(fromMs); it != minutes.cend() && it.key() < toMs; ++it)
                expected += it.value();
            const EnergyTotals stored = store.energyBetween(fromMs, toMs);
            QVERIFY2(sameEnergy(stored, expected, 1e-9),
                     QByteArray(QByteArray::number(fromMs) + ".." + QByteArray::number(toMs) + ": "
                                + describe(stored) + " vs " + describe(expected))
                         .constData());
        }
    }

    void outOfOrderAndDuplicatesEndLikeSortedInput()
    {
        const QString path = newPath();
        const QList<EnergySnapshot> samples = randomSamples(23, BaseMs + 5 * SecondMs, 2500);
        HistoryStore store;
        QVERIFY(store.open(path));
        // Chunks in shuffled order, each chunk shuffled: the device clock jumping back and forth.
        QList<QList<EnergySnapshot>> chunks;
        for (qsizetype i = 0; i < samples.size(); i += 100)
            chunks.append(samples.mid(i, 100));
        QRandomGenerator rng(5);
        std::shuffle(chunks.begin(), chunks.end(), rng);
        for (QList<EnergySnapshot> &chunk : chunks) {
            std::shuffle(chunk.begin(), chunk.end(), rng);
            appendAll(store, chunk);
            if (rng.bounded(2) == 0)
                QVERIFY(store.flush());
        }
        QVERIFY(store.flush());
        QCOMPARE(store.droppedSampleCount(), 0);
        // Repeated times with other values: the first stored sample stays.
        for (int i = 0; i < samples.size(); i += 10) {
            EnergySnapshot duplicate = samples.at(i);
            duplicate.pvW = 99999;
            duplicate.socPercent.reset();
            store.append(duplicate);
        }
        QVERIFY(store.flush());
        QCOMPARE(store.droppedSampleCount(), 250);
        QCOMPARE(store.rawSamples(0, BaseMs + 10 * DayMs), samples);
        QCOMPARE(compareBuckets(readBuckets(path, HistoryTier::Minute), expectedBuckets(samples, MinuteMs)),
                 QString());
        QCOMPARE(compareBuckets(readBuckets(path, HistoryTier::Hour), expectedBuckets(samples, HourMs)),
                 QString());
        // A sample dated 1970 or earlier is no sample.
        store.append(snapshot(0, 1, 1, 1, 1));
        store.append(snapshot(-5000, 1, 1, 1, 1));
        QVERIFY(store.flush());
        QCOMPARE(store.droppedSampleCount(), 252);
        QCOMPARE(store.rawSampleCount(), samples.size());
    }

    void deviceClockInTheFutureDoesNotPruneRealHistory()
    {
        const QString path = newPath();
        HistoryStore store;
        QVERIFY(store.open(path));
        const qint64 nowMs = QDateTime::currentMSecsSinceEpoch() / MinuteMs * MinuteMs;
        QList<EnergySnapshot> real = constantSamples(nowMs - 2 * DayMs, nowMs, MinuteMs, 700, 700, 0, 0);
        appendAll(store, real);
        // One sample from a clock ten years ahead, then the real clock again.
        const EnergySnapshot future = snapshot(nowMs + 3650 * DayMs, 1, 1, 1, 1);
        store.append(future);
        const QList<EnergySnapshot> after =
            constantSamples(nowMs + MinuteMs, nowMs + 10 * MinuteMs, MinuteMs, 700, 700, 0, 0);
        appendAll(store, after);
        QVERIFY(store.flush());
        QCOMPARE(store.droppedSampleCount(), 0);
        QCOMPARE(store.rawSampleCount(), real.size() + 1 + after.size());
        QCOMPARE(store.lastSampleMs(), future.timestampMs);
        real += after;
        real.append(future);
        QCOMPARE(store.rawSamples(0, future.timestampMs + 1), real);
        QCOMPARE(compareBuckets(readBuckets(path, HistoryTier::Minute), expectedBuckets(real, MinuteMs)),
                 QString());
        QVERIFY(fuzzyEqual(store.energyBetween(nowMs - 2 * DayMs, nowMs + HourMs).pvWh,
                           700.0 * (48 + 10.0 / 60)));
    }

    void retentionPrunesRawKeepsRollupsAndDailyEnergy()
    {
        const QString path = newPath();
        HistoryStore store;
        QCOMPARE(store.rawRetentionDays(), HistoryStore::DefaultRawRetentionDays);
        QVERIFY(store.open(path));
        // 15 days of 500 W, one sample a minute.
        const qint64 endMs = BaseMs + 15 * DayMs - MinuteMs;
        appendAll(store, constantSamples(BaseMs, endMs, MinuteMs, 500, 500, 0, 0));
        QVERIFY(store.flush());

        const qint64 horizonMs = endMs - 10 * DayMs - (endMs - 10 * DayMs) % HourMs;
        QCOMPARE(store.rawPrunedBeforeMs(), horizonMs);
        QCOMPARE(store.rawSamples(0, endMs + 1).constFirst().timestampMs, horizonMs);
        QCOMPARE(store.rawSampleCount(), (endMs - horizonMs) / MinuteMs + 1);
        QCOMPARE(store.firstSampleMs(), BaseMs); // its minute survives
        QCOMPARE(store.lastSampleMs(), endMs);

        const QList<DailyEnergy> days = store.dailyEnergy(QDate(2024, 3, 1), QDate(2024, 3, 14), QTimeZone::utc());
        QCOMPARE(days.size(), 14);
        for (const DailyEnergy &day : days)
            QVERIFY2(sameEnergy(day.totals, {12000, 12000, 0, 0, 0, 0}), qPrintable(day.day.toString()));
        QVERIFY(fuzzyEqual(days.constFirst().totals.autarkyPercent(), 100.0));

        // Shorter retention prunes at once, rollups untouched.
        store.setRawRetentionDays(2);
        QCOMPARE(store.rawRetentionDays(), 2);
        QVERIFY(store.flush());
        const qint64 shortHorizonMs = endMs - 2 * DayMs - (endMs - 2 * DayMs) % HourMs;
        QCOMPARE(store.rawPrunedBeforeMs(), shortHorizonMs);
        QCOMPARE(store.rawSamples(0, endMs + 1).constFirst().timestampMs, shortHorizonMs);
        QVERIFY(sameDays(store.dailyEnergy(QDate(2024, 3, 1), QDate(2024, 3, 14), QTimeZone::utc()), days));

        // Late samples: within the raw history they are taken, before it they are dropped.
        const qint64 droppedBefore = store.droppedSampleCount();
        const qint64 countBefore = store.rawSampleCount();
        store.append(snapshot(endMs - DayMs + 30 * SecondMs, 500, 500, 0, 0));
        store.append(snapshot(endMs - 3 * DayMs + 30 * SecondMs, 5000, 5000, 0, 0));
        QVERIFY(store.flush());
        QCOMPARE(store.droppedSampleCount(), droppedBefore + 1);
        QCOMPARE(store.rawSampleCount(), countBefore + 1);
        QVERIFY(sameDays(store.dailyEnergy(QDate(2024, 3, 1), QDate(2024, 3, 14), QTimeZone::utc()), days));

        // The horizon and the rollups survive a restart.
        store.close();
        QVERIFY(store.open(path));
        QCOMPARE(store.rawPrunedBeforeMs(), shortHorizonMs);
        QVERIFY(sameDays(store.dailyEnergy(QDate(2024, 3, 1), QDate(2024, 3, 14), QTimeZone::utc()), days));
    }

    void tierFollowsColumnWidth()
    {
        QCOMPARE(HistoryStore::tierFor(0, 1000 * MinuteMs - 1, 1000), HistoryTier::Raw);
        QCOMPARE(HistoryStore::tierFor(0, 1000 * MinuteMs, 1000), HistoryTier::Minute);
        QCOMPARE(HistoryStore::tierFor(0, 1000 * TenMinuteMs - 1, 1000), HistoryTier::Minute);
        QCOMPARE(HistoryStore::tierFor(0, 1000 * TenMinuteMs, 1000), HistoryTier::TenMinutes);
        QCOMPARE(HistoryStore::tierFor(0, 1000 * HourMs - 1, 1000), HistoryTier::TenMinutes);
        QCOMPARE(HistoryStore::tierFor(0, 1000 * HourMs, 1000), HistoryTier::Hour);
        QCOMPARE(HistoryStore::tierFor(0, HourMs - 1, 0), HistoryTier::TenMinutes); // 0 px is one column
        QCOMPARE(HistoryStore::tierFor(0, HourMs, 0), HistoryTier::Hour);
        // From an hour to a year: no more than ten rollup rows per column, or — for columns wider
        // than ten hours (a year narrower than 876 px) — no more than a year of hours.
        for (int width : {300, 876, 1000, 1920, 3840}) {
            for (qint64 spanMs : {HourMs, 6 * HourMs, DayMs, 7 * DayMs, 30 * DayMs, 90 * DayMs, 365 * DayMs}) {
                const HistoryTier tier = HistoryStore::tierFor(0, spanMs, width);
                const qint64 rows = tier == HistoryTier::Raw ? 0 : spanMs / HistorySchema::bucketMs(tier);
                QVERIFY2(rows <= qMax<qint64>(qint64(HistoryStore::MaxRowsPerColumn) * width, 365 * 24),
                         qPrintable(u"%1 px, %2 h: %3 rows of %4"_s.arg(width)
                                        .arg(spanMs / HourMs)
                                        .arg(rows)
                                        .arg(historyTierName(tier))));
            }
        }

        const QString path = newPath();
        HistoryStore store;
        QVERIFY(store.open(path));
        const qint64 endMs = BaseMs + 15 * DayMs;
        appendAll(store, constantSamples(BaseMs, endMs, 30 * SecondMs, 800, 300, -500, 0));
        QVERIFY(store.flush());

        SeriesResult r = store.series(endMs - HourMs, endMs, 1000);
        QCOMPARE(r.tier, HistoryTier::Raw);
        QCOMPARE(r.series.keys(), allSeriesKinds());
        QCOMPARE(r.series.value(SeriesKind::Pv).size(), 120); // one point per raw sample
        r = store.series(endMs - DayMs, endMs, 1000);
        QCOMPARE(r.tier, HistoryTier::Minute);
        r = store.series(endMs - 7 * DayMs, endMs, 1000);
        QCOMPARE(r.tier, HistoryTier::TenMinutes);
        QCOMPARE(r.series.value(SeriesKind::Pv).size(), 7 * 24 * 6); // constant: one point a bucket
        r = store.series(BaseMs, endMs, 100, {SeriesKind::Soc});
        QCOMPARE(r.tier, HistoryTier::Hour);
        QCOMPARE(r.series.keys(), QList<SeriesKind>{SeriesKind::Soc});
        QVERIFY(!r.series.value(SeriesKind::Soc).isEmpty());
        // Raw samples of day 2 are pruned: the minutes stand in, each the mean of its two
        // samples (-500 W, neither their sum nor a second point).
        r = store.series(BaseMs + DayMs, BaseMs + DayMs + HourMs, 1000);
        QCOMPARE(r.tier, HistoryTier::Minute);
        QList<SeriesPoint> minutes;
        for (qint64 t = BaseMs + DayMs; t < BaseMs + DayMs + HourMs; t += MinuteMs)
            minutes.append({t, -500});
        QCOMPARE(r.series.value(SeriesKind::Grid), minutes);
        // Empty and reversed ranges are empty, not errors.
        QVERIFY(store.series(endMs, endMs, 1000).series.value(SeriesKind::Pv).isEmpty());
        QVERIFY(store.series(endMs + DayMs, endMs + 2 * DayMs, 1000).series.value(SeriesKind::Pv).isEmpty());
    }

    void denseRawSamplesGiveWayToMinutes()
    {
        HistoryStore store;
        QVERIFY(store.open(newPath()));
        // A simulator recorded at one sample a second for three hours.
        appendAll(store, constantSamples(BaseMs, BaseMs + 3 * HourMs - SecondMs, SecondMs, 1000, 500, -500, 0));
        QVERIFY(store.flush());
        // An hour: 3.6 samples a column, read raw (constant: a column's first and last remain).
        SeriesResult r = store.series(BaseMs, BaseMs + HourMs, 1000);
        QCOMPARE(r.tier, HistoryTier::Raw);
        QCOMPARE(r.series.value(SeriesKind::Pv).size(), 2000);
        // Three hours: columns of 10.8 s would be fed 10.8 samples each; the minutes stand in.
        QCOMPARE(HistoryStore::tierFor(BaseMs, BaseMs + 3 * HourMs, 1000), HistoryTier::Raw);
        r = store.series(BaseMs, BaseMs + 3 * HourMs, 1000);
        QCOMPARE(r.tier, HistoryTier::Minute);
        QCOMPARE(r.series.value(SeriesKind::Pv).size(), 180);
        // 1,100 px: 9.8 a column, raw again.
        QCOMPARE(store.series(BaseMs, BaseMs + 3 * HourMs, 1100).tier, HistoryTier::Raw);
    }

    void versionOneFileIsUpgraded()
    {
        const QString path = newPath();
        // About two days; raw samples of the first 26 hours pruned (their rollups stay).
        const QList<EnergySnapshot> samples = randomSamples(31, BaseMs + 3 * SecondMs, 8000);
        const qint64 prunedBeforeMs = BaseMs + 26 * HourMs;
        QVERIFY(samples.constLast().timestampMs > prunedBeforeMs + 12 * HourMs);
        QVERIFY(writeVersionOneFile(path, samples, prunedBeforeMs));
        {
            SideConnection side(path, u"QSQLITE_OPEN_READONLY"_s);
            QCOMPARE(side.scalar(u"PRAGMA user_version"_s).toInt(), 1);
        }

        // While another process holds the write lock the upgrade cannot run: refused for now,
        // the file left as it was.
        {
            const QByteArray before = sha256(path);
            SideConnection locker(path);
            QVERIFY(locker.exec(u"BEGIN IMMEDIATE"_s));
            HistoryStore store;
            QString error;
            QVERIFY(!store.open(path, &error));
            QVERIFY2(error.contains(u"cannot upgrade it from schema version 1"_s) && error.contains(u"locked"_s),
                     qPrintable(error));
            QVERIFY(locker.exec(u"ROLLBACK"_s));
            QCOMPARE(sha256(path), before);
        }

        HistoryStore store;
        QString error;
        QTest::ignoreMessage(QtInfoMsg,
                             QRegularExpression(u"upgraded history database .* from schema version 1 to 2"_s));
        QVERIFY2(store.open(path, &error), qPrintable(error));
        {
            SideConnection side(path, u"QSQLITE_OPEN_READONLY"_s);
            QCOMPARE(side.scalar(u"PRAGMA user_version"_s).toInt(), HistorySchema::Version);
        }
        // The ten-minute rollups come from the minutes, pruned stretch included; nothing else
        // changed.
        QCOMPARE(compareBuckets(readBuckets(path, HistoryTier::TenMinutes),
                                expectedBuckets(samples, TenMinuteMs)),
                 QString());
        QCOMPARE(compareBuckets(readBuckets(path, HistoryTier::Minute), expectedBuckets(samples, MinuteMs)),
                 QString());
        QCOMPARE(compareBuckets(readBuckets(path, HistoryTier::Hour), expectedBuckets(samples, HourMs)),
                 QString());
        QCOMPARE(store.rawPrunedBeforeMs(), prunedBeforeMs);
        const qint64 firstMs = samples.constFirst().timestampMs;
        QCOMPARE(store.firstSampleMs(), firstMs - firstMs % MinuteMs); // its minute: raw pruned

        // Series of every span and daily energies work on the upgraded file.
        const SeriesResult week = store.series(BaseMs, BaseMs + 7 * DayMs, 1000);
        QCOMPARE(week.tier, HistoryTier::TenMinutes);
        QCOMPARE(compareSeries(week.series.value(SeriesKind::Grid),
                               expectedSeries(samples, HistoryTier::TenMinutes, SeriesKind::Grid, BaseMs,
                                              BaseMs + 7 * DayMs, 1000)),
                 QString());
        QCOMPARE(store.series(BaseMs, BaseMs + DayMs, 1000).tier, HistoryTier::Minute);
        QCOMPARE(store.series(BaseMs, BaseMs + 90 * DayMs, 1000).tier, HistoryTier::Hour);
        QMap<QDate, EnergyTotals> expectedDays;
        const QMap<qint64, EnergyTotals> minutes = EnergyIntegrator::integrate(completePowerSamples(samples));
        for (auto it = minutes.cbegin(); it != minutes.cend(); ++it)
            expectedDays[QDateTime::fromMSecsSinceEpoch(it.key(), QTimeZone::utc()).date()] += it.value();
        const QList<DailyEnergy> days = store.dailyEnergy(QDate(2024, 2, 1), QDate(2024, 4, 1), QTimeZone::utc());
        QCOMPARE(days.size(), expectedDays.size());
        for (const DailyEnergy &day : days)
            QVERIFY2(sameEnergy(day.totals, expectedDays.value(day.day), 1e-9), qPrintable(day.day.toString()));

        // Recording goes on: every tier keeps agreeing with all samples, also after a reopen.
        const QList<EnergySnapshot> more = randomSamples(32, samples.constLast().timestampMs, 1500);
        appendAll(store, more);
        QVERIFY(store.flush());
        const QList<EnergySnapshot> all = samples + more;
        for (const auto &[tier, bucketMs] : {std::pair{HistoryTier::Minute, MinuteMs},
                                             std::pair{HistoryTier::TenMinutes, TenMinuteMs},
                                             std::pair{HistoryTier::Hour, HourMs}})
            QCOMPARE(compareBuckets(readBuckets(path, tier), expectedBuckets(all, bucketMs)), QString());
        store.close();
        QVERIFY(store.open(path));
        const qsizetype pruned = std::count_if(samples.cbegin(), samples.cend(), [&](const EnergySnapshot &s) {
            return s.timestampMs < prunedBeforeMs;
        });
        QCOMPARE(store.rawSampleCount(), all.size() - pruned);
        QCOMPARE(compareBuckets(readBuckets(path, HistoryTier::TenMinutes), expectedBuckets(all, TenMinuteMs)),
                 QString());
    }

    void thirtyDaySeriesKeepsExtremes()
    {
        const QString path = newPath();
        HistoryStore store;
        QVERIFY(store.open(path));
        QRandomGenerator rng(42);
        const qint64 stepMs = 10 * SecondMs;
        const qint64 count = 30 * DayMs / stepMs;
        std::array<double, 5> maxima;
        std::array<double, 5> minima;
        maxima.fill(-qInf());
        minima.fill(qInf());
        const qint64 spikeAt = rng.bounded(count);
        const qint64 dipAt = rng.bounded(count);
        QList<PowerSample> powers;
        powers.reserve(count);
        QElapsedTimer fill;
        fill.start();
        for (qint64 i = 0; i < count; ++i) {
            const qint64 t = BaseMs + i * stepMs;
            const double dayPhase = double(t % DayMs) / DayMs;
            double pv = std::max(0.0, std::sin((dayPhase - 0.25) * 2 * std::numbers::pi)) * 7000
                        + rng.bounded(300.0);
            double house = 300 + rng.bounded(2500.0);
            const double battery = rng.bounded(4000.0) - 2000;
            double grid = house - pv + battery;
            if (i == spikeAt)
                pv = 12345.625;
            if (i == dipAt)
                grid = -9876.5;
            const double soc = 5 + rng.bounded(90.0);
            const std::array<double, 5> values{pv, house, grid, battery, soc};
            for (int k = 0; k < 5; ++k) {
                maxima[k] = std::max(maxima[k], values[k]);
                minima[k] = std::min(minima[k], values[k]);
            }
            store.append(snapshot(t, pv, house, grid, battery, soc));
            powers.append({t, pv, house, grid, battery});
        }
        QVERIFY(store.flush());
        qInfo() << "30 days of 10 s samples written in" << fill.elapsed() << "ms";
        QCOMPARE(store.droppedSampleCount(), 0);
        QCOMPARE(maxima[0], 12345.625);
        QCOMPARE(minima[2], -9876.5);

        const qint64 endMs = BaseMs + 30 * DayMs;
        QElapsedTimer query;
        query.start();
        const SeriesResult r = store.series(BaseMs, endMs, 1000);
        qInfo() << "30-day series at 1000 px:" << query.elapsed() << "ms";
        QCOMPARE(r.tier, HistoryTier::TenMinutes);
        const QList<SeriesKind> kinds = allSeriesKinds();
        for (int k = 0; k < 5; ++k) {
            const QList<SeriesPoint> points = r.series.value(kinds[k]);
            QVERIFY2(points.size() <= 4000, qPrintable(QString::number(points.size())));
            QVERIFY2(points.size() >= 1000, qPrintable(QString::number(points.size())));
            QVERIFY2(containsValue(points, maxima[k]), qPrintable(seriesKindName(kinds[k])));
            QVERIFY2(containsValue(points, minima[k]), qPrintable(seriesKindName(kinds[k])));
            QVERIFY(std::is_sorted(points.cbegin(), points.cend(),
                                   [](const SeriesPoint &a, const SeriesPoint &b) { return a.timeMs < b.timeMs; }));
        }
        // A year wide (hour rollups), a week (ten minutes) and one day (minutes, raw pruned) keep
        // them as well.
        const SeriesResult year = store.series(endMs - 365 * DayMs, endMs, 1000);
        QCOMPARE(year.tier, HistoryTier::Hour);
        QVERIFY(containsValue(year.series.value(SeriesKind::Pv), 12345.625));
        QVERIFY(containsValue(year.series.value(SeriesKind::Grid), -9876.5));
        const SeriesResult week = store.series(BaseMs + spikeAt * stepMs - 3 * DayMs,
                                               BaseMs + spikeAt * stepMs + 4 * DayMs, 1000);
        QCOMPARE(week.tier, HistoryTier::TenMinutes);
        QVERIFY(containsValue(week.series.value(SeriesKind::Pv), 12345.625));
        const qint64 spikeDayMs = BaseMs + spikeAt * stepMs - (spikeAt * stepMs) % DayMs;
        QVERIFY(containsValue(store.series(spikeDayMs, spikeDayMs + DayMs, 1000).series.value(SeriesKind::Pv),
                              12345.625));

        // Energy over the batches (50,000 samples each) equals one integration of everything.
        const QMap<qint64, EnergyTotals> minutes = EnergyIntegrator::integrate(powers);
        EnergyTotals expected;
        for (const EnergyTotals &e : minutes)
            expected += e;
        const EnergyTotals stored = store.energyBetween(BaseMs, endMs);
        QVERIFY2(sameEnergy(stored, expected, 1e-9),
                 QByteArray(describe(stored) + " vs " + describe(expected)).constData());
    }

    void dailyEnergyOfConstantAndRampPowers()
    {
        HistoryStore store;
        QVERIFY(store.open(newPath()));
        const qint64 day = BaseMs;
        QList<EnergySnapshot> samples;
        // 10:00–12:00 PV 1 kW, house 500 W, 500 W exported.
        samples += constantSamples(day + 10 * HourMs, day + 12 * HourMs, 10 * SecondMs, 1000, 500, -500, 0);
        // 13:00–14:00 house ramps 0 → 3600 W, all imported (the trapezoid is exact on a line).
        for (qint64 t = 0; t <= HourMs; t += 10 * SecondMs) {
            const double house = 3600.0 * double(t) / HourMs;
            samples.append(snapshot(day + 13 * HourMs + t, 0, house, house, 0));
        }
        // 15:00–15:30 charging 2 kW from the grid, 16:00–16:30 discharging 1 kW into the house.
        samples += constantSamples(day + 15 * HourMs, day + 15 * HourMs + 30 * MinuteMs, 10 * SecondMs, 0, 0, 2000, 2000);
        samples += constantSamples(day + 16 * HourMs, day + 16 * HourMs + 30 * MinuteMs, 10 * SecondMs, 0, 1000, 0, -1000);
        appendAll(store, samples);
        QVERIFY(store.flush());

        const EnergyTotals expected{2000, 1000 + 1800 + 500, 1800 + 1000, 1000, 1000, 500};
        const QList<DailyEnergy> days = store.dailyEnergy(QDate(2024, 2, 28), QDate(2024, 3, 5), QTimeZone::utc());
        QCOMPARE(days.size(), 1);
        QCOMPARE(days.constFirst().day, QDate(2024, 3, 1));
        QVERIFY2(sameEnergy(days.constFirst().totals, expected, 1e-9), describe(days.constFirst().totals).constData());
        QVERIFY(fuzzyEqual(days.constFirst().totals.autarkyPercent(), expected.autarkyPercent()));
        QVERIFY(fuzzyEqual(days.constFirst().totals.autarkyPercent(), 100.0 * (1 - 2800.0 / 3300.0)));
        QVERIFY(fuzzyEqual(days.constFirst().totals.selfConsumptionPercent(), 50.0));
        // Sub-ranges from the minutes: exactly the first hour of PV.
        QVERIFY(fuzzyEqual(store.energyBetween(day + 10 * HourMs, day + 11 * HourMs).pvWh, 1000.0));
        QVERIFY(fuzzyEqual(store.energyBetween(day + 10 * HourMs + 30 * MinuteMs,
                                               day + 11 * HourMs + 15 * MinuteMs)
                               .pvWh,
                           750.0));
        QVERIFY(store.dailyEnergy(QDate(2024, 3, 5), QDate(2024, 3, 1), QTimeZone::utc()).isEmpty());
    }

    void dailyEnergyFollowsLocalDaysAcrossDst()
    {
        const QTimeZone berlin("Europe/Berlin");
        QVERIFY(berlin.isValid());
        HistoryStore store;
        QVERIFY(store.open(newPath()));
        // 1 kW around the clock over the spring-forward and the fall-back weekends.
        const qint64 springFrom = QDate(2024, 3, 30).startOfDay(berlin).toMSecsSinceEpoch();
        const qint64 springTo = QDate(2024, 4, 2).startOfDay(berlin).toMSecsSinceEpoch();
        const qint64 autumnFrom = QDate(2024, 10, 26).startOfDay(berlin).toMSecsSinceEpoch();
        const qint64 autumnTo = QDate(2024, 10, 29).startOfDay(berlin).toMSecsSinceEpoch();
        appendAll(store, constantSamples(springFrom, springTo, MinuteMs, 1000, 1000, 1000, 0));
        appendAll(store, constantSamples(autumnFrom, autumnTo, MinuteMs, 1000, 1000, 1000, 0));
        QVERIFY(store.flush());

        const QList<DailyEnergy> local = store.dailyEnergy(QDate(2024, 1, 1), QDate(2024, 12, 31), berlin);
        // The last sample, at local midnight, opens a day of its own with no energy.
        const QList<std::pair<QDate, double>> expected = {
            {QDate(2024, 3, 30), 24000}, {QDate(2024, 3, 31), 23000}, {QDate(2024, 4, 1), 24000},
            {QDate(2024, 4, 2), 0},      {QDate(2024, 10, 26), 24000}, {QDate(2024, 10, 27), 25000},
            {QDate(2024, 10, 28), 24000}, {QDate(2024, 10, 29), 0}};
        QCOMPARE(local.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QCOMPARE(local[i].day, expected[i].first);
            QVERIFY2(fuzzyEqual(local[i].totals.pvWh, expected[i].second),
                     qPrintable(u"%1: %2"_s.arg(local[i].day.toString(Qt::ISODate))
                                    .arg(local[i].totals.pvWh)));
            QVERIFY(fuzzyEqual(local[i].totals.gridImportWh, expected[i].second));
        }
        // The same energy cut at UTC midnights: Berlin is one hour ahead in March.
        const QList<DailyEnergy> utc = store.dailyEnergy(QDate(2024, 3, 29), QDate(2024, 4, 2), QTimeZone::utc());
        QCOMPARE(utc.size(), 4);
        QCOMPARE(utc[0].day, QDate(2024, 3, 29));
        QVERIFY(fuzzyEqual(utc[0].totals.pvWh, 1000));
        QVERIFY(fuzzyEqual(utc[1].totals.pvWh, 24000));
        QVERIFY(fuzzyEqual(utc[2].totals.pvWh, 24000));
        QVERIFY(fuzzyEqual(utc[3].totals.pvWh, 22000));
        // And the minutes' own helper agrees day by day.
        EnergyTotals sum;
        for (const DailyEnergy &day : local)
            sum += day.totals;
        QVERIFY(fuzzyEqual(sum.pvWh, store.energyBetween(springFrom, autumnTo + 1).pvWh));
    }

    void gapsAreNotBridged()
    {
        HistoryStore store;
        QVERIFY(store.open(newPath()));
        QList<EnergySnapshot> samples;
        samples += constantSamples(BaseMs, BaseMs + 10 * MinuteMs, 30 * SecondMs, 1000, 0, 0, -1000);
        // 4 minutes without samples: bridged.
        samples += constantSamples(BaseMs + 14 * MinuteMs, BaseMs + 20 * MinuteMs, 30 * SecondMs, 1000, 0, 0, -1000);
        // 6 minutes without samples: not bridged.
        samples += constantSamples(BaseMs + 26 * MinuteMs, BaseMs + 30 * MinuteMs, 30 * SecondMs, 1000, 0, 0, -1000);
        appendAll(store, samples);
        QVERIFY(store.flush());
        const EnergyTotals totals = store.energyBetween(BaseMs, BaseMs + HourMs);
        QVERIFY2(sameEnergy(totals, {400, 0, 0, 0, 0, 400}), describe(totals).constData());
        // A restart after more than five minutes does not bridge either.
        const QString path = store.path();
        store.close();
        QVERIFY(store.open(path));
        appendAll(store, constantSamples(BaseMs + 40 * MinuteMs, BaseMs + 46 * MinuteMs,
                                         30 * SecondMs, 1000, 0, 0, -1000));
        QVERIFY(store.flush());
        QVERIFY(fuzzyEqual(store.energyBetween(BaseMs, BaseMs + HourMs).pvWh, 500));
    }

    void badFilesAreRefusedUntouched_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("reason");

        const auto add = [&](const char *name, const QString &path, const QString &reason) {
            QTest::newRow(name) << path << reason;
        };
        QString path = newPath();
        writeFile(path, "time,pv_w\n2024-03-01T00:00:00Z,1234\n");
        add("text", path, u"not an SQLite database"_s);

        path = newPath();
        QByteArray random(8192, Qt::Uninitialized);
        QRandomGenerator(3).fillRange(reinterpret_cast<quint32 *>(random.data()), random.size() / 4);
        writeFile(path, random);
        add("random bytes", path, u"not an SQLite database"_s);

        path = newPath();
        writeFile(path, QByteArray("SQLite format 3\0", 16) + random);
        add("magic then noise", path, u"damaged"_s);

        const QString valid = makeValidFile();
        QVERIFY(!valid.isEmpty());
        QVERIFY(!QFileInfo::exists(valid + u"-wal"_s));
        QFile validFile(valid);
        QVERIFY(validFile.open(QIODevice::ReadOnly));
        const QByteArray bytes = validFile.readAll();
        QVERIFY(bytes.size() >= 8 * 4096);

        path = newPath();
        writeFile(path, bytes.left(50));
        add("truncated in the header", path, u"truncated"_s);
        path = newPath();
        writeFile(path, bytes.left(bytes.size() / 4096 / 2 * 4096));
        add("truncated to half its pages", path, u"truncated"_s);
        path = newPath();
        writeFile(path, bytes.left(3 * 4096 + 100));
        add("truncated inside a page", path, u"truncated"_s);

        path = newPath();
        {
            SideConnection side(path);
            QVERIFY(side.exec(u"CREATE TABLE contacts (name TEXT, phone TEXT)"_s));
            QVERIFY(side.exec(u"INSERT INTO contacts VALUES ('Ada', '123')"_s));
        }
        add("foreign tables", path, u"another application"_s);

        path = newPath();
        {
            SideConnection side(path);
            QVERIFY(side.exec(u"PRAGMA application_id = 1234"_s));
        }
        add("foreign application id", path, u"another application"_s);

        path = newPath();
        QVERIFY(QFile::copy(valid, path));
        {
            SideConnection side(path);
            QVERIFY(side.exec(u"PRAGMA user_version = 99"_s));
        }
        add("newer schema", path, u"newer"_s);

        path = newPath();
        QVERIFY(QFile::copy(valid, path));
        {
            SideConnection side(path);
            QVERIFY(side.exec(u"DROP TABLE hour_rollup"_s));
        }
        add("our id, tables missing", path, u"missing or damaged"_s);

        path = newPath();
        QVERIFY(QFile::copy(valid, path));
        {
            SideConnection side(path);
            QVERIFY(side.exec(u"DROP TABLE ten_minute_rollup"_s));
        }
        add("version 2 without ten-minute rollups", path, u"missing or damaged"_s);

        add("a directory", m_dir.path(), u"directory"_s);
    }

    void badFilesAreRefusedUntouched()
    {
        QFETCH(QString, path);
        QFETCH(QString, reason);
        QVERIFY(!QFileInfo::exists(path + u"-wal"_s));
        const QByteArray before = QFileInfo(path).isDir() ? QByteArray() : sha256(path);
        const qint64 sizeBefore = QFileInfo(path).size();

        HistoryStore store;
        QSignalSpy failed(&store, &HistoryStore::writeFailed);
        QString error;
        QVERIFY(!store.open(path, &error));
        QVERIFY(!store.isOpen());
        QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
        QVERIFY2(error.contains(reason), qPrintable(error));
        QVERIFY(!error.contains(u'\n'));
        QCOMPARE(QFileInfo(path).size(), sizeBefore);
        if (!QFileInfo(path).isDir())
            QCOMPARE(sha256(path), before);
        // The store stays usable: reads are empty, appends ignored, and a good file opens.
        store.append(snapshot(BaseMs, 1, 1, 1, 1));
        QVERIFY(store.rawSamples(0, BaseMs + DayMs).isEmpty());
        QVERIFY(store.series(BaseMs, BaseMs + DayMs, 100).series.value(SeriesKind::Pv).isEmpty());
        QVERIFY(!store.flush());
        QVERIFY(store.open(newPath(), &error));
        QCOMPARE(failed.size(), 0);
    }

    void newAndEmptyFilesAreInitialised()
    {
        const QString nested = m_dir.filePath(u"not/yet/there/history.sqlite"_s);
        const QString empty = newPath();
        writeFile(empty, {});
        const QString emptySqlite = newPath();
        {
            SideConnection side(emptySqlite);
            QVERIFY(side.exec(u"CREATE TABLE t (x)"_s));
            QVERIFY(side.exec(u"DROP TABLE t"_s));
        }
        QVERIFY(QFileInfo(emptySqlite).size() > 0);

        for (const QString &path : {nested, empty, emptySqlite}) {
            {
                HistoryStore store;
                QString error;
                QVERIFY2(store.open(path, &error), qPrintable(error));
                store.append(snapshot(BaseMs, 1, 2, 3, 4));
                QVERIFY(store.flush());
            }
            SideConnection side(path, u"QSQLITE_OPEN_READONLY"_s);
            QCOMPARE(side.scalar(u"PRAGMA application_id"_s).toLongLong(), qint64(HistorySchema::ApplicationId));
            QCOMPARE(side.scalar(u"PRAGMA user_version"_s).toInt(), HistorySchema::Version);
            QCOMPARE(side.scalar(u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
            QCOMPARE(side.scalar(u"SELECT count(*) FROM sample"_s).toInt(), 1);
        }
    }

    void flushAndCommitCadence()
    {
        HistoryStore store;
        QString error;
        QVERIFY(!store.flush(&error));
        QVERIFY(!error.isEmpty());
        store.append(snapshot(BaseMs, 1, 1, 1, 1)); // closed: ignored
        QVERIFY(store.open(newPath()));
        QVERIFY(store.flush()); // nothing queued
        QSignalSpy written(&store, &HistoryStore::batchWritten);
        appendAll(store, constantSamples(BaseMs, BaseMs + 999 * SecondMs, SecondMs, 1, 2, 3, 4));
        QVERIFY(store.flush());
        QCOMPARE(store.rawSampleCount(), 1000); // visible to the reading connection at once

        // Without flush the writer commits on its own within about a second.
        QTRY_COMPARE_WITH_TIMEOUT(written.size(), 1, 2000);
        QCOMPARE(lastReported(written), BaseMs + 999 * SecondMs);
        QElapsedTimer timer;
        timer.start();
        store.append(snapshot(BaseMs + 1000 * SecondMs, 1, 2, 3, 4));
        QTRY_COMPARE_WITH_TIMEOUT(lastReported(written), BaseMs + 1000 * SecondMs, 3000);
        QVERIFY2(timer.elapsed() < 1500, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(store.rawSampleCount(), 1001);

        // close() commits what is queued.
        const QString path = store.path();
        store.append(snapshot(BaseMs + 1001 * SecondMs, 1, 2, 3, 4));
        store.close();
        QVERIFY(store.open(path));
        QCOMPARE(store.rawSampleCount(), 1002);
    }

    void appendNeverWaitsForTheDisk()
    {
        const QString path = newPath();
        HistoryStore store;
        QVERIFY(store.open(path));
        // Another process holds the write lock: the writer is stuck in its busy wait, and
        // appends go on at queue speed regardless.
        SideConnection locker(path);
        QVERIFY(locker.exec(u"BEGIN IMMEDIATE"_s));
        store.append(snapshot(BaseMs, 1, 1, 1, 1));
        // A flush from another thread puts the writer to work (and into the lock's busy wait).
        std::thread flusher([&store] { store.flush(); });

        constexpr int Count = 20000;
        QList<qint64> costsNs;
        costsNs.reserve(Count);
        QElapsedTimer timer;
        for (int i = 1; i <= Count; ++i) {
            const EnergySnapshot s = snapshot(BaseMs + i * SecondMs, 1000, 800, -200, 0, 50, 14, u"LADEN"_s);
            timer.start();
            store.append(s);
            costsNs.append(timer.nsecsElapsed());
        }
        std::sort(costsNs.begin(), costsNs.end());
        const qint64 totalNs = std::accumulate(costsNs.cbegin(), costsNs.cend(), qint64(0));
        qInfo() << "append: median" << costsNs[Count / 2] << "ns, p99" << costsNs[Count * 99 / 100]
                << "ns, mean" << totalNs / Count << "ns, max" << costsNs.constLast() << "ns";
        QVERIFY2(costsNs[Count / 2] < 20'000, qPrintable(QString::number(costsNs[Count / 2])));
        QVERIFY2(totalNs / Count < 50'000, qPrintable(QString::number(totalNs / Count)));

        QVERIFY(locker.exec(u"COMMIT"_s));
        flusher.join();
        QVERIFY(store.flush());
        QCOMPARE(store.rawSampleCount(), Count + 1);
    }

    void lockedDatabaseReportsAndRetries()
    {
        const QString path = newPath();
        HistoryStore store;
        QVERIFY(store.open(path));
        QSignalSpy failed(&store, &HistoryStore::writeFailed);
        QSignalSpy written(&store, &HistoryStore::batchWritten);
        {
            SideConnection locker(path);
            QVERIFY(locker.exec(u"BEGIN IMMEDIATE"_s));
            appendAll(store, constantSamples(BaseMs, BaseMs + 9 * SecondMs, SecondMs, 1, 1, 1, 1));
            QString error;
            QVERIFY(!store.flush(&error));
            QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
            QVERIFY2(error.contains(u"locked"_s), qPrintable(error));
            QTRY_VERIFY(failed.size() >= 1);
            QCOMPARE(failed.constFirst().constFirst().toString(), error);
            QCOMPARE(store.rawSampleCount(), 0);
            QVERIFY(locker.exec(u"ROLLBACK"_s));
        }
        // The samples were kept; the writer's retry gets them in without a flush.
        QTRY_COMPARE_WITH_TIMEOUT(store.rawSampleCount(), 10, 10000);
        // batchWritten reaches the store's thread queued, after the commit the reader already saw.
        QTRY_COMPARE_WITH_TIMEOUT(lastReported(written), BaseMs + 9 * SecondMs, 5000);
        QCOMPARE(store.droppedSampleCount(), 0);
        QVERIFY(store.flush());
    }

    void queueIsBoundedWhileWritesFail()
    {
        const QString path = newPath();
        HistoryStore store;
        QVERIFY(store.open(path));
        SideConnection locker(path);
        QVERIFY(locker.exec(u"BEGIN IMMEDIATE"_s));
        store.append(snapshot(BaseMs, 1, 1, 1, 1));
        QVERIFY(!store.flush());
        // Failing: memory stays bounded, the oldest samples go first.
        const int extra = 11;
        for (qint64 i = 1; i < HistoryWriter::MaxQueuedSamples + extra; ++i)
            store.append(snapshot(BaseMs + i * SecondMs, 1, 1, 1, 1));
        QVERIFY(locker.exec(u"ROLLBACK"_s));
        QVERIFY(store.flush());
        QCOMPARE(store.droppedSampleCount(), extra);
        QCOMPARE(store.rawSampleCount(), HistoryWriter::MaxQueuedSamples);
        QCOMPARE(store.firstSampleMs(), BaseMs + extra * SecondMs);
    }

    void killedRecorderLosesAtMostTheLastSecond()
    {
        const QString path = newPath();
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(), {u"--record-child"_s, path});
        QVERIFY(child.waitForStarted());
        qint64 committed = -1;
        qint64 appended = -1;
        QElapsedTimer timer;
        timer.start();
        QByteArray pending;
        // Let it record for about three seconds (several commits), then kill it mid-stream.
        while (appended < 300 && timer.elapsed() < 30000) {
            QVERIFY(child.waitForReadyRead(5000));
            pending += child.readAll();
            qsizetype end;
            while ((end = pending.indexOf('\n')) >= 0) {
                const QByteArray line = pending.left(end);
                pending.remove(0, end + 1);
                if (line.startsWith("committed "))
                    committed = line.mid(10).toLongLong();
                else if (line.startsWith("appended "))
                    appended = line.mid(9).toLongLong();
            }
        }
        child.kill(); // SIGKILL: no close(), no flush
        QVERIFY(child.waitForFinished(5000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        QVERIFY2(committed >= 100, qPrintable(QString::number(committed)));

        HistoryStore store;
        QString error;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        const QList<EnergySnapshot> samples = store.rawSamples(0, BaseMs + DayMs);
        // Whatever was reported committed is there, gap-free from the start; at most the last
        // second or so (100 samples a second; generous for a loaded machine) is missing.
        QVERIFY(samples.size() > committed);
        QVERIFY2(samples.size() >= appended - 200,
                 qPrintable(u"%1 stored, %2 appended"_s.arg(samples.size()).arg(appended)));
        for (qsizetype i = 0; i < samples.size(); ++i)
            QCOMPARE(samples[i].timestampMs, BaseMs + i * SecondMs);
        QCOMPARE(compareBuckets(readBuckets(path, HistoryTier::Minute), expectedBuckets(samples, MinuteMs)),
                 QString());
        // And recording goes on where it stopped, integration included.
        const qint64 nextMs = BaseMs + samples.size() * SecondMs;
        store.append(snapshot(nextMs, 1000, 1000, 0, 0));
        QVERIFY(store.flush());
        QVERIFY(fuzzyEqual(store.energyBetween(BaseMs, nextMs + HourMs).pvWh,
                           1000.0 * double(samples.size()) / 3600.0));
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], "--record-child") == 0)
        return recordChild(QString::fromLocal8Bit(argv[2]));
    TestHistoryStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_historystore.moc"
