#pragma once

#include "export/exportresult.h"
#include "exportrequest.h"
#include "senec/seneclogparser.h"
#include "senec/senecresponse.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

namespace kw::exporting {
class ExportJob;
}
namespace kw::history {
class HistoryStore;
}

namespace kw::app {

class DeviceSession;

// What an export reads, gathered by its caller (ExportController from the running window,
// ExportRun once the data has come).
struct ExportSources
{
    history::HistoryStore *history = nullptr; // charts, their data, daily energies
    qint64 nowMs = 0;                         // "now" for the range presets (the device's clock)
    QString deviceName;                       // in image titles
    senec::SenecResponse battery;             // battery cells: the poller's united answer
    qint64 batteryTimeMs = 0;                 // when that answer was taken
    QString language = QStringLiteral("en");  // battery status words
    QList<senec::SenecLogLine> logLines;      // the log

    // Everything but the log, from a running session.
    static ExportSources of(const DeviceSession &session);
};

// One export from request to file. Images, daily energies, battery cells and the log are written
// at once in the calling thread (milliseconds; the history store is read where it was opened);
// the charts' data — possibly half a million rows — runs as an exporting::ExportJob on a thread
// of its own with progress and cancel. finished() comes once, always after start() returned.
class ExportTask : public QObject
{
    Q_OBJECT
public:
    ExportTask(gui::ExportRequest request, ExportSources sources, QObject *parent = nullptr);
    ~ExportTask() override;

    const gui::ExportRequest &request() const { return m_request; }
    // Runs long enough to want a progress dialog (the charts' data).
    bool isLong() const;
    void start();
    void cancel();
    // One line for the user: "Wrote … (N rows)", or the error.
    static QString summary(const gui::ExportRequest &request, const exporting::ExportResult &result);

Q_SIGNALS:
    void progressChanged(int permille);
    void finished(const kw::exporting::ExportResult &result);

private:
    exporting::ExportResult writeNow() const;
    void finish(const exporting::ExportResult &result);

    gui::ExportRequest m_request;
    ExportSources m_sources;
    QPointer<exporting::ExportJob> m_job;
    bool m_started = false;
    bool m_finished = false;
};

} // namespace kw::app
