#pragma once

// A demo DeviceSession feeding a real window, ready to test against: the simulator over loopback
// HTTPS, the real poller, a real SQLite history with the demo's past month written, the first
// poll (a full sweep, so battery data too) shown. For tests that link kw_app.

#include "batterymodulesmodel.h"
#include "batteryview.h"
#include "devicesession.h"
#include "mainwindow.h"
#include "poll/devicepoller.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QString>
#include <QTest>

#include <memory>

namespace kwtest {

// Null (with a warning naming the step) when the session does not start or its data does not
// arrive in time; the caller QVERIFYs it.
inline std::unique_ptr<kw::app::DeviceSession> startDemoSession(kw::gui::MainWindow *window,
                                                                const QString &historyPath,
                                                                const QDateTime &demoStart)
{
    auto session = std::make_unique<kw::app::DeviceSession>(window);
    QSignalSpy ready(session.get(), &kw::app::DeviceSession::historyReady);
    kw::app::SessionConfig config;
    config.demo = true;
    config.demoStart = demoStart;
    config.historyPath = historyPath;
    config.language = QStringLiteral("en");
    if (!session->start(config)) {
        qWarning("demo session did not start: %s", qPrintable(session->errorString()));
        return nullptr;
    }
    if (!session->isHistoryReady() && !ready.wait(60'000)) {
        qWarning("the demo's past month was not written within 60 s");
        return nullptr;
    }
    // The first poll is a full sweep; wait for the heavy data (BMS) as well.
    const bool shown = QTest::qWaitFor([&] {
        return session->poller()->hasData() && window->batteryView()->modulesModel()->rowCount() > 0;
    }, 20'000);
    if (!shown) {
        qWarning("no battery data from the demo within 20 s");
        return nullptr;
    }
    return session;
}

} // namespace kwtest
