#include "solarmodel.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace kw::sim {
namespace {

constexpr double Deg = std::numbers::pi / 180.0;
constexpr double PanelTiltDeg = 35.0;
constexpr double PanelAzimuthDeg = 180.0;
// Wiring, soiling, heat and inverter losses: a 9.5 kWp roof rarely delivers more than ~8.2 kW.
constexpr double SystemEfficiency = 0.86;

double normalizeDeg(double deg)
{
    deg = std::fmod(deg, 360.0);
    return deg < 0 ? deg + 360.0 : deg;
}

} // namespace

SolarModel::SolarModel(double peakPowerW, double latitudeDeg, double longitudeDeg)
    : m_peakW(peakPowerW)
    , m_latitudeDeg(latitudeDeg)
    , m_longitudeDeg(longitudeDeg)
{
}

SolarModel::SunPosition SolarModel::sunPosition(qint64 utcMs) const
{
    // Low-precision solar coordinates (Astronomical Almanac), good to ~0.01°: plenty for a roof.
    const double d = double(utcMs) / 86'400'000.0 - 10957.5; // days since J2000.0
    const double meanLongitude = normalizeDeg(280.460 + 0.9856474 * d);
    const double meanAnomaly = normalizeDeg(357.528 + 0.9856003 * d) * Deg;
    const double eclipticLongitude =
        (meanLongitude + 1.915 * std::sin(meanAnomaly) + 0.020 * std::sin(2 * meanAnomaly)) * Deg;
    const double obliquity = (23.439 - 0.0000004 * d) * Deg;
    const double rightAscension = std::atan2(std::cos(obliquity) * std::sin(eclipticLongitude),
                                             std::cos(eclipticLongitude));
    const double declination = std::asin(std::sin(obliquity) * std::sin(eclipticLongitude));
    const double gmstHours = 18.697374558 + 24.06570982441908 * d;
    const double hourAngle =
        (normalizeDeg(gmstHours * 15.0 + m_longitudeDeg) * Deg) - rightAscension;
    const double lat = m_latitudeDeg * Deg;

    const double sinElevation = std::sin(lat) * std::sin(declination)
        + std::cos(lat) * std::cos(declination) * std::cos(hourAngle);
    const double elevation = std::asin(std::clamp(sinElevation, -1.0, 1.0));
    const double azimuth = std::atan2(-std::cos(declination) * std::sin(hourAngle),
                                      std::sin(declination) * std::cos(lat)
                                          - std::cos(declination) * std::cos(hourAngle) * std::sin(lat));
    return {elevation / Deg, normalizeDeg(azimuth / Deg)};
}

double SolarModel::sunElevationDeg(qint64 utcMs) const
{
    return sunPosition(utcMs).elevationDeg;
}

double SolarModel::clearSkyPowerW(qint64 utcMs) const
{
    const SunPosition sun = sunPosition(utcMs);
    if (sun.elevationDeg <= 0.0)
        return 0.0;
    const double el = sun.elevationDeg;
    const double airMass = 1.0 / (std::sin(el * Deg) + 0.50572 * std::pow(el + 6.07995, -1.6364));
    const double beamKwPerM2 = 1.353 * std::pow(0.7, std::pow(airMass, 0.678));
    const double diffuseKwPerM2 = 0.12 * beamKwPerM2 + 0.02 * std::sin(el * Deg);
    const double cosIncidence = std::sin(el * Deg) * std::cos(PanelTiltDeg * Deg)
        + std::cos(el * Deg) * std::sin(PanelTiltDeg * Deg)
            * std::cos((sun.azimuthDeg - PanelAzimuthDeg) * Deg);
    const double planeKwPerM2 = beamKwPerM2 * std::max(0.0, cosIncidence)
        + diffuseKwPerM2 * (1.0 + std::cos(PanelTiltDeg * Deg)) / 2.0;
    // 1 kW/m² is the STC irradiance the peak power is rated at.
    return std::clamp(m_peakW * planeKwPerM2 * SystemEfficiency, 0.0, m_peakW * 0.97);
}

} // namespace kw::sim
