#include "lalaresponder.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace kw::sim {
namespace {

std::optional<QJsonObject> parseRequest(const QByteArray &body)
{
    QJsonParseError error;
    QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        // The device's own web UI labels its JSON as form data; a client that really
        // form-encodes it gets the benefit of the doubt.
        QByteArray decoded = body;
        decoded.replace('+', ' ');
        doc = QJsonDocument::fromJson(QByteArray::fromPercentEncoding(decoded), &error);
    }
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

QJsonObject notFoundSection()
{
    return QJsonObject{{QStringLiteral("OBJECT_NOT_FOUND"), QString()}};
}

} // namespace

LalaResponder::LalaResponder(const VariableTable &table)
    : m_table(table)
{
}

LalaResponder::Reply LalaResponder::respond(const QByteArray &requestBody, const LiveSource &live,
                                            bool allSectionsNotFound) const
{
    const auto request = parseRequest(requestBody);
    if (!request)
        return {400, QByteArray()};

    LiveValues values;
    bool haveValues = false;
    const auto liveValues = [&]() -> const LiveValues & {
        if (!haveValues && live) {
            values = live();
            haveValues = true;
        }
        return values;
    };

    QJsonObject answer;
    for (auto it = request->constBegin(); it != request->constEnd(); ++it) {
        const QString &section = it.key();
        if (allSectionsNotFound || !m_table.isPresent(section)) {
            answer.insert(section, notFoundSection());
            continue;
        }
        QJsonObject out;
        const QJsonObject wanted = it.value().toObject();
        if (wanted.isEmpty()) {
            // Also for a non-object value: embedded parsers treat anything but names as "all".
            for (const VariableSpec *spec : m_table.variables(section))
                out.insert(spec->name, m_table.encode(*spec, liveValues()));
        } else {
            for (auto v = wanted.constBegin(); v != wanted.constEnd(); ++v) {
                const VariableSpec *spec = m_table.variable(section, v.key());
                out.insert(v.key(), spec ? m_table.encode(*spec, liveValues())
                                         : QJsonValue(QStringLiteral("VARIABLE_NOT_FOUND")));
            }
        }
        answer.insert(section, out);
    }

    Reply reply{200, QJsonDocument(answer).toJson(QJsonDocument::Compact)};
    if (requestBody.size() > MaxRequestBytes)
        reply.body.truncate(qMax<qsizetype>(1, reply.body.size() * 2 / 3));
    return reply;
}

} // namespace kw::sim
