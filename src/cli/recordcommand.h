#pragma once

#include "devicecommand.h"

#include <QElapsedTimer>
#include <QTimer>

#include <memory>
#include <optional>

namespace kw {
class DevicePoller;
class QuitSignalWatcher;
namespace history {
class HistoryStore;
}
} // namespace kw

namespace kw::cli {

// `record URL --db FILE [--interval S] [--duration S] [--clock host|device] [--keep-raw-days N]`:
// polls the device through the same poller the app uses (backoff, last good data) and appends
// every snapshot to a history database, until --duration has passed or SIGINT/SIGTERM arrives.
// Ends with a JSON summary on stdout; failed polls are one-line notices on stderr, and recording
// goes on through them.
class RecordCommand : public DeviceCommand
{
    Q_OBJECT
public:
    RecordCommand(CliOptions options, OutputWriter &output, QObject *parent = nullptr);
    ~RecordCommand() override;

protected:
    void send() override;

private:
    void onCertificateChanged();
    void finish();

    std::unique_ptr<history::HistoryStore> m_store;
    DevicePoller *m_poller = nullptr;
    QuitSignalWatcher *m_quitWatcher = nullptr;
    QTimer m_durationTimer;
    QElapsedTimer m_clock;
    qint64 m_samples = 0;
    std::optional<qint64> m_firstSampleMs;
    std::optional<qint64> m_lastSampleMs;
    bool m_repinned = false;
};

} // namespace kw::cli
