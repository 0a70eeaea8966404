#pragma once

#include "senec/seneccatalogue.h"
#include "senec/senecvalue.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <optional>

namespace kw::models {

// Turns decoded lala.cgi values into the texts a person reads: scaled by the catalogue, with unit
// and enum text, in one locale and language. Values that are not numbers (not found, forbidden,
// malformed, NaN …) become a status text, never a number.
class LiveValueFormatter
{
    Q_DECLARE_TR_FUNCTIONS(kw::models::LiveValueFormatter)
public:
    explicit LiveValueFormatter(const senec::SenecCatalogue &catalogue);

    const senec::SenecCatalogue &catalogue() const { return *m_catalogue; }

    // Number formatting; group separators are always left out (serials, ids and counters).
    void setLocale(const QLocale &locale);
    const QLocale &locale() const { return m_locale; }
    // "de" or "en": the language of enum texts.
    void setLanguage(const QString &language);
    const QString &language() const { return m_language; }

    // The value column: "32.0 °C", "AKKU VOLL (13)", a text value as is, or "[forbidden]" ….
    QString valueText(const senec::SenecVariableInfo *info, const senec::SenecValue &value) const;
    // The shown number (decoded × scale), only for Ok numbers.
    std::optional<double> number(const senec::SenecVariableInfo *info,
                                 const senec::SenecValue &value) const;
    // "[variable not found]" …; empty for Ok values.
    static QString statusText(const senec::SenecValue &value);

    // The wire type as the device spells it ("u3", "fl", "st"), or empty when the value has none.
    static QString wireTypeHint(const senec::SenecValue &value);
    // Description of a variable the catalogue does not know: names the raw type.
    static QString unknownVariableDescription(bool isArray, const senec::SenecValue *sample);
    // Name of array element `index`: the catalogue's element name (in the language, for elements
    // named by an enum such as the self-test steps), else "[index]".
    QString elementName(const senec::SenecVariableInfo *info, qsizetype index) const;

private:
    QString numberText(const senec::SenecVariableInfo *info, const senec::SenecValue &value) const;
    QString enumValueText(const senec::SenecVariableInfo *info, const senec::SenecValue &value) const;

    const senec::SenecCatalogue *m_catalogue;
    QLocale m_locale;
    QString m_language = QStringLiteral("en");
};

} // namespace kw::models
