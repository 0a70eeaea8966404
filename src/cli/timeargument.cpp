#include "timeargument.h"

#include <QRegularExpression>

namespace kw::cli {

std::optional<qint64> parseTimeArgument(const QString &text, const QDateTime &now,
                                        const QTimeZone &zone)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;

    static const QRegularExpression relative(QStringLiteral(R"(^now(?:-(\d{1,7})([smhd]))?$)"));
    if (const QRegularExpressionMatch match = relative.match(trimmed); match.hasMatch()) {
        if (match.captured(1).isEmpty())
            return now.toMSecsSinceEpoch();
        const qint64 amount = match.captured(1).toLongLong();
        const QChar unit = match.captured(2).at(0);
        const qint64 unitMs = unit == u's' ? 1000 : unit == u'm' ? 60'000
                            : unit == u'h' ? 3'600'000 : 86'400'000;
        return now.toMSecsSinceEpoch() - amount * unitMs;
    }

    static const QRegularExpression epochMs(QStringLiteral(R"(^\d{10,15}$)"));
    if (epochMs.match(trimmed).hasMatch())
        return trimmed.toLongLong();

    // A bare date means local midnight of that day.
    if (const QDate date = QDate::fromString(trimmed, Qt::ISODate);
        date.isValid() && trimmed.size() == 10)
        return QDateTime(date, QTime(0, 0), zone).toMSecsSinceEpoch();

    QDateTime dateTime = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (!dateTime.isValid())
        return std::nullopt;
    // ISO text without Z or an offset comes back as local time of the process; read it in `zone`.
    if (dateTime.timeSpec() == Qt::LocalTime)
        dateTime = QDateTime(dateTime.date(), dateTime.time(), zone);
    if (!dateTime.isValid())
        return std::nullopt;
    return dateTime.toMSecsSinceEpoch();
}

} // namespace kw::cli
