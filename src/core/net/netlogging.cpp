#include "netlogging.h"

namespace kw::net {

// Debug output (every request) is off unless enabled with QT_LOGGING_RULES="kw.net*.debug=true".
Q_LOGGING_CATEGORY(lcNet, "kw.net", QtInfoMsg)
Q_LOGGING_CATEGORY(lcTls, "kw.net.tls", QtInfoMsg)

} // namespace kw::net
