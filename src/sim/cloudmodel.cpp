#include "cloudmodel.h"

#include "civiltime.h"
#include "simrandom.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace kw::sim {
namespace {

constexpr quint64 ChannelDay = 0xC10D0001;
constexpr quint64 ChannelSlot = 0xC10D0002;
constexpr qint64 MaxCloudMs = 25 * 60'000;

qint64 floorDiv(qint64 a, qint64 b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

} // namespace

CloudModel::CloudModel(quint64 seed)
    : m_seed(seed)
{
}

double CloudModel::cloudiness(qint64 utcMs) const
{
    // Skewed towards brighter days: most days see a few clouds, some are grey.
    const double u = SimRandom::unit(m_seed, ChannelDay, quint64(CivilTime::utcDay(utcMs)));
    return 0.08 + 0.6 * std::pow(u, 1.6);
}

bool CloudModel::cloudInSlot(qint64 slot, Cloud *cloud) const
{
    const qint64 slotStart = slot * SlotMs;
    const double c = cloudiness(slotStart);
    const quint64 key = quint64(slot);
    if (SimRandom::unit(m_seed, ChannelSlot, key, 0) >= 0.15 + 0.8 * c)
        return false;
    cloud->startMs = slotStart + qint64(SimRandom::unit(m_seed, ChannelSlot, key, 1) * double(SlotMs));
    cloud->durationMs = 4 * 60'000 + qint64(SimRandom::unit(m_seed, ChannelSlot, key, 2) * 21 * 60'000);
    cloud->rampMs = std::min<qint64>(cloud->durationMs / 2,
                                     60'000 + qint64(SimRandom::unit(m_seed, ChannelSlot, key, 3) * 90'000));
    cloud->depth = std::min(0.85, (0.25 + 0.45 * SimRandom::unit(m_seed, ChannelSlot, key, 4)) * (0.7 + c));
    return true;
}

double CloudModel::shape(const Cloud &cloud, qint64 utcMs)
{
    const qint64 t = utcMs - cloud.startMs;
    if (t <= 0 || t >= cloud.durationMs)
        return 0.0;
    const qint64 fromEdge = std::min(t, cloud.durationMs - t);
    if (fromEdge >= cloud.rampMs)
        return 1.0;
    // Raised cosine: the slope is zero where the edge meets the flat part, so sampled
    // integration stays accurate.
    return 0.5 - 0.5 * std::cos(std::numbers::pi * double(fromEdge) / double(cloud.rampMs));
}

double CloudModel::transmission(qint64 utcMs) const
{
    const qint64 slot = floorDiv(utcMs, SlotMs);
    if (slot != m_cachedSlot) {
        m_cachedSlot = slot;
        m_cachedClouds.clear();
        const qint64 slotStart = slot * SlotMs;
        for (qint64 s = floorDiv(slotStart - MaxCloudMs, SlotMs); s <= slot; ++s) {
            Cloud cloud;
            if (cloudInSlot(s, &cloud) && cloud.startMs + cloud.durationMs > slotStart)
                m_cachedClouds.append(cloud);
        }
        // A light haze on cloudy days, constant over the day (UTC midnight is dark in Germany;
        // slots never straddle midnight).
        m_cachedHaze = 1.0 - 0.3 * cloudiness(slotStart);
    }
    double factor = m_cachedHaze;
    for (const Cloud &cloud : std::as_const(m_cachedClouds))
        factor *= 1.0 - cloud.depth * shape(cloud, utcMs);
    return factor;
}

QList<CloudModel::Cloud> CloudModel::cloudsStartingIn(qint64 fromMs, qint64 toMs) const
{
    QList<Cloud> clouds;
    for (qint64 s = floorDiv(fromMs, SlotMs); s <= floorDiv(toMs, SlotMs); ++s) {
        Cloud cloud;
        if (cloudInSlot(s, &cloud) && cloud.startMs > fromMs && cloud.startMs <= toMs)
            clouds.append(cloud);
    }
    return clouds;
}

} // namespace kw::sim
