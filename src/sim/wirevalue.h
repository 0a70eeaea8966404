#pragma once

#include "senec/senecvalue.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>
#include <variant>

namespace kw::sim {

// A simulator-side value before it is put on the wire: numbers as double (exact for every
// integer the device reports, and able to carry −0.0), text as text.
using SimValue = std::variant<double, QString>;
// Values of the live variables at one instant, keyed "SECTION.NAME"; arrays have one entry
// per element.
using LiveValues = QHash<QString, QList<SimValue>>;

// Turns SimValues into lala.cgi value strings with kw::senec::SenecValueCodec.
namespace WireValue {

// Integers are rounded and clamped to the type's range, so a physics value can never wrap
// into a plausible-looking wrong number.
QString encode(senec::WireType type, const SimValue &value);
// "fl" → Float32, "u8" → UInt8 … (the prefix without the underscore); nullopt if unknown.
std::optional<senec::WireType> typeFromName(QStringView name);
QString typeName(senec::WireType type);

} // namespace WireValue
} // namespace kw::sim
