#include "clioptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QStandardPaths>

#include "timeargument.h"

#include <cmath>

namespace kw::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kw::cli::CliOptions", text);
}

struct CommandInfo
{
    QLatin1StringView name;
    CliOptions::Command command;
    bool needsDevice;
};

constexpr CommandInfo Commands[] = {
    {QLatin1StringView("decode"), CliOptions::Command::Decode, false},
    {QLatin1StringView("poll"), CliOptions::Command::Poll, true},
    {QLatin1StringView("snapshot"), CliOptions::Command::Snapshot, true},
    {QLatin1StringView("log"), CliOptions::Command::Log, true},
    {QLatin1StringView("vars"), CliOptions::Command::Vars, true},
    {QLatin1StringView("record"), CliOptions::Command::Record, true},
    {QLatin1StringView("history"), CliOptions::Command::History, false},
    {QLatin1StringView("totals"), CliOptions::Command::Totals, false},
};

// Commands that take no positional target (everything comes through options).
bool takesTarget(CliOptions::Command command)
{
    return command != CliOptions::Command::History && command != CliOptions::Command::Totals;
}

QString description()
{
    return tr("Talks to a SENEC.Home appliance (or kilowatch-sim) from a terminal.\n"
              "\n"
              "Commands:\n"
              "  decode FILE|-          decode a saved lala.cgi answer (\"-\": stdin) to JSON\n"
              "  poll URL               one poll of the device, decoded to JSON\n"
              "                         [--sections A,B,...] [--raw]\n"
              "  snapshot URL           PV, house, grid, battery, SOC and state as JSON\n"
              "                         [--language de|en]\n"
              "  log URL                the device log of one UTC day [--date YYYY-MM-DD] [--raw]\n"
              "  vars URL               the device's variable monitor page as JSON\n"
              "  record URL --db FILE   poll the device and record the samples in a history\n"
              "                         database [--interval S] [--duration S]\n"
              "                         [--clock host|device] [--keep-raw-days N]\n"
              "  history --db FILE      the recorded series, decimated to --width pixel\n"
              "                         columns, as JSON or --csv; --from T --to T\n"
              "  totals --db FILE       one local day's energies, autarky and self-consumption\n"
              "                         as JSON [--day YYYY-MM-DD]\n"
              "\n"
              "URL is the device address, e.g. https://192.168.1.20 or just 192.168.1.20\n"
              "(then HTTPS is tried first, plain HTTP second). HTTPS certificates are pinned\n"
              "on first use in the trust file.\n"
              "\n"
              "Exit codes: 0 ok, 1 network, device or file error, 2 input or answer is\n"
              "not lala.cgi JSON, 3 the device's certificate changed, 4 no log for that\n"
              "day or no recorded data, 64 bad command line.\n"
              "\n"
              "Times T: ISO 8601 (2026-06-21T06:00:00Z; without a zone: local time),\n"
              "a date (local midnight), now, now-90m, now-24h, now-7d, or UTC milliseconds.");
}

CliParseResult error(const QString &message)
{
    CliParseResult result;
    result.action = CliParseResult::Action::Error;
    result.text = message;
    return result;
}

// Seconds as typed, within [minimumS, maximumS]; nullopt otherwise.
std::optional<qint64> secondsToMs(const QString &text, double minimumS, double maximumS)
{
    bool ok = false;
    const double seconds = text.toDouble(&ok);
    if (!ok || !std::isfinite(seconds) || seconds < minimumS || seconds > maximumS)
        return std::nullopt;
    return std::llround(seconds * 1000);
}

// The options of record, history and totals; an error text, or empty when all is well.
QString readHistoryOptions(const QCommandLineParser &parser, CliOptions &options)
{
    using C = CliOptions::Command;
    const bool usesDatabase = options.command == C::Record || options.command == C::History
                           || options.command == C::Totals;
    if (!usesDatabase)
        return {};
    options.database = parser.value(QStringLiteral("db"));
    if (options.database.isEmpty())
        return tr("%1 needs --db FILE").arg(parser.positionalArguments().constFirst());

    options.timeZone = QTimeZone::systemTimeZone();
    if (parser.isSet(QStringLiteral("time-zone"))) {
        const QString zone = parser.value(QStringLiteral("time-zone"));
        options.timeZone = QTimeZone(zone.toUtf8());
        if (!options.timeZone.isValid())
            return tr("--time-zone needs an IANA zone such as Europe/Berlin, not \"%1\"").arg(zone);
    }

    if (options.command == C::Record) {
        const auto intervalMs = secondsToMs(parser.value(QStringLiteral("interval")), 1, 3600);
        if (!intervalMs)
            return tr("--interval needs seconds between 1 and 3600, not \"%1\"")
                .arg(parser.value(QStringLiteral("interval")));
        options.intervalMs = int(*intervalMs);
        if (parser.isSet(QStringLiteral("duration"))) {
            const auto durationMs = secondsToMs(parser.value(QStringLiteral("duration")), 0.001,
                                                366.0 * 86400);
            if (!durationMs)
                return tr("--duration needs a positive number of seconds, not \"%1\"")
                    .arg(parser.value(QStringLiteral("duration")));
            options.durationMs = *durationMs;
        }
        const QString clock = parser.value(QStringLiteral("clock"));
        if (clock != u"host" && clock != u"device")
            return tr("--clock needs host or device, not \"%1\"").arg(clock);
        options.clock = clock == u"device" ? CliOptions::Clock::Device : CliOptions::Clock::Host;
        bool ok = false;
        options.keepRawDays = parser.value(QStringLiteral("keep-raw-days")).toInt(&ok);
        if (!ok || options.keepRawDays < 1 || options.keepRawDays > 36'500)
            return tr("--keep-raw-days needs a number of days between 1 and 36500, not \"%1\"")
                .arg(parser.value(QStringLiteral("keep-raw-days")));
    }

    if (options.command == C::History) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (!parser.isSet(QStringLiteral("from")))
            return tr("history needs --from T");
        const auto from = parseTimeArgument(parser.value(QStringLiteral("from")), now,
                                            options.timeZone);
        if (!from)
            return tr("--from: \"%1\" is not a time; try --help")
                .arg(parser.value(QStringLiteral("from")));
        const auto to = parser.isSet(QStringLiteral("to"))
                          ? parseTimeArgument(parser.value(QStringLiteral("to")), now,
                                              options.timeZone)
                          : std::optional<qint64>(now.toMSecsSinceEpoch());
        if (!to)
            return tr("--to: \"%1\" is not a time; try --help")
                .arg(parser.value(QStringLiteral("to")));
        if (*from >= *to)
            return tr("--from must be before --to");
        options.fromMs = *from;
        options.toMs = *to;
        bool ok = false;
        options.widthPx = parser.value(QStringLiteral("width")).toInt(&ok);
        if (!ok || options.widthPx < 1 || options.widthPx > 100'000)
            return tr("--width needs a number of pixels between 1 and 100000, not \"%1\"")
                .arg(parser.value(QStringLiteral("width")));
        options.csv = parser.isSet(QStringLiteral("csv"));
    }

    if (options.command == C::Totals) {
        options.day = QDateTime::currentDateTimeUtc().toTimeZone(options.timeZone).date();
        if (parser.isSet(QStringLiteral("day"))) {
            options.day = QDate::fromString(parser.value(QStringLiteral("day")), Qt::ISODate);
            if (!options.day.isValid())
                return tr("--day needs a day as YYYY-MM-DD, not \"%1\"")
                    .arg(parser.value(QStringLiteral("day")));
        }
    }
    return {};
}

} // namespace

QString defaultTrustFile()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("trust.json"));
}

CliParseResult parseCliOptions(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description());
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption compactOption(QStringLiteral("compact"),
                                           tr("Print JSON on one line instead of indented."));
    const QCommandLineOption sectionsOption(QStringLiteral("sections"),
                                            tr("poll: comma-separated sections to ask for "
                                               "(default: the live set)."),
                                            tr("A,B,..."));
    const QCommandLineOption rawOption(QStringLiteral("raw"),
                                       tr("poll, log: print the device's answer as received."));
    const QCommandLineOption dateOption(QStringLiteral("date"),
                                        tr("log: the UTC day (default: today)."),
                                        tr("YYYY-MM-DD"));
    const QCommandLineOption trustOption(QStringLiteral("trust-file"),
                                         tr("Pinned certificates (default: %1).")
                                             .arg(defaultTrustFile()),
                                         tr("FILE"));
    const QCommandLineOption acceptOption(QStringLiteral("accept-new-certificate"),
                                          tr("Trust the certificate the device presents now, "
                                             "replacing the pinned one."));
    const QCommandLineOption timeoutOption(QStringLiteral("timeout"),
                                           tr("Seconds to wait for each answer (default: 10)."),
                                           tr("SECONDS"), QStringLiteral("10"));
    const QCommandLineOption languageOption(QStringLiteral("language"),
                                            tr("snapshot: language of state_text, de (the "
                                               "device's own texts, default) or en."),
                                            tr("LANG"), QStringLiteral("de"));
    const QCommandLineOption verboseOption(QStringLiteral("verbose"),
                                           tr("Log what the network code does on stderr."));
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      tr("record, history, totals: the history database."),
                                      tr("FILE"));
    const QCommandLineOption intervalOption(QStringLiteral("interval"),
                                            tr("record: seconds between polls (default: 10, at "
                                               "least 1)."),
                                            tr("S"), QStringLiteral("10"));
    const QCommandLineOption durationOption(QStringLiteral("duration"),
                                            tr("record: stop after this many seconds (default: "
                                               "until interrupted)."),
                                            tr("S"));
    const QCommandLineOption clockOption(QStringLiteral("clock"),
                                         tr("record: stamp samples with the host's clock or the "
                                            "device's (RTC.WEB_TIME - UTC_OFFSET; default: "
                                            "host)."),
                                         tr("host|device"), QStringLiteral("host"));
    const QCommandLineOption keepRawOption(QStringLiteral("keep-raw-days"),
                                           tr("record: days of raw samples to keep (default: "
                                              "10; the per-minute and coarser summaries are "
                                              "kept forever)."),
                                           tr("DAYS"), QStringLiteral("10"));
    const QCommandLineOption fromOption(QStringLiteral("from"), tr("history: start of the range."),
                                        tr("T"));
    const QCommandLineOption toOption(QStringLiteral("to"),
                                      tr("history: end of the range (default: now)."), tr("T"));
    const QCommandLineOption widthOption(QStringLiteral("width"),
                                         tr("history: pixel columns to decimate to (default: "
                                            "1000)."),
                                         tr("N"), QStringLiteral("1000"));
    const QCommandLineOption csvOption(QStringLiteral("csv"), tr("history: CSV instead of JSON."));
    const QCommandLineOption dayOption(QStringLiteral("day"),
                                       tr("totals: the local day (default: today)."),
                                       tr("YYYY-MM-DD"));
    const QCommandLineOption zoneOption(QStringLiteral("time-zone"),
                                        tr("history, totals: IANA time zone for local days and "
                                           "times (default: the system's)."),
                                        tr("ZONE"));
    parser.addOptions({compactOption, sectionsOption, rawOption, dateOption, trustOption,
                       acceptOption, timeoutOption, languageOption, verboseOption, dbOption,
                       intervalOption, durationOption, clockOption, keepRawOption, fromOption,
                       toOption, widthOption, csvOption, dayOption, zoneOption});
    parser.addPositionalArgument(QStringLiteral("command"),
                                 tr("decode, poll, snapshot, log, vars, record, history or "
                                    "totals."));
    parser.addPositionalArgument(QStringLiteral("target"),
                                 tr("FILE|- for decode, URL for commands that talk to a device."));

    if (!parser.parse(arguments))
        return error(parser.errorText());
    if (parser.isSet(helpOption)) {
        CliParseResult result;
        result.action = CliParseResult::Action::ShowHelp;
        result.text = parser.helpText();
        return result;
    }
    if (parser.isSet(versionOption)) {
        CliParseResult result;
        result.action = CliParseResult::Action::ShowVersion;
        result.text = QStringLiteral("kilowatch-cli ") + QCoreApplication::applicationVersion();
        return result;
    }

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return error(tr("no command given; try --help"));
    const CommandInfo *info = nullptr;
    for (const CommandInfo &candidate : Commands) {
        if (positional.constFirst() == candidate.name)
            info = &candidate;
    }
    if (!info)
        return error(tr("unknown command \"%1\"; try --help").arg(positional.constFirst()));
    const qsizetype expected = takesTarget(info->command) ? 2 : 1;
    if (positional.size() < expected)
        return error(info->needsDevice ? tr("%1 needs the device URL").arg(info->name)
                                       : tr("%1 needs a file name or - for stdin").arg(info->name));
    if (positional.size() > expected)
        return error(tr("unexpected argument \"%1\"").arg(positional.at(expected)));

    CliParseResult result;
    result.action = CliParseResult::Action::Run;
    CliOptions &options = result.options;
    options.command = info->command;
    if (info->needsDevice)
        options.device = positional.at(1);
    else if (expected == 2)
        options.input = positional.at(1);

    // Options that mean nothing for the chosen command are refused, so a typo cannot silently
    // change nothing.
    const auto onlyFor = [&](const QCommandLineOption &option,
                             std::initializer_list<CliOptions::Command> commands) {
        if (!parser.isSet(option))
            return true;
        for (const auto command : commands) {
            if (command == options.command)
                return true;
        }
        return false;
    };
    using C = CliOptions::Command;
    if (!onlyFor(sectionsOption, {C::Poll}))
        return error(tr("--sections only applies to poll"));
    if (!onlyFor(rawOption, {C::Poll, C::Log}))
        return error(tr("--raw only applies to poll and log"));
    if (!onlyFor(dateOption, {C::Log}))
        return error(tr("--date only applies to log"));
    if (!onlyFor(languageOption, {C::Snapshot}))
        return error(tr("--language only applies to snapshot"));
    if (!onlyFor(trustOption, {C::Poll, C::Snapshot, C::Log, C::Vars, C::Record})
        || !onlyFor(acceptOption, {C::Poll, C::Snapshot, C::Log, C::Vars, C::Record})
        || !onlyFor(timeoutOption, {C::Poll, C::Snapshot, C::Log, C::Vars, C::Record}))
        return error(tr("--trust-file, --accept-new-certificate and --timeout only apply to "
                        "commands that talk to a device"));
    if (!onlyFor(dbOption, {C::Record, C::History, C::Totals}))
        return error(tr("--db only applies to record, history and totals"));
    if (!onlyFor(intervalOption, {C::Record}) || !onlyFor(durationOption, {C::Record})
        || !onlyFor(clockOption, {C::Record}) || !onlyFor(keepRawOption, {C::Record}))
        return error(tr("--interval, --duration, --clock and --keep-raw-days only apply to "
                        "record"));
    if (!onlyFor(fromOption, {C::History}) || !onlyFor(toOption, {C::History})
        || !onlyFor(widthOption, {C::History}) || !onlyFor(csvOption, {C::History}))
        return error(tr("--from, --to, --width and --csv only apply to history"));
    if (!onlyFor(dayOption, {C::Totals}))
        return error(tr("--day only applies to totals"));
    if (!onlyFor(zoneOption, {C::History, C::Totals}))
        return error(tr("--time-zone only applies to history and totals"));
    if (const QString problem = readHistoryOptions(parser, options); !problem.isEmpty())
        return error(problem);

    options.style = parser.isSet(compactOption) ? JsonWriter::Style::Compact
                                                : JsonWriter::Style::Pretty;
    options.raw = parser.isSet(rawOption);
    options.verbose = parser.isSet(verboseOption);
    options.acceptNewCertificate = parser.isSet(acceptOption);
    options.trustFile = parser.isSet(trustOption) ? parser.value(trustOption) : defaultTrustFile();

    if (parser.isSet(sectionsOption)) {
        const QStringList names = parser.value(sectionsOption).split(u',');
        for (const QString &name : names) {
            const QString trimmed = name.trimmed();
            if (trimmed.isEmpty())
                return error(tr("--sections has an empty section name"));
            options.sections.append(trimmed);
        }
    }

    bool ok = false;
    const double timeoutS = parser.value(timeoutOption).toDouble(&ok);
    if (!ok || !std::isfinite(timeoutS) || timeoutS <= 0 || timeoutS > 3600)
        return error(tr("--timeout needs seconds between 0 and 3600, not \"%1\"")
                         .arg(parser.value(timeoutOption)));
    options.timeoutMs = static_cast<int>(std::lround(timeoutS * 1000));
    if (options.timeoutMs < 1)
        options.timeoutMs = 1;

    options.language = parser.value(languageOption);
    if (options.language != u"de" && options.language != u"en")
        return error(tr("--language needs de or en, not \"%1\"").arg(options.language));

    if (parser.isSet(dateOption)) {
        options.date = QDate::fromString(parser.value(dateOption), Qt::ISODate);
        if (!options.date.isValid())
            return error(tr("--date needs a day as YYYY-MM-DD, not \"%1\"")
                             .arg(parser.value(dateOption)));
    } else {
        options.date = QDateTime::currentDateTimeUtc().date();
    }
    return result;
}

} // namespace kw::cli
