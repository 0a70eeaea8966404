#include "senecdecodedjson.h"

#include <variant>

namespace kw::senec::SenecDecodedJson {
namespace {

// "raw" sorts before "status"; keeping every object's keys sorted keeps the output stable.
void writeStatusObject(JsonWriter &writer, const QString &status, const QString *raw)
{
    writer.beginObject();
    if (raw) {
        writer.key(u"raw");
        writer.writeString(*raw);
    }
    writer.key(u"status");
    writer.writeString(status);
    writer.endObject();
}

} // namespace

void writeValue(JsonWriter &writer, const SenecValue &value)
{
    if (!value.isOk()) {
        writeStatusObject(writer, statusName(value.status()), &value.raw());
        return;
    }
    const SenecValue::Payload &payload = value.payload();
    if (const auto *f = std::get_if<float>(&payload))
        writer.writeDouble(static_cast<double>(*f), Float32Digits);
    else if (const auto *u = std::get_if<quint64>(&payload))
        writer.writeUnsigned(*u);
    else if (const auto *i = std::get_if<qint64>(&payload))
        writer.writeInteger(*i);
    else if (const auto *s = std::get_if<QString>(&payload))
        writer.writeString(*s);
    else // an Ok value always carries a payload; say so rather than invent one
        writeStatusObject(writer, statusName(ValueStatus::Malformed), &value.raw());
}

void writeVariable(JsonWriter &writer, const SenecVariable &variable)
{
    if (variable.isArray) {
        writer.beginArray();
        for (const SenecValue &element : variable.values)
            writeValue(writer, element);
        writer.endArray();
        return;
    }
    if (variable.values.isEmpty())
        writer.writeNull();
    else
        writeValue(writer, variable.scalar());
}

void writeSection(JsonWriter &writer, const SenecSection &section)
{
    switch (section.status) {
    case SectionStatus::NotFound:
        writeStatusObject(writer, statusName(ValueStatus::NotFound), nullptr);
        return;
    case SectionStatus::Malformed:
        writeStatusObject(writer, statusName(ValueStatus::Malformed), &section.raw);
        return;
    case SectionStatus::Ok:
        break;
    }
    writer.beginObject();
    for (auto it = section.variables.constBegin(); it != section.variables.constEnd(); ++it) {
        writer.key(it.key());
        writeVariable(writer, it.value());
    }
    writer.endObject();
}

void writeResponse(JsonWriter &writer, const SenecResponse &response)
{
    writer.beginObject();
    for (auto it = response.sections.constBegin(); it != response.sections.constEnd(); ++it) {
        writer.key(it.key());
        writeSection(writer, it.value());
    }
    writer.endObject();
}

QByteArray toJson(const SenecResponse &response, JsonWriter::Style style)
{
    JsonWriter writer(style);
    writeResponse(writer, response);
    return writer.result();
}

} // namespace kw::senec::SenecDecodedJson
