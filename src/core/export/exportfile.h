#pragma once

#include "exportresult.h"

#include <QByteArray>
#include <QString>

class QSaveFile;

namespace kw::exporting {

// Writing an export's file: always through QSaveFile, so a failed or cancelled export never
// leaves a half-written file and never touches the file it would have replaced until the new
// one is complete.
namespace ExportFile {

// "Cannot write <file>: <reason>" on one line, the file in native separators.
QString writeError(const QString &path, const QString &reason);
// Opens `file` (its name set) for writing; false with `error` from writeError().
bool open(QSaveFile &file, QString *error);
// Commits `file`; false with `error` from writeError() (the target is left as it was).
bool commit(QSaveFile &file, QString *error);
// The whole of `data` as the file at `path`, replacing it only once complete.
ExportResult save(const QString &path, const QByteArray &data, qint64 rowCount = 0);

} // namespace ExportFile
} // namespace kw::exporting
