#pragma once

#include "senecresponse.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace kw::senec {

// What to ask the device for: section -> variable names; an empty list asks for the whole section.
struct SenecRequestSet
{
    QMap<QString, QStringList> sections;

    SenecRequestSet &addSection(const QString &section);  // the whole section
    SenecRequestSet &addVariable(const QString &section, const QString &variable);
    SenecRequestSet &addVariables(const QString &section, const QStringList &variables);
    // Unites two sets; a whole section wins over single variables of it.
    SenecRequestSet &add(const SenecRequestSet &other);

    bool isEmpty() const { return sections.isEmpty(); }
    int itemCount() const; // whole sections + single variables
    bool operator==(const SenecRequestSet &other) const = default;
};

// Builds lala.cgi request bodies (`{"S":{}}` for sections, `{"S":{"V":""}}` for variables),
// split so that no body exceeds maxBodyBytes() (the device truncates answers to requests above
// about 11.5 kB). A variable is never split; one that alone exceeds the limit gets its own body.
class SenecRequestBuilder
{
public:
    static constexpr int DefaultMaxBodyBytes = 10'000;

    SenecRequestBuilder() = default;
    explicit SenecRequestBuilder(SenecRequestSet set);

    SenecRequestBuilder &add(const SenecRequestSet &set);
    SenecRequestBuilder &addSection(const QString &section);
    SenecRequestBuilder &addVariable(const QString &section, const QString &variable);

    void setMaxBodyBytes(int bytes);
    int maxBodyBytes() const { return m_maxBodyBytes; }
    // Also split after this many whole sections per body (0: no limit); whole-section answers are
    // large, and full sweeps are gentler on the device in smaller parts.
    void setMaxWholeSectionsPerBody(int count);
    int maxWholeSectionsPerBody() const { return m_maxWholeSections; }

    const SenecRequestSet &set() const { return m_set; }
    // Compact JSON bodies, in a stable order (sections and variables sorted by name).
    QList<QByteArray> bodies() const;

    // Unites the answers to the bodies into one response (SenecResponse::merge in order).
    static SenecResponse mergeAnswers(const QList<SenecResponse> &answers);

    // Cheap values for every poll: ENERGY powers/SOC/state, grid meter total, device clock, BMS SOC.
    static SenecRequestSet liveSet();
    // Detail values polled less often: cells, module data, MPP, phases, temperatures, versions, ids.
    static SenecRequestSet heavySet();
    // Every section in the API reference, whole; for an explicit full sweep only.
    static SenecRequestSet allSections();
    static QStringList allSectionNames();

private:
    SenecRequestSet m_set;
    int m_maxBodyBytes = DefaultMaxBodyBytes;
    int m_maxWholeSections = 0;
};

} // namespace kw::senec
