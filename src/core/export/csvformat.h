#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QtGlobal>

#include <optional>

namespace kw::exporting {

// The one spelling of values in every machine-readable output (CSV exports, kilowatch-cli): UTF-8
// text, ISO 8601 UTC times with milliseconds and 'Z', '.' as decimal separator whatever
// QLocale::setDefault() says, RFC 4180 fields and rows (CRLF line ends, no byte order mark).
namespace CsvFormat {

// "2026-06-21T06:00:00.000Z".
QString isoUtc(qint64 utcMs);

// Rounded to `decimals`, trailing zeros dropped ("230.5", "12"), never in exponent form for the
// magnitudes powers and energies have, "-0" written as "0". Not locale-dependent.
QString fixed(double value, int decimals);
// fixed(), or an empty field for a missing (or non-finite) value: a gap is never written as 0.
QString fixedOrEmpty(std::optional<double> value, int decimals);

// RFC 4180: a field with a comma, a double quote, CR or LF is enclosed in double quotes, with
// each double quote doubled; anything else is written as it is.
QString field(QStringView text);
// The fields quoted as needed, joined by commas, ended by CRLF, as UTF-8.
QByteArray row(const QStringList &fields);

} // namespace CsvFormat
} // namespace kw::exporting
