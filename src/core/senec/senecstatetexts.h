#pragma once

#include <QString>
#include <QStringList>

namespace kw::senec {

// The device's ENERGY.STAT_STATE texts (German, as the device shows them, and English): the
// STAT_STATE enum of the variable catalogue (SenecCatalogue).
namespace SenecStateTexts {

// The text for `code` in `language` ("de" or "en"; anything else falls back to English);
// empty if the code is unknown.
QString text(int code, const QString &language);
// Like text(), but "Unbekannter Zustand 123" / "Unknown state 123" for unknown codes.
QString displayText(int code, const QString &language);
// All known codes, ascending.
QList<int> codes();
QStringList languages(); // {"de", "en"}

} // namespace SenecStateTexts
} // namespace kw::senec
