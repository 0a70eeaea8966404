#pragma once

#include "command.h"

namespace kw::cli {

// `history --db FILE --from T --to T [--width N] [--csv]`: the recorded series as a chart would
// get them (decimated to N pixel columns from the fitting tier), as JSON or long-format CSV.
class HistoryCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;

    void start() override;
};

} // namespace kw::cli
