#pragma once

#include "devicecommand.h"

namespace kw::senec {
class SenecExchange;
}

namespace kw::cli {

// `snapshot URL`: one poll of the live set, mapped by the SENEC backend to the vendor-neutral
// snapshot (PV, house, grid, battery, SOC, state).
class SnapshotCommand : public DeviceCommand
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
