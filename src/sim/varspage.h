#pragma once

#include "variabletable.h"

#include <QByteArray>

namespace kw::sim {

// The variable monitor page (vars.html). No public client documents the real page, so this
// format is the contract the Kilowatch parser is written against:
//   an HTML 4.01 page titled "Variable Monitor" holding one <table>; a header row
//   <tr><th>Name</th><th>Type</th><th>Value</th></tr>; then one row per line, one per variable
//   <tr><td>SECTION.VARIABLE</td><td>fl</td><td>1234.5</td></tr>
//   and one row per array element named SECTION.VARIABLE[3] (the end-of-array marker is not a
//   row). Type is the wire prefix without the underscore; values are decoded to plain text:
//   integers exact, floats with up to 6 significant digits (%g, so "-0", "1.5e+06" can occur),
//   text HTML-escaped (&amp; &lt; &gt;). Sections answering OBJECT_NOT_FOUND have no rows.
namespace VarsPage {

QByteArray render(const VariableTable &table, const LiveValues &live);
// The plain-text form of one wire value as shown on the page.
QString displayValue(QStringView wireValue);
QString escapeHtml(QStringView text);

} // namespace VarsPage
} // namespace kw::sim
