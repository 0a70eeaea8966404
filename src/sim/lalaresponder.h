#pragma once

#include "variabletable.h"

#include <QByteArray>

#include <functional>

namespace kw::sim {

// Answers a lala.cgi request body the way the device does:
//   {"S":{}}          → every variable of section S
//   {"S":{"V":""}}    → variable V (a value other than "" is a write on the device; the simulator
//                       is read-only and answers the current value)
//   unknown variable  → "VARIABLE_NOT_FOUND"; unknown or absent section → {"OBJECT_NOT_FOUND":""}
// No networking here: the HTTP layer passes the body in and writes the result out.
class LalaResponder
{
public:
    struct Reply
    {
        int status = 200;
        QByteArray body;
    };
    // Live values are only computed when a request actually needs them.
    using LiveSource = std::function<LiveValues()>;

    // Above ~11,500 bytes of request body real devices answer 200 with a truncated body;
    // the simulator reproduces that so request splitting can be tested.
    static constexpr qsizetype MaxRequestBytes = 11'500;

    explicit LalaResponder(const VariableTable &table);

    Reply respond(const QByteArray &requestBody, const LiveSource &live,
                  bool allSectionsNotFound = false) const;

private:
    const VariableTable &m_table;
};

} // namespace kw::sim
