#pragma once

#include "senecresponse.h"
#include "util/jsonwriter.h"

#include <QByteArray>

namespace kw::senec {

// The decoded form of a lala.cgi answer as JSON, for the command-line client and for anyone who
// scripts against it: same sections and names, values as JSON numbers/strings/arrays, and every
// value that is not plainly ok as {"raw": …, "status": …} so errors never pass for numbers.
// Keys are sorted, so the output is stable and diffable.
namespace SenecDecodedJson {

// float32 needs 9 significant digits to come back bit-exact.
inline constexpr int Float32Digits = 9;

QByteArray toJson(const SenecResponse &response, JsonWriter::Style style = JsonWriter::Style::Pretty);

void writeResponse(JsonWriter &writer, const SenecResponse &response);
void writeSection(JsonWriter &writer, const SenecSection &section);
void writeVariable(JsonWriter &writer, const SenecVariable &variable);
void writeValue(JsonWriter &writer, const SenecValue &value);

} // namespace SenecDecodedJson
} // namespace kw::senec
