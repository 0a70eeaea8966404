#include "loggenerator.h"

#include "civiltime.h"
#include "simrandom.h"

#include <QDateTime>

#include <algorithm>
#include <cmath>

namespace kw::sim {
namespace {

constexpr quint64 ChannelChatter = 0x106E0001;
constexpr qint64 MinuteMs = 60'000;
constexpr qint64 HourMs = 3'600'000;

QString watts(double w)
{
    return QString::number(std::lround(w)) + u" W";
}

QString moduleName(int index)
{
    return QString(QChar(u'A' + index));
}

} // namespace

LogGenerator::LogGenerator(quint64 seed, QString applicationVersion, int npuImageVersion)
    : m_seed(seed)
    , m_applicationVersion(std::move(applicationVersion))
    , m_npuImageVersion(npuImageVersion)
{
}

QString LogGenerator::plainLine(qint64 utcMs, QStringView message)
{
    return QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC).toString(u"yyyy-MM-dd HH:mm:ss") + u' '
        + message;
}

QString LogGenerator::line(qint64 utcMs, QChar level, QStringView category, QStringView message)
{
    return plainLine(utcMs, QString(u'[' + QString(level) + u'|' + category + u"] " + message));
}

QChar LogGenerator::levelOf(const PlantEvent &event)
{
    switch (event.kind) {
    case PlantEvent::Kind::BatteryEmpty: return u'W';
    case PlantEvent::Kind::StateChanged: return event.to == 15 ? u'W' : u'I';
    default: return u'I';
    }
}

QString LogGenerator::categoryOf(const PlantEvent &event)
{
    switch (event.kind) {
    case PlantEvent::Kind::StateChanged:
    case PlantEvent::Kind::Sample: return QStringLiteral("ENERGY");
    case PlantEvent::Kind::CloudArrived:
    case PlantEvent::Kind::InverterWoke:
    case PlantEvent::Kind::InverterSlept: return QStringLiteral("PV");
    default: return QStringLiteral("BMS");
    }
}

QString LogGenerator::describe(const PlantEvent &event)
{
    const auto &v = event.values;
    switch (event.kind) {
    case PlantEvent::Kind::StateChanged:
        return QStringLiteral("state change %1 (%2) -> %3 (%4)")
            .arg(PlantModel::stateName(event.from)).arg(event.from)
            .arg(PlantModel::stateName(event.to)).arg(event.to);
    case PlantEvent::Kind::CloudArrived:
        return QStringLiteral("irradiance dropping, about -%1 % (passing cloud)").arg(std::lround(v[0]));
    case PlantEvent::Kind::InverterWoke:
        return QStringLiteral("MPP tracking started, %1").arg(watts(v[0]));
    case PlantEvent::Kind::InverterSlept:
        return QStringLiteral("MPP tracking stopped, inverter going to sleep");
    case PlantEvent::Kind::BalancingStarted: {
        QStringList cells;
        for (int c = 0; c < BatteryPack::CellsPerModule; ++c) {
            if (event.to & (1 << c))
                cells.append(QString::number(c + 1));
        }
        return QStringLiteral("module %1: cell balancing started (cells %2)")
            .arg(moduleName(event.from), cells.join(u", "));
    }
    case PlantEvent::Kind::BalancingStopped:
        return QStringLiteral("module %1: cell balancing finished").arg(moduleName(event.from));
    case PlantEvent::Kind::BatteryFull:
        return QStringLiteral("battery full, charging stopped");
    case PlantEvent::Kind::BatteryEmpty:
        return QStringLiteral("battery empty, discharging stopped");
    case PlantEvent::Kind::Sample:
        return QStringLiteral("PV %1, house %2, grid %3, battery %4, SOC %5 %")
            .arg(watts(v[0]), watts(v[1]), watts(v[2]), watts(v[3]))
            .arg(v[4], 0, 'f', 1);
    }
    return {};
}

void LogGenerator::addChatter(qint64 dayStartMs, QList<Line> *lines) const
{
    const quint64 day = quint64(CivilTime::utcDay(dayStartMs));
    const auto u = [&](quint64 a, quint64 b = 0) { return SimRandom::unit(m_seed, ChannelChatter, day, a * 64 + b); };
    const auto at = [&](qint64 offsetMs) { return dayStartMs + offsetMs; };

    lines->append({at(0), plainLine(at(0), QStringLiteral("---- logfile opened, SENEC.Home V3, NPU image %1, application %2 ----")
                                          .arg(m_npuImageVersion).arg(m_applicationVersion))});
    for (int h : {6, 12, 18})
        lines->append({at(h * HourMs), plainLine(at(h * HourMs), u"-- MARK --")});

    for (int slot = 0; slot < 6; ++slot) {
        const qint64 t = at(slot * 4 * HourMs + qint64(u(1, quint64(slot)) * 59.0) * MinuteMs + 7'000);
        lines->append({t, line(t, u'I', u"NPU", QStringLiteral("mein-senec.de sync ok (%1 values)")
                                                  .arg(380 + int(u(2, quint64(slot)) * 60.0)))});
    }

    const int ntpOffsetMs = int(u(3) * 900.0);
    const qint64 ntpAt = at(3 * HourMs + qint64(u(4) * 50.0) * MinuteMs + 12'000);
    lines->append({ntpAt, line(ntpAt, ntpOffsetMs > 600 ? u'W' : u'I', u"NPU",
                               QStringLiteral("NTP time sync, clock offset %1 ms").arg(ntpOffsetMs))});

    const int sessions = int(u(5) * 4.0);
    for (int s = 0; s < sessions; ++s) {
        const qint64 t = at(7 * HourMs + qint64(u(6, quint64(s)) * 15.0 * double(HourMs)));
        lines->append({t, line(t, u'I', u"WEB", QStringLiteral("GUI login from 192.168.178.%1, user level 0")
                                                  .arg(20 + int(u(7, quint64(s)) * 200.0)))});
        const qint64 end = t + 3 * MinuteMs + qint64(u(8, quint64(s)) * 20.0) * MinuteMs;
        lines->append({end, line(end, u'I', u"WEB", u"GUI session closed")});
    }

    if (u(9) < 0.4) {
        const qint64 t = at(qint64(u(10) * 23.0 * double(HourMs)));
        const int minutes = 1 + int(u(11) * 9.0);
        lines->append({t, line(t, u'E', u"NPU", u"cloud connection lost: timeout talking to mein-senec.de")});
        const qint64 back = t + minutes * MinuteMs;
        lines->append({back, line(back, u'W', u"NPU", QStringLiteral("cloud connection restored after %1 min").arg(minutes))});
    }
    if (u(12) < 0.2) {
        const qint64 t = at(qint64(u(13) * 23.0 * double(HourMs)));
        lines->append({t, line(t, u'P', u"NPU", u"watchdog: task bmsd not responding, restarting it")});
        lines->append({t + 4'000, line(t + 4'000, u'I', u"BMS", u"bmsd started, 3 modules found")});
    }
}

std::optional<QByteArray> LogGenerator::render(QDate day, const PlantModel &plant, qint64 nowMs) const
{
    if (!day.isValid())
        return std::nullopt;
    const qint64 dayStartMs = QDateTime(day, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const qint64 dayEndMs = dayStartMs + CivilTime::MsPerDay;
    if (dayStartMs < plant.historyStartMs() || dayStartMs > nowMs)
        return std::nullopt;
    const qint64 untilMs = std::min(dayEndMs - 1, nowMs);

    QList<Line> lines;
    addChatter(dayStartMs, &lines);
    const QList<PlantEvent> &journal = plant.journal();
    auto it = std::lower_bound(journal.cbegin(), journal.cend(), dayStartMs,
                               [](const PlantEvent &e, qint64 t) { return e.utcMs < t; });
    for (; it != journal.cend() && it->utcMs < dayEndMs; ++it) {
        lines.append({it->utcMs, line(it->utcMs, levelOf(*it), categoryOf(*it), describe(*it))});
        // Samples come every 15 minutes: the first one of each hour also gets a BMS line.
        if (it->kind == PlantEvent::Kind::Sample && it->utcMs % HourMs < 15 * MinuteMs) {
            lines.append({it->utcMs, line(it->utcMs, u'I', u"BMS",
                                          QStringLiteral("SOC %1 %, battery %2 C")
                                              .arg(it->values[4], 0, 'f', 1)
                                              .arg(it->values[5], 0, 'f', 1))});
        }
    }
    std::stable_sort(lines.begin(), lines.end(), [](const Line &a, const Line &b) { return a.utcMs < b.utcMs; });

    QByteArray text;
    for (const Line &l : std::as_const(lines)) {
        if (l.utcMs > untilMs)
            break;
        text += l.text.toUtf8();
        text += '\n';
    }
    return text;
}

} // namespace kw::sim
