#pragma once

#include "senecvalue.h"

#include <QByteArray>
#include <QMap>
#include <QString>

#include <optional>

namespace kw::senec {

enum class SectionStatus : quint8 {
    Ok,
    NotFound,   // {"SECTION":{"OBJECT_NOT_FOUND":""}} or null
    Malformed,  // not an object: an extra top-level key, a number, a string…
};

// One section of a lala.cgi answer: its variables, or why it has none.
struct SenecSection
{
    SectionStatus status = SectionStatus::Ok;
    QMap<QString, SenecVariable> variables;
    QString raw; // the JSON text of a Malformed section, as received

    bool operator==(const SenecSection &other) const = default;
};

// A whole decoded lala.cgi answer (section -> variable -> value). Cheap to copy (implicitly
// shared maps) so the poller can keep the last good one while a new poll fails.
class SenecResponse
{
public:
    QMap<QString, SenecSection> sections;

    const SenecSection *section(const QString &name) const;
    const SenecVariable *variable(const QString &section, const QString &name) const;
    // The value at `index` if present, whatever its status.
    const SenecValue *value(const QString &section, const QString &name, qsizetype index = 0) const;
    // The number at `index` if the value is Ok and numeric (never for NonFinite or errors).
    std::optional<double> number(const QString &section, const QString &name, qsizetype index = 0) const;

    // Adds the other answer's sections; variables of a section present in both are united.
    void merge(const SenecResponse &other);
    qsizetype variableCount() const;
    qsizetype valueCount() const; // every scalar and array element, over all sections

    // Back to the wire format, each value re-encoded (for the simulator and round-trip tests).
    QByteArray toWireJson() const;

    bool operator==(const SenecResponse &other) const = default;
};

struct SenecParseResult
{
    std::optional<SenecResponse> response;
    QString error; // one line, set when response is empty
};

// Parses a lala.cgi body. Fails (with a one-line reason) only when the body is not a JSON object;
// anything odd inside it is kept per value with a status, never dropped, never fatal.
SenecParseResult parseSenecResponse(const QByteArray &body);

} // namespace kw::senec
