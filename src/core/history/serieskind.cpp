#include "serieskind.h"

namespace kw::history {

QString seriesKindName(SeriesKind kind)
{
    switch (kind) {
    case SeriesKind::Pv: return QStringLiteral("pv");
    case SeriesKind::House: return QStringLiteral("house");
    case SeriesKind::Grid: return QStringLiteral("grid");
    case SeriesKind::Battery: return QStringLiteral("battery");
    case SeriesKind::Soc: return QStringLiteral("soc");
    }
    return {};
}

QList<SeriesKind> allSeriesKinds()
{
    return {SeriesKind::Pv, SeriesKind::House, SeriesKind::Grid, SeriesKind::Battery,
            SeriesKind::Soc};
}

QString historyTierName(HistoryTier tier)
{
    switch (tier) {
    case HistoryTier::Raw: return QStringLiteral("raw");
    case HistoryTier::Minute: return QStringLiteral("minute");
    case HistoryTier::TenMinutes: return QStringLiteral("10min");
    case HistoryTier::Hour: return QStringLiteral("hour");
    }
    return {};
}

} // namespace kw::history
