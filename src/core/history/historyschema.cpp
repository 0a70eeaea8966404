#include "historyschema.h"

#include "historylogging.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace kw::history {

namespace {

// The texts' translation context; lupdate reads it from the macro, as the runtime does.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kw::history::HistorySchema)
};

QString oneLine(QString text)
{
    text.replace(u'\n', u' ');
    return text.trimmed();
}

QString sqlErrorText(const QSqlError &error)
{
    const QString database = error.databaseText();
    return oneLine(database.isEmpty() ? error.text() : database);
}

// What the file's first 100 bytes say, read without SQLite so that nothing can touch the file.
struct HeaderCheck
{
    enum Kind { Missing, Empty, Sqlite, Refused } kind = Missing;
    quint32 applicationId = 0;
    QString reason; // for Refused
};

HeaderCheck checkHeader(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return {HeaderCheck::Missing, 0, {}};
    if (info.isDir())
        return {HeaderCheck::Refused, 0, Text::tr("it is a directory")};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {HeaderCheck::Refused, 0, oneLine(file.errorString())};
    const qint64 size = file.size();
    if (size == 0)
        return {HeaderCheck::Empty, 0, {}};

    const QByteArray header = file.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (!header.startsWith(magic))
        return {HeaderCheck::Refused, 0, Text::tr("it is not an SQLite database")};
    if (header.size() < 100)
        return {HeaderCheck::Refused, 0, Text::tr("the file is truncated")};

    const auto be16 = [&](int offset) { return qFromBigEndian<quint16>(header.constData() + offset); };
    const auto be32 = [&](int offset) { return qFromBigEndian<quint32>(header.constData() + offset); };
    const qint64 pageSize = be16(16) == 1 ? 65536 : be16(16);
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        return {HeaderCheck::Refused, 0, Text::tr("the SQLite header is damaged")};

    // With a -wal or -journal beside it, the main file may legitimately lag behind the header
    // (a crash during a checkpoint); SQLite recovers that. Without one, a short file is damage.
    const bool sideFiles = QFileInfo::exists(path + u"-wal"_s)
                           || QFileInfo::exists(path + u"-journal"_s);
    if (!sideFiles) {
        const quint32 changeCounter = be32(24);
        const quint32 pageCount = be32(28);
        const quint32 validFor = be32(92);
        if (size % pageSize != 0
            || (pageCount > 0 && validFor == changeCounter && size < qint64(pageCount) * pageSize))
            return {HeaderCheck::Refused, 0, Text::tr("the file is truncated")};
    }
    return {HeaderCheck::Sqlite, be32(68), {}};
}

// What SQLite sees in the file (including a WAL not yet checkpointed).
struct Contents
{
    bool readable = false;
    QString error;
    quint32 applicationId = 0;
    int version = 0;
    int objectCount = 0;
    QSet<QString> tables;
};

Contents inspect(const QSqlDatabase &db)
{
    Contents contents;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    const auto scalar = [&](const QString &sql, qint64 *value) {
        if (!query.exec(sql) || !query.next()) {
            contents.error = sqlErrorText(query.lastError());
            return false;
        }
        *value = query.value(0).toLongLong();
        return true;
    };
    qint64 applicationId = 0;
    qint64 version = 0;
    if (!scalar(u"PRAGMA application_id"_s, &applicationId) || !scalar(u"PRAGMA user_version"_s, &version))
        return contents;
    if (!query.exec(u"SELECT type, name FROM sqlite_master"_s)) {
        contents.error = sqlErrorText(query.lastError());
        return contents;
    }
    while (query.next()) {
        ++contents.objectCount;
        if (query.value(0).toString() == "table"_L1)
            contents.tables.insert(query.value(1).toString());
    }
    contents.applicationId = quint32(applicationId);
    contents.version = int(version);
    contents.readable = true;
    return contents;
}

// The tables a file of schema `version` has.
QStringList tablesOfVersion(int version)
{
    QStringList tables = {u"meta"_s, u"sample"_s, u"state_text"_s,
                          HistorySchema::rollupTable(HistoryTier::Minute),
                          HistorySchema::rollupTable(HistoryTier::Hour)};
    if (version >= 2)
        tables.append(HistorySchema::rollupTable(HistoryTier::TenMinutes));
    return tables;
}

bool tablesComplete(const Contents &contents)
{
    const QStringList required = tablesOfVersion(contents.version);
    return std::all_of(required.cbegin(), required.cend(),
                       [&](const QString &name) { return contents.tables.contains(name); });
}

enum class Verdict { Ours, Initialise, Refused };

Verdict judge(const Contents &contents, QString *reason)
{
    if (contents.applicationId == HistorySchema::ApplicationId) {
        if (contents.version > HistorySchema::Version) {
            *reason = Text::tr("it was written by a newer Kilowatch (schema version %1, this "
                                 "version knows up to %2)")
                          .arg(contents.version)
                          .arg(HistorySchema::Version);
            return Verdict::Refused;
        }
        if (contents.version < 1 || !tablesComplete(contents)) {
            *reason = Text::tr("its history tables are missing or damaged");
            return Verdict::Refused;
        }
        return Verdict::Ours;
    }
    // An SQLite file with nothing in it holds nothing to lose: the same as a new file.
    if (contents.applicationId == 0 && contents.objectCount == 0 && contents.version == 0)
        return Verdict::Initialise;
    *reason = Text::tr("it is an SQLite database of another application");
    return Verdict::Refused;
}

QString rollupTableSql(const QString &table)
{
    QString sql = u"CREATE TABLE "_s + table
                  + u" (t_ms INTEGER PRIMARY KEY NOT NULL, n INTEGER NOT NULL DEFAULT 0"_s;
    for (SeriesKind kind : allSeriesKinds()) {
        const QString p = HistorySchema::rollupPrefix(kind);
        sql += u", "_s + p + u"_min REAL, "_s + p + u"_max REAL, "_s + p + u"_sum REAL, "_s + p
               + u"_n INTEGER NOT NULL DEFAULT 0"_s;
    }
    for (const QString &column : HistorySchema::energyColumns())
        sql += u", "_s + column + u" REAL NOT NULL DEFAULT 0"_s;
    return sql + u')';
}

bool createSchema(QSqlDatabase &db, QString *reason)
{
    QStringList statements = {
        u"CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value) WITHOUT ROWID"_s,
        u"CREATE TABLE sample (t_ms INTEGER PRIMARY KEY NOT NULL, pv_w REAL, house_w REAL, "
        "grid_w REAL, battery_w REAL, soc_pct REAL, state_code INTEGER)"_s,
        u"CREATE TABLE state_text (code INTEGER PRIMARY KEY NOT NULL, text TEXT NOT NULL)"_s,
    };
    for (HistoryTier tier : HistorySchema::rollupTiers())
        statements.append(rollupTableSql(HistorySchema::rollupTable(tier)));
    statements.append(u"PRAGMA application_id = %1"_s.arg(HistorySchema::ApplicationId));
    statements.append(u"PRAGMA user_version = %1"_s.arg(HistorySchema::Version));
    if (!db.transaction()) {
        *reason = sqlErrorText(db.lastError());
        return false;
    }
    QSqlQuery query(db);
    // A second process may have initialised the file since it was inspected.
    if (!query.exec(u"SELECT count(*) FROM sqlite_master"_s) || !query.next()
        || query.value(0).toInt() != 0) {
        *reason = query.lastError().isValid() ? sqlErrorText(query.lastError())
                                              : Text::tr("it changed while being opened");
        db.rollback();
        return false;
    }
    for (const QString &sql : std::as_const(statements)) {
        if (!query.exec(sql)) {
            *reason = sqlErrorText(query.lastError());
            query.finish();
            db.rollback();
            return false;
        }
    }
    query.finish();
    if (!db.commit()) {
        *reason = sqlErrorText(db.lastError());
        db.rollback();
        return false;
    }
    return true;
}

// Brings a file of ours from schema `fromVersion` to HistorySchema::Version in one transaction:
// either all of it or, on any error, none (the file stays as it was and is refused).
bool upgradeSchema(QSqlDatabase &db, int fromVersion, QString *reason)
{
    QSqlQuery query(db);
    const auto failed = [&](const QSqlError &error) {
        *reason = Text::tr("cannot upgrade it from schema version %1: %2")
                      .arg(fromVersion)
                      .arg(sqlErrorText(error));
        query.finish();
        db.rollback();
        return false;
    };
    // IMMEDIATE: no other writer between the version check and the upgrade.
    if (!query.exec(u"BEGIN IMMEDIATE"_s))
        return failed(query.lastError());
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
        return failed(query.lastError());
    const int version = query.value(0).toInt();
    query.finish();
    if (version != fromVersion) {
        db.rollback();
        if (version == HistorySchema::Version) // another process upgraded it meanwhile
            return true;
        *reason = Text::tr("its schema version changed while being opened");
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    if (fromVersion < 2) {
        // The ten-minute rollups, from the minutes: those are kept forever, whatever was pruned.
        if (!query.exec(rollupTableSql(HistorySchema::rollupTable(HistoryTier::TenMinutes))))
            return failed(query.lastError());
        if (!query.prepare(HistorySchema::recomputeRollupSql(HistoryTier::TenMinutes)))
            return failed(query.lastError());
        query.bindValue(u":from"_s, std::numeric_limits<qint64>::min());
        query.bindValue(u":to"_s, std::numeric_limits<qint64>::max());
        if (!query.exec())
            return failed(query.lastError());
    }
    if (!query.exec(u"PRAGMA user_version = %1"_s.arg(HistorySchema::Version)))
        return failed(query.lastError());
    query.finish();
    if (!db.commit())
        return failed(db.lastError());
    qCInfo(lcHistory).noquote() << "upgraded history database" << QDir::toNativeSeparators(db.databaseName())
                                << "from schema version" << fromVersion << "to" << HistorySchema::Version
                                << "in" << timer.elapsed() << "ms";
    return true;
}

QSqlDatabase addConnection(const QString &path, const QString &connectionName, const QString &options)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(options);
    return db;
}

// Removes the connection; `db` must be the last handle to it.
void dropConnection(QSqlDatabase &db)
{
    const QString name = db.connectionName();
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

bool execPragma(QSqlDatabase &db, const QString &sql, QString *result = nullptr)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        qCWarning(lcHistory) << "pragma failed:" << sql << query.lastError().text();
        return false;
    }
    if (result && query.next())
        *result = query.value(0).toString();
    return true;
}

// Looks into an existing SQLite file through a read-only connection, so that nothing (not even
// a WAL checkpoint on close) can be written to a file that turns out not to be ours.
Contents inspectReadOnly(const QString &path, const QString &connectionName)
{
    QSqlDatabase db = addConnection(path, connectionName + u".inspect"_s,
                                    u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1"_s.arg(
                                        HistorySchema::BusyTimeoutMs));
    Contents contents;
    if (!db.open())
        contents.error = sqlErrorText(db.lastError());
    else
        contents = inspect(db);
    dropConnection(db);
    return contents;
}

} // namespace

QString HistorySchema::rawColumn(SeriesKind kind)
{
    return kind == SeriesKind::Soc ? u"soc_pct"_s : rollupPrefix(kind) + u"_w"_s;
}

QString HistorySchema::rollupPrefix(SeriesKind kind)
{
    return seriesKindName(kind);
}

QString HistorySchema::rollupTable(HistoryTier tier)
{
    switch (tier) {
    case HistoryTier::Raw: return u"sample"_s;
    case HistoryTier::Minute: return u"minute_rollup"_s;
    case HistoryTier::TenMinutes: return u"ten_minute_rollup"_s;
    case HistoryTier::Hour: return u"hour_rollup"_s;
    }
    return {};
}

qint64 HistorySchema::bucketMs(HistoryTier tier)
{
    switch (tier) {
    case HistoryTier::Raw: return 0;
    case HistoryTier::Minute: return MinuteMs;
    case HistoryTier::TenMinutes: return TenMinuteMs;
    case HistoryTier::Hour: return HourMs;
    }
    return 0;
}

HistoryTier HistorySchema::sourceTier(HistoryTier tier)
{
    switch (tier) {
    case HistoryTier::Raw:
    case HistoryTier::Minute: return HistoryTier::Raw;
    case HistoryTier::TenMinutes: return HistoryTier::Minute;
    case HistoryTier::Hour: return HistoryTier::TenMinutes;
    }
    return HistoryTier::Raw;
}

const QList<HistoryTier> &HistorySchema::rollupTiers()
{
    static const QList<HistoryTier> tiers = {HistoryTier::Minute, HistoryTier::TenMinutes,
                                             HistoryTier::Hour};
    return tiers;
}

QString HistorySchema::recomputeRollupSql(HistoryTier tier)
{
    const HistoryTier source = sourceTier(tier);
    const bool fromSamples = source == HistoryTier::Raw;
    QString columns = u"t_ms, n"_s;
    QString select = u"t_ms - t_ms % %1 AS bucket, %2"_s.arg(bucketMs(tier)).arg(
        fromSamples ? u"count(*)"_s : u"sum(n)"_s);
    QString update = u"n = excluded.n"_s;
    for (SeriesKind kind : allSeriesKinds()) {
        const QString p = rollupPrefix(kind);
        columns += u", %1_min, %1_max, %1_sum, %1_n"_s.arg(p);
        select += fromSamples ? u", min(%1), max(%1), sum(%1), count(%1)"_s.arg(rawColumn(kind))
                              : u", min(%1_min), max(%1_max), sum(%1_sum), sum(%1_n)"_s.arg(p);
        update += u", %1_min = excluded.%1_min, %1_max = excluded.%1_max, %1_sum = excluded.%1_sum, "
                  "%1_n = excluded.%1_n"_s.arg(p);
    }
    if (!fromSamples) {
        for (const QString &e : energyColumns()) {
            columns += u", "_s + e;
            select += u", total(%1)"_s.arg(e);
            update += u", %1 = excluded.%1"_s.arg(e);
        }
    }
    return u"INSERT INTO %1 (%2) SELECT %3 FROM %4 WHERE t_ms >= :from AND t_ms < :to "
           "GROUP BY bucket ON CONFLICT (t_ms) DO UPDATE SET %5"_s.arg(
               rollupTable(tier), columns, select, rollupTable(source), update);
}

const QStringList &HistorySchema::energyColumns()
{
    static const QStringList columns = {u"pv_wh"_s,          u"house_wh"_s,
                                        u"grid_import_wh"_s, u"grid_export_wh"_s,
                                        u"battery_charge_wh"_s, u"battery_discharge_wh"_s};
    return columns;
}

QString HistorySchema::fileError(const QString &path, const QString &reason)
{
    return oneLine(Text::tr("Cannot open the history database %1: %2")
                       .arg(QDir::toNativeSeparators(path), reason));
}

bool HistorySchema::openForWriting(const QString &path, const QString &connectionName,
                                   QString *error)
{
    const auto refuse = [&](const QString &reason) {
        if (error)
            *error = fileError(path, reason);
        return false;
    };
    if (path.isEmpty())
        return refuse(Text::tr("no file name given"));

    const HeaderCheck header = checkHeader(path);
    if (header.kind == HeaderCheck::Refused)
        return refuse(header.reason);
    // SQLite would quietly open it read-only, and every write would fail later.
    if (header.kind != HeaderCheck::Missing && !QFileInfo(path).isWritable())
        return refuse(Text::tr("the file is read-only"));
    QString reason;
    if (header.kind == HeaderCheck::Sqlite) {
        if (header.applicationId != 0 && header.applicationId != ApplicationId)
            return refuse(Text::tr("it is an SQLite database of another application"));
        const Contents contents = inspectReadOnly(path, connectionName);
        // A file of ours that a read-only connection cannot read (say, a WAL left by a crash
        // without its index) is recovered by the writable connection below, then re-checked.
        if (!contents.readable && header.applicationId != ApplicationId)
            return refuse(contents.error);
        if (contents.readable && judge(contents, &reason) == Verdict::Refused)
            return refuse(reason);
    } else if (header.kind == HeaderCheck::Missing) {
        const QString dir = QFileInfo(path).absolutePath();
        if (!QDir().mkpath(dir))
            return refuse(Text::tr("cannot create the folder %1").arg(QDir::toNativeSeparators(dir)));
    }

    QSqlDatabase db = addConnection(path, connectionName,
                                    u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(BusyTimeoutMs));
    const auto fail = [&](const QString &why) {
        dropConnection(db);
        return refuse(why);
    };
    if (!db.open())
        return fail(sqlErrorText(db.lastError()));
    const Contents contents = inspect(db);
    if (!contents.readable)
        return fail(contents.error);
    const Verdict verdict = judge(contents, &reason);
    if (verdict == Verdict::Refused)
        return fail(reason);

    QString journalMode;
    execPragma(db, u"PRAGMA journal_mode = WAL"_s, &journalMode);
    if (journalMode.compare("wal"_L1, Qt::CaseInsensitive) != 0)
        qCWarning(lcHistory) << "WAL not available for" << path << "- journal mode" << journalMode;
    // NORMAL in WAL mode: a commit survives a killed process; only a power cut may lose the
    // last commits, never consistency.
    execPragma(db, u"PRAGMA synchronous = NORMAL"_s);
    execPragma(db, u"PRAGMA journal_size_limit = %1"_s.arg(8 * 1024 * 1024));
    if (verdict == Verdict::Initialise) {
        if (!createSchema(db, &reason))
            return fail(reason);
        qCInfo(lcHistory).noquote() << "created history database" << QDir::toNativeSeparators(path);
    } else if (contents.version < Version && !upgradeSchema(db, contents.version, &reason)) {
        return fail(reason);
    }
    return true;
}

bool HistorySchema::openForReading(const QString &path, const QString &connectionName,
                                   QString *error)
{
    QSqlDatabase db = addConnection(path, connectionName,
                                    u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(BusyTimeoutMs));
    if (!db.open()) {
        if (error)
            *error = fileError(path, sqlErrorText(db.lastError()));
        dropConnection(db);
        return false;
    }
    execPragma(db, u"PRAGMA query_only = ON"_s);
    return true;
}

} // namespace kw::history
