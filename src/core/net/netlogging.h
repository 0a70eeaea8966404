#pragma once

#include <QLoggingCategory>

namespace kw::net {

Q_DECLARE_LOGGING_CATEGORY(lcNet) // "kw.net": requests, fallbacks, failures
Q_DECLARE_LOGGING_CATEGORY(lcTls) // "kw.net.tls": pinning decisions

} // namespace kw::net
