#pragma once

#include "senecvalue.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace kw::senec {

// Texts of one device enum (e.g. STAT_STATE, BMS status), in German (as the device shows them)
// and English.
struct SenecEnum
{
    QString name;                  // "STAT_STATE"
    QMap<qint64, QString> german;  // code -> text
    QMap<qint64, QString> english;
    // The text in `language` ("de" or "en"; anything else: English), falling back to the other
    // language; empty when the code is unknown.
    QString text(qint64 code, QStringView language) const;
};

// What is known about one lala.cgi variable.
struct SenecVariableInfo
{
    QString section;
    QString name;
    QString unit;        // "W", "V", "A", "mV", "°C", "%", "kWh", "Hz", "h", "s" …; empty if none
    double scale = 1.0;  // shown value = decoded number × scale (e.g. 0.1 for BMS.MAX_TEMP)
    int decimals = -1;   // digits after the point to show; −1: as many as the value needs
    QString description; // one line, English
    QString enumName;    // key of a SenecEnum for coded values; empty if none
    // Names of the elements of an array variable (e.g. "A", "B", "C", "D" for modules or
    // "L1", "L2", "L3" for phases); empty when the elements are just numbered.
    QStringList elementNames;
    // Key of a SenecEnum that names the elements by their index in the user's language (the
    // self-test arrays, whose index is the test step); empty if none.
    QString elementEnumName;
};

// The variable catalogue: unit, scale, description and enum table of every section and variable
// of the lala.cgi reference. Data, not code: read once from :/kw/core/senec/catalogue.json.
class SenecCatalogue
{
public:
    // The catalogue compiled into the program (loaded on first use, thread-safe).
    static const SenecCatalogue &instance();
    // Parses a catalogue file; nullopt and a one-line `error` if it is not one.
    static std::optional<SenecCatalogue> fromJson(const QByteArray &json, QString *error = nullptr);

    QStringList sections() const;                                  // ascending
    QString sectionDescription(const QString &section) const;      // empty if unknown
    QList<const SenecVariableInfo *> variables(const QString &section) const; // by name
    // nullptr for variables the catalogue does not know (they are still shown, raw).
    const SenecVariableInfo *variable(const QString &section, const QString &name) const;
    const SenecEnum *enumeration(const QString &name) const;
    QStringList enumerationNames() const;

    // The decoded number × scale, for Ok numeric values of a known variable (unknown variables:
    // the number as decoded). nullopt for anything that is not an Ok number.
    std::optional<double> scaledNumber(const SenecVariableInfo *info, const SenecValue &value) const;
    // The enum text for a coded value, empty if the variable has no enum or the code is unknown.
    QString enumText(const SenecVariableInfo *info, const SenecValue &value,
                     QStringView language) const;
    // The name of element `index` of an array variable: from elementNames, else the text of its
    // element enum; empty when the elements are just numbered.
    QString elementName(const SenecVariableInfo *info, qsizetype index, QStringView language) const;

private:
    void buildIndex();

    QMap<QString, QString> m_sectionDescriptions;
    QMap<QString, QMap<QString, SenecVariableInfo>> m_variables;
    QHash<QString, SenecEnum> m_enums;
    // variable() runs for every value of every poll: hashed lookup into m_variables' nodes, which
    // never move or detach once fromJson() has returned (nothing mutates a finished catalogue).
    QHash<QString, QHash<QString, const SenecVariableInfo *>> m_index;
};

} // namespace kw::senec
