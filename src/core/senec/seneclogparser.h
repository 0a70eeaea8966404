#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace kw::senec {

// Severity letter of a log line: I, W, E, P.
enum class SenecLogLevel : quint8 { Unknown, Info, Warning, Error, Panic };

QString logLevelName(SenecLogLevel level); // "info", "warning", "error", "panic", "unknown"
QChar logLevelLetter(SenecLogLevel level); // 'I', 'W', 'E', 'P', '?'

// One line of a device log: `YYYY-MM-DD HH:MM:SS [L|Category] message`.
struct SenecLogLine
{
    std::optional<qint64> timeMs; // UTC ms; nullopt for a line without a leading timestamp
    SenecLogLevel level = SenecLogLevel::Unknown;
    QString category;             // empty without a `[L|Category]` part
    QString message;              // the rest; the whole text after the time for unmarked lines
    int lineNumber = 0;           // 1-based, in the file

    bool operator==(const SenecLogLine &other) const = default;
};

// Parses device log files. Tolerant: CRLF, blank lines (dropped), invalid UTF-8, lines without a
// timestamp or without `[L|Category]` (kept, level Unknown) never stop the parse.
namespace SenecLogParser {

QList<SenecLogLine> parse(const QByteArray &text);
SenecLogLine parseLine(QStringView line, int lineNumber = 0);

} // namespace SenecLogParser
} // namespace kw::senec
