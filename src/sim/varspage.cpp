#include "varspage.h"

#include "senec/senecvaluecodec.h"

#include <cmath>

namespace kw::sim::VarsPage {

QString escapeHtml(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'&')
            out += u"&amp;";
        else if (c == u'<')
            out += u"&lt;";
        else if (c == u'>')
            out += u"&gt;";
        else
            out += c;
    }
    return out;
}

QString displayValue(QStringView wireValue)
{
    const senec::SenecValue value = senec::SenecValueCodec::decode(wireValue);
    const auto &payload = value.payload();
    if (const auto *f = std::get_if<float>(&payload)) {
        // QString::number drops the sign of −0.0, which devices send for PV at night.
        if (*f == 0.0f && std::signbit(*f))
            return QStringLiteral("-0");
        return QString::number(double(*f), 'g', 6);
    }
    if (const auto *u = std::get_if<quint64>(&payload))
        return QString::number(*u);
    if (const auto *i = std::get_if<qint64>(&payload))
        return QString::number(*i);
    if (const auto *s = std::get_if<QString>(&payload))
        return *s;
    return value.raw();
}

QByteArray render(const VariableTable &table, const LiveValues &live)
{
    QString html;
    html.reserve(64 * 1024);
    html += u"<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\" \"http://www.w3.org/TR/html4/strict.dtd\">\n"
            u"<html>\n<head>\n"
            u"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n"
            u"<title>Variable Monitor</title>\n</head>\n<body>\n<h1>Variable Monitor</h1>\n<table>\n"
            u"<tr><th>Name</th><th>Type</th><th>Value</th></tr>\n";
    const auto row = [&html](const QString &name, const QString &type, const QString &value) {
        html += u"<tr><td>" + escapeHtml(name) + u"</td><td>" + type + u"</td><td>"
            + escapeHtml(value) + u"</td></tr>\n";
    };
    for (const QString &section : table.presentSectionNames()) {
        for (const VariableSpec *spec : table.variables(section)) {
            const QStringList elements = table.encodedElements(*spec, live);
            const QString type = WireValue::typeName(spec->type);
            if (!spec->isArray) {
                if (!elements.isEmpty())
                    row(spec->key(), type, displayValue(elements.constFirst()));
                continue;
            }
            for (qsizetype i = 0; i < elements.size(); ++i)
                row(spec->key() + u'[' + QString::number(i) + u']', type, displayValue(elements.at(i)));
        }
    }
    html += u"</table>\n</body>\n</html>\n";
    return html.toUtf8();
}

} // namespace kw::sim::VarsPage
