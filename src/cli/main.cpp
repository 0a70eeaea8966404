// kilowatch-cli: the SENEC protocol core from a terminal, for users who script and for checking
// the core from outside. Parsing and the commands live in their own classes; main only wires.
#include "clioptions.h"
#include "commandfactory.h"
#include "exitcode.h"
#include "outputwriter.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTimer>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // "kilowatch" so the default trust file is shared with the desktop app's data directory.
    QCoreApplication::setApplicationName(QStringLiteral("kilowatch"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KW_VERSION));

    kw::cli::OutputWriter output;
    const kw::cli::CliParseResult parsed = kw::cli::parseCliOptions(QCoreApplication::arguments());
    switch (parsed.action) {
    case kw::cli::CliParseResult::Action::ShowHelp:
    case kw::cli::CliParseResult::Action::ShowVersion:
        output.writeResult(parsed.text.toUtf8() + '\n');
        return kw::cli::ExitOk;
    case kw::cli::CliParseResult::Action::Error:
        output.writeError(parsed.text);
        return kw::cli::ExitUsage;
    case kw::cli::CliParseResult::Action::Run:
        break;
    }

    // Errors must stay one line: the command reports failures itself, the core's log messages
    // only come with --verbose (QT_LOGGING_RULES still overrides this).
    QLoggingCategory::setFilterRules(parsed.options.verbose ? QStringLiteral("kw.*=true")
                                                            : QStringLiteral("kw.*=false"));
    const auto command = kw::cli::createCommand(parsed.options, output);
    int exitCode = kw::cli::ExitFailure;
    QObject::connect(command.get(), &kw::cli::Command::finished, &app, [&exitCode](int code) {
        exitCode = code;
        QCoreApplication::exit(code);
    });
    QTimer::singleShot(0, command.get(), &kw::cli::Command::start);
    app.exec();
    return exitCode;
}
