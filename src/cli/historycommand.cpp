#include "historycommand.h"

#include "exitcode.h"
#include "export/csvformat.h"
#include "historyoutput.h"
#include "history/historystore.h"
#include "util/jsonwriter.h"

#include <QDateTime>

namespace kw::cli {
namespace {

QString unitOf(history::SeriesKind kind)
{
    return kind == history::SeriesKind::Soc ? QStringLiteral("%") : QStringLiteral("W");
}

// Long format: one row per point, so series with different time stamps need no empty cells.
QByteArray toCsv(const history::SeriesResult &result)
{
    QString out = QStringLiteral("time_utc,series,unit,value\n");
    for (auto it = result.series.cbegin(); it != result.series.cend(); ++it) {
        const QString name = history::seriesKindName(it.key());
        const QString unit = unitOf(it.key());
        for (const history::SeriesPoint &point : it.value())
            out += exporting::CsvFormat::isoUtc(point.timeMs) % u',' % name % u',' % unit % u','
                 % exporting::CsvFormat::fixed(point.value, 3) % u'\n';
    }
    return out.toUtf8();
}

QByteArray toJson(const history::SeriesResult &result, const CliOptions &options)
{
    JsonWriter json(options.style);
    json.beginObject();
    json.key(u"from");
    json.writeString(exporting::CsvFormat::isoUtc(options.fromMs));
    json.key(u"to");
    json.writeString(exporting::CsvFormat::isoUtc(options.toMs));
    json.key(u"width");
    json.writeInteger(options.widthPx);
    json.key(u"tier");
    json.writeString(history::historyTierName(result.tier));
    json.key(u"series");
    json.beginObject();
    for (auto it = result.series.cbegin(); it != result.series.cend(); ++it) {
        json.key(history::seriesKindName(it.key()));
        json.beginObject();
        json.key(u"unit");
        json.writeString(unitOf(it.key()));
        json.key(u"points"); // [UTC ms, value]: compact, and exact for scripts
        json.beginArray();
        for (const history::SeriesPoint &point : it.value()) {
            json.beginArray();
            json.writeInteger(point.timeMs);
            json.writeDouble(point.value, 10);
            json.endArray();
        }
        json.endArray();
        json.endObject();
    }
    json.endObject();
    json.endObject();
    return json.result();
}

} // namespace

void HistoryCommand::start()
{
    history::HistoryStore store;
    QString error;
    if (!openHistoryForReading(store, options().database, &error)) {
        fail(ExitFailure, error);
        return;
    }
    const history::SeriesResult result = store.series(options().fromMs, options().toMs,
                                                      options().widthPx);
    bool empty = true;
    for (const auto &points : result.series)
        empty = empty && points.isEmpty();
    if (empty) {
        fail(ExitNoData, tr("%1 holds no samples between %2 and %3")
                             .arg(options().database, exporting::CsvFormat::isoUtc(options().fromMs),
                                  exporting::CsvFormat::isoUtc(options().toMs)));
        return;
    }
    succeed(options().csv ? toCsv(result) : toJson(result, options()));
}

} // namespace kw::cli
