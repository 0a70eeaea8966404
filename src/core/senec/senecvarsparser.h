#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace kw::senec {

// One row of the device's variable monitor page: `SECTION.VARIABLE[index]`, type, value.
struct SenecVarsRow
{
    QString name;    // as shown, e.g. "BMS.CELL_VOLTAGES_MODULE_A[3]"
    QString type;    // e.g. "fl", "u8"; empty when the page has no Type column
    QString value;   // as shown (entities decoded, whitespace trimmed)

    QString section() const;  // "BMS"; empty if the name has no dot
    QString variable() const; // "CELL_VOLTAGES_MODULE_A"
    int index() const;        // 3; −1 for scalars

    bool operator==(const SenecVarsRow &other) const = default;
};

// Parses the variable monitor page (vars.html). Tolerant of attributes, tag case, whitespace,
// entities, `<th>` header rows and a missing Type column; rows it cannot read are skipped.
namespace SenecVarsParser {

struct Result
{
    QList<SenecVarsRow> rows;
    QString error; // set (one line) if the page holds no variable table at all
    bool ok() const { return error.isEmpty(); }
};

Result parse(const QByteArray &html);
// Decodes &amp; &lt; &gt; &quot; &#39; &apos; &nbsp; and numeric entities.
QString decodeEntities(QStringView text);

} // namespace SenecVarsParser
} // namespace kw::senec
