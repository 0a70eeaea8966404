#pragma once

#include <QMetaType>
#include <QString>
#include <QtGlobal>

namespace kw::exporting {

// How one export ended. Written: the file is complete and in place; Cancelled or Failed: the
// target was not created, or an existing one was left exactly as it was.
struct ExportResult
{
    enum class Status : quint8 { Written, Cancelled, Failed };

    Status status = Status::Failed;
    QString path;
    QString error;      // Failed only: one line naming the file
    qint64 rowCount = 0; // CSV data rows written (header not counted); 0 for images

    bool isWritten() const { return status == Status::Written; }

    static ExportResult written(const QString &path, qint64 rows = 0)
    {
        return {Status::Written, path, {}, rows};
    }
    static ExportResult cancelled(const QString &path) { return {Status::Cancelled, path, {}, 0}; }
    static ExportResult failed(const QString &path, const QString &error)
    {
        return {Status::Failed, path, error, 0};
    }
};

} // namespace kw::exporting

Q_DECLARE_METATYPE(kw::exporting::ExportResult)
