#include "senecstatetexts.h"

#include "seneccatalogue.h"

#include <QCoreApplication>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace kw::senec::SenecStateTexts {
namespace {

// The STAT_STATE table of the variable catalogue: one source for every device text.
const SenecEnum *stateEnum()
{
    static const SenecEnum *const table = SenecCatalogue::instance().enumeration(u"STAT_STATE"_s);
    return table;
}

} // namespace

QString text(int code, const QString &language)
{
    const SenecEnum *table = stateEnum();
    return table ? table->text(code, language) : QString();
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
    static const QList<int> all = [] {
        QList<int> result;
        if (const SenecEnum *table = stateEnum()) {
            // Both languages cover the same codes in the shipped catalogue; the union keeps a
            // code listed even if one language lacks it.
            QList<qint64> keys = table->german.keys() + table->english.keys();
            std::sort(keys.begin(), keys.end());
            keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
            for (const qint64 code : std::as_const(keys))
                result.append(static_cast<int>(code));
        }
        return result;
    }();
    return all;
}

QStringList languages()
{
    return {QStringLiteral("de"), QStringLiteral("en")};
}

} // namespace kw::senec::SenecStateTexts
