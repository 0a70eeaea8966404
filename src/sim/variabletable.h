#pragma once

#include "wirevalue.h"

#include <QByteArray>
#include <QJsonValue>
#include <QMap>
#include <QStringList>

#include <optional>

namespace kw::sim {

// One variable of the device: its wire type, shape and default value.
struct VariableSpec
{
    QString section;
    QString name;
    senec::WireType type = senec::WireType::Float32;
    bool isArray = false;
    bool endOfArray = false; // the array is terminated by st_END_OF_ARRAY on the wire
    bool live = false;       // the value comes from the plant; `defaults` is only a fallback
    QList<SimValue> defaults;

    QString key() const { return section + u'.' + name; }
};

// Every section and variable the simulated device knows, loaded from the data file
// resources/sim/senec-variables.json (kept out of code so the table can be read and reviewed
// like the reference it mirrors). Sections can be "not found" (the device answers
// OBJECT_NOT_FOUND) or empty. Firmware personalities add or replace variables.
class VariableTable
{
public:
    // The bundled table for one firmware ("0824", "0825", "0826"); loaded and checked once.
    static const VariableTable &bundled(const QString &firmwareName);
    static std::optional<VariableTable> fromJson(const QByteArray &json, const QString &firmwareName,
                                                 QString *error = nullptr);

    // Every section named in the table, including those the device answers OBJECT_NOT_FOUND.
    QStringList sectionNames() const { return m_sections.keys(); }
    // Sections with content (what DEBUG.SECTIONS lists).
    QStringList presentSectionNames() const;
    bool isPresent(const QString &section) const;
    QList<const VariableSpec *> variables(const QString &section) const;
    const VariableSpec *variable(const QString &section, const QString &name) const;
    int variableCount() const;

    // The wire form of a variable (string, or array of strings) with live values preferred.
    QJsonValue encode(const VariableSpec &spec, const LiveValues &live) const;
    // The elements as wire strings, without the end-of-array marker.
    QStringList encodedElements(const VariableSpec &spec, const LiveValues &live) const;

private:
    struct Section
    {
        bool present = true;
        QMap<QString, VariableSpec> variables;
    };
    static bool readSections(const QJsonObject &object, QMap<QString, Section> *into, QString *error);

    QMap<QString, Section> m_sections;
};

} // namespace kw::sim
