#include "seneccatalogue.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

#include <cmath>
#include <utility>

using namespace Qt::StringLiterals;

// kw_core is a static library: its resources are only linked in when something references them.
// Q_INIT_RESOURCE must be used outside any namespace.
static void initCoreResources()
{
    Q_INIT_RESOURCE(core);
}

namespace kw::senec {
namespace {

Q_LOGGING_CATEGORY(lcCatalogue, "kw.senec")

bool isGerman(QStringView language)
{
    return language.startsWith(u"de", Qt::CaseInsensitive);
}

// Enum codes are JSON object keys: decimal ("16", "-1") or hexadecimal ("0xA1"), as the reference
// writes them. Base 0 is not used on purpose: it would read "010" as octal.
std::optional<qint64> parseCode(const QString &key)
{
    bool ok = false;
    qint64 code = 0;
    if (key.startsWith(u"0x", Qt::CaseInsensitive))
        code = QStringView(key).mid(2).toLongLong(&ok, 16);
    else
        code = key.toLongLong(&ok, 10);
    if (!ok || key.trimmed() != key)
        return std::nullopt;
    return code;
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

bool checkKeys(const QJsonObject &object, std::initializer_list<QLatin1StringView> allowed,
               const QString &where, QString *error)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        bool known = false;
        for (const QLatin1StringView key : allowed)
            known = known || it.key() == key;
        if (!known)
            return fail(error, u"%1: unknown field \"%2\""_s.arg(where, it.key()));
    }
    return true;
}

bool parseTexts(const QJsonValue &value, const QString &where, QMap<qint64, QString> *texts,
                QString *error)
{
    if (!value.isObject())
        return fail(error, u"%1 is not an object of code: text"_s.arg(where));
    const QJsonObject object = value.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const std::optional<qint64> code = parseCode(it.key());
        if (!code)
            return fail(error, u"%1: bad code \"%2\" (decimal or 0x-hex integer expected)"_s.arg(
                                   where, it.key()));
        if (!it.value().isString())
            return fail(error, u"%1: text of code %2 is not a string"_s.arg(where, it.key()));
        if (texts->contains(*code))
            return fail(error, u"%1: code %2 given twice"_s.arg(where).arg(*code));
        texts->insert(*code, it.value().toString());
    }
    return true;
}

bool parseEnum(const QString &name, const QJsonValue &value, SenecEnum *result, QString *error)
{
    const QString where = u"enum %1"_s.arg(name);
    if (!value.isObject())
        return fail(error, where + u" is not an object"_s);
    const QJsonObject object = value.toObject();
    if (!checkKeys(object, {"de"_L1, "en"_L1, "comment"_L1}, where, error))
        return false;
    if (!object.contains("de"_L1) || !object.contains("en"_L1))
        return fail(error, where + u" needs both \"de\" and \"en\" texts"_s);
    result->name = name;
    return parseTexts(object.value("de"_L1), where + u".de"_s, &result->german, error)
        && parseTexts(object.value("en"_L1), where + u".en"_s, &result->english, error);
}

bool parseStringList(const QJsonValue &value, const QString &where, QStringList *list,
                     QString *error)
{
    if (!value.isArray())
        return fail(error, where + u" is not an array of strings"_s);
    const QJsonArray array = value.toArray();
    for (const QJsonValue &element : array) {
        if (!element.isString())
            return fail(error, where + u" is not an array of strings"_s);
        list->append(element.toString());
    }
    return true;
}

bool parseVariable(const QJsonValue &value, const QHash<QString, SenecEnum> &enums,
                   SenecVariableInfo *info, QString *error)
{
    const QString where = u"variable %1.%2"_s.arg(info->section, info->name);
    if (!value.isObject())
        return fail(error, where + u" is not an object"_s);
    const QJsonObject object = value.toObject();
    if (!checkKeys(object,
                   {"description"_L1, "unit"_L1, "scale"_L1, "decimals"_L1, "enum"_L1,
                    "elements"_L1, "elementEnum"_L1, "comment"_L1},
                   where, error))
        return false;

    const auto text = [&](QLatin1StringView key, QString *target) {
        const QJsonValue field = object.value(key);
        if (field.isUndefined())
            return true;
        if (!field.isString())
            return fail(error, u"%1: %2 is not a string"_s.arg(where, key));
        *target = field.toString();
        return true;
    };
    if (!text("description"_L1, &info->description) || !text("unit"_L1, &info->unit)
        || !text("enum"_L1, &info->enumName) || !text("elementEnum"_L1, &info->elementEnumName))
        return false;

    const QJsonValue scale = object.value("scale"_L1);
    if (!scale.isUndefined()) {
        // A zero or non-finite scale would turn every reading into nonsense without a trace.
        if (!scale.isDouble() || !std::isfinite(scale.toDouble()) || scale.toDouble() == 0.0)
            return fail(error, where + u": scale is not a finite non-zero number"_s);
        info->scale = scale.toDouble();
    }
    const QJsonValue decimals = object.value("decimals"_L1);
    if (!decimals.isUndefined()) {
        const double digits = decimals.toDouble(-2.0);
        if (!decimals.isDouble() || digits != std::floor(digits) || digits < -1.0 || digits > 9.0)
            return fail(error, where + u": decimals is not an integer from -1 to 9"_s);
        info->decimals = static_cast<int>(digits);
    }
    const QJsonValue elements = object.value("elements"_L1);
    if (!elements.isUndefined()
        && !parseStringList(elements, where + u": elements"_s, &info->elementNames, error))
        return false;

    for (const QString *enumName : {&info->enumName, &info->elementEnumName}) {
        if (!enumName->isEmpty() && !enums.contains(*enumName))
            return fail(error, u"%1 names the unknown enum \"%2\""_s.arg(where, *enumName));
    }
    return true;
}

} // namespace

QString SenecEnum::text(qint64 code, QStringView language) const
{
    const QMap<qint64, QString> &first = isGerman(language) ? german : english;
    const QMap<qint64, QString> &second = isGerman(language) ? english : german;
    const auto found = first.constFind(code);
    if (found != first.constEnd() && !found->isEmpty())
        return *found;
    return second.value(code);
}

const SenecCatalogue &SenecCatalogue::instance()
{
    // A function-local static is initialised exactly once, even with concurrent first callers.
    static const SenecCatalogue loaded = [] {
        initCoreResources();
        QFile file(u":/kw/core/senec/catalogue.json"_s);
        if (!file.open(QIODevice::ReadOnly)) {
            qCWarning(lcCatalogue) << "variable catalogue missing from the resources";
            return SenecCatalogue();
        }
        QString error;
        std::optional<SenecCatalogue> parsed = fromJson(file.readAll(), &error);
        if (!parsed) {
            qCWarning(lcCatalogue).noquote() << "built-in variable catalogue unusable:" << error;
            return SenecCatalogue();
        }
        return std::move(*parsed);
    }();
    return loaded;
}

std::optional<SenecCatalogue> SenecCatalogue::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        fail(error, u"catalogue is not valid JSON: %1 at offset %2"_s.arg(parseError.errorString())
                        .arg(parseError.offset));
        return std::nullopt;
    }
    if (!document.isObject()) {
        fail(error, u"catalogue is not a JSON object"_s);
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    if (!checkKeys(root, {"about"_L1, "sections"_L1, "enums"_L1, "comment"_L1}, u"catalogue"_s,
                   error))
        return std::nullopt;
    const QJsonValue sections = root.value("sections"_L1);
    if (!sections.isObject()) {
        fail(error, u"catalogue has no \"sections\" object"_s);
        return std::nullopt;
    }
    const QJsonValue enums = root.value("enums"_L1);
    if (!enums.isUndefined() && !enums.isObject()) {
        fail(error, u"catalogue's \"enums\" is not an object"_s);
        return std::nullopt;
    }

    SenecCatalogue catalogue;
    const QJsonObject enumObject = enums.toObject();
    for (auto it = enumObject.constBegin(); it != enumObject.constEnd(); ++it) {
        SenecEnum parsed;
        if (!parseEnum(it.key(), it.value(), &parsed, error))
            return std::nullopt;
        catalogue.m_enums.insert(it.key(), std::move(parsed));
    }

    const QJsonObject sectionObject = sections.toObject();
    for (auto it = sectionObject.constBegin(); it != sectionObject.constEnd(); ++it) {
        const QString where = u"section %1"_s.arg(it.key());
        if (!it.value().isObject()) {
            fail(error, where + u" is not an object"_s);
            return std::nullopt;
        }
        const QJsonObject section = it.value().toObject();
        if (!checkKeys(section, {"description"_L1, "variables"_L1, "comment"_L1}, where, error))
            return std::nullopt;
        const QJsonValue description = section.value("description"_L1);
        if (!description.isUndefined() && !description.isString()) {
            fail(error, where + u": description is not a string"_s);
            return std::nullopt;
        }
        const QJsonValue variables = section.value("variables"_L1);
        if (!variables.isObject()) {
            fail(error, where + u" has no \"variables\" object"_s);
            return std::nullopt;
        }
        catalogue.m_sectionDescriptions.insert(it.key(), description.toString());
        QMap<QString, SenecVariableInfo> &infos = catalogue.m_variables[it.key()];
        const QJsonObject variableObject = variables.toObject();
        for (auto var = variableObject.constBegin(); var != variableObject.constEnd(); ++var) {
            SenecVariableInfo info;
            info.section = it.key();
            info.name = var.key();
            if (!parseVariable(var.value(), catalogue.m_enums, &info, error))
                return std::nullopt;
            infos.insert(info.name, std::move(info));
        }
    }
    catalogue.buildIndex();
    return catalogue;
}

void SenecCatalogue::buildIndex()
{
    m_index.clear();
    for (auto section = m_variables.cbegin(); section != m_variables.cend(); ++section) {
        QHash<QString, const SenecVariableInfo *> &byName = m_index[section.key()];
        byName.reserve(section->size());
        for (auto variable = section->cbegin(); variable != section->cend(); ++variable)
            byName.insert(variable.key(), &variable.value());
    }
}

QStringList SenecCatalogue::sections() const
{
    return m_sectionDescriptions.keys();
}

QString SenecCatalogue::sectionDescription(const QString &section) const
{
    return m_sectionDescriptions.value(section);
}

QList<const SenecVariableInfo *> SenecCatalogue::variables(const QString &section) const
{
    QList<const SenecVariableInfo *> result;
    const auto found = m_variables.constFind(section);
    if (found == m_variables.constEnd())
        return result;
    result.reserve(found->size());
    for (auto it = found->cbegin(); it != found->cend(); ++it)
        result.append(&it.value());
    return result;
}

const SenecVariableInfo *SenecCatalogue::variable(const QString &section, const QString &name) const
{
    const auto byName = m_index.constFind(section);
    if (byName == m_index.constEnd())
        return nullptr;
    return byName->value(name, nullptr);
}

const SenecEnum *SenecCatalogue::enumeration(const QString &name) const
{
    const auto found = m_enums.constFind(name);
    return found == m_enums.constEnd() ? nullptr : &found.value();
}

QStringList SenecCatalogue::enumerationNames() const
{
    QStringList names = m_enums.keys();
    names.sort();
    return names;
}

std::optional<double> SenecCatalogue::scaledNumber(const SenecVariableInfo *info,
                                                   const SenecValue &value) const
{
    if (!value.isOk())
        return std::nullopt;
    const std::optional<double> number = value.toDouble();
    if (!number)
        return std::nullopt;
    if (!info || info->scale == 1.0)
        return number;
    // Dividing by 10, 1000 … instead of multiplying by 0.1, 0.001 … keeps 2345 × 0.1 at 234.5
    // rather than 234.50000000000003, so values print without noise digits.
    const double inverse = 1.0 / info->scale;
    const double rounded = std::round(inverse);
    if (std::abs(info->scale) < 1.0 && std::abs(inverse - rounded) <= 1e-9 * std::abs(rounded))
        return *number / rounded;
    return *number * info->scale;
}

QString SenecCatalogue::enumText(const SenecVariableInfo *info, const SenecValue &value,
                                 QStringView language) const
{
    if (!info || info->enumName.isEmpty() || !value.isOk())
        return {};
    const SenecEnum *table = enumeration(info->enumName);
    if (!table)
        return {};
    std::optional<qint64> code = value.toInt64();
    if (!code) {
        // A code sent as a float (some firmware does) still names its text when it is whole.
        const std::optional<float> asFloat = value.toFloat();
        if (!asFloat || *asFloat != std::trunc(*asFloat) || std::abs(*asFloat) > 1e15f)
            return {};
        code = static_cast<qint64>(*asFloat);
    }
    return table->text(*code, language);
}

QString SenecCatalogue::elementName(const SenecVariableInfo *info, qsizetype index,
                                    QStringView language) const
{
    if (!info || index < 0)
        return {};
    if (index < info->elementNames.size())
        return info->elementNames.at(index);
    if (const SenecEnum *table = info->elementEnumName.isEmpty()
                                     ? nullptr
                                     : enumeration(info->elementEnumName))
        return table->text(index, language);
    return {};
}

} // namespace kw::senec
