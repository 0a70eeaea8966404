#pragma once

#include "exportrequest.h"
#include "exporttask.h"

#include <QObject>
#include <QPointer>
#include <QString>

class QProgressDialog;

namespace kw::gui {
class ExportDialog;
class MainWindow;
}

namespace kw::app {

class DeviceSession;

// File → Export… in the running app: knows where each export's data lives (the session's history
// store, the poller's last answer, the log shown or today's log through the session's
// DeviceFilesFeed), asks with an ExportDialog and a save dialog, and runs the export as an
// ExportTask. Long exports show a window-modal, cancellable QProgressDialog; the event loop keeps
// running throughout. The outcome goes to the status bar, a failure into a message box.
class ExportController : public QObject
{
    Q_OBJECT
public:
    explicit ExportController(gui::MainWindow *window, QObject *parent = nullptr);
    ~ExportController() override;

    // The session whose data is exported; null: nothing can be exported.
    void setSession(DeviceSession *session);

    // The dialog, the file dialog, then the export.
    void exportInteractively();
    // What the dialog starts with: the kind fitting the current view, the Charts view's range
    // (a zoomed or custom one as it is), the last image settings.
    gui::ExportRequest defaultRequest() const;
    // Which kinds have data now; the reason for those that have not.
    void updateAvailability(gui::ExportDialog &dialog) const;
    // Runs `request` (path set); the log's lines are fetched first when the Log view has none.
    // False when an export is still running.
    bool run(const gui::ExportRequest &request);
    bool isRunning() const { return m_task || m_waitingForLog; }
    void cancel();
    // The running export's progress dialog; null when none runs.
    QProgressDialog *progressDialog() const;
    ExportSources sources() const;

Q_SIGNALS:
    void finished(const kw::exporting::ExportResult &result);

private:
    void startTask(const gui::ExportRequest &request, ExportSources sources);
    void onFinished(const gui::ExportRequest &request, const exporting::ExportResult &result);

    QPointer<gui::MainWindow> m_window;
    QPointer<DeviceSession> m_session;
    QPointer<ExportTask> m_task;
    QPointer<QProgressDialog> m_progress;
    QMetaObject::Connection m_logConnection;
    bool m_waitingForLog = false;
    QString m_waitingPath; // the log export's file while its log downloads
    gui::ExportRequest m_last;
    bool m_haveLast = false;
    QString m_folder;
};

} // namespace kw::app
