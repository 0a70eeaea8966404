#pragma once

#include "devicecommand.h"

namespace kw::senec {
class SenecExchange;
}

namespace kw::cli {

// `poll URL [--sections A,B,…] [--raw]`: one poll, decoded like `decode`, or as received.
class PollCommand : public DeviceCommand
{
    Q_OBJECT
public:
    using DeviceCommand::DeviceCommand;

protected:
    void send() override;

private:
    senec::SenecExchange *m_exchange = nullptr;
};

} // namespace kw::cli
