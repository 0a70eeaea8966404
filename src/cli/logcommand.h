#pragma once

#include "devicecommand.h"

namespace kw::senec {
class SenecLogDownloader;
struct SenecLogResult;
} // namespace kw::senec

namespace kw::cli {

// `log URL [--date YYYY-MM-DD] [--raw]`: one UTC day of the device log, parsed into JSON lines
// or as received. A day without a log is its own exit code, not an error.
class LogCommand : public DeviceCommand
{
    Q_OBJECT
public:
    using DeviceCommand::DeviceCommand;

protected:
    void send() override;

private:
    void onFinished(const senec::SenecLogResult &result);

    senec::SenecLogDownloader *m_downloader = nullptr;
};

} // namespace kw::cli
