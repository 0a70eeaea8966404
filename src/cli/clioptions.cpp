#include "clioptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QStandardPaths>

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
};

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
              "\n"
              "URL is the device address, e.g. https://192.168.1.20 or just 192.168.1.20\n"
              "(then HTTPS is tried first, plain HTTP second). HTTPS certificates are pinned\n"
              "on first use in the trust file.\n"
              "\n"
              "Exit codes: 0 ok, 1 network, device or file error, 2 input or answer is\n"
              "not lala.cgi JSON, 3 the device's certificate changed, 4 no log for that\n"
              "day, 64 bad command line.");
}

CliParseResult error(const QString &message)
{
    CliParseResult result;
    result.action = CliParseResult::Action::Error;
    result.text = message;
    return result;
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
    parser.addOptions({compactOption, sectionsOption, rawOption, dateOption, trustOption,
                       acceptOption, timeoutOption, languageOption, verboseOption});
    parser.addPositionalArgument(QStringLiteral("command"),
                                 tr("decode, poll, snapshot, log or vars."));
    parser.addPositionalArgument(QStringLiteral("target"), tr("FILE|- for decode, URL otherwise."));

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
    if (positional.size() < 2)
        return error(info->needsDevice ? tr("%1 needs the device URL").arg(info->name)
                                       : tr("%1 needs a file name or - for stdin").arg(info->name));
    if (positional.size() > 2)
        return error(tr("unexpected argument \"%1\"").arg(positional.at(2)));

    CliParseResult result;
    result.action = CliParseResult::Action::Run;
    CliOptions &options = result.options;
    options.command = info->command;
    if (info->needsDevice)
        options.device = positional.at(1);
    else
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
    if (!onlyFor(trustOption, {C::Poll, C::Snapshot, C::Log, C::Vars})
        || !onlyFor(acceptOption, {C::Poll, C::Snapshot, C::Log, C::Vars})
        || !onlyFor(timeoutOption, {C::Poll, C::Snapshot, C::Log, C::Vars}))
        return error(tr("--trust-file, --accept-new-certificate and --timeout only apply to "
                        "commands that talk to a device"));

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
