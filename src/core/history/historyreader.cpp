#include "historyreader.h"

#include "historylogging.h"
#include "historyschema.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace kw::history {

namespace {

constexpr qint64 HourMs = HistorySchema::HourMs;

bool run(QSqlQuery &query)
{
    if (query.exec())
        return true;
    qCWarning(lcHistory) << "history query failed:" << query.lastError().text() << query.lastQuery();
    return false;
}

std::optional<double> optionalDouble(const QSqlQuery &query, int column)
{
    if (query.isNull(column))
        return std::nullopt;
    return query.value(column).toDouble();
}

} // namespace

HistoryReader::HistoryReader(const QString &connectionName)
    : m_connectionName(connectionName)
{
}

HistoryReader::~HistoryReader()
{
    QSqlDatabase::database(m_connectionName, false).close();
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase HistoryReader::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QMap<SeriesKind, QList<SeriesRow>> HistoryReader::rows(HistoryTier tier, qint64 fromMs, qint64 toMs,
                                                      const QList<SeriesKind> &kinds) const
{
    QMap<SeriesKind, QList<SeriesRow>> result;
    if (kinds.isEmpty() || toMs <= fromMs)
        return result;
    QStringList columns;
    for (SeriesKind kind : kinds) {
        if (tier == HistoryTier::Raw) {
            columns.append(HistorySchema::rawColumn(kind));
        } else {
            const QString p = HistorySchema::rollupPrefix(kind);
            columns.append(u"%1_min, %1_sum / %1_n, %1_max"_s.arg(p));
        }
    }
    const QString table = tier == HistoryTier::Raw ? u"sample"_s : HistorySchema::rollupTable(tier);
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(u"SELECT t_ms, %1 FROM %2 WHERE t_ms >= ? AND t_ms < ? ORDER BY t_ms"_s.arg(
        columns.join(u", "_s), table));
    query.addBindValue(fromMs);
    query.addBindValue(toMs);
    if (!run(query))
        return result;

    QList<QList<SeriesRow>> lists(kinds.size());
    if (tier != HistoryTier::Raw) {
        // Rollup rows are at most one per bucket: reserving spares the regrowth of ~40k rows.
        const qint64 bucketMs = tier == HistoryTier::Hour ? HistorySchema::HourMs : HistorySchema::MinuteMs;
        const qint64 expected = qMin<qint64>((toMs - fromMs) / bucketMs + 1, 1'000'000);
        for (QList<SeriesRow> &list : lists)
            list.reserve(expected);
    }
    // Each value() is a QVariant copy through QSqlResult; one per cell, NULL read off it.
    while (query.next()) {
        const qint64 timeMs = query.value(0).toLongLong();
        for (qsizetype k = 0; k < kinds.size(); ++k) {
            if (tier == HistoryTier::Raw) {
                const QVariant value = query.value(int(1 + k));
                if (value.isNull())
                    continue;
                const double v = value.toDouble();
                lists[k].append({timeMs, v, v, v});
            } else {
                const int column = int(1 + 3 * k);
                const QVariant min = query.value(column);
                if (min.isNull())
                    continue;
                lists[k].append({timeMs, min.toDouble(), query.value(column + 1).toDouble(),
                                 query.value(column + 2).toDouble()});
            }
        }
    }
    for (qsizetype k = 0; k < kinds.size(); ++k)
        result.insert(kinds[k], std::move(lists[k]));
    return result;
}

std::optional<qint64> HistoryReader::scalar(const QString &sql) const
{
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(sql);
    if (!run(query) || !query.next() || query.isNull(0))
        return std::nullopt;
    return query.value(0).toLongLong();
}

qint64 HistoryReader::rawPrunedBeforeMs() const
{
    return scalar(u"SELECT value FROM meta WHERE key = 'raw_pruned_before_ms'"_s).value_or(0);
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
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(u"SELECT count(*), %1 FROM %2 WHERE t_ms >= ? AND t_ms < ?"_s.arg(
        sums.join(u", "_s), HistorySchema::rollupTable(tier)));
    query.addBindValue(fromMs);
    query.addBindValue(toMs);
    if (!run(query) || !query.next())
        return totals;
    if (query.value(0).toLongLong() > 0)
        *hasData = true;
    totals.pvWh = query.value(1).toDouble();
    totals.houseWh = query.value(2).toDouble();
    totals.gridImportWh = query.value(3).toDouble();
    totals.gridExportWh = query.value(4).toDouble();
    totals.batteryChargeWh = query.value(5).toDouble();
    totals.batteryDischargeWh = query.value(6).toDouble();
    return totals;
}

EnergyTotals HistoryReader::energyBetween(qint64 fromMs, qint64 toMs, bool *hasData) const
{
    bool any = false;
    EnergyTotals totals;
    // Whole hours from the hour rollups (a year is 8,760 rows, not 525,600), the ragged ends
    // from the minutes. Either way the sums are of the same per-minute energies.
    const qint64 firstHourMs = fromMs > 0 ? ((fromMs + HourMs - 1) / HourMs) * HourMs : 0;
    const qint64 endHourMs = toMs > 0 ? (toMs / HourMs) * HourMs : 0;
    if (fromMs > 0 && firstHourMs < endHourMs) {
        totals += sumEnergies(HistoryTier::Minute, fromMs, firstHourMs, &any);
        totals += sumEnergies(HistoryTier::Hour, firstHourMs, endHourMs, &any);
        totals += sumEnergies(HistoryTier::Minute, endHourMs, toMs, &any);
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
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(u"SELECT s.t_ms, s.pv_w, s.house_w, s.grid_w, s.battery_w, s.soc_pct, "
                  "s.state_code, t.text FROM sample AS s LEFT JOIN state_text AS t ON t.code = "
                  "s.state_code WHERE s.t_ms >= ? AND s.t_ms < ? ORDER BY s.t_ms"_s);
    query.addBindValue(fromMs);
    query.addBindValue(toMs);
    if (!run(query))
        return samples;
    while (query.next()) {
        EnergySnapshot snapshot;
        snapshot.timestampMs = query.value(0).toLongLong();
        snapshot.pvW = optionalDouble(query, 1);
        snapshot.houseW = optionalDouble(query, 2);
        snapshot.gridW = optionalDouble(query, 3);
        snapshot.batteryW = optionalDouble(query, 4);
        snapshot.socPercent = optionalDouble(query, 5);
        snapshot.stateCode = query.isNull(6) ? -1 : query.value(6).toInt();
        snapshot.stateText = query.value(7).toString();
        samples.append(std::move(snapshot));
    }
    return samples;
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
    if (raw && minute && *minute < *raw - *raw % HistorySchema::MinuteMs)
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
