#include "senecvalue.h"

#include <bit>
#include <cmath>
#include <limits>

namespace kw::senec {

SenecValue SenecValue::fromFloat(float value, QString raw)
{
    SenecValue v;
    v.m_type = WireType::Float32;
    v.m_status = std::isfinite(value) ? ValueStatus::Ok : ValueStatus::NonFinite;
    v.m_payload = value;
    v.m_raw = std::move(raw);
    return v;
}

SenecValue SenecValue::fromUnsigned(WireType type, quint64 value, QString raw)
{
    SenecValue v;
    v.m_type = type;
    v.m_status = ValueStatus::Ok;
    v.m_payload = value;
    v.m_raw = std::move(raw);
    return v;
}

SenecValue SenecValue::fromSigned(WireType type, qint64 value, QString raw)
{
    SenecValue v;
    v.m_type = type;
    v.m_status = ValueStatus::Ok;
    v.m_payload = value;
    v.m_raw = std::move(raw);
    return v;
}

SenecValue SenecValue::fromText(WireType type, QString text, QString raw)
{
    SenecValue v;
    v.m_type = type;
    v.m_status = ValueStatus::Ok;
    v.m_payload = std::move(text);
    v.m_raw = std::move(raw);
    return v;
}

SenecValue SenecValue::withStatus(ValueStatus status, QString raw, WireType type)
{
    SenecValue v;
    v.m_type = type;
    v.m_status = status;
    v.m_raw = std::move(raw);
    return v;
}

bool SenecValue::isNumber() const
{
    return std::holds_alternative<float>(m_payload) || std::holds_alternative<quint64>(m_payload)
        || std::holds_alternative<qint64>(m_payload);
}

std::optional<double> SenecValue::toDouble() const
{
    if (const auto *f = std::get_if<float>(&m_payload))
        return static_cast<double>(*f);
    if (const auto *u = std::get_if<quint64>(&m_payload))
        return static_cast<double>(*u);
    if (const auto *i = std::get_if<qint64>(&m_payload))
        return static_cast<double>(*i);
    return std::nullopt;
}

std::optional<qint64> SenecValue::toInt64() const
{
    if (const auto *u = std::get_if<quint64>(&m_payload)) {
        if (*u <= static_cast<quint64>(std::numeric_limits<qint64>::max()))
            return static_cast<qint64>(*u);
        return std::nullopt;
    }
    if (const auto *i = std::get_if<qint64>(&m_payload))
        return *i;
    return std::nullopt;
}

std::optional<quint64> SenecValue::toUInt64() const
{
    if (const auto *u = std::get_if<quint64>(&m_payload))
        return *u;
    if (const auto *i = std::get_if<qint64>(&m_payload); i && *i >= 0)
        return static_cast<quint64>(*i);
    return std::nullopt;
}

std::optional<float> SenecValue::toFloat() const
{
    if (const auto *f = std::get_if<float>(&m_payload))
        return *f;
    return std::nullopt;
}

QString SenecValue::text() const
{
    if (const auto *s = std::get_if<QString>(&m_payload))
        return *s;
    return {};
}

bool SenecValue::operator==(const SenecValue &other) const
{
    if (m_status != other.m_status || m_type != other.m_type || m_raw != other.m_raw)
        return false;
    // Floats compare by bit pattern: NaN equals the same NaN, and -0.0 differs from 0.0.
    const auto *a = std::get_if<float>(&m_payload);
    const auto *b = std::get_if<float>(&other.m_payload);
    if (a || b)
        return a && b && std::bit_cast<quint32>(*a) == std::bit_cast<quint32>(*b);
    return m_payload == other.m_payload;
}

QString statusName(ValueStatus status)
{
    switch (status) {
    case ValueStatus::Ok: return QStringLiteral("ok");
    case ValueStatus::NotFound: return QStringLiteral("not_found");
    case ValueStatus::Forbidden: return QStringLiteral("forbidden");
    case ValueStatus::Malformed: return QStringLiteral("malformed");
    case ValueStatus::DeviceError: return QStringLiteral("device_error");
    case ValueStatus::UnknownType: return QStringLiteral("unknown_type");
    case ValueStatus::NonFinite: return QStringLiteral("non_finite");
    }
    return QStringLiteral("malformed");
}

QString wireTypeName(WireType type)
{
    switch (type) {
    case WireType::None: return QStringLiteral("none");
    case WireType::Float32: return QStringLiteral("float32");
    case WireType::UInt8: return QStringLiteral("uint8");
    case WireType::UInt16: return QStringLiteral("uint16");
    case WireType::UInt32: return QStringLiteral("uint32");
    case WireType::UInt64: return QStringLiteral("uint64");
    case WireType::Int8: return QStringLiteral("int8");
    case WireType::Int16: return QStringLiteral("int16");
    case WireType::Int32: return QStringLiteral("int32");
    case WireType::Int64: return QStringLiteral("int64");
    case WireType::Text: return QStringLiteral("text");
    case WireType::Char: return QStringLiteral("char");
    case WireType::Error: return QStringLiteral("error");
    }
    return QStringLiteral("none");
}

} // namespace kw::senec
