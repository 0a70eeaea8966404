#pragma once

#include "command.h"

namespace kw::cli {

// `totals --db FILE [--day YYYY-MM-DD]`: one local day's energies (kWh), autarky and
// self-consumption rate from a history database, as JSON.
class TotalsCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;

    void start() override;
};

} // namespace kw::cli
