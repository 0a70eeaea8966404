#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace kw::cli {

// Reads a point in time from the command line, as UTC ms:
//   2026-06-21T06:00:00Z, 2026-06-21T08:00:00+02:00  ISO 8601 with a zone
//   2026-06-21T08:00, 2026-06-21                     ISO 8601 without one: local time in `zone`
//   now, now-90m, now-24h, now-7d                    relative to `now` (s, m, h, d)
//   1750485600000                                     UTC milliseconds since the epoch
// nullopt for anything else.
std::optional<qint64> parseTimeArgument(const QString &text, const QDateTime &now,
                                        const QTimeZone &zone);

} // namespace kw::cli
