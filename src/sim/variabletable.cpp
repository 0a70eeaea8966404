#include "variabletable.h"

#include "simresources.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>

namespace kw::sim {
namespace {

Q_LOGGING_CATEGORY(lcTable, "kw.sim.table")

std::optional<SimValue> toSimValue(const QJsonValue &value)
{
    if (value.isDouble())
        return SimValue(value.toDouble());
    if (value.isString())
        return SimValue(value.toString());
    return std::nullopt;
}

bool readVariable(const QString &section, const QString &name, const QJsonValue &json,
                  VariableSpec *spec, QString *error)
{
    const QString where = section + u'.' + name;
    if (!json.isObject()) {
        *error = where + QStringLiteral(": not an object");
        return false;
    }
    const QJsonObject object = json.toObject();
    const auto type = WireValue::typeFromName(object.value(u"type").toString());
    if (!type) {
        *error = where + QStringLiteral(": unknown type \"%1\"").arg(object.value(u"type").toString());
        return false;
    }
    spec->section = section;
    spec->name = name;
    spec->type = *type;
    spec->live = object.value(u"live").toBool();
    spec->endOfArray = object.value(u"endOfArray").toBool();
    const QJsonValue value = object.value(u"value");
    const bool isText = *type == senec::WireType::Text || *type == senec::WireType::Char;
    const auto checked = [&](const QJsonValue &element) -> std::optional<SimValue> {
        if (element.isString() != isText)
            return std::nullopt;
        return toSimValue(element);
    };
    if (object.contains(u"count")) {
        const int count = object.value(u"count").toInt(-1);
        const auto element = checked(value);
        if (count < 0 || !element) {
            *error = where + QStringLiteral(": bad count or value");
            return false;
        }
        spec->isArray = true;
        spec->defaults = QList<SimValue>(count, *element);
    } else if (value.isArray()) {
        spec->isArray = true;
        for (const QJsonValue &element : value.toArray()) {
            const auto v = checked(element);
            if (!v) {
                *error = where + QStringLiteral(": array element of the wrong kind");
                return false;
            }
            spec->defaults.append(*v);
        }
    } else {
        const auto v = checked(value);
        if (!v) {
            *error = where + QStringLiteral(": value of the wrong kind");
            return false;
        }
        spec->defaults = {*v};
    }
    return true;
}

} // namespace

bool VariableTable::readSections(const QJsonObject &object, QMap<QString, Section> *into, QString *error)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        Section &section = (*into)[it.key()];
        if (it.value().isNull()) {
            section.present = false;
            section.variables.clear();
            continue;
        }
        if (!it.value().isObject()) {
            *error = it.key() + QStringLiteral(": section is neither null nor an object");
            return false;
        }
        section.present = true;
        const QJsonObject variables = it.value().toObject();
        for (auto v = variables.constBegin(); v != variables.constEnd(); ++v) {
            VariableSpec spec;
            if (!readVariable(it.key(), v.key(), v.value(), &spec, error))
                return false;
            section.variables.insert(v.key(), spec);
        }
    }
    return true;
}

std::optional<VariableTable> VariableTable::fromJson(const QByteArray &json, const QString &firmwareName,
                                                     QString *error)
{
    QString message;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    VariableTable table;
    if (!doc.isObject()) {
        message = QStringLiteral("variable table is not a JSON object: ") + parseError.errorString();
    } else if (readSections(doc.object().value(u"sections").toObject(), &table.m_sections, &message)) {
        // Personality changes replace or add variables in the baseline sections.
        const QJsonObject overrides = doc.object().value(u"firmware").toObject().value(firmwareName).toObject();
        if (readSections(overrides, &table.m_sections, &message))
            return table;
    }
    if (error)
        *error = message;
    return std::nullopt;
}

const VariableTable &VariableTable::bundled(const QString &firmwareName)
{
    static QMutex mutex;
    static QMap<QString, VariableTable> tables;
    QMutexLocker locker(&mutex);
    auto it = tables.find(firmwareName);
    if (it == tables.end()) {
        ensureSimResources();
        QFile file(QStringLiteral(":/kw/sim/senec-variables.json"));
        QString error;
        std::optional<VariableTable> table;
        if (file.open(QIODevice::ReadOnly))
            table = fromJson(file.readAll(), firmwareName, &error);
        else
            error = file.errorString();
        // The table is compiled in: failing to read it is a build defect, not a runtime condition.
        if (!table)
            qCCritical(lcTable) << "bundled variable table unusable:" << error;
        it = tables.insert(firmwareName, table.value_or(VariableTable()));
    }
    return it.value();
}

QStringList VariableTable::presentSectionNames() const
{
    QStringList names;
    for (auto it = m_sections.constBegin(); it != m_sections.constEnd(); ++it) {
        if (it->present)
            names.append(it.key());
    }
    return names;
}

bool VariableTable::isPresent(const QString &section) const
{
    const auto it = m_sections.constFind(section);
    return it != m_sections.constEnd() && it->present;
}

QList<const VariableSpec *> VariableTable::variables(const QString &section) const
{
    QList<const VariableSpec *> list;
    const auto it = m_sections.constFind(section);
    if (it == m_sections.constEnd())
        return list;
    for (const VariableSpec &spec : it->variables)
        list.append(&spec);
    return list;
}

const VariableSpec *VariableTable::variable(const QString &section, const QString &name) const
{
    const auto it = m_sections.constFind(section);
    if (it == m_sections.constEnd() || !it->present)
        return nullptr;
    const auto v = it->variables.constFind(name);
    return v == it->variables.constEnd() ? nullptr : &v.value();
}

int VariableTable::variableCount() const
{
    int count = 0;
    for (const Section &section : m_sections)
        count += int(section.variables.size());
    return count;
}

QStringList VariableTable::encodedElements(const VariableSpec &spec, const LiveValues &live) const
{
    const auto it = spec.live ? live.constFind(spec.key()) : live.constEnd();
    const QList<SimValue> &values = it != live.constEnd() ? it.value() : spec.defaults;
    QStringList encoded;
    encoded.reserve(values.size());
    for (const SimValue &value : values)
        encoded.append(WireValue::encode(spec.type, value));
    return encoded;
}

QJsonValue VariableTable::encode(const VariableSpec &spec, const LiveValues &live) const
{
    const QStringList elements = encodedElements(spec, live);
    if (!spec.isArray)
        return elements.isEmpty() ? QJsonValue(QStringLiteral("VARIABLE_NOT_FOUND")) : QJsonValue(elements.constFirst());
    QJsonArray array = QJsonArray::fromStringList(elements);
    if (spec.endOfArray)
        array.append(QStringLiteral("st_END_OF_ARRAY"));
    return array;
}

} // namespace kw::sim
