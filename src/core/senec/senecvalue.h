#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>

#include <optional>
#include <variant>

namespace kw::senec {

// The wire type named by a value's prefix (`fl_`, `u3_`, `st_` …).
enum class WireType : quint8 {
    None,     // no typed value: a sentinel, malformed text or an unknown prefix
    Float32,  // fl_
    UInt8,    // u8_
    UInt16,   // u1_
    UInt32,   // u3_
    UInt64,   // u6_
    Int8,     // i8_
    Int16,    // i1_
    Int32,    // i3_
    Int64,    // i6_
    Text,     // st_
    Char,     // ch_
    Error,    // er_
};

// What became of one value. Only Ok and NonFinite carry a number; nothing else may be shown as one.
enum class ValueStatus : quint8 {
    Ok,
    NotFound,     // VARIABLE_NOT_FOUND
    Forbidden,    // FORBIDDEN, FORBIDDEN_<suffix>
    Malformed,    // MALFORMED_VALUE, FILE_VARIABLE_NOT_READABLE, bad hex, wrong width, not a string
    DeviceError,  // er_…
    UnknownType,  // a prefix this decoder does not know; raw text kept
    NonFinite,    // fl_ NaN or ±Inf: kept as such, flagged
};

// One decoded `<type>_<hex>` value: what was received, what it means, and whether to trust it.
class SenecValue
{
public:
    using Payload = std::variant<std::monostate, float, quint64, qint64, QString>;

    SenecValue() = default;

    static SenecValue fromFloat(float value, QString raw = {});
    static SenecValue fromUnsigned(WireType type, quint64 value, QString raw = {});
    static SenecValue fromSigned(WireType type, qint64 value, QString raw = {});
    static SenecValue fromText(WireType type, QString text, QString raw = {});
    static SenecValue withStatus(ValueStatus status, QString raw, WireType type = WireType::None);

    ValueStatus status() const { return m_status; }
    WireType type() const { return m_type; }
    // Exactly as received, so it can be shown and re-sent unchanged.
    const QString &raw() const { return m_raw; }
    const Payload &payload() const { return m_payload; }

    bool isOk() const { return m_status == ValueStatus::Ok; }
    bool isNumber() const;  // float or integer payload (Ok or NonFinite)
    bool isText() const { return std::holds_alternative<QString>(m_payload); }

    std::optional<double> toDouble() const;  // any numeric payload; nullopt otherwise
    std::optional<qint64> toInt64() const;   // integers that fit; nullopt otherwise
    std::optional<quint64> toUInt64() const; // non-negative integers; nullopt otherwise
    std::optional<float> toFloat() const;    // only fl_ values
    QString text() const;                    // st_/ch_ text, or the empty string

    bool operator==(const SenecValue &other) const;

private:
    ValueStatus m_status = ValueStatus::Malformed;
    WireType m_type = WireType::None;
    QString m_raw;
    Payload m_payload;
};

// A variable as the device answered it: one value, or an array of values.
struct SenecVariable
{
    bool isArray = false;
    QList<SenecValue> values;    // one entry for scalars; the elements for arrays
    bool endOfArrayMarker = false; // the array ended with `st_END_OF_ARRAY` (dropped from values)

    const SenecValue &scalar() const { return values.constFirst(); }
    bool operator==(const SenecVariable &other) const = default;
};

// Short stable names, used in JSON output, logs and tests.
QString statusName(ValueStatus status);
QString wireTypeName(WireType type);

} // namespace kw::senec
