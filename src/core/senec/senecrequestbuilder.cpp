#include "senecrequestbuilder.h"

#include <algorithm>

namespace kw::senec {
namespace {

// JSON string literal, quotes included. Section and variable names are plain ASCII in practice;
// escaping keeps a body valid whatever a caller passes.
QByteArray quoted(const QString &text)
{
    QByteArray out;
    out.reserve(text.size() + 2);
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                out += "\\u00";
                out += QByteArray::number(static_cast<unsigned char>(c), 16).rightJustified(2, '0');
            } else {
                out += c;
            }
        }
    }
    out += '"';
    return out;
}

// One body under construction, serialized as it grows so its size is always exact.
struct BodyDraft
{
    QByteArray sectionsJson;     // the members of the top-level object so far
    QString openSection;         // a section whose variable list is still open
    QByteArray openSectionJson;  // its members so far
    int wholeSections = 0;

    // Size of the finished body if it ended now.
    qsizetype size() const
    {
        qsizetype bytes = 2 + sectionsJson.size(); // {}
        if (!openSection.isEmpty())
            bytes += (sectionsJson.isEmpty() ? 0 : 1) + quoted(openSection).size() + 1 + 2
                   + openSectionJson.size();
        return bytes;
    }
    bool isEmpty() const { return sectionsJson.isEmpty() && openSection.isEmpty(); }

    void closeSection()
    {
        if (openSection.isEmpty())
            return;
        appendMember(quoted(openSection) + ":{" + openSectionJson + '}');
        openSection.clear();
        openSectionJson.clear();
    }
    void appendMember(const QByteArray &member)
    {
        if (!sectionsJson.isEmpty())
            sectionsJson += ',';
        sectionsJson += member;
    }
    QByteArray finish()
    {
        closeSection();
        return '{' + sectionsJson + '}';
    }
};

} // namespace

SenecRequestSet &SenecRequestSet::addSection(const QString &section)
{
    sections.insert(section, {});
    return *this;
}

SenecRequestSet &SenecRequestSet::addVariable(const QString &section, const QString &variable)
{
    return addVariables(section, {variable});
}

SenecRequestSet &SenecRequestSet::addVariables(const QString &section, const QStringList &variables)
{
    const auto it = sections.constFind(section);
    if (it != sections.constEnd() && it->isEmpty())
        return *this; // the whole section is already asked for
    QStringList merged = it == sections.constEnd() ? QStringList() : *it;
    for (const QString &variable : variables) {
        if (!variable.isEmpty() && !merged.contains(variable))
            merged.append(variable);
    }
    if (merged.isEmpty())
        return *this;
    std::sort(merged.begin(), merged.end());
    sections.insert(section, merged);
    return *this;
}

SenecRequestSet &SenecRequestSet::add(const SenecRequestSet &other)
{
    for (auto it = other.sections.constBegin(); it != other.sections.constEnd(); ++it) {
        if (it->isEmpty())
            addSection(it.key());
        else
            addVariables(it.key(), *it);
    }
    return *this;
}

int SenecRequestSet::itemCount() const
{
    int count = 0;
    for (const QStringList &variables : sections)
        count += variables.isEmpty() ? 1 : static_cast<int>(variables.size());
    return count;
}

SenecRequestBuilder::SenecRequestBuilder(SenecRequestSet set)
    : m_set(std::move(set))
{
}

SenecRequestBuilder &SenecRequestBuilder::add(const SenecRequestSet &set)
{
    m_set.add(set);
    return *this;
}

SenecRequestBuilder &SenecRequestBuilder::addSection(const QString &section)
{
    m_set.addSection(section);
    return *this;
}

SenecRequestBuilder &SenecRequestBuilder::addVariable(const QString &section, const QString &variable)
{
    m_set.addVariable(section, variable);
    return *this;
}

void SenecRequestBuilder::setMaxBodyBytes(int bytes)
{
    m_maxBodyBytes = qMax(16, bytes);
}

void SenecRequestBuilder::setMaxWholeSectionsPerBody(int count)
{
    m_maxWholeSections = qMax(0, count);
}

QList<QByteArray> SenecRequestBuilder::bodies() const
{
    QList<QByteArray> result;
    BodyDraft draft;
    const auto flush = [&] {
        if (!draft.isEmpty())
            result.append(draft.finish());
        draft = BodyDraft();
    };

    for (auto it = m_set.sections.constBegin(); it != m_set.sections.constEnd(); ++it) {
        const QByteArray sectionName = quoted(it.key());
        if (it->isEmpty()) {
            const QByteArray member = sectionName + ":{}";
            const bool tooManyWhole = m_maxWholeSections > 0 && draft.wholeSections >= m_maxWholeSections;
            draft.closeSection();
            if (!draft.isEmpty() && (draft.size() + 1 + member.size() > m_maxBodyBytes || tooManyWhole))
                flush();
            draft.appendMember(member);
            ++draft.wholeSections;
            continue;
        }
        for (const QString &variable : *it) {
            const QByteArray member = quoted(variable) + ":\"\"";
            if (draft.openSection == it.key()) {
                if (draft.size() + 1 + member.size() <= m_maxBodyBytes) {
                    draft.openSectionJson += ',' + member;
                    continue;
                }
                flush();
            } else {
                draft.closeSection();
                const qsizetype cost = (draft.sectionsJson.isEmpty() ? 0 : 1) + sectionName.size() + 3
                                     + member.size();
                if (!draft.isEmpty() && draft.size() + cost > m_maxBodyBytes)
                    flush();
            }
            // A variable is never split: one too large for any body gets a body of its own.
            draft.openSection = it.key();
            draft.openSectionJson = member;
        }
    }
    flush();
    return result;
}

SenecResponse SenecRequestBuilder::mergeAnswers(const QList<SenecResponse> &answers)
{
    SenecResponse merged;
    for (const SenecResponse &answer : answers)
        merged.merge(answer);
    return merged;
}

SenecRequestSet SenecRequestBuilder::liveSet()
{
    SenecRequestSet set;
    set.addVariables(QStringLiteral("ENERGY"),
                     {QStringLiteral("GUI_INVERTER_POWER"), QStringLiteral("GUI_HOUSE_POW"),
                      QStringLiteral("GUI_GRID_POW"), QStringLiteral("GUI_BAT_DATA_POWER"),
                      QStringLiteral("GUI_BAT_DATA_FUEL_CHARGE"), QStringLiteral("GUI_BAT_DATA_VOLTAGE"),
                      QStringLiteral("GUI_BAT_DATA_CURRENT"), QStringLiteral("GUI_CHARGING_INFO"),
                      QStringLiteral("GUI_BOOSTING_INFO"), QStringLiteral("STAT_STATE")});
    set.addVariables(QStringLiteral("PM1OBJ1"), {QStringLiteral("P_TOTAL"), QStringLiteral("FREQ")});
    set.addVariables(QStringLiteral("RTC"), {QStringLiteral("WEB_TIME"), QStringLiteral("UTC_OFFSET")});
    set.addVariables(QStringLiteral("BMS"), {QStringLiteral("SYSTEM_SOC")});
    set.addVariables(QStringLiteral("PV1"), {QStringLiteral("POWER_RATIO")});
    // The wallboxes' charging power belongs to the same instant as the house power it completes
    // (SenecBackend::snapshot), and the number installed says which of the four slots count.
    set.addVariables(QStringLiteral("WALLBOX"), {QStringLiteral("APPARENT_CHARGING_POWER")});
    set.addVariables(QStringLiteral("WIZARD"), {QStringLiteral("SETUP_NUMBER_WALLBOXES")});
    return set;
}

SenecRequestSet SenecRequestBuilder::heavySet()
{
    SenecRequestSet set;
    QStringList bms = {
        QStringLiteral("SYSTEM_SOH"), QStringLiteral("MODULE_COUNT"), QStringLiteral("MODULES_CONFIGURED"),
        QStringLiteral("BMS_STATUS"), QStringLiteral("SOC"), QStringLiteral("SOH"),
        QStringLiteral("CYCLES"), QStringLiteral("CURRENT"), QStringLiteral("VOLTAGE"),
        QStringLiteral("STATUS"), QStringLiteral("MIN_CELL_VOLTAGE"), QStringLiteral("MAX_CELL_VOLTAGE"),
        QStringLiteral("TEMP_MIN"), QStringLiteral("TEMP_MAX"), QStringLiteral("MIN_TEMP"),
        QStringLiteral("MAX_TEMP"), QStringLiteral("CHARGED_ENERGY"), QStringLiteral("DISCHARGED_ENERGY"),
        QStringLiteral("SN"), QStringLiteral("FW"), QStringLiteral("ALARM_STATUS"),
        QStringLiteral("CELL_BALANCE_STATUS"),
    };
    for (const QChar module : {u'A', u'B', u'C', u'D'}) {
        bms.append(QStringLiteral("CELL_VOLTAGES_MODULE_") + module);
        bms.append(QStringLiteral("CELL_TEMPERATURES_MODULE_") + module);
    }
    set.addVariables(QStringLiteral("BMS"), bms);
    set.addVariables(QStringLiteral("PV1"),
                     {QStringLiteral("MPP_AVAIL"), QStringLiteral("MPP_VOL"), QStringLiteral("MPP_CUR"),
                      QStringLiteral("MPP_POWER"), QStringLiteral("P_TOTAL")});
    const QStringList meter = {QStringLiteral("U_AC"), QStringLiteral("I_AC"), QStringLiteral("P_AC"),
                               QStringLiteral("FREQ"), QStringLiteral("P_TOTAL"),
                               QStringLiteral("ENABLED")};
    set.addVariables(QStringLiteral("PM1OBJ1"), meter);
    set.addVariables(QStringLiteral("PM1OBJ2"), meter);
    set.addVariables(QStringLiteral("TEMPMEASURE"),
                     {QStringLiteral("BATTERY_TEMP"), QStringLiteral("CASE_TEMP"),
                      QStringLiteral("MCU_TEMP")});
    set.addVariables(QStringLiteral("WIZARD"),
                     {QStringLiteral("APPLICATION_VERSION"), QStringLiteral("FIRMWARE_VERSION"),
                      QStringLiteral("INTERFACE_VERSION"), QStringLiteral("GUI_LANG"),
                      QStringLiteral("SETUP_NUMBER_WALLBOXES")});
    set.addVariables(QStringLiteral("SYS_UPDATE"),
                     {QStringLiteral("NPU_VER"), QStringLiteral("NPU_IMAGE_VERSION"),
                      QStringLiteral("UPDATE_AVAILABLE")});
    set.addVariables(QStringLiteral("FACTORY"),
                     {QStringLiteral("DEVICE_ID"), QStringLiteral("SYS_TYPE"), QStringLiteral("BAT_TYPE"),
                      QStringLiteral("COUNTRY"), QStringLiteral("DESIGN_CAPACITY"),
                      QStringLiteral("MAX_CHARGE_POWER_DC"), QStringLiteral("MAX_DISCHARGE_POWER_DC")});
    // Lifetime counters: present before firmware 0825, VARIABLE_NOT_FOUND afterwards.
    set.addVariables(QStringLiteral("STATISTIC"),
                     {QStringLiteral("LIVE_BAT_CHARGE"), QStringLiteral("LIVE_BAT_DISCHARGE"),
                      QStringLiteral("LIVE_GRID_EXPORT"), QStringLiteral("LIVE_GRID_IMPORT"),
                      QStringLiteral("LIVE_HOUSE_CONS"), QStringLiteral("LIVE_PV_GEN")});
    set.addVariables(QStringLiteral("ENERGY"), {QStringLiteral("STAT_HOURS_OF_OPERATION")});
    return set;
}

QStringList SenecRequestBuilder::allSectionNames()
{
    // Every section of the API reference (firmware 0826), including those a device may answer
    // with OBJECT_NOT_FOUND.
    static const QStringList names = {
        QStringLiteral("BAT1"), QStringLiteral("BAT1OBJ1"), QStringLiteral("BAT1OBJ2"),
        QStringLiteral("BAT1OBJ3"), QStringLiteral("BAT1OBJ4"), QStringLiteral("BMS"),
        QStringLiteral("BMS_PARA"), QStringLiteral("BMZ_CURRENT_LIMITS"), QStringLiteral("CASC"),
        QStringLiteral("CELL_DEVIATION_ROC"), QStringLiteral("CURRENT_IMBALANCE_CONTROL"),
        QStringLiteral("DEBUG"), QStringLiteral("DISPLAY"), QStringLiteral("DISPLAYSYS_UPDATE"),
        QStringLiteral("ENERGY"), QStringLiteral("FACTORY"), QStringLiteral("FAN_SPEED"),
        QStringLiteral("FAN_TEST"), QStringLiteral("FEATURES"), QStringLiteral("FILE"),
        QStringLiteral("GRIDCONFIG"), QStringLiteral("IPU"), QStringLiteral("LOG"),
        QStringLiteral("PM1"), QStringLiteral("PM1OBJ1"), QStringLiteral("PM1OBJ2"),
        QStringLiteral("PV1"), QStringLiteral("PWR_UNIT"), QStringLiteral("RTC"),
        QStringLiteral("SELFTEST_RESULTS"), QStringLiteral("SENEC_IO_INPUT"),
        QStringLiteral("SENEC_IO_OUTPUT"), QStringLiteral("SOCKETS"), QStringLiteral("STATISTIC"),
        QStringLiteral("STECA"), QStringLiteral("SYS_UPDATE"), QStringLiteral("TEMPMEASURE"),
        QStringLiteral("TEST"), QStringLiteral("UPDATE"), QStringLiteral("V_STECA"),
        QStringLiteral("WALLBOX"), QStringLiteral("WIZARD"),
    };
    return names;
}

SenecRequestSet SenecRequestBuilder::allSections()
{
    SenecRequestSet set;
    const QStringList names = allSectionNames();
    for (const QString &name : names)
        set.addSection(name);
    return set;
}

} // namespace kw::senec
