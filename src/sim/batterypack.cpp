#include "batterypack.h"

#include "simrandom.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace kw::sim {
namespace {

constexpr quint64 ChannelSpread = 0xBA770001;
constexpr quint64 ChannelNoise = 0xBA770002;
// Effective series resistance per cell (cell, busbars, contacts).
constexpr double CellResistanceOhm = 0.003;
// Heating: about +6 °C over ambient after hours at full charge current.
constexpr double ThermalTimeConstantS = 3.0 * 3600.0;
constexpr double HeatingPerAmpSquared = 4.8e-7;
constexpr double NominalPackVoltageV = 52.0;
constexpr std::array<double, 3> ModuleTempOffsetC{0.0, 0.6, 1.1};

struct OcvPoint
{
    double socPercent;
    double volts;
};

// Typical NMC open-circuit curve: steep at both ends, gently rising in the middle.
constexpr std::array<OcvPoint, 14> OcvCurve{{
    {0, 3.300}, {5, 3.450}, {10, 3.530}, {15, 3.580}, {20, 3.615}, {30, 3.665}, {40, 3.710},
    {50, 3.755}, {60, 3.810}, {70, 3.870}, {80, 3.935}, {90, 4.005}, {95, 4.045}, {100, 4.100},
}};

} // namespace

BatteryPack::BatteryPack(quint64 seed, double socPercent, double lifetimeChargedWh,
                         double lifetimeDischargedWh)
    : m_seed(seed)
    , m_energyWh(std::clamp(socPercent, 0.0, 100.0) / 100.0 * CapacityWh)
    , m_chargedWh(lifetimeChargedWh)
    , m_dischargedWh(lifetimeDischargedWh)
{
    for (int m = 0; m < ModuleCount; ++m) {
        m_socOffsetPercent[m] = 1.2 * SimRandom::signedUnit(seed, ChannelSpread, quint64(m), 100);
        for (int c = 0; c < CellsPerModule; ++c)
            m_cellOffsetV[m][c] = 0.003 * SimRandom::signedUnit(seed, ChannelSpread, quint64(m), quint64(c));
        for (int s = 0; s < TempSensorsPerModule; ++s)
            m_sensorOffsetC[m][s] = 0.8 * SimRandom::signedUnit(seed, ChannelSpread, quint64(m), 200 + quint64(s));
    }
}

double BatteryPack::openCircuitVoltage(double socPercent)
{
    const double soc = std::clamp(socPercent, 0.0, 100.0);
    for (size_t i = 1; i < OcvCurve.size(); ++i) {
        if (soc <= OcvCurve[i].socPercent) {
            const OcvPoint &a = OcvCurve[i - 1];
            const OcvPoint &b = OcvCurve[i];
            return a.volts + (b.volts - a.volts) * (soc - a.socPercent) / (b.socPercent - a.socPercent);
        }
    }
    return OcvCurve.back().volts;
}

double BatteryPack::chargeLimitW() const
{
    const double soc = socPercent();
    return MaxChargeW * std::clamp((100.0 - soc) / 10.0 + 0.02, 0.0, 1.0);
}

double BatteryPack::dischargeLimitW() const
{
    const double soc = socPercent();
    return MaxDischargeW * std::clamp(soc / 5.0 + 0.02, 0.0, 1.0);
}

double BatteryPack::apply(double requestedW, double dtS, double ambientC)
{
    if (dtS <= 0.0)
        return 0.0;
    // Never more than the energy that is left (or fits): SOC stays inside [0, 100] exactly.
    const double roomWh = CapacityWh - m_energyWh;
    const double maxInW = std::min(chargeLimitW(), roomWh * 3600.0 / dtS);
    const double maxOutW = std::min(dischargeLimitW(), m_energyWh * 3600.0 / dtS);
    const double appliedW = std::clamp(requestedW, -maxOutW, maxInW);
    const double deltaWh = appliedW * dtS / 3600.0;
    m_energyWh = std::clamp(m_energyWh + deltaWh, 0.0, CapacityWh);
    if (deltaWh > 0)
        m_chargedWh += deltaWh;
    else
        m_dischargedWh -= deltaWh;

    const double currentA = appliedW / NominalPackVoltageV;
    const double rate = (ambientC - m_temperatureC) / ThermalTimeConstantS
        + HeatingPerAmpSquared * currentA * currentA;
    m_temperatureC += rate * dtS;
    return appliedW;
}

double BatteryPack::moduleSocPercent(int module) const
{
    const double soc = socPercent();
    // Modules drift apart in the middle of the range; the BMS pulls them together at the ends.
    const double room = std::min({1.0, soc / 10.0, (100.0 - soc) / 10.0});
    return std::clamp(soc + m_socOffsetPercent[module] * room, 0.0, 100.0);
}

double BatteryPack::cellVoltageV(int module, int cell, double moduleCurrentA, quint64 noiseKey) const
{
    const double noise = 0.0012
        * SimRandom::signedUnit(m_seed, ChannelNoise, noiseKey, quint64(module * CellsPerModule + cell));
    return openCircuitVoltage(moduleSocPercent(module)) + moduleCurrentA * CellResistanceOhm
        + m_cellOffsetV[module][cell] + noise;
}

double BatteryPack::packVoltageV(double packPowerW) const
{
    double ocvSum = 0;
    for (int m = 0; m < ModuleCount; ++m)
        ocvSum += CellsPerModule * openCircuitVoltage(moduleSocPercent(m));
    const double ocvPack = ocvSum / ModuleCount;
    const double moduleCurrentA = packPowerW / ocvPack / ModuleCount;
    return ocvPack + CellsPerModule * CellResistanceOhm * moduleCurrentA;
}

BatteryPack::ModuleReading BatteryPack::module(int index, double packPowerW, quint64 noiseKey,
                                               bool balancing) const
{
    ModuleReading r;
    const double packCurrentA = packPowerW / packVoltageV(packPowerW);
    r.currentA = packCurrentA / ModuleCount;
    r.socPercent = moduleSocPercent(index);
    double sumV = 0;
    r.minCellMv = std::numeric_limits<int>::max();
    r.maxCellMv = std::numeric_limits<int>::min();
    for (int c = 0; c < CellsPerModule; ++c) {
        const double v = cellVoltageV(index, c, r.currentA, noiseKey);
        sumV += v;
        r.cellMv[c] = int(std::lround(v * 1000.0));
        r.minCellMv = std::min(r.minCellMv, r.cellMv[c]);
        r.maxCellMv = std::max(r.maxCellMv, r.cellMv[c]);
    }
    r.voltageV = sumV;

    const double moduleTempC = m_temperatureC + ModuleTempOffsetC[index];
    r.minTempC = 1e9;
    r.maxTempC = -1e9;
    for (int s = 0; s < TempSensorsPerModule; ++s) {
        const double t = moduleTempC + m_sensorOffsetC[index][s];
        r.cellTempC[s] = int(std::lround(t));
        r.minTempC = std::min(r.minTempC, t);
        r.maxTempC = std::max(r.maxTempC, t);
    }

    if (balancing) {
        // Bleed the cells that sit clearly above the module's lowest one (fixed spread, so the
        // mask is steady instead of flickering with measurement noise).
        const auto &offsets = m_cellOffsetV[index];
        const double lowest = *std::min_element(offsets.begin(), offsets.end());
        for (int c = 0; c < CellsPerModule; ++c) {
            if (offsets[c] > lowest + 0.0025)
                r.balanceMask |= quint16(1u << c);
        }
    }

    // Lifetime throughput split evenly, with a small per-module skew from replaced modules.
    const double skew = 1.0 + 0.03 * SimRandom::signedUnit(m_seed, ChannelSpread, quint64(index), 300);
    r.chargedWh = m_chargedWh / ModuleCount * skew;
    r.dischargedWh = m_dischargedWh / ModuleCount * skew;
    r.cycles = int(r.dischargedWh / (CapacityWh / ModuleCount));
    return r;
}

} // namespace kw::sim
