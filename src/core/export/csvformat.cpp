#include "csvformat.h"

#include <QDateTime>

#include <cmath>

using namespace Qt::StringLiterals;

namespace kw::exporting::CsvFormat {

QString isoUtc(qint64 utcMs)
{
    // toUTC() (not a UTC QTimeZone) so Qt 6.4 writes "Z" rather than "+00:00".
    return QDateTime::fromMSecsSinceEpoch(utcMs).toUTC().toString(Qt::ISODateWithMs);
}

QString fixed(double value, int decimals)
{
    // QString::number is locale-independent ('C' notation) whatever the default QLocale is.
    QString text = QString::number(value, 'f', decimals);
    if (text.contains(u'.')) {
        while (text.endsWith(u'0'))
            text.chop(1);
        if (text.endsWith(u'.'))
            text.chop(1);
    }
    if (text == u"-0")
        text = u"0"_s;
    return text;
}

QString fixedOrEmpty(std::optional<double> value, int decimals)
{
    if (!value || !std::isfinite(*value))
        return {};
    return fixed(*value, decimals);
}

QString field(QStringView text)
{
    const bool needsQuotes = text.contains(u',') || text.contains(u'"') || text.contains(u'\n')
                             || text.contains(u'\r');
    if (!needsQuotes)
        return text.toString();
    QString quoted = text.toString();
    quoted.replace(u'"', u"\"\""_s);
    return u'"' + quoted + u'"';
}

QByteArray row(const QStringList &fields)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += u',';
        line += field(fields.at(i));
    }
    line += u"\r\n"_s;
    return line.toUtf8();
}

} // namespace kw::exporting::CsvFormat
