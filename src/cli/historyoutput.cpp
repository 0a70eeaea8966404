#include "historyoutput.h"

#include "history/historystore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>

#include <cmath>

namespace kw::cli {

bool openHistoryForReading(history::HistoryStore &store, const QString &path, QString *error)
{
    if (!QFileInfo(path).isFile()) {
        if (error)
            *error = QCoreApplication::translate("kw::cli::HistoryOutput",
                                                 "%1: no such history database").arg(path);
        return false;
    }
    return store.open(path, error);
}

QString formatIsoUtc(qint64 utcMs)
{
    // toUTC() (not a UTC QTimeZone) so Qt 6.4 writes "Z" rather than "+00:00".
    return QDateTime::fromMSecsSinceEpoch(utcMs).toUTC().toString(Qt::ISODateWithMs);
}

QString formatFixed(double value, int decimals)
{
    QString text = QString::number(value, 'f', decimals);
    if (text.contains(u'.')) {
        while (text.endsWith(u'0'))
            text.chop(1);
        if (text.endsWith(u'.'))
            text.chop(1);
    }
    if (text == u"-0")
        text = QStringLiteral("0");
    return text;
}

} // namespace kw::cli
