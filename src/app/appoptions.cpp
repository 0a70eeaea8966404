#include "appoptions.h"

#include "mainwindow.h"

#include "simulatoroptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <cmath>

namespace kw::app {
namespace {

// The texts' translation context; lupdate reads it from the macro, as the runtime does.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kw::app::AppOptions)
};

} // namespace

AppParseResult parseAppOptions(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Kilowatch: live view of a home solar and battery system (SENEC.Home)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(
        QStringLiteral("demo"), Text::tr("Start a simulated SENEC.Home on loopback and show it."));
    const QCommandLineOption deviceOption(QStringLiteral("device"),
                                          Text::tr("Watch the device at URL (e.g. 192.168.1.20)."),
                                          Text::tr("URL"));
    const QCommandLineOption intervalOption(QStringLiteral("interval"),
                                            Text::tr("Seconds between polls (at least 2; default 2 "
                                               "for the demo, 10 for a device)."),
                                            Text::tr("SECONDS"));
    const QCommandLineOption trustOption(QStringLiteral("trust-file"),
                                         Text::tr("Pinned device certificates (default: trust.json in "
                                            "the app's data folder)."),
                                         Text::tr("FILE"));
    const QCommandLineOption historyOption(
        QStringLiteral("history"),
        Text::tr("History database to record into (default: history.sqlite in the app's data folder; "
           "the demo records into a throw-away file)."),
        Text::tr("FILE"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        Text::tr("Save the window as PNG once the first data is shown, then quit."), Text::tr("FILE"));
    const QCommandLineOption viewOption(
        QStringLiteral("view"),
        Text::tr("The view shown first (and grabbed by --screenshot): %1. With --export: what to "
           "export, %2 (default charts).")
            .arg(gui::MainWindow::viewNames().join(QStringLiteral(", ")),
                 exportViewNames().join(QStringLiteral(", "))),
        Text::tr("VIEW"));
    const QCommandLineOption exportOption(
        QStringLiteral("export"),
        Text::tr("Write FILE and quit, without showing the window: the power chart (--view charts) or "
           "the daily energies (--view energy) as .png, .svg or their data as .csv; the battery "
           "cells (--view battery) or today's device log (--view log) as .csv."),
        Text::tr("FILE"));
    const QCommandLineOption rangeOption(
        QStringLiteral("range"),
        Text::tr("With --export: the charts' time range up to now, %1 (default 24h). Daily energies "
           "cover 7 days up to 7d, else 30.")
            .arg(exportRangeNames().join(QStringLiteral(", "))),
        Text::tr("RANGE"));
    const QCommandLineOption sizeOption(
        QStringLiteral("size"),
        Text::tr("Window size in pixels, e.g. 1280x800 (also for --screenshot); with --export the "
           "image size (default 1200x600)."),
        Text::tr("WxH"));
    const QCommandLineOption settingsOption(
        QStringLiteral("settings"),
        Text::tr("Read and write the settings in this INI file instead of the user's settings."),
        Text::tr("FILE"));
    const QCommandLineOption demoStartOption(
        QStringLiteral("demo-start"),
        Text::tr("Demo: simulated start time, ISO 8601 (default: now; without offset: UTC)."),
        Text::tr("TIME"));
    const QCommandLineOption demoSpeedOption(
        QStringLiteral("demo-speed"), Text::tr("Demo: simulated seconds per real second (default 1)."),
        Text::tr("X"));
    const QCommandLineOption languageOption(
        QStringLiteral("language"),
        Text::tr("The UI language for this run: en or de (default: the setting, else the system's)."),
        Text::tr("LANG"));
    parser.addOptions({demoOption, deviceOption, intervalOption, trustOption, historyOption,
                       screenshotOption, viewOption, exportOption, rangeOption, sizeOption,
                       settingsOption, languageOption,
                       demoStartOption, demoSpeedOption});

    AppParseResult result;
    // process() prints help/version and exits for us; errors we report ourselves.
    if (!parser.parse(arguments)) {
        result.error = parser.errorText();
        return result;
    }
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("version"))) {
        parser.process(arguments); // prints and exits
        result.exitNow = true;
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        result.error = Text::tr("unexpected argument \"%1\"").arg(parser.positionalArguments().constFirst());
        return result;
    }
    AppOptions &options = result.options;
    options.demo = parser.isSet(demoOption);
    options.device = parser.value(deviceOption);
    if (options.demo && !options.device.isEmpty()) {
        result.error = Text::tr("choose one: --demo or --device URL");
        return result;
    }
    if (parser.isSet(intervalOption)) {
        bool ok = false;
        const double seconds = parser.value(intervalOption).toDouble(&ok);
        if (!ok || !std::isfinite(seconds) || seconds < 2 || seconds > 3600) {
            result.error = Text::tr("--interval needs seconds from 2 to 3600, not \"%1\"")
                               .arg(parser.value(intervalOption));
            return result;
        }
        options.intervalMs = static_cast<int>(std::lround(seconds * 1000));
    }
    options.trustFile = parser.isSet(trustOption)
                          ? parser.value(trustOption)
                          : QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                                .filePath(QStringLiteral("trust.json"));
    options.historyPath = parser.value(historyOption);
    options.screenshotPath = parser.value(screenshotOption);
    options.exportPath = parser.value(exportOption);
    if (!options.exportPath.isEmpty()) {
        if (!options.screenshotPath.isEmpty()) {
            result.error = Text::tr("choose one: --export or --screenshot");
            return result;
        }
        options.exportView = parser.isSet(viewOption) ? parser.value(viewOption) : QStringLiteral("charts");
        if (!exportViewNames().contains(options.exportView)) {
            result.error = Text::tr("--export needs --view %1, not \"%2\"")
                               .arg(exportViewNames().join(QStringLiteral(", ")), options.exportView);
            return result;
        }
        options.exportRange = parser.isSet(rangeOption) ? parser.value(rangeOption) : QStringLiteral("24h");
        if (!exportRangeNames().contains(options.exportRange)) {
            result.error = Text::tr("--range needs one of %1, not \"%2\"")
                               .arg(exportRangeNames().join(QStringLiteral(", ")), options.exportRange);
            return result;
        }
        const QString suffix = QFileInfo(options.exportPath).suffix().toLower();
        const bool chartView = options.exportView == QLatin1String("charts")
                               || options.exportView == QLatin1String("energy");
        const QStringList formats = chartView ? QStringList{QStringLiteral("png"), QStringLiteral("svg"),
                                                            QStringLiteral("csv")}
                                              : QStringList{QStringLiteral("csv")};
        if (!formats.contains(suffix)) {
            result.error = Text::tr("--export of --view %1 writes %2 files, not \"%3\"")
                               .arg(options.exportView,
                                    formats.join(QStringLiteral(", ")),
                                    QFileInfo(options.exportPath).fileName());
            return result;
        }
    } else if (parser.isSet(rangeOption)) {
        result.error = Text::tr("--range only applies to --export");
        return result;
    }
    options.view = options.exportPath.isEmpty() ? parser.value(viewOption) : QString();
    if (!options.view.isEmpty() && !gui::MainWindow::viewNames().contains(options.view)) {
        result.error = Text::tr("--view needs one of %1, not \"%2\"")
                           .arg(gui::MainWindow::viewNames().join(QStringLiteral(", ")), options.view);
        return result;
    }
    if (parser.isSet(sizeOption)) {
        options.windowSize = parseWindowSize(parser.value(sizeOption));
        if (!options.windowSize.isValid()) {
            result.error = Text::tr("--size needs WIDTHxHEIGHT from 320x240 to 7680x4320, not \"%1\"")
                               .arg(parser.value(sizeOption));
            return result;
        }
    }
    options.settingsPath = parser.value(settingsOption);
    if (parser.isSet(languageOption)) {
        options.language = parser.value(languageOption).trimmed().toLower();
        if (options.language != QLatin1String("en") && options.language != QLatin1String("de")) {
            result.error = Text::tr("--language needs en or de, not \"%1\"").arg(parser.value(languageOption));
            return result;
        }
    }
    if ((parser.isSet(demoStartOption) || parser.isSet(demoSpeedOption)) && !options.demo) {
        result.error = Text::tr("--demo-start and --demo-speed only apply to --demo");
        return result;
    }
    if (parser.isSet(demoStartOption)) {
        options.demoStart = sim::parseSimulatedStart(parser.value(demoStartOption));
        if (!options.demoStart.isValid()) {
            result.error = Text::tr("--demo-start needs an ISO 8601 time such as 2026-06-21T09:00:00Z, "
                              "not \"%1\"")
                               .arg(parser.value(demoStartOption));
            return result;
        }
    }
    if (parser.isSet(demoSpeedOption)) {
        bool ok = false;
        options.demoSpeed = parser.value(demoSpeedOption).toDouble(&ok);
        if (!ok || !std::isfinite(options.demoSpeed) || options.demoSpeed <= 0
            || options.demoSpeed > 10'000) {
            result.error = Text::tr("--demo-speed needs a number above 0 and at most 10000, not \"%1\"")
                               .arg(parser.value(demoSpeedOption));
            return result;
        }
    }
    result.ok = true;
    return result;
}

QStringList exportViewNames()
{
    return {QStringLiteral("charts"), QStringLiteral("energy"), QStringLiteral("battery"), QStringLiteral("log")};
}

QStringList exportRangeNames()
{
    return {QStringLiteral("1h"), QStringLiteral("6h"), QStringLiteral("24h"), QStringLiteral("7d"),
            QStringLiteral("30d")};
}

QSize parseWindowSize(const QString &text)
{
    const QStringList parts = text.trimmed().toLower().split(QLatin1Char('x'));
    if (parts.size() != 2)
        return {};
    bool widthOk = false;
    bool heightOk = false;
    const int width = parts.at(0).toInt(&widthOk);
    const int height = parts.at(1).toInt(&heightOk);
    if (!widthOk || !heightOk || width < 320 || height < 240 || width > 7680 || height > 4320)
        return {};
    return {width, height};
}

} // namespace kw::app
