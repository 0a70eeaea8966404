#pragma once

#include "exportrequest.h"
#include "senec/seneclogparser.h"

#include <QList>

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

namespace kw::app {

class DeviceSession;
class ExportTask;

// `kilowatch --export FILE`: waits for the data the export needs — the session's history (the
// demo's past month written) for the charts and daily energies, a poll answer with the battery
// cells, today's device log (downloaded through the session's DeviceFilesFeed) — then writes the
// file with an ExportTask, prints one line to stdout saying what was written and reports done().
// No data within the time limit, no device, or a failed write: one line on stderr, done(false).
// The window is never shown for it.
class ExportRun : public QObject
{
    Q_OBJECT
public:
    ExportRun(gui::ExportRequest request, int timeoutMs, QObject *parent = nullptr);

    // What --export, --view, --range and --size ask for (already checked by parseAppOptions).
    static gui::ExportRequest requestFor(const QString &path, const QString &view, const QString &range,
                                         QSize imageSize);

    // The device to export from; a new session starts the wait afresh.
    void setSession(DeviceSession *session);
    // Arms the time limit; without a session by the time the event loop runs, fails at once.
    void start();

Q_SIGNALS:
    // Once.
    void done(bool ok);

private:
    void waitForData();
    void write(const QList<kw::senec::SenecLogLine> &logLines = {});
    void fail(const QString &message);

    gui::ExportRequest m_request;
    QPointer<DeviceSession> m_session;
    QPointer<ExportTask> m_task;
    QTimer m_timeout;
    QList<QMetaObject::Connection> m_waits;
    bool m_done = false;
};

} // namespace kw::app
