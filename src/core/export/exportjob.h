#pragma once

#include "exportresult.h"

#include <QObject>

#include <atomic>
#include <functional>

class QThread;

namespace kw::exporting {

// Runs one long export (e.g. HistoryCsvExport) on a thread of its own, so the window never waits
// for it. Progress and the end are signalled in the thread that created the job; cancel() asks
// the work to stop at its next check (it then ends as Cancelled, its file not written). The
// destructor cancels and waits, so the work never outlives what it was given.
class ExportJob : public QObject
{
    Q_OBJECT
public:
    // `fraction` 0..1; may be called often, from the worker thread.
    using Progress = std::function<void(double fraction)>;
    using Work = std::function<ExportResult(const std::atomic_bool &cancelled, const Progress &progress)>;

    explicit ExportJob(Work work, QObject *parent = nullptr);
    ~ExportJob() override;

    // Starts the work once; later calls do nothing.
    void start();
    void cancel();
    bool isRunning() const;
    bool isCancelRequested() const { return m_cancel.load(); }

Q_SIGNALS:
    // Per mille, only when it changed.
    void progressChanged(int permille);
    // Once, when the work has returned (its thread has ended).
    void finished(const kw::exporting::ExportResult &result);

private:
    Work m_work;
    std::atomic_bool m_cancel{false};
    std::atomic_int m_permille{-1};
    QThread *m_thread = nullptr;
    ExportResult m_result;
};

} // namespace kw::exporting
