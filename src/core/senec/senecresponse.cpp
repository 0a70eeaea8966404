#include "senecresponse.h"

#include "senecvaluecodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

namespace kw::senec {
namespace {

QString jsonText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String: return value.toString();
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: return QString::number(value.toDouble(), 'g', 17);
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Undefined: break;
    }
    return {};
}

SenecValue decodeJsonValue(const QJsonValue &value)
{
    if (value.isString())
        return SenecValueCodec::decode(value.toString());
    // The device only sends strings; anything else is kept as text and never read as a number.
    return SenecValue::withStatus(ValueStatus::Malformed, jsonText(value));
}

SenecVariable decodeVariable(const QJsonValue &value)
{
    SenecVariable variable;
    if (!value.isArray()) {
        variable.values.append(decodeJsonValue(value));
        return variable;
    }
    variable.isArray = true;
    const QJsonArray array = value.toArray();
    variable.values.reserve(array.size());
    for (const QJsonValue &element : array) {
        if (element.isString() && element.toString() == SenecValueCodec::EndOfArray) {
            variable.endOfArrayMarker = true;
            break;
        }
        variable.values.append(decodeJsonValue(element));
    }
    return variable;
}

SenecSection decodeSection(const QJsonValue &value)
{
    SenecSection section;
    if (value.isNull()) {
        section.status = SectionStatus::NotFound;
        return section;
    }
    if (!value.isObject()) {
        section.status = SectionStatus::Malformed;
        section.raw = jsonText(value);
        return section;
    }
    const QJsonObject object = value.toObject();
    if (object.contains(SenecValueCodec::ObjectNotFound)) {
        section.status = SectionStatus::NotFound;
        return section;
    }
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        section.variables.insert(it.key(), decodeVariable(it.value()));
    return section;
}

QJsonValue encodeVariable(const SenecVariable &variable)
{
    if (!variable.isArray)
        return variable.values.isEmpty() ? QJsonValue(QString())
                                         : QJsonValue(SenecValueCodec::encode(variable.scalar()));
    QJsonArray array;
    for (const SenecValue &element : variable.values)
        array.append(SenecValueCodec::encode(element));
    if (variable.endOfArrayMarker)
        array.append(SenecValueCodec::EndOfArray.toString());
    return array;
}

} // namespace

const SenecSection *SenecResponse::section(const QString &name) const
{
    const auto it = sections.constFind(name);
    return it == sections.constEnd() ? nullptr : &it.value();
}

const SenecVariable *SenecResponse::variable(const QString &sectionName, const QString &name) const
{
    const SenecSection *s = section(sectionName);
    if (!s)
        return nullptr;
    const auto it = s->variables.constFind(name);
    return it == s->variables.constEnd() ? nullptr : &it.value();
}

const SenecValue *SenecResponse::value(const QString &sectionName, const QString &name,
                                       qsizetype index) const
{
    const SenecVariable *v = variable(sectionName, name);
    if (!v || index < 0 || index >= v->values.size())
        return nullptr;
    return &v->values.at(index);
}

std::optional<double> SenecResponse::number(const QString &sectionName, const QString &name,
                                            qsizetype index) const
{
    const SenecValue *v = value(sectionName, name, index);
    if (!v || !v->isOk())
        return std::nullopt;
    return v->toDouble();
}

void SenecResponse::merge(const SenecResponse &other)
{
    for (auto it = other.sections.constBegin(); it != other.sections.constEnd(); ++it) {
        auto mine = sections.find(it.key());
        if (mine == sections.end() || mine->status != SectionStatus::Ok
            || it->status != SectionStatus::Ok) {
            if (mine == sections.end() || it->status == SectionStatus::Ok)
                sections.insert(it.key(), it.value());
            continue;
        }
        for (auto var = it->variables.constBegin(); var != it->variables.constEnd(); ++var)
            mine->variables.insert(var.key(), var.value());
    }
}

qsizetype SenecResponse::variableCount() const
{
    qsizetype count = 0;
    for (const SenecSection &s : sections)
        count += s.variables.size();
    return count;
}

qsizetype SenecResponse::valueCount() const
{
    qsizetype count = 0;
    for (const SenecSection &s : sections) {
        for (const SenecVariable &variable : s.variables)
            count += variable.values.size();
    }
    return count;
}

QByteArray SenecResponse::toWireJson() const
{
    QJsonObject root;
    for (auto it = sections.constBegin(); it != sections.constEnd(); ++it) {
        QJsonObject object;
        switch (it->status) {
        case SectionStatus::NotFound:
            object.insert(SenecValueCodec::ObjectNotFound, QString());
            break;
        case SectionStatus::Malformed: {
            const QJsonDocument doc = QJsonDocument::fromJson(it->raw.toUtf8());
            root.insert(it.key(), doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(it->raw));
            continue;
        }
        case SectionStatus::Ok:
            for (auto var = it->variables.constBegin(); var != it->variables.constEnd(); ++var)
                object.insert(var.key(), encodeVariable(var.value()));
            break;
        }
        root.insert(it.key(), object);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

SenecParseResult parseSenecResponse(const QByteArray &body)
{
    SenecParseResult result;
    if (body.trimmed().isEmpty()) {
        result.error = QStringLiteral("empty response body");
        return result;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        result.error = QStringLiteral("response is not valid JSON (%1 at byte %2 of %3)")
                           .arg(error.errorString())
                           .arg(error.offset)
                           .arg(body.size());
        return result;
    }
    if (!doc.isObject()) {
        result.error = QStringLiteral("response is JSON but not an object of sections");
        return result;
    }
    SenecResponse response;
    const QJsonObject root = doc.object();
    for (auto it = root.constBegin(); it != root.constEnd(); ++it)
        response.sections.insert(it.key(), decodeSection(it.value()));
    result.response = std::move(response);
    return result;
}

} // namespace kw::senec
