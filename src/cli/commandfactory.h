#pragma once

#include "command.h"

#include <memory>

namespace kw::cli {

// The command object for what the command line asked for.
std::unique_ptr<Command> createCommand(const CliOptions &options, OutputWriter &output);

} // namespace kw::cli
