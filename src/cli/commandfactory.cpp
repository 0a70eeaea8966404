#include "commandfactory.h"

#include "decodecommand.h"
#include "historycommand.h"
#include "logcommand.h"
#include "pollcommand.h"
#include "recordcommand.h"
#include "snapshotcommand.h"
#include "totalscommand.h"
#include "varscommand.h"

namespace kw::cli {

std::unique_ptr<Command> createCommand(const CliOptions &options, OutputWriter &output)
{
    switch (options.command) {
    case CliOptions::Command::Decode: return std::make_unique<DecodeCommand>(options, output);
    case CliOptions::Command::Poll: return std::make_unique<PollCommand>(options, output);
    case CliOptions::Command::Snapshot: return std::make_unique<SnapshotCommand>(options, output);
    case CliOptions::Command::Log: return std::make_unique<LogCommand>(options, output);
    case CliOptions::Command::Vars: return std::make_unique<VarsCommand>(options, output);
    case CliOptions::Command::Record: return std::make_unique<RecordCommand>(options, output);
    case CliOptions::Command::History: return std::make_unique<HistoryCommand>(options, output);
    case CliOptions::Command::Totals: return std::make_unique<TotalsCommand>(options, output);
    }
    return std::make_unique<DecodeCommand>(options, output);
}

} // namespace kw::cli
