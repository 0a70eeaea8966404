#include "logcommand.h"

#include "exitcode.h"
#include "senec/seneclogdownloader.h"
#include "util/jsonwriter.h"

#include <QDateTime>
#include <QTimeZone>

namespace kw::cli {
namespace {

QByteArray linesToJson(const QList<senec::SenecLogLine> &lines, JsonWriter::Style style)
{
    JsonWriter writer(style);
    writer.beginArray();
    for (const senec::SenecLogLine &line : lines) {
        writer.beginObject();
        writer.key(u"category");
        writer.writeString(line.category);
        writer.key(u"level");
        writer.writeString(senec::logLevelName(line.level));
        writer.key(u"line");
        writer.writeInteger(line.lineNumber);
        writer.key(u"message");
        writer.writeString(line.message);
        // Both forms: milliseconds for scripts, ISO 8601 for people reading the output.
        writer.key(u"time");
        if (line.timeMs)
            writer.writeString(QDateTime::fromMSecsSinceEpoch(*line.timeMs, QTimeZone::utc())
                                   .toString(Qt::ISODate));
        else
            writer.writeNull();
        writer.key(u"time_ms");
        if (line.timeMs)
            writer.writeInteger(*line.timeMs);
        else
            writer.writeNull();
        writer.endObject();
    }
    writer.endArray();
    return writer.result();
}

} // namespace

void LogCommand::send()
{
    if (m_downloader)
        m_downloader->deleteLater(); // send() may run from inside its finished() signal
    m_downloader = new senec::SenecLogDownloader(transport(), this);
    connect(m_downloader, &senec::SenecLogDownloader::finished, this, &LogCommand::onFinished);
    m_downloader->fetch(options().date);
}

void LogCommand::onFinished(const senec::SenecLogResult &result)
{
    switch (result.status) {
    case senec::SenecLogResult::Status::Ok:
        succeed(options().raw ? result.raw : linesToJson(result.lines, options().style));
        return;
    case senec::SenecLogResult::Status::NoLog:
        fail(ExitNoData, tr("no log for that day (%1, UTC)").arg(options().date.toString(Qt::ISODate)));
        return;
    case senec::SenecLogResult::Status::Failed:
        failRequest(result.transportError, result.error);
        return;
    }
}

} // namespace kw::cli
