#include "commandfactory.h"

#include "decodecommand.h"

namespace kw::cli {

std::unique_ptr<Command> createCommand(const CliOptions &options, OutputWriter &output)
{
    switch (options.command) {
    case CliOptions::Command::Decode:
    default:
        return std::make_unique<DecodeCommand>(options, output);
    }
}

} // namespace kw::cli
