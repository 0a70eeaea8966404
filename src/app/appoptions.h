#pragma once

#include <QDateTime>
#include <QSize>
#include <QString>
#include <QStringList>

namespace kw::app {

// What `kilowatch` was started with, checked.
struct AppOptions
{
    bool demo = false;       // run the simulator in-process and watch it
    QString device;          // URL or host of a real device; neither: the device in the
                             // settings, or the welcome page when there is none
    int intervalMs = 0;      // 0: the default for the mode (2 s demo, 10 s device)
    QString trustFile;       // pinned certificates (real devices; the demo uses a temp file)
    QString historyPath;     // history database; empty: the default for the mode (the app's
                             // data folder for a device, a throw-away file for the demo)
    QString screenshotPath;  // grab the window after the first data, save as PNG, quit
    QString view;            // the view shown first (MainWindow::viewNames()); empty: the last one
    QSize windowSize;        // invalid: the saved geometry, else the default
    QString settingsPath;    // INI file; empty: the user's settings
    QString language;        // --language: "en" or "de" for this run; empty: the setting
    int screenshotTimeoutMs = 30'000;
    QString exportPath;      // --export: write this file (by extension: png, svg, csv) and quit;
                             // the window is never shown
    QString exportView;      // with --export: "charts" (default), "energy", "battery" or "log"
    QString exportRange;     // with --export: "1h", "6h", "24h" (default), "7d" or "30d"
    int exportTimeoutMs = 60'000; // --export: how long to wait for the data
    QDateTime demoStart;     // the demo's simulated clock start (UTC); invalid: now
    double demoSpeed = 1.0;  // simulated seconds per real second in the demo
};

struct AppParseResult
{
    bool ok = false;
    bool exitNow = false; // --help/--version were handled
    AppOptions options;
    QString error;        // one line when !ok
};

AppParseResult parseAppOptions(const QStringList &arguments);
// What --export --view accepts: "charts", "energy", "battery", "log".
QStringList exportViewNames();
// What --range accepts: "1h", "6h", "24h", "7d", "30d".
QStringList exportRangeNames();
// "1280x800" -> QSize; invalid for anything else or outside 320x240 … 7680x4320.
QSize parseWindowSize(const QString &text);

} // namespace kw::app
