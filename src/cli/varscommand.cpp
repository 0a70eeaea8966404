#include "varscommand.h"

#include "senec/senecvarsdownloader.h"
#include "util/jsonwriter.h"

namespace kw::cli {
namespace {

QByteArray rowsToJson(const QList<senec::SenecVarsRow> &rows, JsonWriter::Style style)
{
    JsonWriter writer(style);
    writer.beginArray();
    for (const senec::SenecVarsRow &row : rows) {
        writer.beginObject();
        writer.key(u"index");
        if (row.index() >= 0)
            writer.writeInteger(row.index());
        else
            writer.writeNull();
        writer.key(u"name");
        writer.writeString(row.name);
        writer.key(u"section");
        writer.writeString(row.section());
        writer.key(u"type");
        writer.writeString(row.type);
        writer.key(u"value");
        writer.writeString(row.value);
        writer.key(u"variable");
        writer.writeString(row.variable());
        writer.endObject();
    }
    writer.endArray();
    return writer.result();
}

} // namespace

void VarsCommand::send()
{
    if (m_downloader)
        m_downloader->deleteLater(); // send() may run from inside its finished() signal
    m_downloader = new senec::SenecVarsDownloader(transport(), this);
    connect(m_downloader, &senec::SenecVarsDownloader::finished, this, &VarsCommand::onFinished);
    m_downloader->fetch();
}

void VarsCommand::onFinished(const senec::SenecVarsResult &result)
{
    if (!result.ok) {
        failRequest(result.transportError, result.error);
        return;
    }
    succeed(rowsToJson(result.rows, options().style));
}

} // namespace kw::cli
