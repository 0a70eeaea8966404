#pragma once

#include "devicecommand.h"

namespace kw::cli {

class LalaExchange;

// `poll URL [--sections A,B,…] [--raw]`: one poll, decoded like `decode`, or as received.
class PollCommand : public DeviceCommand
{
    Q_OBJECT
public:
    using DeviceCommand::DeviceCommand;

protected:
    void send() override;

private:
    LalaExchange *m_exchange = nullptr;
};

} // namespace kw::cli
