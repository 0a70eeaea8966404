#include "historylogging.h"

namespace kw::history {

// Per-batch details are debug output: QT_LOGGING_RULES="kw.history.debug=true".
Q_LOGGING_CATEGORY(lcHistory, "kw.history", QtInfoMsg)

} // namespace kw::history
