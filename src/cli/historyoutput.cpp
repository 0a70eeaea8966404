#include "historyoutput.h"

#include "history/historystore.h"

#include <QCoreApplication>
#include <QFileInfo>

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

} // namespace kw::cli
