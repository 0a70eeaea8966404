#pragma once

#include "devicecommand.h"

namespace kw::senec {
class SenecVarsDownloader;
struct SenecVarsResult;
} // namespace kw::senec

namespace kw::cli {

// `vars URL`: the device's variable monitor page as JSON rows (name, type, value as shown).
class VarsCommand : public DeviceCommand
{
    Q_OBJECT
public:
    using DeviceCommand::DeviceCommand;

protected:
    void send() override;

private:
    void onFinished(const senec::SenecVarsResult &result);

    senec::SenecVarsDownloader *m_downloader = nullptr;
};

} // namespace kw::cli
