#include "seneclogparser.h"

#include <QDateTime>
#include <QTimeZone>

namespace kw::senec {
namespace {

int digits(QStringView text, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const QChar c = text.at(i);
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

// "YYYY-MM-DD HH:MM:SS" at the start of `line` (a 'T' separator and fractions are tolerated);
// the UTC time in ms and the length consumed.
std::optional<std::pair<qint64, qsizetype>> leadingTime(QStringView line)
{
    if (line.size() < 19 || line.at(4) != u'-' || line.at(7) != u'-'
        || (line.at(10) != u' ' && line.at(10) != u'T') || line.at(13) != u':' || line.at(16) != u':')
        return std::nullopt;
    const int year = digits(line, 0, 4), month = digits(line, 5, 2), day = digits(line, 8, 2);
    const int hour = digits(line, 11, 2), minute = digits(line, 14, 2), second = digits(line, 17, 2);
    const QDate date(year, month, day);
    const QTime time(hour, minute, second);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0 || !date.isValid()
        || !time.isValid())
        return std::nullopt;
    qint64 ms = QDateTime(date, time, QTimeZone::utc()).toMSecsSinceEpoch();
    qsizetype used = 19;
    if (used < line.size() && (line.at(used) == u'.' || line.at(used) == u',')) {
        qsizetype end = used + 1;
        while (end < line.size() && line.at(end).isDigit())
            ++end;
        const QStringView fraction = line.mid(used + 1, qMin<qsizetype>(end - used - 1, 3));
        if (!fraction.isEmpty()) {
            int frac = digits(fraction, 0, fraction.size());
            for (qsizetype i = fraction.size(); i < 3; ++i)
                frac *= 10;
            ms += frac;
        }
        used = end;
    }
    return std::make_pair(ms, used);
}

SenecLogLevel levelFor(QStringView letter)
{
    if (letter.size() != 1)
        return SenecLogLevel::Unknown;
    switch (letter.at(0).toUpper().unicode()) {
    case u'I': return SenecLogLevel::Info;
    case u'W': return SenecLogLevel::Warning;
    case u'E': return SenecLogLevel::Error;
    case u'P': return SenecLogLevel::Panic;
    default: return SenecLogLevel::Unknown;
    }
}

} // namespace

QString logLevelName(SenecLogLevel level)
{
    switch (level) {
    case SenecLogLevel::Info: return QStringLiteral("info");
    case SenecLogLevel::Warning: return QStringLiteral("warning");
    case SenecLogLevel::Error: return QStringLiteral("error");
    case SenecLogLevel::Panic: return QStringLiteral("panic");
    case SenecLogLevel::Unknown: break;
    }
    return QStringLiteral("unknown");
}

QChar logLevelLetter(SenecLogLevel level)
{
    switch (level) {
    case SenecLogLevel::Info: return u'I';
    case SenecLogLevel::Warning: return u'W';
    case SenecLogLevel::Error: return u'E';
    case SenecLogLevel::Panic: return u'P';
    case SenecLogLevel::Unknown: break;
    }
    return u'?';
}

namespace SenecLogParser {

SenecLogLine parseLine(QStringView line, int lineNumber)
{
    SenecLogLine result;
    result.lineNumber = lineNumber;
    QStringView rest = line.trimmed();
    if (const auto time = leadingTime(rest)) {
        result.timeMs = time->first;
        rest = rest.mid(time->second).trimmed();
    }
    // "[L|Category]": a one-letter level, a bar, a category without brackets.
    if (rest.startsWith(u'[')) {
        const qsizetype close = rest.indexOf(u']');
        const qsizetype bar = rest.indexOf(u'|');
        if (close > 0 && bar > 0 && bar < close) {
            const QStringView letter = rest.mid(1, bar - 1).trimmed();
            const QStringView category = rest.mid(bar + 1, close - bar - 1).trimmed();
            if (letter.size() == 1 && !category.contains(u'[')) {
                result.level = levelFor(letter);
                result.category = category.toString();
                result.message = rest.mid(close + 1).trimmed().toString();
                return result;
            }
        }
    }
    result.message = rest.toString();
    return result;
}

QList<SenecLogLine> parse(const QByteArray &text)
{
    QList<SenecLogLine> lines;
    const QString decoded = QString::fromUtf8(text);
    int lineNumber = 0;
    for (const QStringView line : QStringView(decoded).tokenize(u'\n')) {
        ++lineNumber;
        if (line.trimmed().isEmpty())
            continue;
        lines.append(parseLine(line, lineNumber));
    }
    return lines;
}

} // namespace SenecLogParser
} // namespace kw::senec
