#include "exportfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace kw::exporting::ExportFile {

QString writeError(const QString &path, const QString &reason)
{
    QString oneLine = reason;
    oneLine.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return QCoreApplication::translate("kw::exporting::ExportFile", "Cannot write %1: %2")
        .arg(QDir::toNativeSeparators(path), oneLine);
}

bool open(QSaveFile &file, QString *error)
{
    if (file.open(QIODevice::WriteOnly))
        return true;
    if (error)
        *error = writeError(file.fileName(), file.errorString());
    return false;
}

bool commit(QSaveFile &file, QString *error)
{
    if (file.commit())
        return true;
    if (error)
        *error = writeError(file.fileName(), file.errorString());
    return false;
}

ExportResult save(const QString &path, const QByteArray &data, qint64 rowCount)
{
    QSaveFile file(path);
    QString error;
    if (!open(file, &error))
        return ExportResult::failed(path, error);
    if (file.write(data) != data.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return ExportResult::failed(path, writeError(path, reason));
    }
    if (!commit(file, &error))
        return ExportResult::failed(path, error);
    return ExportResult::written(path, rowCount);
}

} // namespace kw::exporting::ExportFile
