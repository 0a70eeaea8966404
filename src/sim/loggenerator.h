#pragma once

#include "plantmodel.h"

#include <QByteArray>
#include <QDate>

#include <optional>

namespace kw::sim {

// The device's daily log files (`[/]/log/YYYY/MM/DD.log`, UTC days). Lines use the real format
//   YYYY-MM-DD HH:MM:SS [L|Category] message      (L: I info, W warning, E error, P panic)
// plus a few lines without the [L|Category] part (file header, syslog-style marks). Times are
// UTC. The content is deterministic: the plant's journal (state changes, clouds, inverter
// wake/sleep, balancing, full/empty, 15-minute samples) merged with seeded NPU/WEB chatter.
class LogGenerator
{
public:
    LogGenerator(quint64 seed, QString applicationVersion, int npuImageVersion);

    // The log of `day` up to `nowMs` (the plant must already be advanced to it), or nullopt when
    // the device keeps no log for that day: before the simulated history or after "today".
    std::optional<QByteArray> render(QDate day, const PlantModel &plant, qint64 nowMs) const;

    static QString line(qint64 utcMs, QChar level, QStringView category, QStringView message);
    static QString plainLine(qint64 utcMs, QStringView message);

private:
    struct Line
    {
        qint64 utcMs;
        QString text;
    };
    void addChatter(qint64 dayStartMs, QList<Line> *lines) const;
    static QString describe(const PlantEvent &event);
    static QChar levelOf(const PlantEvent &event);
    static QString categoryOf(const PlantEvent &event);

    quint64 m_seed;
    QString m_applicationVersion;
    int m_npuImageVersion;
};

} // namespace kw::sim
