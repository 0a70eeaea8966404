#include "historybatchwriter.h"

#include "energyintegrator.h"
#include "historylogging.h"
#include "historyschema.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QTimeZone>
#include <QVariant>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace kw::history {

namespace {

constexpr qint64 MinuteMs = HistorySchema::MinuteMs;
constexpr qint64 TenMinuteMs = HistorySchema::TenMinuteMs;
constexpr qint64 HourMs = HistorySchema::HourMs;
constexpr qint64 MaxGapMs = EnergyIntegrator::MaxGapMs;

qint64 floorTo(qint64 timeMs, qint64 stepMs)
{
    return timeMs - timeMs % stepMs; // times are > 0
}

QVariant nullable(const std::optional<double> &value)
{
    if (!value || !std::isfinite(*value))
        return QVariant(); // binds NULL: a missing value is never stored as 0
    return *value;
}

const QString &completeCondition()
{
    static const QString condition = u"pv_w IS NOT NULL AND house_w IS NOT NULL AND grid_w IS NOT "
                                     "NULL AND battery_w IS NOT NULL"_s;
    return condition;
}

QString zeroEnergiesSql()
{
    QStringList sets;
    for (const QString &e : HistorySchema::energyColumns())
        sets.append(e + u" = 0"_s);
    return u"UPDATE %1 SET %2 WHERE t_ms >= :from AND t_ms < :to"_s.arg(
        HistorySchema::rollupTable(HistoryTier::Minute), sets.join(u", "_s));
}

QString upsertEnergiesSql()
{
    const QStringList &energy = HistorySchema::energyColumns();
    QStringList updates;
    for (const QString &e : energy)
        updates.append(u"%1 = excluded.%1"_s.arg(e));
    return u"INSERT INTO %1 (t_ms, %2) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (t_ms) DO UPDATE "
           "SET %3"_s.arg(HistorySchema::rollupTable(HistoryTier::Minute), energy.join(u", "_s),
                          updates.join(u", "_s));
}

QString completeSamplesSql(const QString &where, const QString &order)
{
    return u"SELECT t_ms, pv_w, house_w, grid_w, battery_w FROM sample WHERE %1 AND %2 %3"_s.arg(
        completeCondition(), where, order);
}

PowerSample powerSampleAt(const QSqlQuery &query)
{
    return {query.value(0).toLongLong(), query.value(1).toDouble(), query.value(2).toDouble(),
            query.value(3).toDouble(), query.value(4).toDouble()};
}

} // namespace

HistoryBatchWriter::HistoryBatchWriter(const QString &connectionName)
    : m_connectionName(connectionName)
    , m_insertSample(QSqlDatabase::database(connectionName, false))
    , m_upsertStateText(QSqlDatabase::database(connectionName, false))
    , m_prevComplete(QSqlDatabase::database(connectionName, false))
    , m_nextComplete(QSqlDatabase::database(connectionName, false))
    , m_lastCompleteBefore(QSqlDatabase::database(connectionName, false))
    , m_completeBetween(QSqlDatabase::database(connectionName, false))
    , m_firstCompleteFrom(QSqlDatabase::database(connectionName, false))
    , m_minuteStats(QSqlDatabase::database(connectionName, false))
    , m_zeroEnergies(QSqlDatabase::database(connectionName, false))
    , m_upsertEnergies(QSqlDatabase::database(connectionName, false))
    , m_tenMinuteStats(QSqlDatabase::database(connectionName, false))
    , m_hourStats(QSqlDatabase::database(connectionName, false))
{
}

bool HistoryBatchWriter::load(QString *error)
{
    const QList<std::pair<QSqlQuery *, QString>> statements = {
        {&m_insertSample, u"INSERT OR IGNORE INTO sample (t_ms, pv_w, house_w, grid_w, battery_w, "
                          "soc_pct, state_code) VALUES (?, ?, ?, ?, ?, ?, ?)"_s},
        {&m_upsertStateText, u"INSERT INTO state_text (code, text) VALUES (?, ?) ON CONFLICT (code) "
                             "DO UPDATE SET text = excluded.text"_s},
        {&m_prevComplete, u"SELECT t_ms FROM sample WHERE %1 AND t_ms < :at AND t_ms >= :limit "
                          "ORDER BY t_ms DESC LIMIT 1"_s.arg(completeCondition())},
        {&m_nextComplete, u"SELECT t_ms FROM sample WHERE %1 AND t_ms > :at AND t_ms <= :limit "
                          "ORDER BY t_ms LIMIT 1"_s.arg(completeCondition())},
        {&m_lastCompleteBefore,
         completeSamplesSql(u"t_ms < :at AND t_ms >= :limit"_s, u"ORDER BY t_ms DESC LIMIT 1"_s)},
        {&m_completeBetween,
         completeSamplesSql(u"t_ms >= :from AND t_ms < :to"_s, u"ORDER BY t_ms"_s)},
        {&m_firstCompleteFrom,
         completeSamplesSql(u"t_ms >= :at AND t_ms <= :limit"_s, u"ORDER BY t_ms LIMIT 1"_s)},
        {&m_minuteStats, HistorySchema::recomputeRollupSql(HistoryTier::Minute)},
        {&m_zeroEnergies, zeroEnergiesSql()},
        {&m_upsertEnergies, upsertEnergiesSql()},
        {&m_tenMinuteStats, HistorySchema::recomputeRollupSql(HistoryTier::TenMinutes)},
        {&m_hourStats, HistorySchema::recomputeRollupSql(HistoryTier::Hour)},
    };
    for (const auto &[query, sql] : statements) {
        query->setForwardOnly(true);
        if (!query->prepare(sql)) {
            if (error)
                *error = query->lastError().text();
            qCWarning(lcHistory) << "cannot prepare" << sql << query->lastError().text();
            return false;
        }
    }

    QSqlQuery meta(QSqlDatabase::database(m_connectionName, false));
    if (!meta.exec(u"SELECT value FROM meta WHERE key = 'raw_pruned_before_ms'"_s)) {
        if (error)
            *error = meta.lastError().text();
        return false;
    }
    m_prunedBeforeMs = meta.next() ? meta.value(0).toLongLong() : 0;
    return true;
}

bool HistoryBatchWriter::exec(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

bool HistoryBatchWriter::execSql(const QString &sql, QString *error)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (query.exec(sql))
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

std::optional<qint64> HistoryBatchWriter::newestSampleMs(QString *error, bool *ok)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    *ok = query.exec(u"SELECT max(t_ms) FROM sample"_s) && query.next();
    if (!*ok) {
        if (error)
            *error = query.lastError().text();
        return std::nullopt;
    }
    if (query.isNull(0))
        return std::nullopt;
    return query.value(0).toLongLong();
}

qint64 HistoryBatchWriter::horizonMs(qint64 newestMs) const
{
    const qint64 referenceMs = qMin(newestMs, QDateTime::currentMSecsSinceEpoch());
    const qint64 horizonMs = referenceMs - m_retentionDays * HistorySchema::DayMs;
    return horizonMs > 0 ? floorTo(horizonMs, HourMs) : 0;
}

bool HistoryBatchWriter::insertSample(const EnergySnapshot &snapshot, bool *inserted,
                                      QString *error)
{
    m_insertSample.bindValue(0, snapshot.timestampMs);
    m_insertSample.bindValue(1, nullable(snapshot.pvW));
    m_insertSample.bindValue(2, nullable(snapshot.houseW));
    m_insertSample.bindValue(3, nullable(snapshot.gridW));
    m_insertSample.bindValue(4, nullable(snapshot.batteryW));
    m_insertSample.bindValue(5, nullable(snapshot.socPercent));
    m_insertSample.bindValue(6, snapshot.stateCode >= 0 ? QVariant(snapshot.stateCode) : QVariant());
    if (!exec(m_insertSample, error))
        return false;
    *inserted = m_insertSample.numRowsAffected() == 1;
    return true;
}

HistoryBatchWriter::Outcome HistoryBatchWriter::write(const QList<EnergySnapshot> &batch)
{
    Outcome outcome;
    if (!execSql(u"BEGIN IMMEDIATE"_s, &outcome.error))
        return outcome;
    const auto fail = [&](const Outcome &failed) {
        execSql(u"ROLLBACK"_s, nullptr);
        return Outcome{false, failed.error, 0, 0, std::nullopt}; // retried later
    };

    bool ok = false;
    const std::optional<qint64> newestMs = newestSampleMs(&outcome.error, &ok);
    if (!ok)
        return fail(outcome);
    const qint64 acceptFromMs = newestMs ? qMax(m_prunedBeforeMs, horizonMs(*newestMs)) + OutOfOrderMarginMs
                                         : 0;
    QList<qint64> written;
    written.reserve(batch.size());
    QHash<int, QString> stateTexts;
    for (const EnergySnapshot &snapshot : batch) {
        const qint64 t = snapshot.timestampMs;
        if (t <= 0 || (newestMs && t < *newestMs && t < acceptFromMs)) {
            ++outcome.dropped;
            continue;
        }
        bool inserted = false;
        if (!insertSample(snapshot, &inserted, &outcome.error))
            return fail(outcome);
        if (!inserted) {
            ++outcome.dropped;
            continue;
        }
        written.append(t);
        if (snapshot.stateCode >= 0 && !snapshot.stateText.isEmpty()
            && stateTexts.value(snapshot.stateCode, m_stateTexts.value(snapshot.stateCode))
                   != snapshot.stateText) {
            m_upsertStateText.bindValue(0, snapshot.stateCode);
            m_upsertStateText.bindValue(1, snapshot.stateText);
            if (!exec(m_upsertStateText, &outcome.error))
                return fail(outcome);
            stateTexts.insert(snapshot.stateCode, snapshot.stateText);
        }
    }

    // Spans far apart are recomputed on their own, so a sample from yesterday does not make
    // the whole day in between count as touched.
    std::sort(written.begin(), written.end());
    for (qsizetype first = 0; first < written.size();) {
        qsizetype last = first;
        while (last + 1 < written.size() && written[last + 1] - written[last] <= 2 * MaxGapMs)
            ++last;
        if (!recomputeSpan(written[first], written[last], &outcome.error))
            return fail(outcome);
        first = last + 1;
    }
    if (!execSql(u"COMMIT"_s, &outcome.error))
        return fail(outcome);

    m_stateTexts.insert(stateTexts);
    outcome.ok = true;
    outcome.written = int(written.size());
    if (!written.isEmpty())
        outcome.newestWrittenMs = written.constLast();
    return outcome;
}

bool HistoryBatchWriter::recomputeSpan(qint64 firstMs, qint64 lastMs, QString *error)
{
    // Energy changes only on segments that end at a new sample or that a new sample split; those
    // reach from the complete sample before the span to the one after it, if within MaxGapMs.
    const auto neighbour = [&](QSqlQuery &query, qint64 atMs, qint64 limitMs,
                               std::optional<qint64> *result) {
        query.bindValue(u":at"_s, atMs);
        query.bindValue(u":limit"_s, limitMs);
        if (!exec(query, error))
            return false;
        if (query.next())
            *result = query.value(0).toLongLong();
        query.finish();
        return true;
    };
    std::optional<qint64> before;
    std::optional<qint64> after;
    if (!neighbour(m_prevComplete, firstMs, firstMs - MaxGapMs, &before)
        || !neighbour(m_nextComplete, lastMs, lastMs + MaxGapMs, &after))
        return false;

    const qint64 statsFromMs = floorTo(firstMs, MinuteMs);
    const qint64 statsToMs = floorTo(lastMs, MinuteMs) + MinuteMs;
    const qint64 energyFromMs = floorTo(before.value_or(firstMs), MinuteMs);
    const qint64 energyToMs = floorTo(after.value_or(lastMs), MinuteMs) + MinuteMs;
    // The coarser buckets holding any changed minute, each tier from the one below it.
    const qint64 changedFromMs = qMin(statsFromMs, energyFromMs);
    const qint64 changedToMs = qMax(statsToMs, energyToMs);
    return recomputeRollup(m_minuteStats, statsFromMs, statsToMs, error)
           && recomputeMinuteEnergies(energyFromMs, energyToMs, error)
           && recomputeRollup(m_tenMinuteStats, floorTo(changedFromMs, TenMinuteMs),
                              floorTo(changedToMs - 1, TenMinuteMs) + TenMinuteMs, error)
           && recomputeRollup(m_hourStats, floorTo(changedFromMs, HourMs),
                              floorTo(changedToMs - 1, HourMs) + HourMs, error);
}

bool HistoryBatchWriter::recomputeRollup(QSqlQuery &query, qint64 fromMs, qint64 toMs, QString *error)
{
    query.bindValue(u":from"_s, fromMs);
    query.bindValue(u":to"_s, toMs);
    return exec(query, error);
}

bool HistoryBatchWriter::recomputeMinuteEnergies(qint64 fromMs, qint64 toMs, QString *error)
{
    // Every segment that reaches into [fromMs, toMs): the complete samples inside plus the
    // nearest one on either side (a farther one is beyond MaxGapMs and not bridged anyway).
    QList<PowerSample> samples;
    m_lastCompleteBefore.bindValue(u":at"_s, fromMs);
    m_lastCompleteBefore.bindValue(u":limit"_s, fromMs - MaxGapMs);
    if (!exec(m_lastCompleteBefore, error))
        return false;
    if (m_lastCompleteBefore.next())
        samples.append(powerSampleAt(m_lastCompleteBefore));
    m_lastCompleteBefore.finish();

    m_completeBetween.bindValue(u":from"_s, fromMs);
    m_completeBetween.bindValue(u":to"_s, toMs);
    if (!exec(m_completeBetween, error))
        return false;
    while (m_completeBetween.next())
        samples.append(powerSampleAt(m_completeBetween));
    m_completeBetween.finish();

    m_firstCompleteFrom.bindValue(u":at"_s, toMs);
    m_firstCompleteFrom.bindValue(u":limit"_s, toMs + MaxGapMs);
    if (!exec(m_firstCompleteFrom, error))
        return false;
    if (m_firstCompleteFrom.next())
        samples.append(powerSampleAt(m_firstCompleteFrom));
    m_firstCompleteFrom.finish();

    m_zeroEnergies.bindValue(u":from"_s, fromMs);
    m_zeroEnergies.bindValue(u":to"_s, toMs);
    if (!exec(m_zeroEnergies, error))
        return false;

    const QMap<qint64, EnergyTotals> minutes = EnergyIntegrator::integrate(samples);
    for (auto it = minutes.lowerBound(fromMs); it != minutes.cend() && it.key() < toMs; ++it) {
        const EnergyTotals &e = it.value();
        if (e.isZero())
            continue;
        m_upsertEnergies.bindValue(0, it.key());
        m_upsertEnergies.bindValue(1, e.pvWh);
        m_upsertEnergies.bindValue(2, e.houseWh);
        m_upsertEnergies.bindValue(3, e.gridImportWh);
        m_upsertEnergies.bindValue(4, e.gridExportWh);
        m_upsertEnergies.bindValue(5, e.batteryChargeWh);
        m_upsertEnergies.bindValue(6, e.batteryDischargeWh);
        if (!exec(m_upsertEnergies, error))
            return false;
    }
    return true;
}

bool HistoryBatchWriter::prune(QString *error)
{
    bool ok = false;
    const std::optional<qint64> newestMs = newestSampleMs(error, &ok);
    if (!ok)
        return false;
    if (!newestMs)
        return true;
    const qint64 cutoffMs = horizonMs(*newestMs);
    if (cutoffMs <= m_prunedBeforeMs)
        return true;

    if (!execSql(u"BEGIN IMMEDIATE"_s, error))
        return false;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(u"DELETE FROM sample WHERE t_ms < ?"_s);
    query.bindValue(0, cutoffMs);
    bool done = exec(query, error);
    const int deleted = done ? query.numRowsAffected() : 0;
    if (done) {
        query.prepare(u"INSERT INTO meta (key, value) VALUES ('raw_pruned_before_ms', ?) "
                      "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
        query.bindValue(0, cutoffMs);
        done = exec(query, error);
    }
    query.finish();
    if (!done || !execSql(u"COMMIT"_s, error)) {
        execSql(u"ROLLBACK"_s, nullptr);
        return false;
    }
    m_prunedBeforeMs = cutoffMs;
    qCDebug(lcHistory) << "pruned" << deleted << "raw samples before"
                       << QDateTime::fromMSecsSinceEpoch(cutoffMs, QTimeZone::utc());
    return true;
}

} // namespace kw::history
