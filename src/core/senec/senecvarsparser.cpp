#include "senecvarsparser.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace kw::senec {
namespace {

QString cellText(QStringView html)
{
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    QString text = html.toString();
    text.replace(tag, QStringLiteral(" "));
    text = SenecVarsParser::decodeEntities(text);
    text.replace(spaces, QStringLiteral(" "));
    return text.trimmed();
}

enum class Column { Name, Type, Value, Other };

Column columnFor(const QString &header)
{
    const QString h = header.toLower();
    if (h == u"name" || h == u"variable" || h == u"var")
        return Column::Name;
    if (h == u"type" || h == u"typ")
        return Column::Type;
    if (h == u"value" || h == u"wert")
        return Column::Value;
    return Column::Other;
}

} // namespace

QString SenecVarsRow::section() const
{
    const qsizetype dot = name.indexOf(u'.');
    return dot < 0 ? QString() : name.left(dot);
}

QString SenecVarsRow::variable() const
{
    const qsizetype dot = name.indexOf(u'.');
    QString rest = dot < 0 ? name : name.mid(dot + 1);
    const qsizetype bracket = rest.indexOf(u'[');
    return bracket < 0 ? rest : rest.left(bracket);
}

int SenecVarsRow::index() const
{
    const qsizetype open = name.lastIndexOf(u'[');
    if (open < 0 || !name.endsWith(u']'))
        return -1;
    bool ok = false;
    const int parsed = QStringView(name).mid(open + 1, name.size() - open - 2).trimmed().toInt(&ok);
    return ok && parsed >= 0 ? parsed : -1;
}

namespace SenecVarsParser {

QString decodeEntities(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c != u'&') {
            out += c;
            continue;
        }
        const qsizetype semi = text.indexOf(u';', i + 1);
        if (semi < 0 || semi - i > 10) {
            out += c;
            continue;
        }
        const QStringView name = text.mid(i + 1, semi - i - 1);
        QString replacement;
        if (name == u"amp")
            replacement = QStringLiteral("&");
        else if (name == u"lt")
            replacement = QStringLiteral("<");
        else if (name == u"gt")
            replacement = QStringLiteral(">");
        else if (name == u"quot")
            replacement = QStringLiteral("\"");
        else if (name == u"apos")
            replacement = QStringLiteral("'");
        else if (name == u"nbsp")
            replacement = QStringLiteral(" ");
        else if (name.startsWith(u'#') && name.size() > 1) {
            bool ok = false;
            const bool hex = name.at(1) == u'x' || name.at(1) == u'X';
            const uint code = hex ? name.mid(2).toUInt(&ok, 16) : name.mid(1).toUInt(&ok, 10);
            if (ok && code > 0 && code <= 0x10FFFF) {
                const char32_t codePoint = code;
                replacement = QString::fromUcs4(&codePoint, 1);
            }
        }
        if (replacement.isNull()) {
            out += c; // not an entity we know: keep the text as it is
            continue;
        }
        out += replacement;
        i = semi;
    }
    return out;
}

Result parse(const QByteArray &html)
{
    static const QRegularExpression rowPattern(
        QStringLiteral("<tr\\b[^>]*>(.*?)(?=<tr\\b|</table\\b|</tbody\\b|$)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression cellPattern(
        QStringLiteral("<t([dh])\\b[^>]*>(.*?)(?=<t[dh]\\b|</tr\\b|$)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);

    Result result;
    const QString page = QString::fromUtf8(html);
    // Default layout when the page has no header row: Name, Type, Value (or Name, Value).
    int nameColumn = 0, typeColumn = 1, valueColumn = 2;
    bool headerSeen = false;
    bool anyRow = false;

    auto rows = rowPattern.globalMatch(page);
    while (rows.hasNext()) {
        const QRegularExpressionMatch row = rows.next();
        anyRow = true;
        QStringList cells;
        bool allHeaders = true;
        auto cellMatches = cellPattern.globalMatch(row.capturedView(1));
        while (cellMatches.hasNext()) {
            const QRegularExpressionMatch cell = cellMatches.next();
            allHeaders = allHeaders && cell.capturedView(1).compare(u"h", Qt::CaseInsensitive) == 0;
            cells.append(cellText(cell.capturedView(2)));
        }
        if (cells.isEmpty())
            continue;

        // A header row: all <th>, or <td> cells that are all column titles ("Name", "Value"…).
        const bool titlesOnly =
            std::any_of(cells.cbegin(), cells.cend(),
                        [](const QString &cell) { return columnFor(cell) == Column::Name; })
            && std::all_of(cells.cbegin(), cells.cend(), [](const QString &cell) {
                   return columnFor(cell) != Column::Other || cell.isEmpty();
               });
        const bool looksLikeHeader = allHeaders || titlesOnly;
        if (looksLikeHeader) {
            int n = -1, t = -1, v = -1;
            for (int i = 0; i < cells.size(); ++i) {
                switch (columnFor(cells.at(i))) {
                case Column::Name: n = i; break;
                case Column::Type: t = i; break;
                case Column::Value: v = i; break;
                case Column::Other: break;
                }
            }
            if (n >= 0 && v >= 0) {
                nameColumn = n;
                typeColumn = t;
                valueColumn = v;
                headerSeen = true;
            }
            continue;
        }
        if (!headerSeen && cells.size() == 2) {
            typeColumn = -1;
            valueColumn = 1;
        }
        if (nameColumn >= cells.size() || valueColumn >= cells.size())
            continue;
        SenecVarsRow varsRow;
        varsRow.name = cells.at(nameColumn);
        varsRow.type = typeColumn >= 0 && typeColumn < cells.size() ? cells.at(typeColumn) : QString();
        varsRow.value = cells.at(valueColumn);
        if (varsRow.name.isEmpty())
            continue;
        result.rows.append(varsRow);
    }
    if (!anyRow)
        result.error = QCoreApplication::translate("kw::senec::SenecVarsParser",
                                                   "the page holds no variable table");
    return result;
}

} // namespace SenecVarsParser
} // namespace kw::senec
