#pragma once

#include "command.h"

namespace kw::cli {

// `decode FILE|-`: a saved lala.cgi answer to decoded JSON, no network involved.
class DecodeCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;

    void start() override;
};

} // namespace kw::cli
