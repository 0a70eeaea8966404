#pragma once

#include <QtGlobal>

#include <array>

namespace kw::sim {

// The SENEC.Home V3 battery: 3 NMC modules × 14 cells, 7.5 kWh, 1875 W charge / 3750 W discharge
// (FACTORY section). Energy is integrated exactly from the applied power (no conversion losses),
// so SOC × capacity always equals the charge put in minus the charge taken out: a ground truth a
// test can check. Cell voltages follow SOC through an NMC open-circuit curve plus IR drop, a small
// fixed per-cell spread and per-step noise.
class BatteryPack
{
public:
    static constexpr int ModuleCount = 3;
    static constexpr int CellsPerModule = 14;
    static constexpr int TempSensorsPerModule = 6;
    static constexpr double CapacityWh = 7500.0;
    static constexpr double MaxChargeW = 1875.0;
    static constexpr double MaxDischargeW = 3750.0;

    struct ModuleReading
    {
        std::array<int, CellsPerModule> cellMv{};
        int minCellMv = 0;
        int maxCellMv = 0;
        double voltageV = 0;  // sum of the cells
        double currentA = 0;  // + charging
        double socPercent = 0;
        std::array<int, TempSensorsPerModule> cellTempC{};
        double minTempC = 0;
        double maxTempC = 0;
        quint16 balanceMask = 0; // bit n: cell n is being bled
        double chargedWh = 0;    // lifetime
        double dischargedWh = 0;
        int cycles = 0;
    };

    BatteryPack(quint64 seed, double socPercent, double lifetimeChargedWh, double lifetimeDischargedWh);

    double energyWh() const { return m_energyWh; }
    double socPercent() const { return 100.0 * m_energyWh / CapacityWh; }
    double temperatureC() const { return m_temperatureC; }
    double chargedWh() const { return m_chargedWh; }
    double dischargedWh() const { return m_dischargedWh; }

    // Constant-voltage taper above 90 % and a soft floor below 5 %, like the real BMS limits.
    double chargeLimitW() const;
    double dischargeLimitW() const;

    // Clamps `requestedW` (+ charge) to the limits and to what fits in `dtS`, integrates energy
    // and temperature, and returns the power actually applied.
    double apply(double requestedW, double dtS, double ambientC);

    double moduleSocPercent(int module) const;
    // Pack voltage at the given power (modules in parallel: the mean module voltage).
    double packVoltageV(double packPowerW) const;
    ModuleReading module(int index, double packPowerW, quint64 noiseKey, bool balancing) const;

    // Open-circuit voltage of one NMC cell at a state of charge, in volts (≈3.30–4.10 V).
    static double openCircuitVoltage(double socPercent);

private:
    double cellVoltageV(int module, int cell, double moduleCurrentA, quint64 noiseKey) const;

    quint64 m_seed;
    double m_energyWh;
    double m_temperatureC = 21.0;
    double m_chargedWh;
    double m_dischargedWh;
    std::array<double, ModuleCount> m_socOffsetPercent{};
    std::array<std::array<double, CellsPerModule>, ModuleCount> m_cellOffsetV{};
    std::array<std::array<double, TempSensorsPerModule>, ModuleCount> m_sensorOffsetC{};
};

} // namespace kw::sim
