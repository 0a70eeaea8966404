#pragma once

#include <QLoggingCategory>

namespace kw::history {

Q_DECLARE_LOGGING_CATEGORY(lcHistory) // "kw.history": opening, batches, pruning, failures

} // namespace kw::history
