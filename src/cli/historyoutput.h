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

// Times and numbers in machine-readable output: exporting::CsvFormat::isoUtc() and fixed(),
// shared with the app's CSV exports.

} // namespace kw::cli
