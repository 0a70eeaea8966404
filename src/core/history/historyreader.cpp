#include "historyreader.h"

#include "historylogging.h"
#include "historyschema.h"

#include <QSqlError>
#include <QSqlQuery>

#include <atomic>
#include <limits>

using namespace Qt::StringLiterals;

namespace kw::history {

namespace {

constexpr qint64 MinuteMs = HistorySchema::MinuteMs;
constexpr qint64 TenMinuteMs = HistorySchema::TenMinuteMs;
constexpr qint64 HourMs = HistorySchema::HourMs;

bool run(QSqlQuery &query)
{
    if (query.exec())
        return true;
    qCWarning(lcHistory) << "history query failed:" << query.lastError().text() << query.lastQuery();
    return false;
}

// Ends the statement's read (and its snapshot) however the reading code is left.
class Finisher
{
public:
    explicit Finisher(QSqlQuery &query) : m_query(query) {}
    ~Finisher() { m_query.finish(); }
    Finisher(const Finisher &) = delete;
    Finisher &operator=(const Finisher &) = delete;

private:
    QSqlQuery &m_query;
};

std::optional<double> optionalDouble(const QSqlQuery &query, int column)
{
    if (query.isNull(column))
        return std::nullopt;
    return query.value(column).toDouble();
}

// Columns 0–5 of a sample-shaped row: time, PV, house, grid, battery, SOC (NULL: nullopt).
EnergySnapshot timeAndValues(const QSqlQuery &query)
{
    EnergySnapshot snapshot;
    snapshot.timestampMs = query.value(0).toLongLong();
    snapshot.pvW = optionalDouble(query, 1);
    snapshot.houseW = optionalDouble(query, 2);
    snapshot.gridW = optionalDouble(query, 3);
    snapshot.batteryW = optionalDouble(query, 4);
    snapshot.socPercent = optionalDouble(query, 5);
    return snapshot;
}

// Floor and ceiling on a grid of `stepMs` for any time, negative ones included.
qint64 floorTo(qint64 timeMs, qint64 stepMs)
{
    const qint64 rest = timeMs % stepMs;
    return rest < 0 ? timeMs - rest - stepMs : timeMs - rest;
}

qint64 ceilTo(qint64 timeMs, qint64 stepMs)
{
    const qint64 floor = floorTo(timeMs, stepMs);
    return floor == timeMs ? timeMs : floor + stepMs;
}

} // namespace

HistoryReader::HistoryReader(const QString &connectionName)
    : m_connectionName(connectionName)
{
}

HistoryReader::~HistoryReader()
{
    m_statements.clear(); // prepared statements go before their connection
    QSqlDatabase::database(m_connectionName, false).close();
    QSqlDatabase::removeDatabase(m_connectionName);
}

std::unique_ptr<HistoryReader> HistoryReader::open(const QString &path, QString *error)
{
    // Connection names are process-wide; readers may be opened on several threads at once.
    static std::atomic<int> counter{0};
    const QString name = u"kw.history.reader.%1"_s.arg(counter.fetch_add(1) + 1);
    if (!HistorySchema::openForReading(path, name, error))
        return nullptr;
    return std::make_unique<HistoryReader>(name);
}

QSqlDatabase HistoryReader::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QSqlQuery *HistoryReader::prepared(const QString &sql) const
{
    std::shared_ptr<QSqlQuery> &query = m_statements[sql];
    if (!query) {
        auto created = std::make_shared<QSqlQuery>(database());
        created->setForwardOnly(true);
        if (!created->prepare(sql)) {
            qCWarning(lcHistory) << "cannot prepare history query:" << created->lastError().text() << sql;
            m_statements.remove(sql);
            return nullptr;
        }
        query = std::move(created);
    }
    return query.get();
}

QMap<SeriesKind, QList<SeriesRow>> HistoryReader::rows(HistoryTier tier, qint64 fromMs, qint64 toMs,
                                                      const QList<SeriesKind> &kinds) const
{
    QMap<SeriesKind, QList<SeriesRow>> result;
    if (kinds.isEmpty() || toMs <= fromMs)
        return result;
    const bool raw = tier == HistoryTier::Raw;
    QStringList columns;
    for (SeriesKind kind : kinds) {
        if (raw)
            columns.append(HistorySchema::rawColumn(kind));
        else
            columns.append(u"%1_min, %1_sum / %1_n, %1_max"_s.arg(HistorySchema::rollupPrefix(kind)));
    }
    QSqlQuery *query = prepared(u"SELECT t_ms, %1 FROM %2 WHERE t_ms >= ? AND t_ms < ? ORDER BY t_ms"_s.arg(
        columns.join(u", "_s), HistorySchema::rollupTable(tier)));
    if (!query)
        return result;
    const Finisher finisher(*query);
    query->bindValue(0, fromMs);
    query->bindValue(1, toMs);
    if (!run(*query))
        return result;

    QList<QList<SeriesRow>> lists(kinds.size());
    if (!raw) {
        // Rollup rows are at most one per bucket: reserving spares the regrowth of ~40k rows.
        const qint64 expected = qMin<qint64>((toMs - fromMs) / HistorySchema::bucketMs(tier) + 1, 1'000'000);
        for (QList<SeriesRow> &list : lists)
            list.reserve(expected);
    }
    // Each value() is a QVariant copy through QSqlResult; one per cell, NULL read off it.
    const int kindCount = int(kinds.size());
    while (query->next()) {
        const qint64 timeMs = query->value(0).toLongLong();
        for (int k = 0; k < kindCount; ++k) {
            if (raw) {
                const QVariant value = query->value(1 + k);
                if (value.isNull())
                    continue;
                const double v = value.toDouble();
                lists[k].append({timeMs, v, v, v});
            } else {
                const int column = 1 + 3 * k;
                const QVariant min = query->value(column);
                if (min.isNull())
                    continue;
                lists[k].append({timeMs, min.toDouble(), query->value(column + 1).toDouble(),
                                 query->value(column + 2).toDouble()});
            }
        }
    }
    for (int k = 0; k < kindCount; ++k)
        result.insert(kinds[k], std::move(lists[k]));
    return result;
}

std::optional<qint64> HistoryReader::scalar(const QString &sql, std::optional<qint64> from,
                                            std::optional<qint64> to) const
{
    QSqlQuery *query = prepared(sql);
    if (!query)
        return std::nullopt;
    const Finisher finisher(*query);
    if (from)
        query->bindValue(0, *from);
    if (to)
        query->bindValue(1, *to);
    if (!run(*query) || !query->next() || query->isNull(0))
        return std::nullopt;
    return query->value(0).toLongLong();
}

qint64 HistoryReader::rawPrunedBeforeMs() const
{
    return scalar(u"SELECT value FROM meta WHERE key = 'raw_pruned_before_ms'"_s).value_or(0);
}

qint64 HistoryReader::samplesCountedBetween(qint64 fromMs, qint64 toMs) const
{
    if (toMs <= fromMs)
        return 0;
    return scalar(u"SELECT total(n) FROM minute_rollup WHERE t_ms >= ? AND t_ms < ?"_s,
                  floorTo(fromMs, MinuteMs), toMs)
        .value_or(0);
}

EnergyTotals HistoryReader::sumEnergies(HistoryTier tier, qint64 fromMs, qint64 toMs,
                                        bool *hasData) const
{
    EnergyTotals totals;
    if (toMs <= fromMs)
        return totals;
    QStringList sums;
    for (const QString &column : HistorySchema::energyColumns())
        sums.append(u"total(%1)"_s.arg(column));
    QSqlQuery *query = prepared(u"SELECT count(*), %1 FROM %2 WHERE t_ms >= ? AND t_ms < ?"_s.arg(
        sums.join(u", "_s), HistorySchema::rollupTable(tier)));
    if (!query)
        return totals;
    const Finisher finisher(*query);
    query->bindValue(0, fromMs);
    query->bindValue(1, toMs);
    if (!run(*query) || !query->next())
        return totals;
    if (query->value(0).toLongLong() > 0)
        *hasData = true;
    totals.pvWh = query->value(1).toDouble();
    totals.houseWh = query->value(2).toDouble();
    totals.gridImportWh = query->value(3).toDouble();
    totals.gridExportWh = query->value(4).toDouble();
    totals.batteryChargeWh = query->value(5).toDouble();
    totals.batteryDischargeWh = query->value(6).toDouble();
    return totals;
}

EnergyTotals HistoryReader::energyBetween(qint64 fromMs, qint64 toMs, bool *hasData) const
{
    bool any = false;
    EnergyTotals totals;
    // Recorded minutes start at or after 0; the clamps keep the grid arithmetic from overflowing.
    fromMs = qMax<qint64>(fromMs, 0);
    toMs = qMin(toMs, std::numeric_limits<qint64>::max() - HourMs);
    // Whole hours from the hour rollups (a year is 8,760 rows, not 525,600), whole ten minutes
    // from theirs, the ragged ends from the minutes. All are sums of the same minute energies.
    const qint64 tenFromMs = ceilTo(fromMs, TenMinuteMs);
    const qint64 hourFromMs = ceilTo(fromMs, HourMs);
    const qint64 hourToMs = floorTo(toMs, HourMs);
    const qint64 tenToMs = floorTo(toMs, TenMinuteMs);
    if (hourFromMs < hourToMs) {
        totals += sumEnergies(HistoryTier::Minute, fromMs, tenFromMs, &any);
        totals += sumEnergies(HistoryTier::TenMinutes, tenFromMs, hourFromMs, &any);
        totals += sumEnergies(HistoryTier::Hour, hourFromMs, hourToMs, &any);
        totals += sumEnergies(HistoryTier::TenMinutes, hourToMs, tenToMs, &any);
        totals += sumEnergies(HistoryTier::Minute, tenToMs, toMs, &any);
    } else if (tenFromMs < tenToMs) {
        totals += sumEnergies(HistoryTier::Minute, fromMs, tenFromMs, &any);
        totals += sumEnergies(HistoryTier::TenMinutes, tenFromMs, tenToMs, &any);
        totals += sumEnergies(HistoryTier::Minute, tenToMs, toMs, &any);
    } else {
        totals += sumEnergies(HistoryTier::Minute, fromMs, toMs, &any);
    }
    if (hasData)
        *hasData = any;
    return totals;
}

std::optional<std::pair<qint64, qint64>> HistoryReader::minuteExtent() const
{
    const std::optional<qint64> first = scalar(u"SELECT min(t_ms) FROM minute_rollup"_s);
    const std::optional<qint64> last = scalar(u"SELECT max(t_ms) FROM minute_rollup"_s);
    if (!first || !last)
        return std::nullopt;
    return std::pair{*first, *last};
}

QList<EnergySnapshot> HistoryReader::rawSamples(qint64 fromMs, qint64 toMs) const
{
    QList<EnergySnapshot> samples;
    QSqlQuery *query = prepared(
        u"SELECT s.t_ms, s.pv_w, s.house_w, s.grid_w, s.battery_w, s.soc_pct, s.state_code, t.text "
        "FROM sample AS s LEFT JOIN state_text AS t ON t.code = s.state_code WHERE s.t_ms >= ? "
        "AND s.t_ms < ? ORDER BY s.t_ms"_s);
    if (!query)
        return samples;
    const Finisher finisher(*query);
    query->bindValue(0, fromMs);
    query->bindValue(1, toMs);
    if (!run(*query))
        return samples;
    while (query->next()) {
        EnergySnapshot snapshot = timeAndValues(*query);
        snapshot.stateCode = query->isNull(6) ? -1 : query->value(6).toInt();
        snapshot.stateText = query->value(7).toString();
        samples.append(std::move(snapshot));
    }
    return samples;
}

QList<EnergySnapshot> HistoryReader::minuteMeans(qint64 fromMs, qint64 toMs) const
{
    QList<EnergySnapshot> minutes;
    const QList<SeriesKind> kinds = allSeriesKinds();
    QStringList columns;
    for (SeriesKind kind : kinds)
        columns.append(u"%1_sum / %1_n"_s.arg(HistorySchema::rollupPrefix(kind)));
    // n > 0: minutes that only carry integrated energy (a span bridged between samples) hold no
    // sample of their own.
    QSqlQuery *query = prepared(u"SELECT t_ms, %1 FROM minute_rollup WHERE t_ms >= ? AND t_ms < ? "
                                "AND n > 0 ORDER BY t_ms"_s.arg(columns.join(u", "_s)));
    if (!query)
        return minutes;
    const Finisher finisher(*query);
    query->bindValue(0, fromMs);
    query->bindValue(1, toMs);
    if (!run(*query))
        return minutes;
    while (query->next())
        minutes.append(timeAndValues(*query)); // stateCode stays -1: minutes keep no state
    return minutes;
}

qint64 HistoryReader::rawSampleCount() const
{
    return scalar(u"SELECT count(*) FROM sample"_s).value_or(0);
}

std::optional<qint64> HistoryReader::firstSampleMs() const
{
    // Once raw samples are pruned, the first recorded minute is what is left of the beginning.
    const std::optional<qint64> raw = scalar(u"SELECT min(t_ms) FROM sample"_s);
    const std::optional<qint64> minute = scalar(u"SELECT min(t_ms) FROM minute_rollup WHERE n > 0"_s);
    if (raw && minute && *minute < *raw - *raw % MinuteMs)
        return minute;
    return raw ? raw : minute;
}

std::optional<qint64> HistoryReader::lastSampleMs() const
{
    return scalar(u"SELECT max(t_ms) FROM sample"_s);
}

bool HistoryReader::beginRead()
{
    return database().transaction();
}

void HistoryReader::endRead()
{
    database().commit();
}

} // namespace kw::history
