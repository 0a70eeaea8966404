#include "wirevalue.h"

#include "senec/senecvaluecodec.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace kw::sim::WireValue {

using senec::WireType;
namespace Codec = senec::SenecValueCodec;

QString encode(WireType type, const SimValue &value)
{
    if (type == WireType::Text || type == WireType::Char) {
        if (const auto *text = std::get_if<QString>(&value))
            return Codec::encodeText(*text, type);
        return Codec::encodeText(QString::number(std::get<double>(value)), type);
    }
    const double number = std::holds_alternative<double>(value) ? std::get<double>(value)
                                                                 : std::get<QString>(value).toDouble();
    if (type == WireType::Float32)
        return Codec::encodeFloat(float(number));
    const int bits = Codec::hexDigits(type) * 4;
    if (Codec::isUnsigned(type)) {
        const double max = bits >= 64 ? 18446744073709549568.0 : std::ldexp(1.0, bits) - 1.0;
        const double clamped = std::isfinite(number) ? std::clamp(std::round(number), 0.0, max) : 0.0;
        return Codec::encodeUnsigned(type, quint64(clamped));
    }
    if (Codec::isSigned(type)) {
        const double max = bits >= 64 ? 9223372036854774784.0 : std::ldexp(1.0, bits - 1) - 1.0;
        const double min = bits >= 64 ? -9223372036854775808.0 : -std::ldexp(1.0, bits - 1);
        const double clamped = std::isfinite(number) ? std::clamp(std::round(number), min, max) : 0.0;
        return Codec::encodeSigned(type, qint64(clamped));
    }
    return QStringLiteral("MALFORMED_VALUE");
}

std::optional<WireType> typeFromName(QStringView name)
{
    for (const WireType type : {WireType::Float32, WireType::UInt8, WireType::UInt16,
                                WireType::UInt32, WireType::UInt64, WireType::Int8, WireType::Int16,
                                WireType::Int32, WireType::Int64, WireType::Text, WireType::Char}) {
        if (name == typeName(type))
            return type;
    }
    return std::nullopt;
}

QString typeName(WireType type)
{
    QString prefix = Codec::prefix(type);
    prefix.chop(1); // "fl_" → "fl"
    return prefix;
}

} // namespace kw::sim::WireValue
