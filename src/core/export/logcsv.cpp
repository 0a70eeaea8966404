#include "logcsv.h"

#include "csvformat.h"

using namespace Qt::StringLiterals;

namespace kw::exporting::LogCsv {

QByteArray header()
{
    return CsvFormat::row({u"time_utc"_s, u"level"_s, u"category"_s, u"message"_s, u"line"_s});
}

QByteArray build(const QList<senec::SenecLogLine> &lines)
{
    QByteArray csv = header();
    for (const senec::SenecLogLine &line : lines) {
        csv += CsvFormat::row({line.timeMs ? CsvFormat::isoUtc(*line.timeMs) : QString(),
                               senec::logLevelName(line.level), line.category, line.message,
                               QString::number(line.lineNumber)});
    }
    return csv;
}

} // namespace kw::exporting::LogCsv
