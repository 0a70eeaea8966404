#pragma once

#include <QString>
#include <QtGlobal>

namespace kw::history {
class HistoryStore;
}

namespace kw::cli {

// Opens an existing history database for the reading commands. A missing file is an error here
// (opening would create an empty database and report "no data" for a mistyped path).
bool openHistoryForReading(history::HistoryStore &store, const QString &path, QString *error);

// UTC time as ISO 8601 with milliseconds ("2026-06-21T06:00:00.000Z"), for machine-readable output.
QString formatIsoUtc(qint64 utcMs);

// A number for machine-readable output: rounded to `decimals`, never in exponent form for the
// magnitudes energies and powers have, "." as decimal separator whatever the locale.
QString formatFixed(double value, int decimals);

} // namespace kw::cli
