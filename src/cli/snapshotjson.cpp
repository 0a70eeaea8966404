#include "snapshotjson.h"

namespace kw::cli {
namespace {

// Powers come from float32 values: 9 significant digits carry all their precision.
constexpr int PowerDigits = 9;

void writeNumber(JsonWriter &writer, QStringView key, std::optional<double> value)
{
    writer.key(key);
    if (value)
        writer.writeDouble(*value, PowerDigits);
    else
        writer.writeNull();
}

// The positive part: max(x, 0), but never −0 (which would print as "-0").
std::optional<double> positivePart(std::optional<double> value)
{
    if (!value)
        return std::nullopt;
    return *value > 0 ? *value : 0.0;
}

std::optional<double> negated(std::optional<double> value)
{
    if (!value)
        return std::nullopt;
    return -*value;
}

} // namespace

QByteArray snapshotToJson(const EnergySnapshot &snapshot, std::optional<qint64> deviceTimeMs,
                          JsonWriter::Style style)
{
    JsonWriter writer(style);
    writer.beginObject();
    writer.key(u"alarming_modules");
    if (snapshot.alarmingModules) {
        writer.beginArray();
        for (const int module : *snapshot.alarmingModules)
            writer.writeInteger(module);
        writer.endArray();
    } else {
        writer.writeNull(); // the answer did not carry the alarm flags
    }
    writeNumber(writer, u"battery_charge_w", positivePart(snapshot.batteryW));
    writeNumber(writer, u"battery_discharge_w", positivePart(negated(snapshot.batteryW)));
    writer.key(u"battery_fault");
    writer.writeBool(snapshot.batteryFault);
    writeNumber(writer, u"battery_w", snapshot.batteryW);
    writer.key(u"complete");
    writer.writeBool(snapshot.isComplete());
    writer.key(u"device_fault");
    writer.writeBool(snapshot.deviceFault);
    writer.key(u"device_time_ms");
    if (deviceTimeMs)
        writer.writeInteger(*deviceTimeMs);
    else
        writer.writeNull();
    writeNumber(writer, u"grid_export_w", positivePart(negated(snapshot.gridW)));
    writeNumber(writer, u"grid_import_w", positivePart(snapshot.gridW));
    writer.key(u"grid_outage");
    writer.writeBool(snapshot.gridOutage);
    writeNumber(writer, u"grid_w", snapshot.gridW);
    writeNumber(writer, u"house_w", snapshot.houseW);
    writeNumber(writer, u"pv_w", snapshot.pvW);
    writeNumber(writer, u"soc_percent", snapshot.socPercent);
    writer.key(u"state_code");
    if (snapshot.stateCode >= 0)
        writer.writeInteger(snapshot.stateCode);
    else
        writer.writeNull();
    writer.key(u"state_text");
    if (snapshot.stateText.isEmpty())
        writer.writeNull();
    else
        writer.writeString(snapshot.stateText);
    writer.key(u"timestamp_ms");
    writer.writeInteger(snapshot.timestampMs);
    writeNumber(writer, u"wallbox_w", snapshot.wallboxW); // null: no wallbox installed
    writer.endObject();
    return writer.result();
}

} // namespace kw::cli
