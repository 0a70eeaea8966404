#pragma once

#include "util/jsonwriter.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace kw::cli {

// Everything the command line asked for, checked: a command can trust these values.
struct CliOptions
{
    enum class Command { Decode, Poll, Snapshot, Log, Vars };

    Command command = Command::Decode;
    QString input;          // decode: a file name or "-" for stdin
    QString device;         // network commands: URL or host as typed
    QStringList sections;   // poll: empty means the default live set
    bool raw = false;       // poll/log: the device's body as received
    QDate date;             // log: the UTC day
    QString trustFile;      // pinned certificates
    bool acceptNewCertificate = false;
    int timeoutMs = 10'000;
    QString language = QStringLiteral("de"); // snapshot: state texts, "de" (as the device) or "en"
    JsonWriter::Style style = JsonWriter::Style::Pretty;
    bool verbose = false;   // the core's kw.* log messages on stderr
};

// The outcome of reading the command line: options to run with, or text to print and an exit.
struct CliParseResult
{
    enum class Action { Run, ShowHelp, ShowVersion, Error };

    Action action = Action::Error;
    CliOptions options;
    QString text; // help text, version line or the one-line error
};

CliParseResult parseCliOptions(const QStringList &arguments);

// Where the trust file lives unless --trust-file says otherwise (the app's data directory).
QString defaultTrustFile();

} // namespace kw::cli
