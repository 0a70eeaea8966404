#pragma once

#include <QObject>

class QSocketNotifier;

namespace kw {

// Turns SIGINT/SIGTERM into a Qt signal (self-pipe trick: the handler only writes a byte, the
// event loop does the rest), so kilowatch-sim and `kilowatch-cli record` shut down cleanly (servers closed, history
// flushed) when stopped.
// Elsewhere than Unix it falls back to the C runtime's signal() for SIGINT/SIGTERM.
class QuitSignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit QuitSignalWatcher(QObject *parent = nullptr);
    ~QuitSignalWatcher() override;

Q_SIGNALS:
    void quitRequested(int signalNumber);

private:
    void readSignal();
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace kw
