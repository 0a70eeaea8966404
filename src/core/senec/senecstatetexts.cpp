#include "senecstatetexts.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

#include <algorithm>

// kw_core is a static library: its resources are only linked in when something references them.
static void initCoreResources()
{
    Q_INIT_RESOURCE(core);
}

namespace kw::senec::SenecStateTexts {
namespace {

Q_LOGGING_CATEGORY(lcStateTexts, "kw.senec")

struct Table
{
    QHash<int, QString> de;
    QHash<int, QString> en;
    QList<int> codes;
};

const Table &table()
{
    static const Table loaded = [] {
        initCoreResources();
        Table t;
        QFile file(QStringLiteral(":/kw/core/senec/stat_state.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            qCWarning(lcStateTexts) << "state texts missing from the resources";
            return t;
        }
        const QJsonArray states = QJsonDocument::fromJson(file.readAll())
                                      .object()
                                      .value(QLatin1StringView("states"))
                                      .toArray();
        for (const QJsonValue &entry : states) {
            const QJsonObject state = entry.toObject();
            const int code = state.value(QLatin1StringView("code")).toInt(-1);
            if (code < 0)
                continue;
            t.de.insert(code, state.value(QLatin1StringView("de")).toString());
            t.en.insert(code, state.value(QLatin1StringView("en")).toString());
            t.codes.append(code);
        }
        std::sort(t.codes.begin(), t.codes.end());
        return t;
    }();
    return loaded;
}

} // namespace

QString text(int code, const QString &language)
{
    const Table &t = table();
    return language.startsWith(u"de", Qt::CaseInsensitive) ? t.de.value(code) : t.en.value(code);
}

QString displayText(int code, const QString &language)
{
    const QString known = text(code, language);
    if (!known.isEmpty())
        return known;
    return language.startsWith(u"de", Qt::CaseInsensitive)
        ? QStringLiteral("Unbekannter Zustand %1").arg(code)
        : QCoreApplication::translate("kw::senec::SenecStateTexts", "Unknown state %1").arg(code);
}

QList<int> codes()
{
    return table().codes;
}

QStringList languages()
{
    return {QStringLiteral("de"), QStringLiteral("en")};
}

} // namespace kw::senec::SenecStateTexts
