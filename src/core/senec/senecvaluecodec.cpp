#include "senecvaluecodec.h"

#include <array>
#include <bit>
#include <cmath>

namespace kw::senec::SenecValueCodec {
namespace {

struct PrefixEntry
{
    QStringView prefix;
    WireType type;
};

constexpr std::array<PrefixEntry, 12> Prefixes{{
    {u"fl_", WireType::Float32},
    {u"u8_", WireType::UInt8},
    {u"u1_", WireType::UInt16},
    {u"u3_", WireType::UInt32},
    {u"u6_", WireType::UInt64},
    {u"i8_", WireType::Int8},
    {u"i1_", WireType::Int16},
    {u"i3_", WireType::Int32},
    {u"i6_", WireType::Int64},
    {u"st_", WireType::Text},
    {u"ch_", WireType::Char},
    {u"er_", WireType::Error},
}};

// Parses exactly `digits` hex digits, either case. Hand-rolled because QString::toULongLong
// accepts "0x", signs and surrounding whitespace, all of which are malformed here.
std::optional<quint64> parseHex(QStringView hex, int digits)
{
    if (hex.size() != digits)
        return std::nullopt;
    quint64 value = 0;
    for (const QChar c : hex) {
        const char16_t u = c.unicode();
        quint64 nibble = 0;
        if (u >= u'0' && u <= u'9')
            nibble = u - u'0';
        else if (u >= u'a' && u <= u'f')
            nibble = u - u'a' + 10;
        else if (u >= u'A' && u <= u'F')
            nibble = u - u'A' + 10;
        else
            return std::nullopt;
        value = (value << 4) | nibble;
    }
    return value;
}

qint64 signExtend(quint64 bits, int hexDigitCount)
{
    const int width = hexDigitCount * 4;
    if (width >= 64)
        return static_cast<qint64>(bits);
    const quint64 signBit = quint64(1) << (width - 1);
    const quint64 mask = (quint64(1) << width) - 1;
    bits &= mask;
    return (bits & signBit) ? static_cast<qint64>(bits | ~mask) : static_cast<qint64>(bits);
}

QString hexString(quint64 value, int digits)
{
    return QString::number(value, 16).toUpper().rightJustified(digits, u'0');
}

// A prefix we do not know still looks like one: two letters or digits and an underscore.
bool looksLikeUnknownPrefix(QStringView raw)
{
    return raw.size() >= 3 && raw.at(0).isLetterOrNumber() && raw.at(1).isLetterOrNumber()
        && raw.at(2) == u'_';
}

} // namespace

int hexDigits(WireType type)
{
    switch (type) {
    case WireType::Float32: return 8;
    case WireType::UInt8:
    case WireType::Int8: return 2;
    case WireType::UInt16:
    case WireType::Int16: return 4;
    case WireType::UInt32:
    case WireType::Int32: return 8;
    case WireType::UInt64:
    case WireType::Int64: return 16;
    default: return 0;
    }
}

QString prefix(WireType type)
{
    for (const auto &entry : Prefixes) {
        if (entry.type == type)
            return entry.prefix.toString();
    }
    return {};
}

bool isSigned(WireType type)
{
    return type == WireType::Int8 || type == WireType::Int16 || type == WireType::Int32
        || type == WireType::Int64;
}

bool isUnsigned(WireType type)
{
    return type == WireType::UInt8 || type == WireType::UInt16 || type == WireType::UInt32
        || type == WireType::UInt64;
}

namespace {

SenecValue decodeShared(QStringView raw, const QString &rawText)
{

    // Sentinels may carry a suffix (seen as "FORBIDDEN_…"); the status is in the leading word.
    if (raw.startsWith(u"VARIABLE_NOT_FOUND"))
        return SenecValue::withStatus(ValueStatus::NotFound, rawText);
    if (raw.startsWith(u"FORBIDDEN"))
        return SenecValue::withStatus(ValueStatus::Forbidden, rawText);
    if (raw.startsWith(u"MALFORMED_VALUE") || raw.startsWith(u"FILE_VARIABLE_NOT_READABLE"))
        return SenecValue::withStatus(ValueStatus::Malformed, rawText);

    for (const auto &entry : Prefixes) {
        if (!raw.startsWith(entry.prefix))
            continue;
        const QStringView body = raw.mid(entry.prefix.size());
        switch (entry.type) {
        case WireType::Text:
        case WireType::Char:
            return SenecValue::fromText(entry.type, body.toString(), rawText);
        case WireType::Error:
            return SenecValue::withStatus(ValueStatus::DeviceError, rawText, WireType::Error);
        case WireType::Float32: {
            const auto bits = parseHex(body, 8);
            if (!bits)
                return SenecValue::withStatus(ValueStatus::Malformed, rawText, entry.type);
            return SenecValue::fromFloat(std::bit_cast<float>(static_cast<quint32>(*bits)), rawText);
        }
        default: {
            const int digits = hexDigits(entry.type);
            const auto bits = parseHex(body, digits);
            if (!bits)
                return SenecValue::withStatus(ValueStatus::Malformed, rawText, entry.type);
            if (isSigned(entry.type))
                return SenecValue::fromSigned(entry.type, signExtend(*bits, digits), rawText);
            return SenecValue::fromUnsigned(entry.type, *bits, rawText);
        }
        }
    }

    if (looksLikeUnknownPrefix(raw))
        return SenecValue::withStatus(ValueStatus::UnknownType, rawText);
    return SenecValue::withStatus(ValueStatus::Malformed, rawText);
}

} // namespace

SenecValue decode(QStringView raw)
{
    return decodeShared(raw, raw.toString());
}

SenecValue decode(const QString &raw)
{
    return decodeShared(raw, raw);
}

QString encodeFloat(float value)
{
    return QStringLiteral("fl_") + hexString(std::bit_cast<quint32>(value), 8);
}

QString encodeUnsigned(WireType type, quint64 value)
{
    const int digits = hexDigits(type);
    Q_ASSERT(isUnsigned(type));
    if (digits < 16)
        value &= (quint64(1) << (digits * 4)) - 1;
    return prefix(type) + hexString(value, digits);
}

QString encodeSigned(WireType type, qint64 value)
{
    const int digits = hexDigits(type);
    Q_ASSERT(isSigned(type));
    auto bits = static_cast<quint64>(value);
    if (digits < 16)
        bits &= (quint64(1) << (digits * 4)) - 1;
    return prefix(type) + hexString(bits, digits);
}

QString encodeText(QStringView text, WireType type)
{
    Q_ASSERT(type == WireType::Text || type == WireType::Char);
    return prefix(type) + text;
}

QString encode(const SenecValue &value)
{
    if (value.status() != ValueStatus::Ok && value.status() != ValueStatus::NonFinite)
        return value.raw();
    const auto &payload = value.payload();
    if (const auto *f = std::get_if<float>(&payload))
        return encodeFloat(*f);
    if (const auto *u = std::get_if<quint64>(&payload))
        return encodeUnsigned(value.type(), *u);
    if (const auto *i = std::get_if<qint64>(&payload))
        return encodeSigned(value.type(), *i);
    if (const auto *s = std::get_if<QString>(&payload))
        return encodeText(*s, value.type());
    return value.raw();
}

} // namespace kw::senec::SenecValueCodec
