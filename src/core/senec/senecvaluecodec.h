#pragma once

#include "senecvalue.h"

#include <QStringView>

namespace kw::senec {

// Decodes and encodes the device's `<type>_<hex>` value strings. Total: every input decodes to a
// value with a status; nothing throws, nothing turns an error into a plausible number.
namespace SenecValueCodec {

SenecValue decode(QStringView raw);
// The same, keeping `raw` itself (implicitly shared, no copy) as the value's raw text.
SenecValue decode(const QString &raw);

// Width in hex digits of an integer wire type (u8_ = 2 … u6_ = 16), 8 for fl_, 0 otherwise.
int hexDigits(WireType type);
// The prefix for a wire type, with the underscore (`fl_`), or empty for None.
QString prefix(WireType type);
bool isSigned(WireType type);
bool isUnsigned(WireType type);

QString encodeFloat(float value);
// Values outside the type's range are a programming error; they are truncated to the width.
QString encodeUnsigned(WireType type, quint64 value);
QString encodeSigned(WireType type, qint64 value);
QString encodeText(QStringView text, WireType type = WireType::Text);
// Re-encodes a decoded value; for anything that is not a typed value, the raw text as received.
QString encode(const SenecValue &value);

inline constexpr QStringView EndOfArray = u"st_END_OF_ARRAY";
inline constexpr QStringView ObjectNotFound = u"OBJECT_NOT_FOUND";

} // namespace SenecValueCodec
} // namespace kw::senec
