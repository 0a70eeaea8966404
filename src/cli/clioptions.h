#pragma once

#include "util/jsonwriter.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace kw::cli {

// Everything the command line asked for, checked: a command can trust these values.
struct CliOptions
{
    enum class Command { Decode, Poll, Snapshot, Log, Vars, Record, History, Totals };
    enum class Clock { Host, Device };

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

    // record, history, totals
    QString database;       // the history database file
    int intervalMs = 10'000;  // record: between polls (1 s at least)
    qint64 durationMs = 0;    // record: stop after this long; 0 = until interrupted
    Clock clock = Clock::Host; // record: whose clock stamps the samples
    int keepRawDays = 10;     // record: days of raw samples kept (rollups are kept forever)
    qint64 fromMs = 0;      // history: the range, UTC ms, fromMs < toMs
    qint64 toMs = 0;
    int widthPx = 1000;     // history: pixel columns the series is decimated to
    bool csv = false;       // history: CSV instead of JSON
    QDate day;              // totals: the local day (default today)
    QTimeZone timeZone;     // history/totals: the zone local days and times are read in
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
