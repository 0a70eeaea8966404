#pragma once

// The simulator's HTTP engine under test. ctest runs some simulator test programs twice: once
// on Qt's HTTP server and once, with KW_SIM_TEST_RAW_HTTP set, on the simulator's own HTTP/1.1
// path, which is the only one on Qt >= 6.5.

#include <QtGlobal>

namespace kwtest {

inline bool simulatorRawHttp()
{
    return qEnvironmentVariableIsSet("KW_SIM_TEST_RAW_HTTP");
}

} // namespace kwtest
